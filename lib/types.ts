import type { DicomKind, RawEncoding } from './core/detect-dicom.js'
import type { AttributeValues } from './core/parse-header.js'
import type { ClassSource } from './core/classify.js'
import type { RecordErrorCode } from './errors.js'

/**
 * What the walk found at a path. `directory` appears for a directory that could
 * not be read, and, with the walk's `announceDirs`, for each folder entered (`folder: true`).
 */
export type EntryKind = 'file' | 'directory' | 'symlink' | 'fifo' | 'socket' | 'char-device' | 'block-device' | 'unknown'

/** A file's size, mtime in nanoseconds and inode (its 64 bits as signed), as the catalogue compares them. */
export interface FileStamp {
  size: bigint
  mtimeNs: bigint
  ino: bigint
}

/** One entry of the walk. */
export interface FileEntry {
  /** Path as the user gave the root, joined with the names below it (`/`-separated). */
  path: string
  /**
   * Path to open: the same as `path`, except when a name is not valid UTF-8;
   * then the raw bytes, so the file can still be read.
   */
  fsPath: string | Buffer
  /** The root this entry was found under, as given. */
  root: string
  /** Folder of the entry relative to its root (`''` for the root itself, `/`-separated). */
  dir: string
  kind: EntryKind
  /** Filled by `sniff` from the open file (the walk itself does not stat files). */
  size?: number
  mtime?: Date
  /** With the engine's `stamps` (the catalogue): the open file's stamp, from the native read (blocking or on the reader threads). */
  stamp?: FileStamp
  /** Why the entry could not be read (directory unreadable, link dangling, file vanished). */
  error?: string
  /** Set when the entry is not a regular file and was not opened: why. */
  skip?: string
  /** With `error` or `skip`: the stable code for it (RECORD_ERRORS in lib/errors.ts). */
  code?: RecordErrorCode
  /** Set on a folder announcement (walk option `announceDirs`): not a file, stages pass it on, stats ignore it. */
  folder?: true
  /** On a folder announcement: the folder has sub-folders (a shard's walk may not yield them). */
  subfolders?: true
}

/** A file entry after `sniff`: what kind of file it is, and its first bytes. */
export interface SniffedEntry extends FileEntry {
  dicom: DicomKind
  /** libmagic's MIME type, for files that are not DICOM. */
  mime: string | null
  /** For `raw` DICOM: how the dataset is encoded. */
  encoding?: RawEncoding
  /** The head prefix read by `sniff`, carried on so nothing reads it twice; dropped by `readHeader`. */
  head?: Buffer
}

/**
 * What became of one path, as data: `ok` a DICOM file read without error;
 * `error` the path (DICOM or not) could not be read in whole or in part;
 * `not-dicom` a regular file that is not DICOM; `skipped` a path
 * deliberately not read (link not followed, FIFO, device); `folder` a
 * folder announcement (crawl option `announceDirs`).
 */
export type RecordStatus = 'ok' | 'error' | 'not-dicom' | 'skipped' | 'folder'

/** One record per file: what the serializers write. */
export interface DicomRecord {
  path: string
  root: string
  dir: string
  size: number | null
  mtime: Date | null
  dicom: DicomKind
  mime: string | null
  modality_class: string | null
  class_source: ClassSource | null
  error: string | null
  /** What became of the path (see RecordStatus). */
  status: RecordStatus
  /** The stable code of `error` (or of `skip`), `null` without one: RECORD_ERRORS in lib/errors.ts. */
  error_code: RecordErrorCode | null
  /** Why a non-regular file was not read (with `--all-files`). */
  skip?: string
  /** With the engine's `stamps` option, when the file was read by the native reader (blocking or on its threads): its stamp, taken as it was opened. */
  stamp?: FileStamp
  /** A folder announcement (crawl option `announceDirs`), not a file: `path` is the folder. */
  folder?: true
  /** On a folder announcement: the folder has sub-folders. */
  subfolders?: true
  /** Wanted attributes by keyword: `null` absent, `""` empty, multi-values joined by `\`. */
  attributes: AttributeValues
}

export type { DicomKind, RawEncoding, AttributeValues, ClassSource, RecordErrorCode }
