import { lstatSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { nativeAllowed } from '../io/native-parts.js'
import { PACKAGE_ROOT } from '../package-root.js'

interface NativeStamp {
  stamp(path: string | Uint8Array, out: BigInt64Array, follow: boolean): number
}

/**
 * The native head reader's `stamp` (native/head-reader.c): one `lstat` into
 * three integers. `fs.lstatSync(p, {bigint: true})` builds a Stats object
 * of some twenty BigInts and four Dates for them: with the garbage it left,
 * a fifth of an unchanged re-run's time (docs/DECISIONS.md).
 */
const native = loadNative()

function loadNative(): NativeStamp | undefined {
  if (!nativeAllowed('head-reader')) return undefined
  try {
    const m = createRequire(import.meta.url)(join(PACKAGE_ROOT, 'native', 'head-reader', 'build', 'Release', 'head_reader.node')) as Partial<NativeStamp>
    return typeof m.stamp === 'function' ? (m as NativeStamp) : undefined
  } catch {
    return undefined
  }
}

/**
 * A function that stamps a file: its size, mtime in nanoseconds and inode
 * (its 64 bits as signed, as SQLite stores it), what the catalogue compares
 * to pass over an unchanged file. From `lstat` (`stat` following links),
 * into one array shared by every call (read it before the next one);
 * undefined when the file cannot be stat'ed (gone, unreadable: the read then
 * says why).
 */
export function stamper(followSymlinks: boolean): (fsPath: string | Buffer) => BigInt64Array | undefined {
  const out = new BigInt64Array(3)
  if (native) return (fsPath) => (native.stamp(fsPath, out, followSymlinks) === 0 ? out : undefined)
  const stat = followSymlinks ? statSync : lstatSync
  return (fsPath) => {
    try {
      const st = stat(fsPath, { bigint: true })
      out[0] = st.size
      out[1] = st.mtimeNs
      out[2] = BigInt.asIntN(64, st.ino)
      return out
    } catch {
      return undefined
    }
  }
}

/** Whether stamps come from the native reader (for the benchmark's notes). */
export const nativeStamps = native !== undefined
