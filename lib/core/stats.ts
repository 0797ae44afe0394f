import { RECORD_ERRORS, type RecordErrorCode } from '../errors.js'
import type { DicomRecord } from '../types.js'
import type { UntypedExample } from './typed-values.js'
import type { RootReadMode } from '../io/fs-type.js'

/** How many example paths are kept per kind: the summary stays the same size on any tree. */
const EXAMPLES_KEPT = 20

export interface CountWithExample {
  count: number
  example: string
}

/** The end-of-run accounting, as JSON (`--stats FILE`) and on the crawl stream's `stats` event. */
export interface CrawlSummary {
  /** Every non-folder path the walk met: files, links, FIFOs, sockets, devices. */
  filesSeen: number
  /** Readable DICOM files (records without error). */
  dicom: number
  /** Files whose record carries an error: unreadable, vanished, truncated, malformed. */
  errors: number
  /** Paths skipped without a record by default: not DICOM, not a regular file, link not followed. */
  skipped: number
  /** Folders that could not be read (not counted in filesSeen). */
  unreadableDirs: number
  /** Files that could not be opened or read (part of `errors`); with unreadableDirs, makes exit code 1. */
  unreadableFiles: number
  byKind: { part10: number; raw: number }
  byClass: Record<string, number>
  notDicomByMime: Record<string, number>
  skippedByReason: Record<string, number>
  errorsByKind: Record<string, CountWithExample>
  /** Up to 20 folders and files that could not be read, with why. */
  unreadable: Array<{ path: string; error: string }>
  elapsedSeconds: number
  filesPerSecond: number
  /** True when `filesSeen === dicom + errors + skipped`: nothing was lost. */
  balanced: boolean
  /**
   * Typed output (NDJSON, Parquet) only, when some value did not parse as its
   * column's type: per column, how many, and the first (its text and file).
   */
  untypedValues?: Record<string, UntypedExample>
  /** How each root was read: its file system, blocking (`local`) or many reads at once (`network`). */
  readModes: RootReadMode[]
  /** Threads that read and parsed files: 1, or the crawl's own thread and its worker threads (`jobs`). */
  threads: number
}

/**
 * The counts of part of a crawl (one batch of a worker thread), as plain data
 * for a message: `CrawlStats.delta()` makes it, `merge()` adds it.
 */
export interface StatsDelta {
  counts: [filesSeen: number, dicom: number, errors: number, skipped: number, unreadableDirs: number, unreadableFiles: number, part10: number, raw: number]
  byClass: Array<[string, number]>
  notDicomByMime: Array<[string, number]>
  skippedByReason: Array<[string, number]>
  errorsByKind: Array<[string, CountWithExample]>
  unreadable: Array<{ path: string; error: string }>
  currentDir: string
}

/** Counts records as they pass; holds counters and bounded examples only, never per-file state. */
export class CrawlStats {
  filesSeen = 0
  dicom = 0
  errors = 0
  skipped = 0
  unreadableDirs = 0
  unreadableFiles = 0
  readonly byKind = { part10: 0, raw: 0 }
  readonly byClass = new Map<string, number>()
  readonly notDicomByMime = new Map<string, number>()
  readonly skippedByReason = new Map<string, number>()
  readonly errorsByKind = new Map<string, CountWithExample>()
  readonly unreadable: Array<{ path: string; error: string }> = []
  /** The folder of the last record, for progress displays. */
  currentDir = ''
  /** How each root is read (set by crawl()). */
  readModes: RootReadMode[] = []
  threads = 1
  private readonly started = process.hrtime.bigint()
  private ended: bigint | undefined

  /** Accounts one record; whether it goes out: in the default output (readable DICOM or error), with `allFiles` every file, and folder markers. */
  keep(record: DicomRecord, allFiles: boolean | undefined): boolean {
    return this.add(record) || allFiles === true || record.folder === true
  }

  /** Accounts one record; returns whether it belongs in the default output (readable DICOM or error). */
  add(record: DicomRecord): boolean {
    // A folder announcement is not a path the walk met as a file: counting it would unbalance the totals.
    if (record.status === 'folder') return false
    if (record.error_code === 'UNREADABLE_FOLDER') {
      this.unreadableDirs++
      this.keepUnreadable(record)
      return false
    }
    this.filesSeen++
    this.currentDir = record.dir
    switch (record.status) {
      case 'error': {
        this.errors++
        const kind = errorKind(record)
        const seen = this.errorsByKind.get(kind)
        if (seen) seen.count++
        else this.errorsByKind.set(kind, { count: 1, example: record.path })
        // A DICOM file can vanish or fail between its first read and a larger re-read.
        if (record.error_code && RECORD_ERRORS[record.error_code].unreadable) {
          this.unreadableFiles++
          this.keepUnreadable(record)
        }
        return true
      }
      case 'skipped':
        this.skipped++
        bump(this.skippedByReason, record.error_code ? RECORD_ERRORS[record.error_code].label : 'skipped')
        return false
      case 'not-dicom':
        this.skipped++
        bump(this.skippedByReason, 'not DICOM')
        bump(this.notDicomByMime, record.mime ?? 'unknown')
        return false
      default:
        this.dicom++
        this.byKind[record.dicom as 'part10' | 'raw']++
        bump(this.byClass, record.modality_class ?? '(none)')
        return true
    }
  }

  /** These counts as data, for merging into another CrawlStats (the worker threads' batches). */
  delta(): StatsDelta {
    return {
      counts: [this.filesSeen, this.dicom, this.errors, this.skipped, this.unreadableDirs, this.unreadableFiles, this.byKind.part10, this.byKind.raw],
      byClass: [...this.byClass],
      notDicomByMime: [...this.notDicomByMime],
      skippedByReason: [...this.skippedByReason],
      errorsByKind: [...this.errorsByKind],
      unreadable: this.unreadable,
      currentDir: this.currentDir,
    }
  }

  /** Adds the counts of a part that came after everything counted so far (examples keep walk order). */
  merge(d: StatsDelta): void {
    const [filesSeen, dicom, errors, skipped, unreadableDirs, unreadableFiles, part10, raw] = d.counts
    this.filesSeen += filesSeen
    this.dicom += dicom
    this.errors += errors
    this.skipped += skipped
    this.unreadableDirs += unreadableDirs
    this.unreadableFiles += unreadableFiles
    this.byKind.part10 += part10
    this.byKind.raw += raw
    for (const [k, n] of d.byClass) bump(this.byClass, k, n)
    for (const [k, n] of d.notDicomByMime) bump(this.notDicomByMime, k, n)
    for (const [k, n] of d.skippedByReason) bump(this.skippedByReason, k, n)
    for (const [k, e] of d.errorsByKind) {
      const seen = this.errorsByKind.get(k)
      if (seen) seen.count += e.count
      else this.errorsByKind.set(k, { ...e })
    }
    for (const u of d.unreadable) if (this.unreadable.length < EXAMPLES_KEPT) this.unreadable.push(u)
    if (d.currentDir) this.currentDir = d.currentDir
  }

  end(): void {
    this.ended ??= process.hrtime.bigint()
  }

  get elapsedSeconds(): number {
    return Number((this.ended ?? process.hrtime.bigint()) - this.started) / 1e9
  }

  toJSON(): CrawlSummary {
    const elapsed = this.elapsedSeconds
    return {
      filesSeen: this.filesSeen,
      dicom: this.dicom,
      errors: this.errors,
      skipped: this.skipped,
      unreadableDirs: this.unreadableDirs,
      unreadableFiles: this.unreadableFiles,
      byKind: { ...this.byKind },
      byClass: sorted(this.byClass),
      notDicomByMime: sorted(this.notDicomByMime),
      skippedByReason: sorted(this.skippedByReason),
      errorsByKind: Object.fromEntries([...this.errorsByKind].sort((a, b) => b[1].count - a[1].count)),
      unreadable: [...this.unreadable],
      elapsedSeconds: Math.round(elapsed * 1000) / 1000,
      filesPerSecond: elapsed > 0 ? Math.round(this.filesSeen / elapsed) : 0,
      balanced: this.filesSeen === this.dicom + this.errors + this.skipped,
      readModes: this.readModes.map((m) => ({ ...m })),
      threads: this.threads,
    }
  }

  private keepUnreadable(record: DicomRecord): void {
    if (this.unreadable.length < EXAMPLES_KEPT) this.unreadable.push({ path: record.path, error: record.error ?? '' })
  }
}

/**
 * The name an error is counted under: its code's label, with the system's
 * error code when there is one ("cannot read file: EACCES"); `truncated` for
 * every truncated value, whatever the attribute.
 */
export function errorKind(record: Pick<DicomRecord, 'error' | 'error_code'>): string {
  const label = record.error_code ? RECORD_ERRORS[record.error_code as RecordErrorCode].label : 'error'
  // The message ends with the system's code in parentheses (errorText in lib/stages/walk.ts).
  const errno = record.error ? /\(([A-Z][A-Z0-9_]+)\)$/.exec(record.error) : null
  return errno ? `${label}: ${errno[1]}` : label
}

function bump(map: Map<string, number>, key: string, n = 1): void {
  map.set(key, (map.get(key) ?? 0) + n)
}

function sorted(map: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)))
}
