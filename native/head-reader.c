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
 * The same read also runs on reader threads of this module's own, for
 * asynchronous reads (network drives): there each blocking open holds a
 * thread for its whole round trip, and libuv's pool has four threads unless
 * UV_THREADPOOL_SIZE is set before Node starts. The reader threads grow to
 * as many as submit() is asked for (the reads the caller wants at once, up
 * to TQ_MAX_THREADS, native/thread-queue.h); reads beyond them wait in the
 * queue, so a thread goes on to its next read without waiting for
 * JavaScript. Idle threads leave after READER_IDLE_MS. Reads go in
 * and come back in batches: one call and one lock per batch asked for, one
 * wake of JavaScript per batch finished, the bytes copied into slots of an
 * arena JavaScript reuses (no buffer, reference or callback per file).
 *
 *   readHead(path, out, info)                        the blocking read, on the caller's thread
 *   stamp(path, out, follow, text?)                  lstat (stat when following links) into out: size, mtime in ns, inode; and as text
 *   stampFolder(dir, names, out, text, ends)         the same (no link followed) for the files of one folder
 *   checkRows(root, packed, out)                     a chunk of the catalogue's rows checked against their files' stamps
 *   startReaders(onBatch(count), arena, slotBytes, results, doneSlots, stamps?, lists?)
 *   submit(count, paths, slots, wants, threads)      queues reads (want -1: lstats; -3: stats; -2: folder listings); at least `threads` readers
 *   ref() / unref()                                  keep the event loop alive while reads are due
 */
#define _GNU_SOURCE
#include <node_api.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
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
static size_t put_stamp(const struct stat *st, int64_t *o, unsigned char *text);

static double read_into(const char *path, unsigned char *out, size_t out_len, double *info, int64_t *stamp) {
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
  if (stamp) put_stamp(&st, stamp, NULL);
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
  if (memchr(data, 0, len)) return -EINVAL;
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

/* Up to `most` arguments (at least `least`, the others undefined) of a call that starts with a path, and that path: 0, or -errno. */
static int path_args(napi_env env, napi_callback_info cbinfo, napi_value *argv, size_t least, size_t most, char *path) {
  size_t argc = most;
  if (napi_get_cb_info(env, cbinfo, &argc, argv, NULL, NULL) != napi_ok || argc < least) return -EINVAL;
  return get_path(env, argv[0], path);
}

/* The three arguments of a call that starts with a path, and that path: 0, or -errno. */
static int path_call(napi_env env, napi_callback_info cbinfo, napi_value *argv, char *path) {
  return path_args(env, cbinfo, argv, 3, 3, path);
}

/*
 * readHead(path: string | Uint8Array, out: Uint8Array, info: Float64Array, stamp?: BigInt64Array): number
 * With `stamp`, the open file's size, mtime in ns and inode go into it too, as stamp() gives them
 * (the catalogue's stamp of a file it reads: taken before the read, from the same open file).
 */
static napi_value read_head(napi_env env, napi_callback_info cbinfo) {
  napi_value argv[4];
  char path[PATH_MAX + 1];
  int e = path_args(env, cbinfo, argv, 3, 4, path);
  if (e) return number(env, e);
  int64_t *stamp = NULL;
  napi_valuetype t3 = napi_undefined;
  napi_typeof(env, argv[3], &t3);
  if (t3 != napi_undefined) {
    napi_typedarray_type st_type;
    size_t st_len = 0;
    void *st_data = NULL;
    if (napi_get_typedarray_info(env, argv[3], &st_type, &st_len, &st_data, NULL, NULL) != napi_ok || st_type != napi_bigint64_array || st_len < 3) return number(env, -EINVAL);
    stamp = st_data;
  }
  unsigned char *out = NULL;
  size_t out_len = 0;
  if (get_bytes(env, argv[1], &out, &out_len)) return number(env, -EINVAL);
  napi_typedarray_type ta;
  size_t info_len = 0;
  void *info_data = NULL;
  if (napi_get_typedarray_info(env, argv[2], &ta, &info_len, &info_data, NULL, NULL) != napi_ok || ta != napi_float64_array || info_len < 3) return number(env, -EINVAL);
  return number(env, read_into(path, out, out_len, (double *)info_data, stamp));
}

/* ---- reader threads ---- */

/*
 * A read handed to the threads. The thread reads into the job's own bytes,
 * never into JavaScript's memory: a thread stuck in open() on a hung mount
 * may finish after its environment is gone. deliver() copies the bytes into
 * the slot of the arena JavaScript reuses.
 */
typedef struct job {
  tq_job link;
  int32_t slot;
  /* A stamp alone (submit's want -1: lstat; -3: stat, following a link): no open, no read. */
  bool stat_only, follow;
  /* A folder's listing (submit's want -2): its entries into `list` (list_folder()). */
  bool list_only;
  unsigned char *list;
  size_t list_len;
  size_t want;
  double got;
  double info[3];
  int64_t stamp[3];
  unsigned char *bytes;
  char path[];
} job;

typedef struct readers {
  thread_queue q; /* first: tq_js_ref/tq_js_unref and deliver find it there */
  napi_ref arena_ref, results_ref, done_ref, stamps_ref, lists_ref;
  unsigned char *arena;
  size_t slot_bytes, slots;
  double *results;   /* per slot: got, size, mtime ms, type */
  int32_t *done_slots;
  int64_t *stamps;   /* per slot: size, mtime in ns, inode (when startReaders was given the array) */
} readers;

static void free_job(tq_job *link) {
  free(((job *)link)->list);
  free(link);
}

/*
 * A folder's entries, as readdir gives them (not sorted; "." and ".." left
 * out), into a buffer of their own: per entry its type (1 file, 2 folder,
 * 3 link, 4 FIFO, 5 socket, 6 character device, 7 block device, 0 unknown:
 * libuv's numbering, which fs.Dirent uses), the length of its name (4 bytes,
 * little-endian), the name's bytes. An entry whose type readdir does not
 * give is lstat'ed, as Node's readdir does. The number of entries, or -errno.
 */
static double list_folder(const char *path, unsigned char **out, size_t *out_len) {
  DIR *d = opendir(path);
  if (!d) return -errno;
  size_t cap = 4096, len = 0;
  double n = 0;
  unsigned char *buf = malloc(cap);
  if (!buf) {
    closedir(d);
    return -ENOMEM;
  }
  for (;;) {
    errno = 0;
    struct dirent *e = readdir(d);
    if (!e) {
      if (errno) {
        int err = errno;
        free(buf);
        closedir(d);
        return -err;
      }
      break;
    }
    const char *name = e->d_name;
    if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0))) continue;
    size_t name_len = strlen(name);
    unsigned char type = 0;
    switch (e->d_type) {
      case DT_REG: type = 1; break;
      case DT_DIR: type = 2; break;
      case DT_LNK: type = 3; break;
      case DT_FIFO: type = 4; break;
      case DT_SOCK: type = 5; break;
      case DT_CHR: type = 6; break;
      case DT_BLK: type = 7; break;
      default: {
        struct stat st;
        if (fstatat(dirfd(d), name, &st, AT_SYMLINK_NOFOLLOW) == 0) {
          if (S_ISREG(st.st_mode)) type = 1;
          else if (S_ISDIR(st.st_mode)) type = 2;
          else if (S_ISLNK(st.st_mode)) type = 3;
          else if (S_ISFIFO(st.st_mode)) type = 4;
          else if (S_ISSOCK(st.st_mode)) type = 5;
          else if (S_ISCHR(st.st_mode)) type = 6;
          else if (S_ISBLK(st.st_mode)) type = 7;
        }
      }
    }
    if (len + 5 + name_len > cap) {
      while (len + 5 + name_len > cap) cap *= 2;
      unsigned char *more = realloc(buf, cap);
      if (!more) {
        free(buf);
        closedir(d);
        return -ENOMEM;
      }
      buf = more;
    }
    buf[len] = type;
    uint32_t l = (uint32_t)name_len;
    for (int i = 0; i < 4; i++) buf[len + 1 + i] = (unsigned char)(l >> (8 * i));
    memcpy(buf + len + 5, name, name_len);
    len += 5 + name_len;
    n++;
  }
  closedir(d);
  *out = buf;
  *out_len = len;
  return n;
}

static void release_readers(void *owner) {
  free(owner);
}

/* Idle reader threads leave after this long: a burst of reads leaves no hundreds of threads behind. */
#define READER_IDLE_MS 2000

static void *reader_thread(void *arg) {
  readers *r = arg;
  job *j;
  while ((j = (job *)tq_pop(&r->q)) != NULL) {
    if (bench_delay_ms > 0) usleep((useconds_t)bench_delay_ms * 1000);
    if (j->list_only) j->got = list_folder(j->path, &j->list, &j->list_len);
    else if (j->stat_only) {
      struct stat st;
      if ((j->follow ? stat(j->path, &st) : lstat(j->path, &st)) == 0) {
        j->got = 0;
        j->info[0] = (double)st.st_size;
        j->info[1] = (double)st.st_mtim.tv_sec * 1e3 + (double)st.st_mtim.tv_nsec / 1e6;
        j->info[2] = file_type(st.st_mode);
        put_stamp(&st, j->stamp, NULL);
      } else j->got = -errno;
    } else j->got = read_into(j->path, j->bytes, j->want, j->info, j->stamp);
    if (!tq_done(&r->q, &j->link)) free_job(&j->link);
  }
  tq_leave(&r->q);
  return NULL;
}

/* On the main thread, once per batch of finished reads: their bytes into their slots, then onBatch(count). */
static void deliver(napi_env env, napi_value callback, void *context, void *data) {
  (void)data;
  if (!env) return; /* the environment is ending: tq_stop freed what was left */
  readers *r = context;
  tq_job *list = tq_take_done(&r->q);
  int32_t n = 0;
  while (list) {
    job *j = (job *)list;
    list = list->next;
    size_t at = (size_t)j->slot;
    if (j->got > 0) memcpy(r->arena + at * r->slot_bytes, j->bytes, (size_t)j->got);
    r->results[at * 4] = j->got;
    for (int i = 0; i < 3; i++) r->results[at * 4 + 1 + i] = j->info[i];
    if (r->stamps)
      for (int i = 0; i < 3; i++) r->stamps[at * 3 + i] = j->stamp[i];
    if (j->list_only && j->got >= 0) {
      /* The listing, as an ArrayBuffer at lists[slot]; none (ENOMEM) when it cannot be made. */
      napi_value lists, ab;
      void *data = NULL;
      if (r->lists_ref && napi_get_reference_value(env, r->lists_ref, &lists) == napi_ok && napi_create_arraybuffer(env, j->list_len, &data, &ab) == napi_ok) {
        if (j->list_len) memcpy(data, j->list, j->list_len);
        napi_set_element(env, lists, (uint32_t)at, ab);
      } else r->results[at * 4] = -ENOMEM;
    }
    r->done_slots[n++] = j->slot;
    free_job(&j->link);
  }
  if (n == 0 || !callback) return;
  napi_value argv[1], undefined;
  napi_create_int32(env, n, &argv[0]);
  napi_get_undefined(env, &undefined);
  napi_call_function(env, undefined, callback, 1, argv, NULL);
}

static void *typed_data(napi_env env, napi_value value, napi_typedarray_type want_type, size_t *len, napi_ref *ref) {
  napi_typedarray_type ta;
  void *data = NULL;
  if (napi_get_typedarray_info(env, value, &ta, len, &data, NULL, NULL) != napi_ok || ta != want_type) return NULL;
  if (napi_create_reference(env, value, 1, ref) != napi_ok) return NULL;
  return data;
}

/*
 * startReaders(onBatch(count), arena: Uint8Array, slotBytes: number,
 *              results: Float64Array, doneSlots: Int32Array, stamps?: BigInt64Array, lists?: unknown[]): void
 * The arena holds one slot of slotBytes per read in flight; results 4
 * numbers per slot; doneSlots the slots of a batch; stamps, if given, 3 per
 * slot: the file's size, mtime in ns and inode, as stamp() gives them (of
 * the open file for a read); lists, if given, an array where a listing
 * (submit's want -2) is put at its slot's index. Threads start when reads
 * are asked for.
 */
static napi_value start_readers(napi_env env, napi_callback_info info) {
  size_t argc = 7;
  napi_value argv[7];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc < 5) return tq_throw(env, "startReaders(onBatch, arena, slotBytes, results, doneSlots)");
  if (tq_instance(env)) return tq_throw(env, "the readers are already started");
  readers *r = calloc(1, sizeof *r);
  if (!r) return tq_throw(env, "out of memory");
  size_t arena_len = 0, results_len = 0, done_len = 0;
  int32_t slot_bytes = 0;
  napi_get_value_int32(env, argv[2], &slot_bytes);
  r->arena = typed_data(env, argv[1], napi_uint8_array, &arena_len, &r->arena_ref);
  r->results = typed_data(env, argv[3], napi_float64_array, &results_len, &r->results_ref);
  r->done_slots = typed_data(env, argv[4], napi_int32_array, &done_len, &r->done_ref);
  size_t stamps_len = 0;
  napi_valuetype t6 = napi_undefined;
  if (argc > 5) napi_typeof(env, argv[5], &t6);
  if (t6 != napi_undefined && t6 != napi_null) {
    r->stamps = typed_data(env, argv[5], napi_bigint64_array, &stamps_len, &r->stamps_ref);
    if (!r->stamps) {
      free(r);
      return tq_throw(env, "startReaders: stamps must be a BigInt64Array");
    }
  }
  napi_valuetype t7 = napi_undefined;
  if (argc > 6) napi_typeof(env, argv[6], &t7);
  if (t7 == napi_object && napi_create_reference(env, argv[6], 1, &r->lists_ref) != napi_ok) r->lists_ref = NULL;
  if (!r->arena || !r->results || !r->done_slots || slot_bytes <= 0) {
    free(r);
    return tq_throw(env, "startReaders: bad arena, slot size, results or doneSlots");
  }
  r->slot_bytes = (size_t)slot_bytes;
  r->slots = arena_len / r->slot_bytes;
  if (results_len / 4 < r->slots) r->slots = results_len / 4;
  if (done_len < r->slots) r->slots = done_len;
  if (r->stamps && stamps_len / 3 < r->slots) r->slots = stamps_len / 3;
  if (tq_start(&r->q, env, argv[0], "dicom-crawler:read", deliver, free_job, release_readers, r, READER_IDLE_MS) != napi_ok) {
    free(r);
    return tq_throw(env, "cannot create the readers' callback");
  }
  tq_install(env, &r->q);
  return NULL;
}

/*
 * submit(count, paths: Array<string | Uint8Array>, slots: Int32Array,
 *        wants: Int32Array, threads: number): number
 * Queues `count` reads with one lock: read i opens paths[i] and reads at most
 * wants[i] bytes into slot slots[i]; with wants[i] -1, the path is only
 * lstat'ed (its stamp, no open: got 0 or -errno), with -3 stat'ed (a link
 * followed); with -2, it is a folder
 * listed (list_folder(): got the number of entries). A path that cannot be opened as given
 * (a NUL inside, too long) is finished at once with -errno. Returns the
 * number of reads queued or finished; fewer when memory ran out.
 */
static napi_value submit(napi_env env, napi_callback_info info) {
  size_t argc = 5;
  napi_value argv[5];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  readers *r = tq_instance(env);
  if (!r) return tq_throw(env, "the readers are not started");
  if (argc < 5) return tq_throw(env, "submit(count, paths, slots, wants, threads)");
  int32_t count = 0, threads = 1;
  napi_get_value_int32(env, argv[0], &count);
  napi_get_value_int32(env, argv[4], &threads);
  size_t slots_len = 0, wants_len = 0;
  napi_typedarray_type ta;
  int32_t *slots = NULL, *wants = NULL;
  if (napi_get_typedarray_info(env, argv[2], &ta, &slots_len, (void **)&slots, NULL, NULL) != napi_ok || ta != napi_int32_array) return tq_throw(env, "slots must be an Int32Array");
  if (napi_get_typedarray_info(env, argv[3], &ta, &wants_len, (void **)&wants, NULL, NULL) != napi_ok || ta != napi_int32_array) return tq_throw(env, "wants must be an Int32Array");
  if (count < 0 || (size_t)count > slots_len || (size_t)count > wants_len) return tq_throw(env, "submit: count out of range");
  if (tq_threads(&r->q, threads, reader_thread, r) == 0) return tq_throw(env, "cannot start a reader thread");

  tq_job *first = NULL, *last = NULL;
  int queued = 0, done = 0;
  char path[PATH_MAX + 1];
  for (int32_t i = 0; i < count; i++) {
    int32_t slot = slots[i];
    bool stat_only = wants[i] == -1 || wants[i] == -3, follow = wants[i] == -3, list_only = wants[i] == -2;
    size_t want = wants[i] < 0 ? 0 : (size_t)wants[i];
    if (slot < 0 || (size_t)slot >= r->slots || want > r->slot_bytes) return tq_throw(env, "submit: slot or size out of range");
    napi_value p;
    napi_get_element(env, argv[1], (uint32_t)i, &p);
    int e = get_path(env, p, path);
    size_t path_len = e ? 1 : strlen(path) + 1;
    job *j = malloc(sizeof *j + path_len + want);
    if (!j) break;
    j->slot = slot;
    j->stat_only = stat_only;
    j->follow = follow;
    j->list_only = list_only;
    j->list = NULL;
    j->list_len = 0;
    j->want = want;
    j->stamp[0] = j->stamp[1] = j->stamp[2] = 0;
    j->got = e;
    j->info[0] = j->info[1] = j->info[2] = 0;
    j->bytes = (unsigned char *)j->path + path_len;
    memcpy(j->path, e ? "" : path, path_len);
    if (e) {
      /* Not opened: JavaScript reads it again with Node's calls, which throw Node's error. */
      if (!tq_done(&r->q, &j->link)) free_job(&j->link);
      done++;
      continue;
    }
    j->link.next = NULL;
    if (last) last->next = &j->link;
    else first = &j->link;
    last = &j->link;
    queued++;
  }
  if (first) tq_push_all(&r->q, first, last, queued);
  return number(env, queued + done);
}

/* A signed 64-bit integer in decimal, as SQLite writes an INTEGER as text: the bytes written. */
static size_t put_int64(unsigned char *at, int64_t v) {
  unsigned char digits[20];
  size_t n = 0, len = 0;
  uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
  do {
    digits[n++] = (unsigned char)('0' + u % 10);
    u /= 10;
  } while (u);
  if (v < 0) at[len++] = '-';
  while (n) at[len++] = digits[--n];
  return len;
}

/* A stat's size, mtime in ns and inode into o[0..2], and as text (`size:mtime:inode`, at most 62 bytes) when text is given: its length. */
static size_t put_stamp(const struct stat *st, int64_t *o, unsigned char *text) {
  o[0] = (int64_t)st->st_size;
  o[1] = (int64_t)st->st_mtim.tv_sec * 1000000000 + (int64_t)st->st_mtim.tv_nsec;
  o[2] = (int64_t)st->st_ino;
  if (!text) return 0;
  size_t n = put_int64(text, o[0]);
  text[n++] = ':';
  n += put_int64(text + n, o[1]);
  text[n++] = ':';
  n += put_int64(text + n, o[2]);
  return n;
}

/*
 * stamp(path: string | Uint8Array, out: BigInt64Array, follow: boolean, text?: Uint8Array): -errno, or
 * the length of the text (0 without text).
 * out[0] = size, out[1] = mtime in ns, out[2] = inode (its 64 bits as signed):
 * what the catalogue compares to pass over an unchanged file
 * (lib/catalogue/stamp.ts). With text (at least 62 bytes), the same three
 * as SQLite writes them as text, `size:mtime:inode`, which the catalogue
 * compares with its rows byte for byte. fs.lstatSync({bigint: true})
 * builds a Stats object of some twenty BigInts and four Dates per call for
 * these three.
 */
static napi_value stamp(napi_env env, napi_callback_info cbinfo) {
  napi_value argv[4];
  char path[PATH_MAX + 1];
  int e = path_args(env, cbinfo, argv, 3, 4, path);
  if (e) return number(env, e);
  napi_typedarray_type ta;
  size_t len = 0;
  void *data = NULL;
  if (napi_get_typedarray_info(env, argv[1], &ta, &len, &data, NULL, NULL) != napi_ok || ta != napi_bigint64_array || len < 3) return number(env, -EINVAL);
  unsigned char *text = NULL;
  size_t text_len = 0;
  napi_valuetype t4 = napi_undefined;
  napi_typeof(env, argv[3], &t4);
  if (t4 != napi_undefined && (get_bytes(env, argv[3], &text, &text_len) != 0 || text_len < 62)) return number(env, -EINVAL);
  bool follow = false;
  napi_get_value_bool(env, argv[2], &follow);
  struct stat st;
  if ((follow ? stat(path, &st) : lstat(path, &st)) != 0) return number(env, -errno);
  return number(env, (double)put_stamp(&st, data, text));
}

/*
 * stampFolder(dir: string | Uint8Array, names: string[], out: BigInt64Array, text: Uint8Array, ends: Int32Array):
 * 0, or -errno when the folder cannot be opened. The stamp of each file of a
 * folder, as stamp() gives it without following links (fstatat on the
 * folder, once open): out[3i..3i+2] its three integers, its text from
 * ends[i-1] (0 for the first) to ends[i] in text, empty when it cannot be
 * stat'ed. out holds at least 3 per name, text 62, ends one. One call per
 * folder instead of one per file: an unchanged re-run passes over most
 * files with this and two byte comparisons.
 */
static napi_value stamp_folder(napi_env env, napi_callback_info cbinfo) {
  napi_value argv[5];
  char dir[PATH_MAX + 1];
  int e = path_args(env, cbinfo, argv, 5, 5, dir);
  if (e) return number(env, e);
  uint32_t n = 0;
  if (napi_get_array_length(env, argv[1], &n) != napi_ok) return number(env, -EINVAL);
  napi_typedarray_type ta;
  size_t out_len = 0, ends_len = 0, text_len = 0;
  void *out_data = NULL, *ends_data = NULL;
  unsigned char *text = NULL;
  if (napi_get_typedarray_info(env, argv[2], &ta, &out_len, &out_data, NULL, NULL) != napi_ok || ta != napi_bigint64_array || out_len < 3 * (size_t)n) return number(env, -EINVAL);
  if (get_bytes(env, argv[3], &text, &text_len) != 0 || text_len < 62 * (size_t)n) return number(env, -EINVAL);
  if (napi_get_typedarray_info(env, argv[4], &ta, &ends_len, &ends_data, NULL, NULL) != napi_ok || ta != napi_int32_array || ends_len < n) return number(env, -EINVAL);
  int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd < 0) return number(env, -errno);
  int64_t *out = out_data;
  int32_t *ends = ends_data;
  size_t at = 0;
  char name[1024];
  for (uint32_t i = 0; i < n; i++) {
    ends[i] = (int32_t)at;
    napi_value v;
    size_t len = 0;
    if (napi_get_element(env, argv[1], i, &v) != napi_ok || napi_get_value_string_utf8(env, v, name, sizeof name, &len) != napi_ok || len >= sizeof name - 1 || strlen(name) != len) continue;
    struct stat st;
    if (fstatat(dfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) continue;
    at += put_stamp(&st, out + 3 * (size_t)i, text + at);
    ends[i] = (int32_t)at;
  }
  close(dfd);
  return number(env, 0);
}

/*
 * checkRows(root: string | Uint8Array, packed: Uint8Array, out: Uint8Array): the number of rows, or -errno.
 * A chunk of the catalogue's rows, packed as the merge reads them (lib/catalogue/merge.ts: per row the
 * key's length, a space, the key, then the stamp's text; rows apart by a newline), checked against the
 * files they name: out[i] = 1 when row i's file has the row's stamp (fstatat without following a link,
 * as stampFolder gives it), else 0. A key is the folder below the root with each '/' as byte 0x01, byte
 * 0x00, then the name (lib/catalogue/walk-key.ts). The catalogue's writer thread runs it on the chunks
 * it reads ahead, so that the merge need not stamp a file whose row is known to be unchanged. Each
 * folder is opened once for its run of rows.
 */
static napi_value check_rows(napi_env env, napi_callback_info cbinfo) {
  napi_value argv[3];
  char root[PATH_MAX + 1];
  int e = path_args(env, cbinfo, argv, 3, 3, root);
  if (e) return number(env, e);
  unsigned char *packed = NULL, *out = NULL;
  size_t packed_len = 0, out_len = 0;
  if (get_bytes(env, argv[1], &packed, &packed_len) != 0 || get_bytes(env, argv[2], &out, &out_len) != 0) return number(env, -EINVAL);
  size_t root_len = strlen(root);
  char dir[PATH_MAX + 1];
  char name[NAME_MAX + 1];
  unsigned char text[64];
  int64_t values[3];
  int dfd = -1;
  const unsigned char *folder = NULL;
  size_t folder_len = 0;
  size_t i = 0, n = 0;
  while (i < packed_len) {
    size_t len = 0;
    while (i < packed_len && packed[i] >= '0' && packed[i] <= '9') len = len * 10 + (size_t)(packed[i++] - '0');
    if (i >= packed_len || packed[i] != ' ' || len > packed_len - i - 1) break;
    const unsigned char *key = packed + i + 1;
    i += 1 + len;
    size_t stamp_at = i;
    while (i < packed_len && packed[i] != '\n') i++;
    size_t stamp_len = i - stamp_at;
    i++;
    unsigned char same = 0;
    const unsigned char *zero = len ? memchr(key, 0, len) : NULL;
    if (zero && stamp_len > 0 && stamp_len < sizeof text) {
      size_t key_folder = (size_t)(zero - key), name_len = len - key_folder - 1;
      if (dfd < 0 || folder == NULL || key_folder != folder_len || memcmp(key, folder, key_folder) != 0) {
        if (dfd >= 0) close(dfd);
        dfd = -1;
        folder = key;
        folder_len = key_folder;
        if (root_len + 1 + key_folder < sizeof dir) {
          memcpy(dir, root, root_len);
          size_t p = root_len;
          if (key_folder) {
            dir[p++] = '/';
            for (size_t k = 0; k < key_folder; k++) dir[p++] = key[k] == 0x01 ? '/' : (char)key[k];
          }
          dir[p] = 0;
          if (strlen(dir) == p) dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        }
      }
      if (dfd >= 0 && name_len > 0 && name_len <= NAME_MAX && !memchr(zero + 1, 0, name_len)) {
        memcpy(name, zero + 1, name_len);
        name[name_len] = 0;
        struct stat st;
        if (fstatat(dfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0) {
          size_t t = put_stamp(&st, values, text);
          same = t == stamp_len && memcmp(text, packed + stamp_at, t) == 0;
        }
      }
    }
    if (n < out_len) out[n] = same;
    n++;
  }
  if (dfd >= 0) close(dfd);
  return number(env, (double)n);
}

static napi_value init(napi_env env, napi_value exports) {
  const char *delay = getenv("DICOM_CRAWLER_BENCH_OPEN_DELAY_MS");
  if (delay) bench_delay_ms = atoi(delay);
  napi_property_descriptor props[] = {
    {"readHead", NULL, read_head, NULL, NULL, NULL, napi_default, NULL},
    {"stamp", NULL, stamp, NULL, NULL, NULL, napi_default, NULL},
    {"stampFolder", NULL, stamp_folder, NULL, NULL, NULL, napi_default, NULL},
    {"checkRows", NULL, check_rows, NULL, NULL, NULL, napi_default, NULL},
    {"startReaders", NULL, start_readers, NULL, NULL, NULL, napi_default, NULL},
    {"submit", NULL, submit, NULL, NULL, NULL, napi_default, NULL},
    {"ref", NULL, tq_js_ref, NULL, NULL, NULL, napi_default, NULL},
    {"unref", NULL, tq_js_unref, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_define_properties(env, exports, sizeof props / sizeof props[0], props);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
