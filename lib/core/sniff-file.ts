import { detectDicom } from './detect-dicom.js'
import { readHeadSync, type Head } from './read-head.js'
import { errorText } from '../stages/walk.js'
import type { FileEntry, SniffedEntry } from '../types.js'

/**
 * Sniffing without libmagic: what `sniff` does up to naming non-DICOM files.
 * Kept apart from the stage, which adds libmagic and the stream.
 */

export const INODE_MIME: Readonly<Record<string, string>> = Object.freeze({
  fifo: 'inode/fifo',
  socket: 'inode/socket',
  'char-device': 'inode/chardevice',
  'block-device': 'inode/blockdevice',
  symlink: 'inode/symlink',
  directory: 'inode/directory',
  unknown: 'inode/x-unknown',
})

/** Entries that are never opened: folder markers, errors from the walk, links, FIFOs, devices. */
export function notOpened(entry: FileEntry): SniffedEntry | undefined {
  if (entry.folder) return { ...entry, dicom: 'none', mime: 'inode/directory' }
  if (entry.kind !== 'file' || entry.error || entry.skip) {
    const skip = entry.skip ?? (entry.error || entry.kind === 'file' ? undefined : `not a regular file (${entry.kind})`)
    return { ...entry, ...(skip ? { skip } : {}), dicom: 'none', mime: INODE_MIME[entry.kind] ?? null }
  }
  return undefined
}

/**
 * What a file is from its head. A regular file that is not DICOM keeps its
 * head and `mime: null` until libmagic names it (`needsMime`).
 */
export function sniffHead(entry: FileEntry, head: Head): SniffedEntry {
  if (head.notRegular) {
    return { ...entry, size: head.size, mtime: head.mtime, kind: head.notRegular === 'directory' ? 'unknown' : head.notRegular, dicom: 'none', mime: INODE_MIME[head.notRegular] ?? null, skip: `not a regular file (${head.notRegular})` }
  }
  const detection = detectDicom(head.bytes, head.size)
  // One object, written out: this runs for every file of the tree.
  const sniffed: SniffedEntry = { path: entry.path, fsPath: entry.fsPath, root: entry.root, dir: entry.dir, kind: entry.kind, size: head.size, mtime: head.mtime, dicom: detection.kind, mime: null, head: head.bytes }
  if (detection.encoding) sniffed.encoding = detection.encoding
  if (entry.skip) sniffed.skip = entry.skip
  if (entry.error) sniffed.error = entry.error
  return sniffed
}

/** A regular file that is not DICOM and still waits for its MIME type. */
export function needsMime(sniffed: SniffedEntry): boolean {
  return sniffed.dicom === 'none' && sniffed.mime === null && sniffed.head !== undefined && !sniffed.error && !sniffed.skip
}

/**
 * One blocking head read and the verdict; never throws for the file's own
 * problems. With `scratch` the head is read into it: the returned `head` is
 * then valid only until the next read into the same buffer.
 */
export function sniffFileSync(entry: FileEntry, headBytes: number, scratch?: Buffer): SniffedEntry {
  const early = notOpened(entry)
  if (early) return early
  try {
    return sniffHead(entry, readHeadSync(entry.fsPath, headBytes, scratch))
  } catch (e) {
    return unreadable(entry, e)
  }
}

/** The sniffed entry of a file that could not be read. */
export function unreadable(entry: FileEntry, e: unknown): SniffedEntry {
  return { ...entry, dicom: 'none', mime: null, error: errorText(e, 'cannot read file') }
}
