import { availableParallelism } from 'node:os'
import { pipeline, type Duplex, type Readable, type Transform } from 'node:stream'
import { CrawlStats } from './core/stats.js'
import { walk, type WalkOptions } from './stages/walk.js'
import { MIME_WINDOW, yieldEvery } from './stages/sniff.js'
import { engine, inspect, inspectInto, type Engine, type InspectOptions, type ReadPlan } from './core/inspect.js'
import { checkChoice, checkPositiveInt } from './errors.js'
import { inWorkers } from './parallel/jobs.js'
import { nativeNamerBuilt } from './core/mime.js'
import { csvHeader } from './core/csv-line.js'
import { recordColumns } from './core/record-fields.js'
import { UntypedCounts } from './core/typed-values.js'
import { toCsv } from './stages/to-csv.js'
import { toNdjson } from './stages/to-ndjson.js'
import { LATER, orderedParallel, type Settle } from './util/ordered-parallel.js'
import { checkShard, parseShard, type Shard } from './parallel/shard.js'
import { networkListAhead, FILES_PER_READER, readModes } from './io/fs-type.js'
import { readerThreads } from './core/read-head.js'
import type { DicomRecord, FileEntry } from './types.js'

/** What to crawl and how: the engine's options (tags, templates, match, headBytes, maxHeaderBytes) and the crawl's own. */
export interface CrawlOptions extends InspectOptions {
  /** Emit records for files that are not DICOM and for skipped paths too. Default `false`. */
  allFiles?: boolean
  /** Follow symbolic links (loops and repeats are walked once). Default `false`. */
  followSymlinks?: boolean
  /** With `followSymlinks`, also follow links whose target lies outside every root. Default `false`: they are skipped. */
  followOutsideRoots?: boolean
  /**
   * Files read at once, for every root. Default: chosen per root from its file
   * system (statfs): 1 (blocking reads) on a local disk, 32 on a network
   * file system (NFS, SMB/CIFS, FUSE, Lustre, GPFS, CephFS, BeeGFS, 9p, ...;
   * lib/io/fs-type.ts). `stats.readModes` says what each root got.
   */
  concurrency?: number
  /**
   * With `allFiles`: records of files that are not DICOM carry libmagic's MIME
   * type. Default `true`. `false`: they leave at once with `mime: null`, and
   * libmagic names them only for the counts (`stats`), so the records behind
   * them never wait for it (`summarize` needs no MIME types).
   */
  recordMime?: boolean
  /**
   * With `recordMime: false`: called with the record of a file that is not
   * DICOM once libmagic has named it, when the record itself went out
   * without its MIME type (`mime: null`, status `not-dicom`). Default none.
   * The catalogue writes the type into the file's row this way.
   */
  onNamed?: (record: DicomRecord) => void
  /**
   * Also yield one record per folder entered (`folder: true`, `path` the
   * folder), before its files; stats ignore them. Default `false`. `summarize`
   * needs them to report folders that hold no file.
   */
  announceDirs?: boolean
  /** Files the crawl never reads nor counts (its own output inside the tree): see WalkOptions.ignore. Default none. */
  ignore?: readonly string[]
  /**
   * Called for every entry of the walk, in walk order, before it is opened.
   * `false`: the entry is not opened, yields no record and is not counted.
   * Default: every entry is read. The catalogue uses it to pass over files
   * it already holds unchanged (lib/catalogue/).
   */
  select?: (entry: FileEntry) => boolean
  /**
   * The walk's `filterFiles` (WalkOptions): called as the walk enters each
   * folder, in walk order, with the directory entries of its files; those it
   * does not return are never opened, yield no record and are not counted.
   * Default none. The catalogue passes over unchanged files this way, a folder
   * at a time, before they become entries.
   */
  filterFiles?: WalkOptions['filterFiles']
  /** The walk's `prepareFiles` (WalkOptions): told of the files of folders listed ahead of the walk (network drives). Default none. */
  prepareFiles?: WalkOptions['prepareFiles']
  /**
   * Crawl one shard of the folders: `{ index, count }`, `'K/N'`, or `'auto'`
   * (a Kubernetes Indexed Job's or SLURM array's task, from the environment).
   * `count` runs, one per index, give every file exactly once (docs/CLI.md,
   * "Shards across machines"). Default: none, every folder.
   */
  shard?: Shard | string
  /**
   * Yield text instead of records: the CSV (header first) or NDJSON lines of
   * the records, as `toCsv` / `toNdjson` with the same `tags` write them
   * (`escapeFormulas` as toCsv's). Default: records.
   */
  format?: 'csv' | 'ndjson'
  /** With `format: 'csv'`: toCsv's option of the same name. Default `false`. */
  escapeFormulas?: boolean
  /**
   * Threads that read, parse, classify (and, with `format`, write) the files,
   * each running the per-file job on batches of 256 entries, while this
   * thread walks and emits in walk order (lib/parallel/jobs.ts). The output
   * is the same whatever the number. Default: the machine's cores less one
   * (`os.availableParallelism() - 1`, at least 1: a one-thread crawl already
   * keeps most of a second core busy with V8's collector and compiler and
   * libmagic), the workers started after the crawl's first 3
   * seconds (a shorter crawl would not repay their start; this thread runs
   * the batches until one is ready); a number given starts them at once. 1: everything on this thread. Worker threads are
   * used for roots read with blocking reads (local disks) and when the native
   * MIME namer is built; otherwise the crawl runs on this thread.
   */
  jobs?: number
}

/** Files that are not DICOM named by libmagic while the crawl goes on (each holds a copy of its 4 KiB head). */
const MAX_DETACHED = 256

/**
 * The record stream of a crawl (text with `format`), with its live
 * accounting. Emits `stats` (a CrawlSummary) before `end`. With `format:
 * 'ndjson'`, `untyped` counts the values that did not parse as their
 * column's type (as toNdjson's).
 */
export type CrawlStream = Duplex & { stats: CrawlStats; untyped?: UntypedCounts }

/**
 * Walks `roots` and yields one record per DICOM file (and per file that had an
 * error), classified by the templates: the walk, then the per-file engine
 * (lib/core/inspect.ts) and the accounting as one stage, joined with
 * `stream.pipeline`. Options are checked here, before any file is read; a bad
 * one throws CrawlerError.
 */
export function crawl(roots: string | readonly string[], options: CrawlOptions = {}): CrawlStream {
  const e = engine(options)
  if (options.concurrency !== undefined) checkPositiveInt('concurrency', options.concurrency, 4096)
  const shard = typeof options.shard === 'string' ? parseShard(options.shard) : options.shard && checkShard(options.shard)
  const format = options.format === undefined ? undefined : checkChoice('format', options.format, FORMATS)
  const jobs = options.jobs === undefined ? Math.max(1, availableParallelism() - 1) : checkPositiveInt('jobs', options.jobs, 256)
  const stats = new CrawlStats()
  // Blocking reads on local disks, many at once on network drives: per root.
  stats.readModes = readModes(typeof roots === 'string' ? [roots] : roots, options.concurrency)
  const modeOf = new Map(stats.readModes.map((m) => [m.root, m]))
  const blocking = (root: string): boolean => (modeOf.get(root)?.concurrency ?? 1) === 1
  const concurrency = Math.max(...stats.readModes.map((m) => m.concurrency), 1)
  // Network folders listed on the native reader's threads, not libuv's four.
  const listAhead = networkListAhead(readerThreads)
  const source = walk(roots, {
    followSymlinks: options.followSymlinks ?? false,
    followOutsideRoots: options.followOutsideRoots ?? false,
    announceDirs: options.announceDirs ?? false,
    sync: blocking,
    listAhead: (root) => (blocking(root) ? 0 : listAhead),
    ignore: options.ignore ?? [],
    ...(shard ? { shard } : {}),
    ...(options.filterFiles ? { filterFiles: options.filterFiles } : {}),
    ...(options.prepareFiles ? { prepareFiles: options.prepareFiles } : {}),
    listOnReaderThreads: readerThreads,
  })
  const header = format === 'csv' ? csvHeader(recordColumns(e.tags)) : undefined
  if (jobs > 1 && stats.readModes.every((m) => m.concurrency === 1) && nativeNamerBuilt()) {
    const untyped = format === 'ndjson' ? new UntypedCounts() : undefined
    const setup = { engine: e, output: format ?? 'records', escapeFormulas: options.escapeFormulas ?? false, allFiles: options.allFiles ?? false, recordMime: options.recordMime ?? true, reportNamed: options.onNamed !== undefined } as const
    const stage = inWorkers(setup, jobs, {
      ...(header ? { header } : {}),
      ...(options.select ? { select: options.select } : {}),
      ...(options.onNamed ? { onNamed: options.onNamed } : {}),
      ...(untyped ? { untyped } : {}),
      startAfterMs: options.jobs === undefined ? START_AFTER_MS : 0,
    }) as unknown as CrawlStream
    stage.stats.readModes = stats.readModes
    if (untyped) stage.untyped = untyped
    pipeline(source, stage, () => {})
    return stage
  }
  const readersOf = (root: string): number => modeOf.get(root)?.concurrency ?? concurrency
  const records = crawlHere(source, e, stats, blocking, readersOf, concurrency, options)
  if (!format) return records
  // The same text as the worker threads write: the serializer after the records.
  const ndjson = format === 'ndjson' ? toNdjson({ tags: e.tags }) : undefined
  const text = (ndjson ?? toCsv({ tags: e.tags, escapeFormulas: options.escapeFormulas ?? false })) as unknown as CrawlStream
  text.stats = stats
  if (ndjson) text.untyped = ndjson.untyped
  records.on('stats', (summary) => text.emit('stats', summary))
  pipeline(records, text, () => {})
  return text
}

const FORMATS = Object.freeze(['csv', 'ndjson'] as const)
/**
 * With the default `jobs`: how long this thread crawls alone before the
 * workers start. A worker costs about 0.4 s of CPU to start and compile our
 * code; a crawl that is over in a few seconds does not repay it
 * (docs/DECISIONS.md, "Several cores: `--jobs`").
 */
const START_AFTER_MS = 3000

/** The crawl on this thread: the engine and the accounting as one stage after the walk. */
function crawlHere(source: Readable, e: Engine, stats: CrawlStats, blocking: (root: string) => boolean, readersOf: (root: string) => number, concurrency: number, options: CrawlOptions): CrawlStream {
  const keep = (record: DicomRecord): DicomRecord | undefined => (stats.keep(record, options.allFiles) ? record : undefined)
  // Files that are not DICOM are counted, not written, by default: while
  // libmagic names one (3-4 ms for a text file) the records behind it need
  // not wait for it. Up to MAX_DETACHED are named this way; the end of the
  // crawl waits for them, so the counts are complete.
  const detached = new Set<Promise<unknown>>()
  const detach = (work: Promise<unknown>): void => {
    const tracked: Promise<unknown> = work.catch((err: Error) => files.destroy(err)).finally(() => detached.delete(tracked))
    detached.add(tracked)
  }
  // With `allFiles` and `recordMime` (the default), the record waits for its
  // MIME type, in walk order; otherwise the named record goes only into the counts.
  const waitForMime = options.allFiles && options.recordMime !== false
  let handedOver = false
  const later = (named: Promise<DicomRecord>): boolean => {
    if (waitForMime || detached.size >= MAX_DETACHED) return false
    const onNamed = options.onNamed
    detach(named.then((record) => (stats.add(record), onNamed?.(record))))
    return (handedOver = true)
  }
  const breathe = yieldEvery(25)
  const onEnd = async (stream: Transform) => {
    while (detached.size) await Promise.all(detached)
    stats.end()
    stream.emit('stats', stats.toJSON())
  }
  // Blocking reads go into one buffer, parsed before the next read: a new
  // 4 KiB buffer per file was an ArrayBuffer for the GC to track and free.
  const plan: ReadPlan = { sync: true, scratch: Buffer.allocUnsafe(e.headBytes), later }
  const select = options.select
  const files = orderedParallel(
    (entry: FileEntry, settle: Settle<DicomRecord>) => {
      // Entries passed over still let the event loop turn (signals, timers).
      if (select && !select(entry)) return breathe(undefined)
      if (!blocking(entry.root)) {
        // Asynchronous reads (network drives): a callback, no promise per file.
        inspectInto(entry, e, (record) => settle(null, record instanceof Promise ? record.then(keep) : keep(record)), readersOf(entry.root))
        return LATER
      }
      handedOver = false
      const record = inspect(entry, e, plan)
      // A re-read settles as a promise: it too lets the loop turn, or a run of large headers holds off signals.
      if (record instanceof Promise) return record.then((r) => breathe(keep(r)))
      // A record handed to `later` is counted when named: here it is only written (or not).
      return breathe(handedOver ? (options.allFiles ? record : undefined) : keep(record))
    },
    // Even with blocking reads, let libmagic (milliseconds per non-DICOM file,
    // on its own threads) name a few files while the next ones are read.
    // Asynchronous reads: a file waits for each reader thread beside the one it reads.
    Math.max(concurrency === 1 ? 1 : concurrency * FILES_PER_READER, MIME_WINDOW),
    // Blocking reads hold results only behind libmagic and the event loop's
    // turns: as few as before, so records (and a catalogue's commits) flow evenly.
    { onEnd, ...(concurrency === 1 ? { reorder: MIME_WINDOW } : {}) },
  )
  // The stage itself is the crawl's stream: wrapped in a chain of one it cost a
  // stream hop per record (docs/DECISIONS.md).
  const stages = files as unknown as CrawlStream
  stages.stats = stats
  // pipeline destroys every stage when one fails, and hands the error to the returned stream.
  pipeline(source, stages, () => {})
  return stages
}
