import type { Transform } from 'node:stream'
import { parseHeader } from '../core/parse-header.js'
import { readHead } from '../core/read-head.js'
import { DEFAULT_TAGS, resolveTags, type TagSpec } from '../core/tags.js'
import { orderedParallel } from '../util/ordered-parallel.js'
import type { DicomRecord, SniffedEntry } from '../types.js'
import { checkPositiveInt } from '../errors.js'
import { errorText } from './walk.js'

export interface ReadHeaderOptions {
  /** Attributes to read: keywords, tags, paths or private attributes as `resolveTag` takes them, or resolved specs. Default: DEFAULT_TAGS. */
  tags?: readonly (string | TagSpec)[]
  /**
   * Largest prefix read when the header runs past the first read. Default
   * 8 MiB: far beyond any real header, and it bounds what one file can cost.
   */
  maxHeaderBytes?: number
  /** Larger re-reads in flight at once. Default 4: they are rare. */
  concurrency?: number
}

const DEFAULTS = Object.freeze({ maxHeaderBytes: 8 * 1024 * 1024, concurrency: 4 })
/** Each re-read is this many times larger than the last. */
const GROWTH = 8

export function toTagSpecs(tags: readonly (string | TagSpec)[] | undefined): readonly TagSpec[] {
  const list = tags ?? DEFAULT_TAGS
  if (list.every((t) => typeof t !== 'string')) return list as readonly TagSpec[]
  return resolveTags(list)
}

/** A record for an entry that is not (or could not be read as) DICOM. */
export function plainRecord(entry: SniffedEntry, tags: readonly TagSpec[]): DicomRecord {
  return recordOf(entry, nullValues(tags))
}

function nullValues(tags: readonly TagSpec[]): Record<string, string | null> {
  const attributes: Record<string, string | null> = {}
  for (let i = 0; i < tags.length; i++) attributes[tags[i]!.keyword] = null
  return attributes
}

/** The record of an entry, with these attributes (written out: it is made for every file). */
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
    attributes,
  }
  if (entry.skip) record.skip = entry.skip
  if (entry.folder) record.folder = true
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
  if (!first.needMore) return finish(record, first)
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
          return finish(record, { values: cut.values, modality: cut.modality, error: `file shrank while being read (${size} -> ${again.size} bytes)${cut.error ? `; ${cut.error}` : ''}` })
        }
        bytes = again.bytes
      } catch (e) {
        return { ...record, attributes: nullValues(tags), error: errorText(e, 'cannot read file') }
      }
      const result = parseHeader(bytes, size, detection, tags, { final: want >= maxHeaderBytes || bytes.length < want })
      if (!result.needMore) return finish(record, result)
    }
  })()
}

function finish(record: DicomRecord, result: { values: Record<string, string | null>; modality?: string | null; error?: string }): DicomRecord {
  record.attributes = result.values
  // Classification needs Modality, asked for or not: the top-level value is always read.
  if (result.modality !== undefined) record.attributes.Modality = result.modality
  if (result.error) record.error = result.error
  return record
}

/** Stage: sniffed entries in, records out (same order); the head bytes are dropped here. */
export function readHeader(options: ReadHeaderOptions = {}): Transform {
  const opts = { ...DEFAULTS, ...options }
  const tags = toTagSpecs(opts.tags)
  checkPositiveInt('maxHeaderBytes', opts.maxHeaderBytes)
  checkPositiveInt('concurrency', opts.concurrency, 4096)
  return orderedParallel((entry: SniffedEntry) => readEntryHeader(entry, tags, opts.maxHeaderBytes), opts.concurrency)
}
