/*
 * A queue of jobs worked on by threads of an addon's own, finished jobs
 * handed back to JavaScript on the main thread in batches through a
 * thread-safe function. Shared by the head reader's reader threads and the
 * MIME namer.
 *
 * A job struct starts with a `tq_job` member. The owner:
 *   tq_start(q, env, onDone, name, deliver, free_job, release, owner, idle_ms)
 *                                             once, from JavaScript's thread
 *   tq_threads(q, n, main, arg)               at least n threads running main(arg)
 *   tq_push(q, job) / tq_push_all(q, first, last, n)   from JavaScript's thread
 *   tq_pop(q)                                 in a thread: the next job; NULL: leave
 *   tq_done(q, job)                           in a thread: onto the finished list
 *   tq_leave(q)                               in a thread, last thing before it returns
 *   tq_take_done(q)                           in deliver(): every finished job, in a list
 *   tq_ref(q, env) / tq_unref(q, env)         keep the event loop alive while jobs are due
 *                                             (tq_js_ref / tq_js_unref: the same for JavaScript)
 *   tq_stop(q)                                the environment ends: never waits for a thread
 *
 * Threads are detached and never joined: a thread stuck in a system call (an
 * open on a hung network mount) must not hold up the end of the thread or
 * worker that owns the queue. The queue and its owner live until the last of
 * the owner and its threads has left: `release(owner)` is called then, by
 * whichever leaves last. A job finished after the stop is freed, never
 * delivered. With `idle_ms` > 0 a thread with nothing to do for that long
 * leaves, so a burst of reads does not leave hundreds of threads behind.
 *
 * Finished jobs wake JavaScript once per batch: only a job that finds the
 * finished list empty calls the thread-safe function, and deliver() takes
 * the whole list.
 *
 * No system call is made while the lock is held (no wake, no call of the
 * thread-safe function): a thread that wakes another inside the lock may be
 * preempted there by the thread it woke, and every thread, JavaScript's
 * among them, then waits for it to run again. On a busy machine with 32
 * reader threads that held JavaScript's thread in submit() for 1-20 ms at a
 * time, a fifth of a crawl on a network drive.
 */
#ifndef DICOM_CRAWLER_THREAD_QUEUE_H
#define DICOM_CRAWLER_THREAD_QUEUE_H

#include <errno.h>
#include <node_api.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <time.h>

#define TQ_MAX_THREADS 256

typedef struct tq_job {
  struct tq_job *next;
} tq_job;

typedef struct thread_queue {
  pthread_mutex_t lock;
  pthread_cond_t wake;
  tq_job *head, *tail;           /* waiting to be worked on */
  tq_job *done_head, *done_tail; /* finished, waiting for deliver() */
  int stopping;
  int threads;                   /* running (or stuck) */
  int idle;                      /* of those, waiting for a job */
  int refs;                      /* the owner (until tq_stop) and each thread */
  int calling;                   /* threads calling the thread-safe function now: tq_stop waits for them */
  int idle_ms;
  napi_threadsafe_function done;
  void (*free_job)(tq_job *);
  void (*release)(void *owner);
  void *owner;
} thread_queue;

static inline napi_status tq_start(thread_queue *q, napi_env env, napi_value on_done, const char *name, napi_threadsafe_function_call_js deliver, void (*free_job)(tq_job *), void (*release)(void *), void *owner, int idle_ms) {
  pthread_mutex_init(&q->lock, NULL);
  pthread_cond_init(&q->wake, NULL);
  q->head = q->tail = q->done_head = q->done_tail = NULL;
  q->stopping = 0;
  q->threads = q->idle = 0;
  q->refs = 1;
  q->calling = 0;
  q->idle_ms = idle_ms;
  q->free_job = free_job;
  q->release = release;
  q->owner = owner;
  napi_value resource_name;
  napi_create_string_utf8(env, name, NAPI_AUTO_LENGTH, &resource_name);
  napi_status s = napi_create_threadsafe_function(env, on_done, NULL, resource_name, 0, 1, NULL, NULL, q, deliver, &q->done);
  if (s == napi_ok) napi_unref_threadsafe_function(env, q->done);
  else {
    pthread_mutex_destroy(&q->lock);
    pthread_cond_destroy(&q->wake);
  }
  return s;
}

/* At least n threads (at most TQ_MAX_THREADS); returns how many run. Threads are made outside the lock. */
static inline int tq_threads(thread_queue *q, int n, void *(*main)(void *), void *arg) {
  if (n > TQ_MAX_THREADS) n = TQ_MAX_THREADS;
  /* Most calls: enough threads already, no lock taken. */
  int running = __atomic_load_n(&q->threads, __ATOMIC_RELAXED);
  if (running >= n) return running;
  pthread_mutex_lock(&q->lock);
  int more = q->stopping || q->threads >= n ? 0 : n - q->threads;
  /* Counted before they start, so a thread leaving meanwhile cannot take the count below what runs. */
  __atomic_add_fetch(&q->threads, more, __ATOMIC_RELAXED);
  q->refs += more;
  pthread_mutex_unlock(&q->lock);
  if (more > 0) {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    int failed = 0;
    for (int i = 0; i < more; i++) {
      pthread_t tid;
      if (pthread_create(&tid, &attr, main, arg) != 0) {
        failed = more - i;
        break;
      }
    }
    pthread_attr_destroy(&attr);
    if (failed) {
      pthread_mutex_lock(&q->lock);
      __atomic_sub_fetch(&q->threads, failed, __ATOMIC_RELAXED);
      q->refs -= failed;
      pthread_mutex_unlock(&q->lock);
    }
  }
  return __atomic_load_n(&q->threads, __ATOMIC_RELAXED);
}

/*
 * Queues the jobs first..last (linked by `next`), n of them, with one lock;
 * wakes as many idle threads as there are jobs, after the lock is let go.
 */
static inline void tq_push_all(thread_queue *q, tq_job *first, tq_job *last, int n) {
  last->next = NULL;
  pthread_mutex_lock(&q->lock);
  if (q->tail) q->tail->next = first;
  else q->head = first;
  q->tail = last;
  int wake = q->idle < n ? q->idle : n;
  pthread_mutex_unlock(&q->lock);
  while (wake-- > 0) pthread_cond_signal(&q->wake);
}

static inline void tq_push(thread_queue *q, tq_job *job) {
  tq_push_all(q, job, job, 1);
}

/* The next job; NULL when the thread is to leave (stopping, or idle for idle_ms): then it calls tq_leave. */
static inline tq_job *tq_pop(thread_queue *q) {
  pthread_mutex_lock(&q->lock);
  while (!q->head && !q->stopping) {
    q->idle++;
    int timed_out = 0;
    if (q->idle_ms > 0) {
      struct timespec until;
      clock_gettime(CLOCK_REALTIME, &until);
      until.tv_sec += q->idle_ms / 1000;
      until.tv_nsec += (long)(q->idle_ms % 1000) * 1000000L;
      if (until.tv_nsec >= 1000000000L) {
        until.tv_sec++;
        until.tv_nsec -= 1000000000L;
      }
      timed_out = pthread_cond_timedwait(&q->wake, &q->lock, &until) == ETIMEDOUT;
    } else {
      pthread_cond_wait(&q->wake, &q->lock);
    }
    q->idle--;
    if (timed_out && !q->head) break;
  }
  /* Stopping: what is left was freed by tq_stop, not worked on. */
  tq_job *job = q->stopping ? NULL : q->head;
  if (job) {
    q->head = job->next;
    if (!q->head) q->tail = NULL;
  } else {
    __atomic_sub_fetch(&q->threads, 1, __ATOMIC_RELAXED);
  }
  pthread_mutex_unlock(&q->lock);
  return job;
}

/* Frees what the queue holds and calls release(owner): by the last one out. */
static inline void tq_drop_ref(thread_queue *q) {
  pthread_mutex_lock(&q->lock);
  int last = --q->refs == 0;
  pthread_mutex_unlock(&q->lock);
  if (!last) return;
  pthread_mutex_destroy(&q->lock);
  pthread_cond_destroy(&q->wake);
  q->release(q->owner);
}

static inline void tq_leave(thread_queue *q) {
  tq_drop_ref(q);
}

/*
 * A finished job, onto the list deliver() takes. False when the queue is
 * stopping: the job was not taken and the caller frees it. The thread-safe
 * function is called after the lock is let go, counted in `calling`:
 * tq_stop waits for such calls to return, so none is made after it.
 */
static inline int tq_done(thread_queue *q, tq_job *job) {
  job->next = NULL;
  pthread_mutex_lock(&q->lock);
  if (q->stopping) {
    pthread_mutex_unlock(&q->lock);
    return 0;
  }
  int first = q->done_head == NULL;
  if (q->done_tail) q->done_tail->next = job;
  else q->done_head = job;
  q->done_tail = job;
  if (first) __atomic_add_fetch(&q->calling, 1, __ATOMIC_RELAXED);
  pthread_mutex_unlock(&q->lock);
  if (first) {
    /* A deliver() that already took this job finds an empty list: harmless. */
    napi_call_threadsafe_function(q->done, NULL, napi_tsfn_nonblocking);
    __atomic_sub_fetch(&q->calling, 1, __ATOMIC_RELEASE);
  }
  return 1;
}

/* In deliver(), on JavaScript's thread: the finished jobs, oldest first (linked by `next`). */
static inline tq_job *tq_take_done(thread_queue *q) {
  pthread_mutex_lock(&q->lock);
  tq_job *list = q->done_head;
  q->done_head = q->done_tail = NULL;
  pthread_mutex_unlock(&q->lock);
  return list;
}

static inline void tq_ref(thread_queue *q, napi_env env) {
  napi_ref_threadsafe_function(env, q->done);
}

static inline void tq_unref(thread_queue *q, napi_env env) {
  napi_unref_threadsafe_function(env, q->done);
}

/*
 * Run as an environment cleanup hook registered after tq_start, so before the
 * thread-safe function's own: marks the queue stopping, frees the jobs not
 * started and the finished ones not delivered, wakes idle threads to leave,
 * and returns at once, whatever the busy threads are stuck in.
 */
static inline void tq_stop(thread_queue *q) {
  pthread_mutex_lock(&q->lock);
  q->stopping = 1;
  tq_job *lists[2] = {q->head, q->done_head};
  q->head = q->tail = q->done_head = q->done_tail = NULL;
  pthread_mutex_unlock(&q->lock);
  pthread_cond_broadcast(&q->wake);
  /* A call of the thread-safe function begun before the stop is a few instructions from its end (it never blocks). */
  while (__atomic_load_n(&q->calling, __ATOMIC_ACQUIRE) > 0) sched_yield();
  for (int i = 0; i < 2; i++) {
    while (lists[i]) {
      tq_job *job = lists[i];
      lists[i] = job->next;
      q->free_job(job);
    }
  }
  tq_drop_ref(q);
}

static inline void *tq_instance(napi_env env) {
  void *data = NULL;
  napi_get_instance_data(env, &data);
  return data;
}

static inline void tq_stop_hook(void *data) {
  tq_stop((thread_queue *)data);
}

/* The addon's instance (starting with its thread_queue) for this environment; stopped when the environment goes, before its callbacks do (the hook is registered after tq_start's). */
static inline void tq_install(napi_env env, thread_queue *q) {
  napi_set_instance_data(env, q, NULL, NULL);
  napi_add_env_cleanup_hook(env, tq_stop_hook, q);
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
