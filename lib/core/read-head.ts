import { open, fstat, read, close, constants, openSync, fstatSync, readSync, closeSync, type Stats } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { PACKAGE_ROOT } from '../package-root.js'
import { DueCalls } from '../util/due-calls.js'

export interface Head {
  /** The first bytes of the file: `min(size, want)` of them, fewer if the file shrank. */
  bytes: Buffer
  size: number
  mtime: Date
  /** Set when the open file is not a regular file (it was opened non-blocking and not read). */
  notRegular?: 'fifo' | 'socket' | 'char-device' | 'block-device' | 'directory' | 'unknown'
}

// O_NONBLOCK: a FIFO that slipped past the walk's type check must not hang the open.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/**
 * Benchmark hook, not a feature: delays every open by this many milliseconds
 * to stand in for a network drive, so the effect of `concurrency` can be
 * measured on a local disk (bench/run.ts --latency). The delay holds the
 * thread that opens, as a network open does: the crawl's thread for blocking
 * reads, a reader thread in the native reader (native/head-reader.c reads the
 * variable itself); only Node's asynchronous calls (no native reader) wait on
 * a timer. Unset: no delay, no cost.
 */
const BENCH_OPEN_DELAY_MS = Number(process.env.DICOM_CRAWLER_BENCH_OPEN_DELAY_MS) || 0

function openWithBenchDelay(path: string | Buffer, flags: number, cb: (err: NodeJS.ErrnoException | null, fd: number) => void): void {
  if (BENCH_OPEN_DELAY_MS > 0) setTimeout(() => open(path, flags, cb), BENCH_OPEN_DELAY_MS)
  else open(path, flags, cb)
}

/**
 * One open, one fstat, one read of at most `want` bytes, one close, without
 * blocking the crawl's thread: on the native reader's threads when it is
 * built (one thread per read in flight, so a slow network open holds only its
 * own), else with Node's calls on the libuv pool. Failures are read again with
 * Node's calls, so errors are Node's own, word for word.
 */
export function readHead(path: string | Buffer, want: number): Promise<Head> {
  return native && readersReady() ? readHeadNative(path, want) : readHeadJs(path, want)
}

/**
 * readHead with Node's callback API (fewer allocations per file than
 * fs/promises); each of the four calls is a trip through libuv's pool.
 */
export function readHeadJs(path: string | Buffer, want: number): Promise<Head> {
  return new Promise((resolve, reject) => {
    openWithBenchDelay(path, OPEN_FLAGS, (err, fd) => {
      if (err) return reject(err)
      const finish = (e: Error | null, head?: Head) => close(fd, () => (e ? reject(e) : resolve(head!)))
      fstat(fd, (err2, st) => {
        if (err2) return finish(err2)
        if (!st.isFile()) {
          const notRegular = st.isFIFO() ? 'fifo' : st.isSocket() ? 'socket' : st.isCharacterDevice() ? 'char-device' : st.isBlockDevice() ? 'block-device' : st.isDirectory() ? 'directory' : 'unknown'
          return finish(null, { bytes: Buffer.alloc(0), size: st.size, mtime: st.mtime, notRegular })
        }
        const length = Math.min(want, st.size)
        if (length === 0) return finish(null, { bytes: Buffer.alloc(0), size: st.size, mtime: st.mtime })
        const buf = Buffer.allocUnsafe(length)
        readFully(fd, buf, 0, (err3, got) => {
          if (err3) return finish(err3)
          finish(null, { bytes: got < length ? buf.subarray(0, got) : buf, size: st.size, mtime: st.mtime })
        })
      })
    })
  })
}

/** Reads until the buffer is full or the file ends (a short read is not the end on every file system). */
function readFully(fd: number, buf: Buffer, offset: number, cb: (err: Error | null, got: number) => void): void {
  read(fd, buf, offset, buf.length - offset, offset, (err, n) => {
    if (err) return cb(err, offset)
    const got = offset + n
    if (n === 0 || got >= buf.length) return cb(null, got)
    readFully(fd, buf, got, cb)
  })
}

function notRegularKind(st: Stats): NonNullable<Head['notRegular']> {
  return st.isFIFO() ? 'fifo' : st.isSocket() ? 'socket' : st.isCharacterDevice() ? 'char-device' : st.isBlockDevice() ? 'block-device' : st.isDirectory() ? 'directory' : 'unknown'
}

/**
 * The native head reader (native/head-reader.c, built by `npm install`):
 * open, fstat, read and close in one call. The four calls from JavaScript
 * cost 13-15 us per file against 9-12 us through it (docs/DECISIONS.md). Absent
 * (not built, another platform) or turned off with
 * DICOM_CRAWLER_NATIVE=0, the JavaScript calls below do the same.
 */
interface NativeReader {
  readHead(path: string | Uint8Array, out: Uint8Array, info: Float64Array): number
  startReaders(onRead: (id: number, got: number, size: number, mtimeMs: number, type: number) => void): void
  readAsync(id: number, path: string | Uint8Array, out: Uint8Array, threads: number): number
  ref(): void
  unref(): void
}
const native: NativeReader | undefined = loadNative()
const nativeInfo = new Float64Array(3)
const NATIVE_TYPES = [undefined, 'fifo', 'socket', 'char-device', 'block-device', 'directory', 'unknown'] as const

function loadNative(): NativeReader | undefined {
  if (process.env.DICOM_CRAWLER_NATIVE === '0') return undefined
  try {
    // In the package root, where node-gyp builds it.
    return createRequire(import.meta.url)(join(PACKAGE_ROOT, 'build', 'Release', 'head_reader.node')) as NativeReader
  } catch {
    return undefined
  }
}

/** The Head of a native read: `got` bytes of `buf`, and the file's size, mtime and type as the reader gives them. */
function nativeHead(buf: Buffer, got: number, size: number, mtimeMs: number, type: number): Head {
  const kind = NATIVE_TYPES[type]
  // As Node makes its Stats dates: milliseconds rounded.
  const mtime = new Date(Math.round(mtimeMs))
  if (kind) return { bytes: Buffer.alloc(0), size, mtime, notRegular: kind }
  return { bytes: got < buf.length ? buf.subarray(0, got) : buf, size, mtime }
}

interface Due {
  path: string | Buffer
  want: number
  buf: Buffer
  resolve: (head: Head) => void
  reject: (e: unknown) => void
}
/** Reads out on the reader threads; null when their callback could not be made (Node's calls then). */
let due: DueCalls<Due> | null | undefined

/** Starts the reader threads' callback at the first asynchronous read. */
function readersReady(): boolean {
  if (due === undefined) {
    try {
      native!.startReaders(onRead)
      due = new DueCalls<Due>(native!)
    } catch {
      due = null
    }
  }
  return due !== null
}

function readHeadNative(path: string | Buffer, want: number): Promise<Head> {
  const calls = due!
  return new Promise((resolve, reject) => {
    const buf = Buffer.allocUnsafe(want)
    const id = calls.add({ path, want, buf, resolve, reject })
    let queued: number
    try {
      // As many reader threads as reads in flight: each open may block for a network round trip.
      queued = native!.readAsync(id, path, buf, calls.size)
    } catch {
      queued = -1 // no thread or no memory for it: Node's calls read it
    }
    if (queued < 0) {
      calls.take(id)
      readHeadJs(path, want).then(resolve, reject)
    }
  })
}

function onRead(id: number, got: number, size: number, mtimeMs: number, type: number): void {
  const d = due!.take(id)
  if (!d) return
  // Any failure is read again by Node's calls, so errors are Node's own, word for word.
  if (got < 0) return void readHeadJs(d.path, d.want).then(d.resolve, d.reject)
  d.resolve(nativeHead(d.buf, got, size, mtimeMs, type))
}

/** Whether heads are read by the native reader (for tests and the benchmark's notes). */
export const nativeHeadReader = native !== undefined

/**
 * The same read, blocking: no callback, promise or event-loop turn per file.
 * With `scratch`, the bytes are read into it (when they fit) instead of a new
 * buffer: the caller must be done with them before the next read.
 * On a local disk with a warm cache this is the fastest way to read small
 * heads (docs/DECISIONS.md); on a network drive the async `readHead` with
 * many files in flight hides the latency instead.
 */
export function readHeadSync(path: string | Buffer, want: number, scratch?: Buffer): Head {
  if (BENCH_OPEN_DELAY_MS > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, BENCH_OPEN_DELAY_MS)
  if (native) {
    const buf = scratch && scratch.length >= want ? scratch.subarray(0, want) : Buffer.allocUnsafe(want)
    const got = native.readHead(path, buf, nativeInfo)
    // Any failure is read again below, so errors are Node's own, word for word.
    if (got >= 0) return nativeHead(buf, got, nativeInfo[0]!, nativeInfo[1]!, nativeInfo[2]!)
  }
  return readHeadSyncJs(path, want, scratch)
}

/** readHeadSync with Node's own calls. */
export function readHeadSyncJs(path: string | Buffer, want: number, scratch?: Buffer): Head {
  const fd = openSync(path, OPEN_FLAGS)
  try {
    const st = fstatSync(fd)
    if (!st.isFile()) return { bytes: Buffer.alloc(0), size: st.size, mtime: st.mtime, notRegular: notRegularKind(st) }
    const length = Math.min(want, st.size)
    const buf = scratch && scratch.length >= length ? scratch.subarray(0, length) : Buffer.allocUnsafe(length)
    let got = 0
    while (got < length) {
      const n = readSync(fd, buf, got, length - got, got)
      if (n === 0) break
      got += n
    }
    return { bytes: got < length ? buf.subarray(0, got) : buf, size: st.size, mtime: st.mtime }
  } finally {
    closeSync(fd)
  }
}
