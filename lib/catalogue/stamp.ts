import { lstatSync, statSync } from 'node:fs'
import { headReaderAddon, nativeAllowed } from '../io/native-parts.js'
import { readerThreads, stampInto } from '../core/read-head.js'
import type { FileStamp } from '../types.js'

interface NativeStamp {
  stamp(path: string | Uint8Array, out: BigInt64Array, follow: boolean, text: Uint8Array): number
  stampFolder(dir: string | Uint8Array, names: string[], out: BigInt64Array, text: Uint8Array, ends: Int32Array): number
  checkRows?(root: string | Uint8Array, packed: Uint8Array, out: Uint8Array): number
}

/**
 * The native head reader's `stamp` (native/head-reader.c): one `lstat` into
 * three integers and their text. `fs.lstatSync(p, {bigint: true})` builds a
 * Stats object of some twenty BigInts and four Dates for them: with the
 * garbage it left, a fifth of an unchanged re-run's time (docs/DECISIONS.md).
 */
const native = loadNative()

function loadNative(): NativeStamp | undefined {
  const m = nativeAllowed('head-reader') ? (headReaderAddon() as Partial<NativeStamp> | undefined) : undefined
  return typeof m?.stamp === 'function' && typeof m.stampFolder === 'function' ? (m as NativeStamp) : undefined
}

/**
 * Stamps a file: its size, mtime in nanoseconds and inode (its 64 bits as
 * signed, as SQLite stores it), what the catalogue compares to pass over an
 * unchanged file. Returns the length of the stamp's text in `text`, or -1
 * when the file cannot be stat'ed (gone, unreadable: the read then says why).
 * Both `values` and `text` are shared by every call: read them before the next.
 */
export interface Stamper {
  (fsPath: string | Buffer): number
  /** size, mtime in ns, inode. */
  readonly values: BigInt64Array
  /** The three as SQLite writes INTEGERs as text, `size:mtime_ns:inode`: compared with the catalogue's rows byte for byte, no number made. */
  readonly text: Buffer
}

/** A Stamper: from `lstat` (`stat` when following links). */
export function stamper(followSymlinks: boolean): Stamper {
  const values = new BigInt64Array(3)
  // Three signed 64-bit integers in decimal and two colons: at most 62 bytes.
  const text = Buffer.alloc(64)
  let stamp: (fsPath: string | Buffer) => number
  if (native) {
    stamp = (fsPath) => {
      const n = native.stamp(fsPath, values, followSymlinks, text)
      return n > 0 ? n : -1
    }
  } else {
    const stat = followSymlinks ? statSync : lstatSync
    stamp = (fsPath) => {
      try {
        const st = stat(fsPath, { bigint: true })
        return putStamp({ size: st.size, mtimeNs: st.mtimeNs, ino: BigInt.asIntN(64, st.ino) }, values, 0, text, 0)
      } catch {
        return -1
      }
    }
  }
  return Object.assign(stamp, { values, text })
}

/**
 * The stamps of a folder's files, as a Stamper gives them without following
 * links: file i's three integers at `values[3i]`, its text in `text` from
 * `ends[i - 1]` (0 for the first) to `ends[i]`, empty when it cannot be
 * stat'ed. Shared by every call: read them before the next.
 */
export interface FolderStamps {
  values: BigInt64Array
  text: Buffer
  ends: Int32Array
}

/**
 * A function that stamps the files `names` of the folder `dir` in one native
 * call (one open of the folder, then `fstatat` per name); undefined without
 * the native part. The function gives undefined when the folder cannot be
 * opened (stamp its files one by one then).
 */
export function folderStamper(): ((dir: string | Buffer, names: string[]) => FolderStamps | undefined) | undefined {
  if (!native) return undefined
  const stamps: FolderStamps = { values: new BigInt64Array(3 * 256), text: Buffer.alloc(64 * 256), ends: new Int32Array(256) }
  return (dir, names) => {
    if (names.length > stamps.ends.length) {
      const n = Math.max(names.length, 2 * stamps.ends.length)
      stamps.values = new BigInt64Array(3 * n)
      stamps.text = Buffer.alloc(64 * n)
      stamps.ends = new Int32Array(n)
    }
    return native.stampFolder(dir, names, stamps.values, stamps.text, stamps.ends) === 0 ? stamps : undefined
  }
}

/**
 * The stamps of the files `names` of the folder `dir` (a path as the file
 * system takes it), as `lstat` gives them (undefined: it failed), taken on
 * the native reader's threads: on a network drive each is a round trip, and
 * one after the other on this thread they made an unchanged re-run of a
 * 5,000-file tree 8 times slower than reading every file (docs/DECISIONS.md,
 * "The catalogue on a network drive"). All the calls share one queue, in
 * the order asked (the walk's), with at most `inFlight` running: folders
 * asked for ahead of the walk wait behind those it is entering. `follow`:
 * `stat`, links followed. Undefined without the reader threads.
 */
export function stampAll(dir: string, names: readonly string[], inFlight: number, follow = false): Promise<Array<FileStamp | undefined>> | undefined {
  if (!readerThreads) return undefined
  const sep = dir.endsWith('/') ? '' : '/'
  const got: Array<FileStamp | undefined> = new Array(names.length)
  return new Promise((resolve) => {
    if (names.length === 0) return resolve(got)
    let left = names.length
    for (let i = 0; i < names.length; i++) {
      queue.push({
        path: dir + sep + names[i]!,
        follow,
        done: (stamp) => {
          got[i] = stamp
          if (--left === 0) resolve(got)
        },
      })
    }
    pump(inFlight)
  })
}

/** stampAll's calls not started yet, from `queueHead` on. */
const queue: Array<{ path: string; follow: boolean; done: (stamp: FileStamp | undefined) => void } | undefined> = []
let queueHead = 0
let running = 0

function pump(inFlight: number): void {
  while (running < inFlight && queueHead < queue.length) {
    const call = queue[queueHead]!
    queue[queueHead++] = undefined
    if (queueHead === queue.length) queue.length = queueHead = 0
    running++
    stampInto(call.path, (stamp) => {
      running--
      call.done(stamp)
      pump(inFlight)
    }, inFlight, call.follow)
  }
}

/** FolderStamps of `names` from stampAll's answer for `asked` (the same names, or more of them). */
export function folderStamps(names: readonly string[], asked: readonly string[], got: ReadonlyArray<FileStamp | undefined>): FolderStamps {
  let at: ((i: number) => FileStamp | undefined) = (i) => got[i]
  if (asked.length !== names.length || asked.some((n, i) => n !== names[i])) {
    const index = new Map(asked.map((n, i) => [n, i]))
    at = (i) => {
      const k = index.get(names[i]!)
      return k === undefined ? undefined : got[k]
    }
  }
  const stamps: FolderStamps = { values: new BigInt64Array(3 * names.length), text: Buffer.alloc(62 * names.length), ends: new Int32Array(names.length) }
  let end = 0
  for (let i = 0; i < names.length; i++) {
    const st = at(i)
    if (st) end += putStamp(st, stamps.values, 3 * i, stamps.text, end)
    stamps.ends[i] = end
  }
  return stamps
}

/** A stamp's three integers into `values` from `vi`, and its text (`size:mtime_ns:inode`, as SQLite writes them) into `text` at `at`: the text's length. */
export function putStamp(st: FileStamp, values: BigInt64Array, vi: number, text: Buffer, at: number): number {
  values[vi] = st.size
  values[vi + 1] = st.mtimeNs
  values[vi + 2] = st.ino
  return text.write(`${st.size}:${st.mtimeNs}:${st.ino}`, at, 'latin1')
}

/**
 * A chunk of the catalogue's rows (packed as the merge reads them) checked
 * against the files they name, under `root` (a path as the file system
 * takes it): one byte per row, 1 when the file has the row's stamp. The
 * writer thread checks the chunks it reads ahead, so that the merge need
 * not stamp those files (lib/catalogue/merge.ts). Undefined without the
 * native part.
 */
export function checkRows(root: string, packed: Buffer, count: number): Uint8Array | undefined {
  if (!native?.checkRows) return undefined
  const marks = new Uint8Array(count)
  return native.checkRows(root, packed, marks) === count ? marks : undefined
}
