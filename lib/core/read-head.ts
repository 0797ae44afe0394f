import type { FileStamp } from '../types.js'
import { open, fstat, read, close, lstat, stat, constants, openSync, fstatSync, readSync, closeSync, type Stats } from 'node:fs'
import { headReaderAddon, nativeAllowed } from '../io/native-parts.js'

export interface Head {
  /** The first bytes of the file: `min(size, want)` of them, fewer if the file shrank. */
  bytes: Buffer
  size: number
  mtime: Date
  /** Set when the open file is not a regular file (it was opened non-blocking and not read). */
  notRegular?: 'fifo' | 'socket' | 'char-device' | 'block-device' | 'directory' | 'unknown'
  /** Asked for (`stamp` of readHeadSync, readHeadInto) and read natively: the open file's stamp. */
  stamp?: FileStamp
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

/** A read's outcome, for callers that take a callback. With `reused`, `head.bytes` lie in a buffer that is reused after the callback returns: copy what is kept. */
export type HeadCallback = (err: NodeJS.ErrnoException | null, head: Head | undefined, reused: boolean) => void

/**
 * One open, one fstat, one read of at most `want` bytes, one close, without
 * blocking the crawl's thread: on the native reader's threads when it is
 * built (one thread per read in flight, so a slow network open holds only its
 * own), else with Node's calls on the libuv pool. Failures are read again with
 * Node's calls, so errors are Node's own, word for word. The bytes are a
 * buffer of their own.
 */
export function readHead(path: string | Buffer, want: number): Promise<Head> {
  return new Promise((resolve, reject) =>
    readHeadInto(path, want, (err, head, reused) => {
      if (err) return reject(err)
      resolve(reused ? { ...head!, bytes: Buffer.from(head!.bytes) } : head!)
    }),
  )
}

/**
 * readHead without a promise: `done` is called once, on a later turn. On the
 * native reader the reads asked for in one turn go to its threads together
 * and come back in batches, the bytes in a slot of a reused arena (`reused`
 * true: valid until `done` returns). `readers`: reader threads enough for
 * this many reads at once; reads asked for beyond them wait in the threads'
 * queue, and a thread takes the next as soon as it is done, without waiting
 * for this thread. Default: a thread for every read in flight. `stamp`: the
 * head carries the open file's stamp when the reader threads read it (not
 * when Node's calls did).
 */
export function readHeadInto(path: string | Buffer, want: number, done: HeadCallback, readers?: number, stamp = false): void {
  if (threadsAllowed && want <= SLOT_BYTES && readersReady() && freeCount > 0) return askNative(path, want, stamp ? STAMPED : HEAD, done, readers)
  readWithNode({ path, want, what: HEAD, done })
}

/** A stamp's outcome: the stamp, or undefined when the path could not be lstat'ed. */
export type StampCallback = (stamp: FileStamp | undefined) => void

/**
 * A path's stamp (lstat: size, mtime in ns, inode) without blocking this
 * thread: on the reader threads when they run (a network drive's round trip
 * holds one of them, not the crawl), else with Node's lstat on the libuv
 * pool. `readers`: reader threads enough for this many at once, as for
 * readHeadInto; `follow`: `stat`, a link followed. The catalogue stamps a
 * network folder's files this way, all at once.
 */
export function stampInto(path: string | Buffer, done: StampCallback, readers?: number, follow = false): void {
  if (threadsAllowed && readersReady() && freeCount > 0) return askNative(path, follow ? -3 : -1, STAMP_ONLY, (err, head) => done(err ? undefined : head!.stamp), readers)
  nodeStamp(path, follow, (err, stamp) => done(err ? undefined : stamp))
}

/** A path's stamp with Node's call (`stat` when following links, else `lstat`). */
function nodeStamp(path: string | Buffer, follow: boolean, done: (err: NodeJS.ErrnoException | null, stamp?: FileStamp) => void): void {
  ;(follow ? stat : lstat)(path, { bigint: true }, (err, st) => done(err, err ? undefined : { size: st.size, mtimeNs: st.mtimeNs, ino: BigInt.asIntN(64, st.ino) }))
}

/**
 * A folder's entries listed on the reader threads (not sorted, `.` and `..`
 * left out), without blocking this thread and without libuv's pool (four
 * threads unless UV_THREADPOOL_SIZE was set before Node started): per entry
 * its type (1 file, 2 folder, 3 link, 4 FIFO, 5 socket, 6 character
 * device, 7 block device, 0 unknown), its name's length (4 bytes,
 * little-endian) and the name's bytes. `done` gets undefined when the
 * threads could not list it (list it with Node's calls then, for their
 * error); false: the reader threads do not run here.
 */
export function listFolderInto(path: string | Buffer, done: (listing: Buffer | undefined, count: number) => void, readers?: number): boolean {
  if (!(threadsAllowed && readersReady() && freeCount > 0)) return false
  askNative(path, -2, LIST, (err, head) => done(err ? undefined : head!.bytes, err ? 0 : head!.size), readers)
  return true
}

/** What a call on the reader threads gives: a head, a head and its stamp, a stamp alone (its `want` -1: the native reader's lstat), or a folder's listing (-2). */
const HEAD = 0
const STAMPED = 1
const STAMP_ONLY = 2
const LIST = 3

interface Call {
  path: string | Buffer
  want: number
  what: typeof HEAD | typeof STAMPED | typeof STAMP_ONLY | typeof LIST
  done: HeadCallback
}

function readWithNode(call: Call): void {
  if (call.what === LIST) return call.done(Object.assign(new Error('not listed on the reader threads'), { code: 'ENOTLISTED' }), undefined, false)
  if (call.what === STAMP_ONLY) {
    // A stamp alone whose lstat (stat: want -3) failed on the reader threads: Node's, for its error.
    return nodeStamp(call.path, call.want === -3, (err, stamp) => call.done(err, stamp && { bytes: EMPTY, size: Number(stamp.size), mtime: EPOCH, stamp }, false))
  }
  readHeadJs(call.path, call.want).then(
    (head) => call.done(null, head, false),
    (e: NodeJS.ErrnoException) => call.done(e, undefined, false),
  )
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
  readHead(path: string | Uint8Array, out: Uint8Array, info: Float64Array, stamp?: BigInt64Array): number
  startReaders(onBatch: (count: number) => void, arena: Uint8Array, slotBytes: number, results: Float64Array, doneSlots: Int32Array, stamps?: BigInt64Array, lists?: unknown[]): void
  submit(count: number, paths: ReadonlyArray<string | Uint8Array>, slots: Int32Array, wants: Int32Array, threads: number): number
  ref(): void
  unref(): void
}
const native: NativeReader | undefined = loadNative()
const blockingAllowed = native !== undefined && nativeAllowed('head-reader')
const threadsAllowed = native !== undefined && nativeAllowed('reader-threads')
const nativeInfo = new Float64Array(3)
const nativeStamp = new BigInt64Array(3)
const EMPTY = Buffer.alloc(0)
const EPOCH = new Date(0)
const NATIVE_TYPES = [undefined, 'fifo', 'socket', 'char-device', 'block-device', 'directory', 'unknown'] as const

function loadNative(): NativeReader | undefined {
  if (!nativeAllowed('head-reader') && !nativeAllowed('reader-threads')) return undefined
  return headReaderAddon() as NativeReader | undefined
}

/** The Head of a native read: `got` bytes of `buf`, and the file's size, mtime and type as the reader gives them. */
function nativeHead(buf: Buffer, got: number, size: number, mtimeMs: number, type: number): Head {
  const kind = NATIVE_TYPES[type]
  // As Node makes its Stats dates: milliseconds rounded.
  const mtime = new Date(Math.round(mtimeMs))
  if (kind) return { bytes: Buffer.alloc(0), size, mtime, notRegular: kind }
  return { bytes: got < buf.length ? buf.subarray(0, got) : buf, size, mtime }
}

/** Reads in flight on the reader threads at most (each holds a slot), and the largest head they read. */
const SLOTS = 256
const SLOT_BYTES = 16 * 1024
/** The slots' bytes: malloc'd, so slots never used take no memory. */
let arena: Buffer | undefined
/** Per slot: bytes read (or -errno), size, mtime in ms, file type. */
const results = new Float64Array(SLOTS * 4)
/** Per slot: the file's size, mtime in ns, inode (for STAMPED and STAMP_ONLY calls). */
const stamps = new BigInt64Array(SLOTS * 3)
/** Per slot: a folder's listing (LIST calls), put there by the native reader as its batch is delivered. */
const lists: Array<ArrayBuffer | undefined> = new Array(SLOTS)
/** The slots of the batch onBatch is told of. */
const doneSlots = new Int32Array(SLOTS)
/** Free slots, as a stack: the same few slots (and arena pages) serve read after read. */
const freeSlots = new Int32Array(SLOTS)
let freeCount = 0
const calls: Array<Call | undefined> = new Array(SLOTS)
/** Reads asked for in this turn, handed to the threads together at its end. */
const askPaths: Array<string | Buffer> = []
const askSlots = new Int32Array(SLOTS)
const askWants = new Int32Array(SLOTS)
let inFlight = 0
/** Reader threads the reads asked for in this turn want: the largest `readers` given, or one per read in flight. */
let askReaders = 0
/** Started at the first asynchronous read; false when their callback could not be made (Node's calls then). */
let readers: boolean | undefined

function readersReady(): boolean {
  if (readers === undefined) {
    try {
      arena = Buffer.allocUnsafeSlow(SLOTS * SLOT_BYTES)
      native!.startReaders(onBatch, arena, SLOT_BYTES, results, doneSlots, stamps, lists)
      for (let i = SLOTS - 1; i >= 0; i--) freeSlots[freeCount++] = i
      readers = true
    } catch {
      readers = false
    }
  }
  return readers
}

function askNative(path: string | Buffer, want: number, what: Call['what'], done: HeadCallback, readers: number | undefined): void {
  const slot = freeSlots[--freeCount]!
  askReaders = readers === undefined ? SLOTS : Math.max(askReaders, readers)
  calls[slot] = { path, want, what, done }
  askSlots[askPaths.length] = slot
  askWants[askPaths.length] = want
  askPaths.push(path)
  if (inFlight++ === 0) native!.ref()
  if (askPaths.length === 1) queueMicrotask(submitAsked)
}

function submitAsked(): void {
  const count = askPaths.length
  let queued: number
  try {
    // A reader thread per read at once (each open may block for a network round trip), as many as the callers asked for.
    queued = native!.submit(count, askPaths, askSlots, askWants, Math.min(inFlight, askReaders))
  } catch {
    queued = 0 // no thread or no memory for one: Node's calls read them
  }
  for (let i = queued; i < count; i++) {
    const slot = askSlots[i]!
    const call = calls[slot]!
    finish(slot)
    readWithNode(call)
  }
  askPaths.length = 0
  askReaders = 0
}

/** Frees a slot after its read. */
function finish(slot: number): void {
  calls[slot] = undefined
  freeSlots[freeCount++] = slot
  if (--inFlight === 0) native!.unref()
}

function onBatch(count: number): void {
  for (let i = 0; i < count; i++) {
    const slot = doneSlots[i]!
    const call = calls[slot]
    if (!call) continue
    const got = results[slot * 4]!
    if (got < 0) {
      // Any failure is read again by Node's calls, so errors are Node's own, word for word.
      finish(slot)
      readWithNode(call)
      continue
    }
    if (call.what === LIST) {
      const listing = lists[slot]
      lists[slot] = undefined
      try {
        if (listing) call.done(null, { bytes: Buffer.from(listing), size: got, mtime: EPOCH }, false)
        else call.done(Object.assign(new Error('not listed on the reader threads'), { code: 'ENOTLISTED' }), undefined, false)
      } finally {
        finish(slot)
      }
      continue
    }
    const at = slot * SLOT_BYTES
    const stamp = call.what === STAMPED || call.what === STAMP_ONLY ? { size: stamps[slot * 3]!, mtimeNs: stamps[slot * 3 + 1]!, ino: stamps[slot * 3 + 2]! } : undefined
    // A stamp alone: only its stamp is asked for (no Date made for it).
    const head = call.what === STAMP_ONLY ? { bytes: EMPTY, size: results[slot * 4 + 1]!, mtime: EPOCH } : nativeHead(arena!.subarray(at, at + call.want), got, results[slot * 4 + 1]!, results[slot * 4 + 2]!, results[slot * 4 + 3]!)
    if (stamp) head.stamp = stamp
    try {
      call.done(null, head, true)
    } finally {
      finish(slot)
    }
  }
}

/** Whether blocking reads are native, and so give a file's stamp when asked (readHeadSync's `stamp`). */
export const blockingReadsStamp = blockingAllowed

/** Whether the native reader's threads run here: reads on them give the file's stamp when asked (readHeadInto's `stamp`), and stampInto and listFolderInto use them. */
export const readerThreads = threadsAllowed

/** Whether heads are read by the native reader, blocking and on its threads (for tests and the benchmark's notes). */
export const nativeHeadReader = blockingAllowed && threadsAllowed

/**
 * The same read, blocking: no callback, promise or event-loop turn per file.
 * With `scratch`, the bytes are read into it (when they fit) instead of a new
 * buffer: the caller must be done with them before the next read.
 * On a local disk with a warm cache this is the fastest way to read small
 * heads (docs/DECISIONS.md); on a network drive the async `readHead` with
 * many files in flight hides the latency instead.
 */
export function readHeadSync(path: string | Buffer, want: number, scratch?: Buffer, stamp?: boolean): Head {
  if (BENCH_OPEN_DELAY_MS > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, BENCH_OPEN_DELAY_MS)
  if (blockingAllowed) {
    const buf = scratch && scratch.length >= want ? scratch.subarray(0, want) : Buffer.allocUnsafe(want)
    const got = stamp ? native.readHead(path, buf, nativeInfo, nativeStamp) : native.readHead(path, buf, nativeInfo)
    // Any failure is read again below, so errors are Node's own, word for word.
    if (got >= 0) {
      const head = nativeHead(buf, got, nativeInfo[0]!, nativeInfo[1]!, nativeInfo[2]!)
      if (stamp) head.stamp = { size: nativeStamp[0]!, mtimeNs: nativeStamp[1]!, ino: nativeStamp[2]! }
      return head
    }
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
