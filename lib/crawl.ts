import { pipeline, Transform, type Duplex } from 'node:stream'
import { chainUnchecked } from 'stream-chain'
import { CrawlStats } from './core/stats.js'
import { walk } from './stages/walk.js'
import { sniff } from './stages/sniff.js'
import { readHeader, toTagSpecs } from './stages/read-header.js'
import { classify } from './stages/classify.js'
import { readInWorker } from './stages/read-in-worker.js'
import { loadTemplates, type Templates } from './core/templates.js'
import type { PathMatch } from './core/classify.js'
import type { TagSpec } from './core/tags.js'
import type { DicomRecord } from './types.js'

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
   * With `concurrency` 1, read and parse on a worker thread (`readInWorker`).
   * Default `false`: it is 12-20% faster but costs 30-40 MB more memory.
   */
  worker?: boolean
  /**
   * Also yield one record per folder entered (`folder: true`, `path` the
   * folder), before its files; stats ignore them. Default `false`. `summarize`
   * needs them to report folders that hold no file.
   */
  announceDirs?: boolean
}

/** The record stream of a crawl, with its live accounting. Emits `stats` (a CrawlSummary) before `end`. */
export type CrawlStream = Duplex & { stats: CrawlStats }

/**
 * Walks `roots` and yields one record per DICOM file (and per file that had an
 * error), classified by the templates: walk -> sniff -> readHeader -> classify,
 * composed with stream-chain. Options are checked here, before any file is
 * read; a bad one throws CrawlerError.
 */
export function crawl(roots: string | readonly string[], options: CrawlOptions = {}): CrawlStream {
  const tags = toTagSpecs(options.tags)
  const templates = typeof options.templates === 'object' ? options.templates : loadTemplates(options.templates)
  const stats = new CrawlStats()
  const source = walk(roots, { followSymlinks: options.followSymlinks ?? false, announceDirs: options.announceDirs ?? false, sync: (options.concurrency ?? 1) === 1 })
  const account = new Transform({
    objectMode: true,
    transform(record: DicomRecord, _enc, callback) {
      const keep = stats.add(record)
      callback(null, keep || options.allFiles || record.folder ? record : undefined)
    },
    flush(callback) {
      stats.end()
      this.emit('stats', stats.toJSON())
      callback()
    },
  })
  // Opt-in: reading and parsing on a worker thread, walking, classifying and
  // writing here. 12-20% faster on the 20k tree, but 30-40 MB more RSS (docs/DECISIONS.md).
  const useWorker = (options.concurrency ?? 1) === 1 && options.worker === true
  const stages = chainUnchecked([
    ...(useWorker
      ? [readInWorker({ tags, ...pick(options, 'headBytes', 'maxHeaderBytes') })]
      : [sniff({ keepNonDicom: true, ...pick(options, 'concurrency', 'headBytes') }), readHeader({ tags, ...pick(options, 'maxHeaderBytes') })]),
    classify({ templates, ...(options.match ? { match: options.match } : {}) }),
    account,
  ]) as unknown as CrawlStream
  account.on('stats', (summary) => stages.emit('stats', summary))
  stages.stats = stats
  // pipeline destroys every stage when one fails, and hands the error to the returned stream.
  pipeline(source, stages, () => {})
  return stages
}

function pick<T extends object, K extends keyof T>(o: T, ...keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {}
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k]
  return out
}
