import type { Transform } from 'node:stream'
import { detectDicom } from '../core/detect-dicom.js'
import { detectMime } from '../core/mime.js'
import { readHead } from '../core/read-head.js'
import { CrawlerError } from '../errors.js'
import { orderedParallel } from '../util/ordered-parallel.js'
import type { FileEntry, SniffedEntry } from '../types.js'
import { errorText } from './walk.js'

export interface SniffOptions {
  /**
   * Bytes read from the head of each file. Default 16 KiB: one read covers the
   * whole header of nearly every file; `readHeader` reads more when it must.
   */
  headBytes?: number
  /** Files opened at once. Default 16: enough to hide disk latency on local disks (see docs/PERFORMANCE.md). */
  concurrency?: number
  /**
   * Pass entries that are not DICOM (and unreadable ones) on, marked. Default
   * `false`: they are dropped and announced with a `skip` event.
   */
  keepNonDicom?: boolean
}

const DEFAULTS = Object.freeze({ headBytes: 16 * 1024, concurrency: 16, keepNonDicom: false })

const INODE_MIME: Record<string, string> = {
  fifo: 'inode/fifo',
  socket: 'inode/socket',
  'char-device': 'inode/chardevice',
  'block-device': 'inode/blockdevice',
  symlink: 'inode/symlink',
  directory: 'inode/directory',
  unknown: 'inode/x-unknown',
}

export function checkPositiveInt(name: string, value: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isInteger(value) || value < 1 || value > max) throw new CrawlerError('BAD_OPTION', `${name} must be a whole number from 1 to ${max}, got ${value}`)
  return value
}

/** Reads one file's head and decides what it is; never throws for a file's own problems. */
export async function sniffEntry(entry: FileEntry, headBytes: number): Promise<SniffedEntry> {
  if (entry.folder) return { ...entry, dicom: 'none', mime: 'inode/directory' }
  if (entry.kind !== 'file' || entry.error || entry.skip) {
    const skip = entry.skip ?? (entry.error || entry.kind === 'file' ? undefined : `not a regular file (${entry.kind})`)
    return { ...entry, ...(skip ? { skip } : {}), dicom: 'none', mime: INODE_MIME[entry.kind] ?? null }
  }
  let head
  try {
    head = await readHead(entry.fsPath, headBytes)
  } catch (e) {
    return { ...entry, dicom: 'none', mime: null, error: errorText(e, 'cannot read file') }
  }
  const base = { ...entry, size: head.size, mtime: head.mtime }
  if (head.notRegular) {
    return { ...base, kind: head.notRegular === 'directory' ? 'unknown' : head.notRegular, dicom: 'none', mime: INODE_MIME[head.notRegular] ?? null, skip: `not a regular file (${head.notRegular})` }
  }
  const detection = detectDicom(head.bytes, head.size)
  if (detection.kind !== 'none') {
    return { ...base, dicom: detection.kind, mime: null, head: head.bytes, ...(detection.encoding ? { encoding: detection.encoding } : {}) }
  }
  return { ...base, dicom: 'none', mime: await detectMime(head.bytes) }
}

/**
 * Stage: file entries in, sniffed entries out (same order). DICOM is decided
 * from the bytes (DICM at 128, or a plausible dataset at byte 0); libmagic
 * names everything else.
 */
export function sniff(options: SniffOptions = {}): Transform {
  const opts = { ...DEFAULTS, ...options }
  checkPositiveInt('headBytes', opts.headBytes)
  checkPositiveInt('concurrency', opts.concurrency, 4096)
  const stream: Transform = orderedParallel(async (entry: FileEntry) => {
    const sniffed = await sniffEntry(entry, opts.headBytes)
    if (!opts.keepNonDicom && sniffed.dicom === 'none') {
      stream.emit('skip', sniffed)
      return undefined
    }
    return sniffed
  }, opts.concurrency)
  return stream
}
