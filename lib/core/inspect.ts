import { classify as classifyCore, type PathMatch } from './classify.js'
import { detectMime } from './mime.js'
import { open } from 'node:fs/promises'
import { parseHeader, parseTail, type HeaderResult } from './parse-header.js'
import { readHead, readHeadInto, readHeadSync, type Head } from './read-head.js'
import { needsMime, notOpened, sniffHead } from './sniff-file.js'
import { DEFAULT_TAGS, resolveTags, type TagSpec } from './tags.js'
import { loadTemplates, type Templates } from './templates.js'
import { checkChoice, checkPositiveInt, type RecordErrorCode } from '../errors.js'
import { errorText } from '../stages/walk.js'
import type { DicomRecord, FileEntry, RecordStatus, SniffedEntry } from '../types.js'

/**
 * The per-file engine: the only place where a file entry becomes a record.
 * `inspect()` runs the whole job (read the head, decide DICOM or not, name
 * the rest with libmagic, parse the header, read a larger prefix when it must,
 * classify, set status and error code); `crawl()` and the public stages
 * (`sniff`, `readHeader`, `classify`, each a view over one of its steps) all
 * call it, and so would a worker thread. The reads go through
 * lib/core/read-head.ts only: `readHeadSync` (blocking, the default) and
 * `readHead` (asynchronous, `--concurrency` above 1).
 */

export interface InspectOptions {
  /** Attributes to read (keywords or 8-hex-digit tags, or resolved specs). Default: DEFAULT_TAGS. */
  tags?: readonly (string | TagSpec)[]
  /** Templates, or a template file. Default: the bundled `modal-templates.json`. */
  templates?: Templates | string
  /** Path matching for classes: `token` (default) or `substring` (the old tool's rule). */
  match?: PathMatch
  /** Bytes read from each file's head. Default 4 KiB (one read block, docs/DECISIONS.md). */
  headBytes?: number
  /** Largest header prefix read for one file. Default 8 MiB: far beyond any real header, and it bounds what one file can cost. */
  maxHeaderBytes?: number
  /** Records carry the file's stamp (size, mtime in ns, inode) where the native reader read it, blocking or on its threads (`index`). Default `false`. */
  stamps?: boolean
}

/** The engine's settings, checked once (`engine()`), then shared by every file. */
export interface Engine {
  readonly tags: readonly TagSpec[]
  readonly templates: Templates
  readonly match: PathMatch
  readonly headBytes: number
  readonly maxHeaderBytes: number
  readonly stamps: boolean
}

export const MATCH_MODES: readonly PathMatch[] = Object.freeze(['token', 'substring'])

/** Checks the options and resolves tags and templates; a bad one throws CrawlerError (BAD_OPTION, BAD_TAG, BAD_TEMPLATE). */
export function engine(options: InspectOptions = {}): Engine {
  return Object.freeze({
    tags: toTagSpecs(options.tags),
    templates: typeof options.templates === 'object' ? options.templates : loadTemplates(options.templates),
    match: checkChoice('match', options.match ?? 'token', MATCH_MODES),
    headBytes: checkPositiveInt('headBytes', options.headBytes ?? 4 * 1024),
    maxHeaderBytes: checkPositiveInt('maxHeaderBytes', options.maxHeaderBytes ?? 8 * 1024 * 1024),
    stamps: options.stamps === true,
  })
}

export function toTagSpecs(tags: readonly (string | TagSpec)[] | undefined): readonly TagSpec[] {
  const list = tags ?? DEFAULT_TAGS
  if (list.every((t) => typeof t !== 'string')) return list as readonly TagSpec[]
  return resolveTags(list)
}

/** How `inspect` reads. */
export interface ReadPlan {
  /**
   * Blocking reads (the default on local disks). With `scratch`, the head is
   * read into it: valid only until the next read into the same buffer.
   */
  sync: boolean
  scratch?: Buffer
  /**
   * For a file that is not DICOM (libmagic takes milliseconds): given, the
   * record with its MIME type is handed to it as a promise, and when it takes
   * it (returns true), `inspect` returns at once the same record with `mime:
   * null`. Absent or refused, `inspect` waits for the name.
   */
  later?: (named: Promise<DicomRecord>) => boolean
}

const BLOCKING: ReadPlan = Object.freeze({ sync: true })

/**
 * One file entry to its record: a value at once in the common case (a DICOM
 * file whose header lies in its first read, read blocking), a promise when it
 * must wait (an asynchronous read, libmagic, a larger prefix). Never throws
 * or rejects for the file's own problems: they become the record's `status`,
 * `error` and `error_code`.
 */
export function inspect(entry: FileEntry, e: Engine, plan: ReadPlan = BLOCKING): DicomRecord | Promise<DicomRecord> {
  if (!plan.sync) return sniffEntry(entry, e.headBytes).then((sniffed) => fromSniffed(sniffed, e))
  const sniffed = sniffFileSync(entry, e.headBytes, plan.scratch, e.stamps)
  if (!needsMime(sniffed)) return fromSniffed(sniffed, e)
  // The head may lie in the reused read buffer: libmagic gets a copy.
  const named = withMime(sniffed, plan.scratch !== undefined).then((withType) => fromSniffed(withType, e))
  if (plan.later?.(named)) return fromSniffed({ ...sniffed, head: undefined }, e)
  return named
}

/**
 * `inspect` with an asynchronous read and no promise per file: `done` gets
 * the record, or its promise when the file waits for libmagic or a larger
 * prefix (network drives: the read goes to the reader threads in a batch,
 * and comes back in the reused arena, parsed before `done` returns).
 * `readers`: reads at once on the reader threads (readHeadInto).
 */
export function inspectInto(entry: FileEntry, e: Engine, done: (record: DicomRecord | Promise<DicomRecord>) => void, readers?: number): void {
  const early = notOpened(entry)
  if (early) return done(fromSniffed(early, e))
  readHeadInto(entry.fsPath, e.headBytes, (err, head, reused) => {
    const sniffed = err ? unreadable(entry, err) : sniffHead(entry, head!)
    if (!needsMime(sniffed)) return done(fromSniffed(sniffed, e))
    // The head may lie in the reader's arena: libmagic gets a copy.
    done(withMime(sniffed, reused).then((named) => fromSniffed(named, e)))
  }, readers, e.stamps)
}

/** The rest of the job once a file is sniffed (and named): header, class, status. */
export function fromSniffed(sniffed: SniffedEntry, e: Engine): DicomRecord | Promise<DicomRecord> {
  const record = readEntryHeader(sniffed, e.tags, e.maxHeaderBytes)
  return record instanceof Promise ? record.then((r) => classifyRecord(r, e.templates, e.match)) : classifyRecord(record, e.templates, e.match)
}

// ---- Step 1: sniff (what the `sniff` stage shows) ----

/** Reads one file's head asynchronously and decides what it is, naming non-DICOM files with libmagic; never rejects for a file's own problems. */
export async function sniffEntry(entry: FileEntry, headBytes: number): Promise<SniffedEntry> {
  const early = notOpened(entry)
  if (early) return early
  let head: Head
  try {
    head = await readHead(entry.fsPath, headBytes)
  } catch (err) {
    return unreadable(entry, err)
  }
  const sniffed = sniffHead(entry, head)
  return needsMime(sniffed) ? withMime(sniffed) : sniffed
}

/**
 * One blocking head read and the verdict, without libmagic (`needsMime` tells
 * whether it is still wanted); never throws for the file's own problems.
 */
export function sniffFileSync(entry: FileEntry, headBytes: number, scratch?: Buffer, stamp?: boolean): SniffedEntry {
  const early = notOpened(entry)
  if (early) return early
  try {
    return sniffHead(entry, readHeadSync(entry.fsPath, headBytes, scratch, stamp))
  } catch (err) {
    return unreadable(entry, err)
  }
}

function unreadable(entry: FileEntry, err: unknown): SniffedEntry {
  return { ...entry, dicom: 'none', mime: null, error: errorText(err, 'cannot read file'), code: 'UNREADABLE_FILE' }
}

/**
 * Names a file that is not DICOM with libmagic; the head is not carried on.
 * `reused`: the head lies in a buffer that is reused, or shared with other
 * files' heads, so libmagic (which reads it later, on another thread) must
 * have a copy of its own.
 */
export function withMime(sniffed: SniffedEntry, reused = false): Promise<SniffedEntry> {
  const { head, ...rest } = sniffed
  return detectMime(head!, reused).then((mime) => ({ ...rest, mime }))
}

// ---- Step 2: the header (what the `readHeader` stage shows) ----

/** Each re-read is this many times larger than the last. */
const GROWTH = 8

/** A record for an entry that is not (or could not be read as) DICOM. */
export function plainRecord(entry: SniffedEntry, tags: readonly TagSpec[]): DicomRecord {
  return recordOf(entry, nullValues(tags))
}

function nullValues(tags: readonly TagSpec[]): Record<string, string | null> {
  const attributes: Record<string, string | null> = {}
  for (let i = 0; i < tags.length; i++) attributes[tags[i]!.keyword] = null
  return attributes
}

/** What became of an entry (see RecordStatus), from its fields. */
function statusOf(entry: SniffedEntry): RecordStatus {
  if (entry.folder) return 'folder'
  if (entry.error) return 'error'
  if (entry.skip) return 'skipped'
  return entry.dicom === 'none' ? 'not-dicom' : 'ok'
}

/** The record of an entry, with these attributes: the one place a record is made (written out: it is made for every file). */
function recordOf(entry: SniffedEntry, attributes: Record<string, string | null>): DicomRecord {
  const record: DicomRecord = {
    path: entry.path,
    root: entry.root,
    dir: entry.dir,
    size: entry.size ?? null,
    mtime: entry.mtime ?? null,
    dicom: entry.dicom,
    mime: entry.mime,
    modality_class: null,
    class_source: null,
    error: entry.error ?? null,
    status: statusOf(entry),
    error_code: entry.error || entry.skip ? (entry.code ?? null) : null,
    attributes,
  }
  if (entry.skip) record.skip = entry.skip
  if (entry.folder) record.folder = true
  if (entry.subfolders) record.subfolders = true
  if (entry.stamp) record.stamp = entry.stamp
  return record
}

/** Placeholder until the parse gives the values (never seen outside readEntryHeader). */
const NO_VALUES: Record<string, string | null> = Object.freeze({}) as Record<string, string | null>

/**
 * Parses one sniffed entry into a record: from the head it carries, or from a
 * larger prefix when the wanted attributes lie beyond it (bounded by
 * `maxHeaderBytes`). Returns a value at once in the common case, a promise
 * only when it must read again.
 */
export function readEntryHeader(entry: SniffedEntry, tags: readonly TagSpec[], maxHeaderBytes: number): DicomRecord | Promise<DicomRecord> {
  if (entry.dicom === 'none' || !entry.head) return plainRecord(entry, tags)
  const record = recordOf(entry, NO_VALUES)
  const size = entry.size ?? entry.head.length
  const detection = { kind: entry.dicom, ...(entry.encoding ? { encoding: entry.encoding } : {}) }
  const first = parseHeader(entry.head, size, detection, tags, { final: entry.head.length >= maxHeaderBytes })
  if (!first.needMore) return first.tail ? afterPixels(record, entry, first, tags, maxHeaderBytes) : withValues(record, first)
  return (async () => {
    let want = entry.head!.length
    for (;;) {
      want = Math.min(want * GROWTH, maxHeaderBytes)
      let bytes: Buffer
      try {
        const again = await readHead(entry.fsPath, want)
        if (again.size < size) {
          // Someone is writing or truncating the file: say so, with what could be read.
          const cut = parseHeader(again.bytes, again.size, detection, tags, { final: true })
          return withValues(record, { values: cut.values, modality: cut.modality, error: `file shrank while being read (${size} -> ${again.size} bytes)${cut.error ? `; ${cut.error}` : ''}`, code: 'FILE_SHRANK' })
        }
        bytes = again.bytes
      } catch (err) {
        return withValues(record, { values: nullValues(tags), error: errorText(err, 'cannot read file'), code: 'UNREADABLE_FILE' })
      }
      const result = parseHeader(bytes, size, detection, tags, { final: want >= maxHeaderBytes || bytes.length < want })
      if (!result.needMore) return result.tail ? afterPixels(record, entry, result, tags, maxHeaderBytes) : withValues(record, result)
    }
  })()
}

/**
 * Attributes asked for after the pixel data: one more read, from the byte
 * after the pixel data's value (bounded by `maxHeaderBytes`); the pixel data
 * itself is never read.
 */
async function afterPixels(record: DicomRecord, entry: SniffedEntry, result: HeaderResult, tags: readonly TagSpec[], maxHeaderBytes: number): Promise<DicomRecord> {
  const hint = result.tail!
  let tail: Buffer
  try {
    tail = await readAt(entry.fsPath, hint.offset, Math.min((entry.size ?? hint.offset) - hint.offset, maxHeaderBytes))
  } catch (err) {
    return withValues(record, { ...result, error: errorText(err, 'cannot read file'), code: 'UNREADABLE_FILE' })
  }
  return withValues(record, parseTail(tail, hint, tags, result))
}

async function readAt(path: string | Buffer, offset: number, length: number): Promise<Buffer> {
  const file = await open(path, 'r')
  try {
    const buffer = Buffer.allocUnsafe(Math.max(0, length))
    const { bytesRead } = await file.read(buffer, 0, buffer.length, offset)
    return buffer.subarray(0, bytesRead)
  } finally {
    await file.close()
  }
}

function withValues(record: DicomRecord, result: { values: Record<string, string | null>; modality?: string | null; error?: string; code?: RecordErrorCode }): DicomRecord {
  record.attributes = result.values
  // Classification needs Modality, asked for or not: the top-level value is always read.
  if (result.modality !== undefined) record.attributes.Modality = result.modality
  if (result.error) {
    record.error = result.error
    record.status = 'error'
    record.error_code = result.code ?? null
  }
  return record
}

// ---- Step 3: the class (what the `classify` stage shows) ----

/** Sets `modality_class` and `class_source` on a DICOM record; other records are returned unchanged. */
export function classifyRecord(record: DicomRecord, templates: Templates, match: PathMatch): DicomRecord {
  if (record.dicom !== 'none') {
    const c = classifyCore(templates, record.attributes.Modality, record.dir, match)
    record.modality_class = c.modality_class
    record.class_source = c.class_source
  }
  return record
}
