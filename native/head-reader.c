/*
 * One file's head in one call: open (non-blocking, so a FIFO cannot hang),
 * fstat, read up to the buffer's length, close. The same system calls as
 * readHeadSync in lib/core/read-head.ts; from JavaScript those four calls
 * cost about 17-22 us per file against 8 us here (measured on the benchmark
 * tree), a third of a crawl's time. Returns the number of bytes read, or
 * -errno; info[0] = size, info[1] = mtime in ms, info[2] = file type
 * (0 regular, 1 FIFO, 2 socket, 3 character device, 4 block device,
 * 5 directory, 6 other).
 *
 * The same read also runs on reader threads of this module's own, for the
 * crawl's asynchronous mode (`concurrency` > 1, network drives): there each
 * blocking open holds a thread for its whole round trip, and libuv's pool has
 * four threads unless UV_THREADPOOL_SIZE is set before Node starts, so
 * `--concurrency 32` could not have more than four opens out at once. The
 * reader threads grow to as many reads as are asked for at once (up to
 * TQ_MAX_THREADS, native/thread-queue.h) and wait, idle, after.
 *
 *   readHead(path, out, info)            the blocking read, on the caller's thread
 *   startReaders(onRead(id, got, size, mtimeMs, type))
 *   readAsync(id, path, out, threads)    queues a read; at least `threads` readers
 *   ref() / unref()                      keep the event loop alive while reads are due
 */
#define _GNU_SOURCE
#include <node_api.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "thread-queue.h"

#ifndef PATH_MAX
#define PATH_MAX 4096
#endif

static int file_type(mode_t m) {
  if (S_ISREG(m)) return 0;
  if (S_ISFIFO(m)) return 1;
  if (S_ISSOCK(m)) return 2;
  if (S_ISCHR(m)) return 3;
  if (S_ISBLK(m)) return 4;
  if (S_ISDIR(m)) return 5;
  return 6;
}

static napi_value number(napi_env env, double v) {
  napi_value out;
  napi_create_double(env, v, &out);
  return out;
}

/* Benchmark hook (bench/run.ts --latency): every asynchronous open waits this long first, holding its thread as a network drive's open does. */
static int bench_delay_ms = 0;

/* The read itself: bytes read, or -errno. */
static double read_into(const char *path, unsigned char *out, size_t out_len, double *info) {
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return -errno;
  struct stat st;
  if (fstat(fd, &st) != 0) {
    int e = errno;
    close(fd);
    return -e;
  }
  info[0] = (double)st.st_size;
  info[1] = (double)st.st_mtim.tv_sec * 1e3 + (double)st.st_mtim.tv_nsec / 1e6;
  info[2] = file_type(st.st_mode);
  ssize_t got = 0;
  if (S_ISREG(st.st_mode)) {
    size_t want = out_len < (size_t)st.st_size ? out_len : (size_t)st.st_size;
    while ((size_t)got < want) {
      ssize_t n = pread(fd, out + got, want - got, got);
      if (n < 0) {
        if (errno == EINTR) continue;
        int e = errno;
        close(fd);
        return -e;
      }
      if (n == 0) break;
      got += n;
    }
  }
  close(fd);
  return (double)got;
}

/* The path argument as a C string: 0, or -errno (a NUL inside would open another file: refused, as Node refuses it). */
static int get_path(napi_env env, napi_value value, char *path) {
  napi_valuetype type;
  napi_typeof(env, value, &type);
  if (type == napi_string) {
    size_t len = 0;
    if (napi_get_value_string_utf8(env, value, path, PATH_MAX + 1, &len) != napi_ok) return -EINVAL;
    if (len >= PATH_MAX) return -ENAMETOOLONG;
    size_t full = 0;
    napi_get_value_string_utf8(env, value, NULL, 0, &full);
    if (strlen(path) != full) return -EINVAL;
    return 0;
  }
  napi_typedarray_type ta;
  size_t len = 0;
  void *data = NULL;
  if (napi_get_typedarray_info(env, value, &ta, &len, &data, NULL, NULL) != napi_ok || ta != napi_uint8_array) return -EINVAL;
  if (len >= PATH_MAX) return -ENAMETOOLONG;
  memcpy(path, data, len);
  path[len] = 0;
  return 0;
}

static int get_bytes(napi_env env, napi_value value, unsigned char **out, size_t *len) {
  napi_typedarray_type ta;
  void *data = NULL;
  if (napi_get_typedarray_info(env, value, &ta, len, &data, NULL, NULL) != napi_ok || ta != napi_uint8_array) return -EINVAL;
  *out = data;
  return 0;
}

/* readHead(path: string | Uint8Array, out: Uint8Array, info: Float64Array): number */
static napi_value read_head(napi_env env, napi_callback_info cbinfo) {
  size_t argc = 3;
  napi_value argv[3];
  if (napi_get_cb_info(env, cbinfo, &argc, argv, NULL, NULL) != napi_ok || argc < 3) return number(env, -EINVAL);
  char path[PATH_MAX + 1];
  int e = get_path(env, argv[0], path);
  if (e) return number(env, e);
  unsigned char *out = NULL;
  size_t out_len = 0;
  if (get_bytes(env, argv[1], &out, &out_len)) return number(env, -EINVAL);
  napi_typedarray_type ta;
  size_t info_len = 0;
  void *info_data = NULL;
  if (napi_get_typedarray_info(env, argv[2], &ta, &info_len, &info_data, NULL, NULL) != napi_ok || ta != napi_float64_array || info_len < 3) return number(env, -EINVAL);
  return number(env, read_into(path, out, out_len, (double *)info_data));
}

/* ---- reader threads ---- */

typedef struct job {
  tq_job link;
  double id;
  napi_ref out_ref; /* keeps the buffer alive while a thread writes into it */
  unsigned char *out;
  size_t out_len;
  double got;
  double info[3];
  char path[];
} job;

typedef struct readers {
  thread_queue q; /* first: tq_js_ref/tq_js_unref find it there */
} readers;

static void free_job(tq_job *link) {
  free(link); /* its buffer reference goes with the environment */
}

static void *reader_thread(void *arg) {
  readers *r = arg;
  job *j;
  while ((j = (job *)tq_pop(&r->q)) != NULL) {
    if (bench_delay_ms > 0) usleep((useconds_t)bench_delay_ms * 1000);
    j->got = read_into(j->path, j->out, j->out_len, j->info);
    if (!tq_done(&r->q, &j->link)) free_job(&j->link);
  }
  return NULL;
}

/* On the main thread: onRead(id, got, size, mtimeMs, type). */
static void deliver(napi_env env, napi_value callback, void *context, void *data) {
  (void)context;
  job *j = data;
  if (env) {
    napi_delete_reference(env, j->out_ref);
    if (callback) {
      napi_value argv[5], undefined;
      napi_create_double(env, j->id, &argv[0]);
      napi_create_double(env, j->got, &argv[1]);
      for (int i = 0; i < 3; i++) napi_create_double(env, j->info[i], &argv[2 + i]);
      napi_get_undefined(env, &undefined);
      napi_call_function(env, undefined, callback, 5, argv, NULL);
    }
  }
  free(j);
}

static void stop_readers(void *data) {
  readers *r = data;
  tq_stop(&r->q, free_job);
  free(r);
}

/* startReaders(onRead: Function): void. Threads start when reads are asked for. */
static napi_value start_readers(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc < 1) return tq_throw(env, "startReaders(onRead)");
  if (tq_instance(env)) return tq_throw(env, "the readers are already started");
  readers *r = calloc(1, sizeof *r);
  if (!r) return tq_throw(env, "out of memory");
  if (tq_start(&r->q, env, argv[0], "dicom-crawler:read", deliver) != napi_ok) {
    free(r);
    return tq_throw(env, "cannot create the readers' callback");
  }
  tq_install(env, r, stop_readers);
  return NULL;
}

/* readAsync(id: number, path: string | Uint8Array, out: Uint8Array, threads: number): 0, or -errno for a bad path */
static napi_value read_async(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  readers *r = tq_instance(env);
  if (!r) return tq_throw(env, "the readers are not started");
  if (argc < 4) return tq_throw(env, "readAsync(id, path, out, threads)");
  char path[PATH_MAX + 1];
  int e = get_path(env, argv[1], path);
  if (e) return number(env, e);
  unsigned char *out = NULL;
  size_t out_len = 0;
  if (get_bytes(env, argv[2], &out, &out_len)) return tq_throw(env, "out must be a Uint8Array");
  double id = 0;
  int32_t threads = 1;
  napi_get_value_double(env, argv[0], &id);
  napi_get_value_int32(env, argv[3], &threads);
  if (tq_threads(&r->q, threads, reader_thread, r) == 0) return tq_throw(env, "cannot start a reader thread");

  size_t path_len = strlen(path) + 1;
  job *j = malloc(sizeof *j + path_len);
  if (!j) return tq_throw(env, "out of memory");
  if (napi_create_reference(env, argv[2], 1, &j->out_ref) != napi_ok) {
    free(j);
    return tq_throw(env, "cannot hold the read buffer");
  }
  j->id = id;
  j->out = out;
  j->out_len = out_len;
  j->got = 0;
  memcpy(j->path, path, path_len);
  tq_push(&r->q, &j->link);
  return number(env, 0);
}

static napi_value init(napi_env env, napi_value exports) {
  const char *delay = getenv("DICOM_CRAWLER_BENCH_OPEN_DELAY_MS");
  if (delay) bench_delay_ms = atoi(delay);
  napi_property_descriptor props[] = {
    {"readHead", NULL, read_head, NULL, NULL, NULL, napi_default, NULL},
    {"startReaders", NULL, start_readers, NULL, NULL, NULL, napi_default, NULL},
    {"readAsync", NULL, read_async, NULL, NULL, NULL, napi_default, NULL},
    {"ref", NULL, tq_js_ref, NULL, NULL, NULL, napi_default, NULL},
    {"unref", NULL, tq_js_unref, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_define_properties(env, exports, sizeof props / sizeof props[0], props);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
