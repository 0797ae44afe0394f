import { pipeline, type Duplex, type Transform } from 'node:stream'
import { CrawlStats } from './core/stats.js'
import { walk } from './stages/walk.js'
import { MIME_WINDOW, sniffEntry, withMime, yieldEvery } from './stages/sniff.js'
import { needsMime, sniffFileSync } from './core/sniff-file.js'
import { plainRecord, readEntryHeader, toTagSpecs } from './stages/read-header.js'
import { classify as classifyCore } from './core/classify.js'
import { checkPositiveInt } from './errors.js'
import { orderedParallel } from './util/ordered-parallel.js'
import { loadTemplates, type Templates } from './core/templates.js'
import type { PathMatch } from './core/classify.js'
import type { TagSpec } from './core/tags.js'
import type { DicomRecord, FileEntry, SniffedEntry } from './types.js'

export interface CrawlOptions {
  /** Attributes to read (keywords or 8-hex-digit tags). Default: DEFAULT_TAGS. */
  tags?: readonly (string | TagSpec)[]
  /** Templates, or a template file. Default: the bundled `modal-templates.json`. */
  templates?: Templates | string
  /** Path matching for classes: `token` (default) or `substring` (the old tool's rule). */
  match?: PathMatch
  /** Emit records for files that are not DICOM and for skipped paths too. Default `false`. */
  allFiles?: boolean
  /** Follow symbolic links (loops and repeats are walked once). Default `false`. */
  followSymlinks?: boolean
  /** Files read at once. Default 1 (synchronous reads); 32 for network drives (docs/PERFORMANCE.md). */
  concurrency?: number
  /** Bytes read from each file's head. Default 4 KiB (one read block). */
  headBytes?: number
  /** Largest header prefix read for one file. Default 8 MiB. */
  maxHeaderBytes?: number
  /**
   * With `allFiles`: records of files that are not DICOM carry libmagic's MIME
   * type. Default `true`. `false`: they leave at once with `mime: null`, and
   * libmagic names them only for the counts (`stats`), so the records behind
   * them never wait for it (`summarize` needs no MIME types).
   */
  recordMime?: boolean
  /**
   * Also yield one record per folder entered (`folder: true`, `path` the
   * folder), before its files; stats ignore them. Default `false`. `summarize`
   * needs them to report folders that hold no file.
   */
  announceDirs?: boolean
  /** Files the crawl never reads nor counts (its own output inside the tree): see WalkOptions.ignore. Default none. */
  ignore?: readonly string[]
}

/** Files that are not DICOM named by libmagic while the crawl goes on (each holds a copy of its 4 KiB head). */
const MAX_DETACHED = 256

/** The record stream of a crawl, with its live accounting. Emits `stats` (a CrawlSummary) before `end`. */
export type CrawlStream = Duplex & { stats: CrawlStats }

/**
 * Walks `roots` and yields one record per DICOM file (and per file that had an
 * error), classified by the templates: walk, then sniff -> readHeader ->
 * classify -> accounting as one stage, joined with `stream.pipeline`. Options
 * are checked here, before any file is read; a bad one throws CrawlerError.
 */
export function crawl(roots: string | readonly string[], options: CrawlOptions = {}): CrawlStream {
  const tags = toTagSpecs(options.tags)
  const templates = typeof options.templates === 'object' ? options.templates : loadTemplates(options.templates)
  const concurrency = options.concurrency ?? 1
  const headBytes = options.headBytes ?? 4 * 1024
  const maxHeaderBytes = options.maxHeaderBytes ?? 8 * 1024 * 1024
  checkPositiveInt('concurrency', concurrency, 4096)
  checkPositiveInt('headBytes', headBytes)
  checkPositiveInt('maxHeaderBytes', maxHeaderBytes)
  const stats = new CrawlStats()
  const source = walk(roots, { followSymlinks: options.followSymlinks ?? false, announceDirs: options.announceDirs ?? false, sync: concurrency === 1, ignore: options.ignore ?? [] })
  const keep = (record: DicomRecord): DicomRecord | undefined => (stats.add(record) || options.allFiles || record.folder ? record : undefined)
  const endStats = (stream: Transform) => {
    stats.end()
    stream.emit('stats', stats.toJSON())
  }
  // sniff -> readHeader -> classify -> accounting as one stage: the same
  // functions the separate stages run, without three stream hops per file
  // (docs/DECISIONS.md). Blocking reads at concurrency 1, the callback API above.
  const match = options.match ?? 'token'
  const finish = (record: DicomRecord): DicomRecord | undefined => {
    if (record.dicom !== 'none') {
      const c = classifyCore(templates, record.attributes.Modality, record.dir, match)
      record.modality_class = c.modality_class
      record.class_source = c.class_source
    }
    return keep(record)
  }
  const toRecord = (sniffed: SniffedEntry): DicomRecord | undefined | Promise<DicomRecord | undefined> => {
    const record = readEntryHeader(sniffed, tags, maxHeaderBytes)
    return record instanceof Promise ? record.then(finish) : finish(record)
  }
  // Files that are not DICOM are counted, not written, by default: while
  // libmagic names one (3-4 ms for a text file) the records behind it need
  // not wait for it. Up to MAX_DETACHED are named this way; the end of the
  // crawl waits for them, so the counts are complete.
  const detached = new Set<Promise<unknown>>()
  const detach = (work: Promise<unknown>): void => {
    const tracked: Promise<unknown> = work.catch((e: Error) => files.destroy(e)).finally(() => detached.delete(tracked))
    detached.add(tracked)
  }
  const breathe = yieldEvery(25)
  const window = Math.max(concurrency, MIME_WINDOW)
  const onEnd = async (stream: Transform) => {
    while (detached.size) await Promise.all(detached)
    endStats(stream)
  }
  // Blocking reads go into one buffer, parsed before the next read: a new
  // 4 KiB buffer per file was an ArrayBuffer for the GC to track and free.
  const scratch = concurrency === 1 ? Buffer.allocUnsafe(headBytes) : undefined
  const otherFile = (sniffed: SniffedEntry): DicomRecord | undefined | Promise<DicomRecord | undefined> => {
    // The head lies in the reused read buffer: libmagic gets a copy.
    const naming = withMime(sniffed, true)
    // Its record is written with its MIME type, in walk order: wait for libmagic.
    if (detached.size >= MAX_DETACHED || (options.allFiles && options.recordMime !== false)) return naming.then(toRecord)
    if (!options.allFiles) return void detach(naming.then(toRecord)) // counted, not written
    // `recordMime: false`: the record goes now, the MIME type only into the counts.
    detach(naming.then((withType) => stats.add(plainRecord(withType, tags))))
    return breathe(plainRecord({ ...sniffed, head: undefined }, tags))
  }
  const files = orderedParallel(
    (entry: FileEntry) => {
      if (!scratch) return sniffEntry(entry, headBytes).then(toRecord)
      const sniffed = sniffFileSync(entry, headBytes, scratch)
      return needsMime(sniffed) ? otherFile(sniffed) : breathe(toRecord(sniffed))
    },
    // Even with blocking reads, let libmagic (milliseconds per non-DICOM file,
    // on its own threads) name a few files while the next ones are read.
    window,
    { onEnd },
  )
  // The stage itself is the crawl's stream: wrapped in a chain of one it cost a
  // stream hop per record (docs/DECISIONS.md).
  const stages = files as unknown as CrawlStream
  stages.stats = stats
  // pipeline destroys every stage when one fails, and hands the error to the returned stream.
  pipeline(source, stages, () => {})
  return stages
}
