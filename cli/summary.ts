import { mkdirSync, statSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { createRequire } from 'node:module'
import { pipeline } from 'node:stream/promises'
import { chainUnchecked } from 'stream-chain'
import { crawl } from '../lib/crawl.js'
import { summarize, summaryToCsv } from '../lib/stages/summarize.js'
import { SUMMARY_TAGS, type SummaryRow } from '../lib/core/summary.js'
import { resolveTags } from '../lib/core/tags.js'
import { CrawlerError } from '../lib/errors.js'
import type { CrawlSummary } from '../lib/core/stats.js'
import { Progress } from './progress.js'
import { loadTemplates, type Templates } from '../lib/core/templates.js'
import type { DicomRecord } from '../lib/types.js'
import { AtomicFile } from './atomic-output.js'
import { checkRoots, type CommonCliOptions } from './options.js'
import { formatSummary } from './report.js'

/** The classic file name, written into each root. */
export const SUMMARY_FILE = 'modal_data.csv'

export interface SummaryCliOptions extends CommonCliOptions {
  outputDir?: string
  stdout: boolean
}

interface Job {
  roots: string[]
  /** Target file, or undefined for stdout. */
  target?: string
  out?: AtomicFile
}

export async function runSummary(roots: string[], opts: SummaryCliOptions): Promise<number> {
  // Everything that can be wrong with the command is found before any folder is read.
  const templates = loadTemplates(opts.templates)
  checkRoots(roots)
  const jobs: Job[] = opts.stdout ? [{ roots }] : roots.map((root, i) => ({ roots: [root], target: targetFor(root, roots, i, opts.outputDir) }))
  if (opts.outputDir) mkdirSync(opts.outputDir, { recursive: true })
  try {
    for (const job of jobs) if (job.target) job.out = await openTarget(job.target, opts.outputDir === undefined)
  } catch (e) {
    for (const job of jobs) job.out?.discard()
    throw e
  }
  const reports: Array<{ roots: string[]; output: string; rows: number; stats: CrawlSummary }> = []
  let unreadable = 0
  for (const [i, job] of jobs.entries()) {
    try {
      const { rows, stats } = await summarizeJob(job, templates, opts)
      job.out?.commit()
      reports.push({ roots: job.roots, output: job.target ?? '-', rows, stats })
      unreadable += stats.unreadableDirs + stats.unreadableFiles
      if (!opts.quiet) process.stderr.write(`${job.target ?? 'stdout'}: ${rows} folders\n${formatSummary(stats)}`)
    } catch (e) {
      for (const later of jobs.slice(i)) later.out?.discard()
      throw e
    }
  }
  if (opts.stats) writeFileSync(opts.stats, JSON.stringify({ roots: reports }, null, 2) + '\n')
  return unreadable > 0 ? 1 : 0
}

async function summarizeJob(job: Job, templates: Templates, opts: SummaryCliOptions): Promise<{ rows: number; stats: CrawlSummary }> {
  const records = crawl(job.roots, {
    tags: resolveTags([...SUMMARY_TAGS]),
    templates,
    match: opts.match,
    allFiles: true,
    // Summary rows count the other files but show no MIME types: their records need not wait for libmagic.
    recordMime: false,
    announceDirs: true,
    followSymlinks: opts.followSymlinks,
    followOutsideRoots: opts.followOutsideRoots,
    concurrency: opts.concurrency,
  })
  let stats: CrawlSummary | undefined
  records.on('stats', (s: CrawlSummary) => (stats = s))
  const progress = Progress.wanted({ quiet: opts.quiet, toFile: Boolean(job.out) }) ? new Progress(records.stats).start() : undefined
  let rows = 0
  // Our own output (an earlier modal_data.csv, the temp file being written) is not part of the archive.
  const own = job.out ? new Set([SUMMARY_FILE, basename(job.out.temp)]) : undefined
  // Plain functions in a chain, not async generators: those cost a promise per record.
  const notOwn = (r: DicomRecord) => (own && r.dir === '' && !r.folder && own.has(basename(r.path)) ? undefined : r)
  const counted = (row: SummaryRow) => {
    rows++
    return row
  }
  await pipeline(
    records,
    chainUnchecked([notOwn]),
    summarize({ templates, match: opts.match }),
    chainUnchecked([counted]),
    summaryToCsv(),
    job.out ? job.out.stream : process.stdout,
  ).finally(() => progress?.stop(true))
  return { rows, stats: stats ?? records.stats.toJSON() }
}

/**
 * `<root>/modal_data.csv`, or in `--output-dir` `<root name>-modal_data.csv`;
 * when two different roots share a name, each gets 8 hex digits of its full
 * path's hash, so roots never collide and the name stays the same run to run.
 */
export function targetFor(root: string, roots: readonly string[], index: number, outputDir: string | undefined): string {
  if (outputDir === undefined) {
    if (!statSync(root).isDirectory()) {
      throw new CrawlerError('ROOT_NOT_DIRECTORY', `${root} is not a folder: modal_data.csv is written into each root; use --output-dir DIR or --stdout`)
    }
    return join(root, SUMMARY_FILE)
  }
  const full = resolve(root)
  const name = rootName(full)
  const clash = roots.some((other, j) => j !== index && rootName(resolve(other)) === name && resolve(other) !== full)
  // node:crypto is loaded only here: a dozen internal modules that start-up otherwise never needs.
  const createHash = clash ? (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).createHash : undefined
  const suffix = createHash ? `-${createHash('sha256').update(full).digest('hex').slice(0, 8)}` : ''
  return join(outputDir, `${name}${suffix}-${SUMMARY_FILE}`)
}

function rootName(full: string): string {
  return basename(full).replace(/[^\p{L}\p{N}._-]+/gu, '_') || 'root'
}

async function openTarget(target: string, inRoot: boolean): Promise<AtomicFile> {
  try {
    return await AtomicFile.open(target)
  } catch (e) {
    if (inRoot && e instanceof CrawlerError) {
      throw new CrawlerError('OUTPUT_FAILED', `${e.message}; modal_data.csv is written into each root: use --output-dir DIR to write it elsewhere (or --stdout)`)
    }
    throw e
  }
}
