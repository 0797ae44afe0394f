/*
 * A queue of jobs worked on by threads of an addon's own, each finished job
 * handed back to JavaScript on the main thread through a thread-safe
 * function. Shared by the head reader's reader threads and the MIME namer.
 *
 * A job struct starts with a `tq_job` member. The owner:
 *   tq_start(q, env, onDone, name, deliver)   once, from JavaScript's thread
 *   tq_threads(q, n, main, arg)               at least n threads running main(arg)
 *   tq_push(q, job)                           from JavaScript's thread
 *   tq_pop(q)                                 in a thread: the next job, NULL when stopping
 *   tq_done(q, job)                           in a thread: hand the job to deliver()
 *   tq_ref(q, env) / tq_unref(q, env)         keep the event loop alive while jobs are due
 *                                             (tq_js_ref / tq_js_unref: the same for JavaScript)
 *   tq_stop(q, free_job)                      joins the threads, frees what is left
 * The thread-safe function starts unreferenced: an idle queue never keeps
 * the process alive.
 */
#ifndef DICOM_CRAWLER_THREAD_QUEUE_H
#define DICOM_CRAWLER_THREAD_QUEUE_H

#include <node_api.h>
#include <pthread.h>
#include <stdlib.h>

#define TQ_MAX_THREADS 256

typedef struct tq_job {
  struct tq_job *next;
} tq_job;

typedef struct thread_queue {
  pthread_mutex_t lock;
  pthread_cond_t wake;
  tq_job *head, *tail;
  int stopping;
  int threads;
  pthread_t tids[TQ_MAX_THREADS];
  napi_threadsafe_function done;
} thread_queue;

static inline napi_status tq_start(thread_queue *q, napi_env env, napi_value on_done, const char *name, napi_threadsafe_function_call_js deliver) {
  pthread_mutex_init(&q->lock, NULL);
  pthread_cond_init(&q->wake, NULL);
  q->head = q->tail = NULL;
  q->stopping = 0;
  q->threads = 0;
  napi_value resource_name;
  napi_create_string_utf8(env, name, NAPI_AUTO_LENGTH, &resource_name);
  napi_status s = napi_create_threadsafe_function(env, on_done, NULL, resource_name, 0, 1, NULL, NULL, NULL, deliver, &q->done);
  if (s == napi_ok) napi_unref_threadsafe_function(env, q->done);
  return s;
}

/* At least n threads (at most TQ_MAX_THREADS); returns how many run. */
static inline int tq_threads(thread_queue *q, int n, void *(*main)(void *), void *arg) {
  if (n > TQ_MAX_THREADS) n = TQ_MAX_THREADS;
  while (q->threads < n) {
    if (pthread_create(&q->tids[q->threads], NULL, main, arg) != 0) break;
    q->threads++;
  }
  return q->threads;
}

static inline void tq_push(thread_queue *q, tq_job *job) {
  job->next = NULL;
  pthread_mutex_lock(&q->lock);
  if (q->tail) q->tail->next = job;
  else q->head = job;
  q->tail = job;
  pthread_cond_signal(&q->wake);
  pthread_mutex_unlock(&q->lock);
}

static inline tq_job *tq_pop(thread_queue *q) {
  pthread_mutex_lock(&q->lock);
  while (!q->head && !q->stopping) pthread_cond_wait(&q->wake, &q->lock);
  /* Stopping: what is left is freed by tq_stop, not worked on. */
  tq_job *job = q->stopping ? NULL : q->head;
  if (job) {
    q->head = job->next;
    if (!q->head) q->tail = NULL;
  }
  pthread_mutex_unlock(&q->lock);
  return job;
}

/* False when the environment is ending and the job was not taken: the caller frees it. */
static inline int tq_done(thread_queue *q, tq_job *job) {
  return napi_call_threadsafe_function(q->done, job, napi_tsfn_blocking) == napi_ok;
}

static inline void tq_ref(thread_queue *q, napi_env env) {
  napi_ref_threadsafe_function(env, q->done);
}

static inline void tq_unref(thread_queue *q, napi_env env) {
  napi_unref_threadsafe_function(env, q->done);
}

/* Run as an environment cleanup hook registered after tq_start, so before the thread-safe function's own. */
static inline void tq_stop(thread_queue *q, void (*free_job)(tq_job *)) {
  pthread_mutex_lock(&q->lock);
  q->stopping = 1;
  pthread_cond_broadcast(&q->wake);
  pthread_mutex_unlock(&q->lock);
  for (int i = 0; i < q->threads; i++) pthread_join(q->tids[i], NULL);
  while (q->head) {
    tq_job *job = q->head;
    q->head = job->next;
    free_job(job);
  }
  pthread_mutex_destroy(&q->lock);
  pthread_cond_destroy(&q->wake);
}

static inline void *tq_instance(napi_env env) {
  void *data = NULL;
  napi_get_instance_data(env, &data);
  return data;
}

/* The addon's instance for this environment; its threads are joined when the environment goes, before its callbacks do (the hook is registered after tq_start's). */
static inline void tq_install(napi_env env, void *instance, void (*stop)(void *)) {
  napi_set_instance_data(env, instance, NULL, NULL);
  napi_add_env_cleanup_hook(env, stop, instance);
}

/* ref() and unref() for JavaScript, for an addon whose instance data starts with its thread_queue. */
static inline napi_value tq_js_ref(napi_env env, napi_callback_info info) {
  (void)info;
  thread_queue *q = tq_instance(env);
  if (q) tq_ref(q, env);
  return NULL;
}

static inline napi_value tq_js_unref(napi_env env, napi_callback_info info) {
  (void)info;
  thread_queue *q = tq_instance(env);
  if (q) tq_unref(q, env);
  return NULL;
}

static inline napi_value tq_throw(napi_env env, const char *message) {
  napi_throw_error(env, NULL, message);
  return NULL;
}

#endif
