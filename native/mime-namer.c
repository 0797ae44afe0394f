/*
 * libmagic's MIME type for a file's head, named on threads of our own.
 *
 * mmmagic opens a libmagic handle for every call and runs it on whichever
 * libuv pool thread is free; every pool thread then keeps a malloc arena as
 * large as libmagic's biggest call, and the process grew by about 6 MB over
 * the first few thousand calls (docs/DECISIONS.md). Here each naming thread
 * keeps one handle for the whole run, loaded once from one copy of the
 * compiled database, and libmagic's memory stays in that thread's arena.
 * libmagic itself is the copy mmmagic vendors (binding.gyp builds it from
 * mmmagic's sources), with mmmagic's flags: MIME type only, no decompression.
 *
 * From JavaScript:
 *   start(databasePath, threads, onNamed(id, mime | null, error | null))
 *   name(id, head: Uint8Array)   copies the head, queues it
 *   ref() / unref()              keep the event loop alive while names are due
 * Names come back in the order their threads finish, each with its id.
 */
#include <node_api.h>
#include <magic.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_THREADS 8

typedef struct job {
  struct job *next;
  double id;
  char *mime;
  char *error;
  size_t len;
  unsigned char data[];
} job;

typedef struct namer {
  pthread_mutex_t lock;
  pthread_cond_t wake;
  job *head, *tail;
  int stopping;
  int threads;
  pthread_t tids[MAX_THREADS];
  void *database;
  size_t database_len;
  char *load_error;
  napi_threadsafe_function done;
} namer;

static char *dup_text(const char *s) {
  size_t n = strlen(s) + 1;
  char *out = malloc(n);
  if (out) memcpy(out, s, n);
  return out;
}

static void *naming_thread(void *arg) {
  namer *n = arg;
  magic_t m = NULL;
  char *error = n->load_error ? dup_text(n->load_error) : NULL;
  if (!error) {
    m = magic_open(MAGIC_MIME_TYPE | MAGIC_NO_CHECK_COMPRESS | MAGIC_ERROR);
    if (!m) error = dup_text("libmagic could not open a handle");
    else if (magic_load_buffers(m, &n->database, &n->database_len, 1) == -1) {
      error = dup_text(magic_error(m) ? magic_error(m) : "libmagic could not load its database");
      magic_close(m);
      m = NULL;
    }
  }
  for (;;) {
    pthread_mutex_lock(&n->lock);
    while (!n->head && !n->stopping) pthread_cond_wait(&n->wake, &n->lock);
    if (!n->head) {
      pthread_mutex_unlock(&n->lock);
      break;
    }
    job *j = n->head;
    n->head = j->next;
    if (!n->head) n->tail = NULL;
    pthread_mutex_unlock(&n->lock);

    if (m) {
      const char *r = magic_buffer(m, j->data, j->len);
      if (r) j->mime = dup_text(r);
      else j->error = dup_text(magic_error(m) ? magic_error(m) : "libmagic gave no answer");
    } else {
      j->error = dup_text(error ? error : "libmagic is not loaded");
    }
    if (napi_call_threadsafe_function(n->done, j, napi_tsfn_blocking) != napi_ok) {
      free(j->mime);
      free(j->error);
      free(j);
    }
  }
  if (m) magic_close(m);
  free(error);
  return NULL;
}

static void free_job(job *j) {
  free(j->mime);
  free(j->error);
  free(j);
}

/* On the main thread: hand one name to onNamed(id, mime, error). */
static void deliver(napi_env env, napi_value callback, void *context, void *data) {
  (void)context;
  job *j = data;
  if (env && callback) {
    napi_value argv[3], undefined;
    napi_create_double(env, j->id, &argv[0]);
    if (j->mime) napi_create_string_utf8(env, j->mime, NAPI_AUTO_LENGTH, &argv[1]);
    else napi_get_null(env, &argv[1]);
    if (j->error) napi_create_string_utf8(env, j->error, NAPI_AUTO_LENGTH, &argv[2]);
    else napi_get_null(env, &argv[2]);
    napi_get_undefined(env, &undefined);
    napi_call_function(env, undefined, callback, 3, argv, NULL);
  }
  free_job(j);
}

static void stop(void *data) {
  namer *n = data;
  if (!n) return;
  pthread_mutex_lock(&n->lock);
  n->stopping = 1;
  pthread_cond_broadcast(&n->wake);
  pthread_mutex_unlock(&n->lock);
  for (int i = 0; i < n->threads; i++) pthread_join(n->tids[i], NULL);
  while (n->head) {
    job *j = n->head;
    n->head = j->next;
    free_job(j);
  }
  free(n->database);
  free(n->load_error);
  pthread_mutex_destroy(&n->lock);
  pthread_cond_destroy(&n->wake);
  free(n);
}

static namer *get_namer(napi_env env) {
  void *data = NULL;
  napi_get_instance_data(env, &data);
  return data;
}

static napi_value throw_error(napi_env env, const char *message) {
  napi_throw_error(env, NULL, message);
  return NULL;
}

static char *read_database(const char *path, size_t *len, char **error) {
  FILE *f = fopen(path, "rb");
  char *buf = NULL;
  char message[4200];
  if (!f) {
    snprintf(message, sizeof message, "cannot open libmagic's database %s", path);
    *error = dup_text(message);
    return NULL;
  }
  if (fseek(f, 0, SEEK_END) == 0) {
    long size = ftell(f);
    if (size > 0 && fseek(f, 0, SEEK_SET) == 0 && (buf = malloc((size_t)size)) != NULL) {
      if (fread(buf, 1, (size_t)size, f) == (size_t)size) *len = (size_t)size;
      else {
        free(buf);
        buf = NULL;
      }
    }
  }
  fclose(f);
  if (!buf) {
    snprintf(message, sizeof message, "cannot read libmagic's database %s", path);
    *error = dup_text(message);
  }
  return buf;
}

/* start(databasePath: string, threads: number, onNamed: Function): void */
static napi_value start(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc < 3) return throw_error(env, "start(databasePath, threads, onNamed)");
  if (get_namer(env)) return throw_error(env, "the MIME namer is already started");

  char path[4096];
  size_t path_len = 0;
  if (napi_get_value_string_utf8(env, argv[0], path, sizeof path, &path_len) != napi_ok) return throw_error(env, "databasePath must be a string");
  int32_t threads = 1;
  napi_get_value_int32(env, argv[1], &threads);
  if (threads < 1) threads = 1;
  if (threads > MAX_THREADS) threads = MAX_THREADS;

  namer *n = calloc(1, sizeof *n);
  if (!n) return throw_error(env, "out of memory");
  pthread_mutex_init(&n->lock, NULL);
  pthread_cond_init(&n->wake, NULL);
  n->database = read_database(path, &n->database_len, &n->load_error);

  napi_value resource_name;
  napi_create_string_utf8(env, "dicom-crawler:mime", NAPI_AUTO_LENGTH, &resource_name);
  if (napi_create_threadsafe_function(env, argv[2], NULL, resource_name, 0, 1, NULL, NULL, NULL, deliver, &n->done) != napi_ok) {
    free(n->database);
    free(n->load_error);
    free(n);
    return throw_error(env, "cannot create the MIME namer's callback");
  }
  /* Idle until names are asked for: ref() when they are. */
  napi_unref_threadsafe_function(env, n->done);
  for (int i = 0; i < threads; i++) {
    if (pthread_create(&n->tids[i], NULL, naming_thread, n) != 0) break;
    n->threads++;
  }
  if (n->threads == 0) {
    napi_release_threadsafe_function(n->done, napi_tsfn_abort);
    free(n->database);
    free(n->load_error);
    free(n);
    return throw_error(env, "cannot start a MIME naming thread");
  }
  napi_set_instance_data(env, n, NULL, NULL);
  /* Threads are joined when the environment goes, before its callbacks do. */
  napi_add_env_cleanup_hook(env, stop, n);
  return NULL;
}

/* name(id: number, head: Uint8Array): void */
static napi_value name(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  namer *n = get_namer(env);
  if (!n) return throw_error(env, "the MIME namer is not started");
  if (argc < 2) return throw_error(env, "name(id, head)");
  double id = 0;
  if (napi_get_value_double(env, argv[0], &id) != napi_ok) return throw_error(env, "id must be a number");
  napi_typedarray_type type;
  size_t len = 0;
  void *data = NULL;
  if (napi_get_typedarray_info(env, argv[1], &type, &len, &data, NULL, NULL) != napi_ok || type != napi_uint8_array) return throw_error(env, "head must be a Uint8Array");
  job *j = malloc(sizeof *j + len);
  if (!j) return throw_error(env, "out of memory");
  j->next = NULL;
  j->id = id;
  j->mime = NULL;
  j->error = NULL;
  j->len = len;
  if (len) memcpy(j->data, data, len);
  pthread_mutex_lock(&n->lock);
  if (n->tail) n->tail->next = j;
  else n->head = j;
  n->tail = j;
  pthread_cond_signal(&n->wake);
  pthread_mutex_unlock(&n->lock);
  return NULL;
}

static napi_value ref(napi_env env, napi_callback_info info) {
  (void)info;
  namer *n = get_namer(env);
  if (n) napi_ref_threadsafe_function(env, n->done);
  return NULL;
}

static napi_value unref(napi_env env, napi_callback_info info) {
  (void)info;
  namer *n = get_namer(env);
  if (n) napi_unref_threadsafe_function(env, n->done);
  return NULL;
}

static napi_value init(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
    {"start", NULL, start, NULL, NULL, NULL, napi_default, NULL},
    {"name", NULL, name, NULL, NULL, NULL, napi_default, NULL},
    {"ref", NULL, ref, NULL, NULL, NULL, napi_default, NULL},
    {"unref", NULL, unref, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_define_properties(env, exports, sizeof props / sizeof props[0], props);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
