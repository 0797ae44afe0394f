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
 * On Linux its regular expressions are compiled once per thread, not once
 * per test (regex-cache.c).
 *
 * From JavaScript:
 *   start(databasePath, threads, onNamed(id, mime | null, error | null))
 *   name(id, head: Uint8Array)   copies the head, queues it
 *   ref() / unref()              keep the event loop alive while names are due
 * Names come back in the order their threads finish, each with its id.
 */
#include <node_api.h>
#include <magic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "thread-queue.h"

#define MAX_NAMING_THREADS 8

#ifdef DC_REGEX_CACHE
/* regex-cache.c: libmagic's compiled regular expressions, kept per thread; freed as the thread leaves. */
void rx_cache_clear(void);
#endif

typedef struct job {
  tq_job link;
  double id;
  char *mime;
  char *error;
  size_t len;
  unsigned char data[];
} job;

typedef struct namer {
  thread_queue q; /* first: tq_js_ref/tq_js_unref find it there */
  void *database;
  size_t database_len;
  char *load_error;
} namer;

static char *dup_text(const char *s) {
  size_t n = strlen(s) + 1;
  char *out = malloc(n);
  if (out) memcpy(out, s, n);
  return out;
}

static void free_job(tq_job *link) {
  job *j = (job *)link;
  free(j->mime);
  free(j->error);
  free(j);
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
  job *j;
  while ((j = (job *)tq_pop(&n->q)) != NULL) {
    if (m) {
      const char *r = magic_buffer(m, j->data, j->len);
      if (r) j->mime = dup_text(r);
      else j->error = dup_text(magic_error(m) ? magic_error(m) : "libmagic gave no answer");
    } else {
      j->error = dup_text(error ? error : "libmagic is not loaded");
    }
    if (!tq_done(&n->q, &j->link)) free_job(&j->link);
  }
  if (m) magic_close(m);
#ifdef DC_REGEX_CACHE
  rx_cache_clear();
#endif
  free(error);
  tq_leave(&n->q);
  return NULL;
}

/* On the main thread, once per batch: hand each name to onNamed(id, mime, error). */
static void deliver(napi_env env, napi_value callback, void *context, void *data) {
  (void)data;
  if (!env) return; /* the environment is ending: tq_stop freed what was left */
  namer *n = context;
  tq_job *list = tq_take_done(&n->q);
  while (list) {
    job *j = (job *)list;
    list = list->next;
    if (callback) {
      napi_value argv[3], undefined;
      napi_create_double(env, j->id, &argv[0]);
      if (j->mime) napi_create_string_utf8(env, j->mime, NAPI_AUTO_LENGTH, &argv[1]);
      else napi_get_null(env, &argv[1]);
      if (j->error) napi_create_string_utf8(env, j->error, NAPI_AUTO_LENGTH, &argv[2]);
      else napi_get_null(env, &argv[2]);
      napi_get_undefined(env, &undefined);
      napi_call_function(env, undefined, callback, 3, argv, NULL);
    }
    free_job(&j->link);
  }
}

/* By the last of the environment and the naming threads to leave. */
static void release_namer(void *owner) {
  namer *n = owner;
  free(n->database);
  free(n->load_error);
  free(n);
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
  if (argc < 3) return tq_throw(env, "start(databasePath, threads, onNamed)");
  if (tq_instance(env)) return tq_throw(env, "the MIME namer is already started");

  char path[4096];
  size_t path_len = 0;
  if (napi_get_value_string_utf8(env, argv[0], path, sizeof path, &path_len) != napi_ok) return tq_throw(env, "databasePath must be a string");
  int32_t threads = 1;
  napi_get_value_int32(env, argv[1], &threads);
  if (threads < 1) threads = 1;
  if (threads > MAX_NAMING_THREADS) threads = MAX_NAMING_THREADS;

  namer *n = calloc(1, sizeof *n);
  if (!n) return tq_throw(env, "out of memory");
  n->database = read_database(path, &n->database_len, &n->load_error);
  /* Idle threads stay: each holds a loaded libmagic database. */
  if (tq_start(&n->q, env, argv[2], "dicom-crawler:mime", deliver, free_job, release_namer, n, 0) != napi_ok) {
    free(n->database);
    free(n->load_error);
    free(n);
    return tq_throw(env, "cannot create the MIME namer's callback");
  }
  tq_install(env, &n->q);
  if (tq_threads(&n->q, threads, naming_thread, n) == 0) return tq_throw(env, "cannot start a MIME naming thread");
  return NULL;
}

/* name(id: number, head: Uint8Array): void */
static napi_value name(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  namer *n = tq_instance(env);
  if (!n) return tq_throw(env, "the MIME namer is not started");
  if (argc < 2) return tq_throw(env, "name(id, head)");
  double id = 0;
  if (napi_get_value_double(env, argv[0], &id) != napi_ok) return tq_throw(env, "id must be a number");
  napi_typedarray_type type;
  size_t len = 0;
  void *data = NULL;
  if (napi_get_typedarray_info(env, argv[1], &type, &len, &data, NULL, NULL) != napi_ok || type != napi_uint8_array) return tq_throw(env, "head must be a Uint8Array");
  job *j = malloc(sizeof *j + len);
  if (!j) return tq_throw(env, "out of memory");
  j->id = id;
  j->mime = NULL;
  j->error = NULL;
  j->len = len;
  if (len) memcpy(j->data, data, len);
  tq_push(&n->q, &j->link);
  return NULL;
}

static napi_value init(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
    {"start", NULL, start, NULL, NULL, NULL, napi_default, NULL},
    {"name", NULL, name, NULL, NULL, NULL, napi_default, NULL},
    {"ref", NULL, tq_js_ref, NULL, NULL, NULL, napi_default, NULL},
    {"unref", NULL, tq_js_unref, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_define_properties(env, exports, sizeof props / sizeof props[0], props);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
