/**
 * The catalogue's benchmark (`npm run bench -- --catalogue [--size 1m]`):
 * on the 20k tree, the plain crawl, a first `index` run (empty catalogue) and
 * an unchanged re-run, alternated in rounds so the machine's noise hits all
 * three alike (`--runs` rounds, 5 by default); on the 1M-entry hard-link
 * tree too (up to 3 rounds). Reported
 * as ratios: first run files/s against the crawl's, re-run wall time against
 * the first run's; and catalogue bytes per file, peak RSS. Beside them,
 * SQLite's own cost of a row (the run's upsert alone, upsertCost), which
 * bounds what a first run can reach against the crawl.
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { readFileSync, rmSync, statSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { DEFAULT_TAGS } from '../lib/core/tags.js'
import { tuneConnection } from '../lib/catalogue/pragmas.js'
import { FIXED_COLUMNS, RowStore } from '../lib/catalogue/row-store.js'
import { fromColumn } from '../lib/catalogue/values.js'
import type { TreeManifest } from './generate.js'

/** What bench/run.ts lends: its measuring and reporting, so both benchmarks measure alike. */
export interface BenchKit {
  median: (xs: number[]) => number
  note: (text: string) => void
  machine: () => string
  writeSection: (id: string, text: string) => void
  /** The CLI with the Node flags of its shebang line. */
  command: string[]
  outDir: string
}

export interface BenchTool {
  name: string
  cmd: string[]
}

interface Measure {
  wall: number
  /** user + system CPU seconds: on a machine shared with other work, the steadier measure. */
  cpu: number
  rssKiB: number
}

/** One run under /usr/bin/time: wall, CPU and peak RSS. */
function measure(kit: BenchKit, tool: BenchTool, root: string): Measure {
  const timeFile = join(kit.outDir, 'catalogue.time')
  const cmd = tool.cmd.map((c) => (c === '{root}' ? root : c))
  const t0 = performance.now()
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', '-o', timeFile, ...cmd], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
  const wall = (performance.now() - t0) / 1000
  if (r.status !== 0 && r.status !== 1) kit.note(`${tool.name} exited ${r.status}: ${r.stderr.trim()}`)
  const [rss, user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number)
  return { wall, cpu: user! + sys!, rssKiB: rss! }
}

interface Tree {
  root: string
  manifest: TreeManifest
}

/**
 * SQLite's cost of one row, alone: the rows of a catalogue written again
 * into an empty one as a run writes them (RowStore: the run's upsert, to a
 * WAL file, committed every 2,000 rows), on this thread with nothing else
 * running. Microseconds per row, the median of three passes.
 */
function upsertCost(source: string, scratch: string): number {
  const Sqlite = createRequire(import.meta.url)('better-sqlite3') as typeof Database
  const src = new Sqlite(source, { readonly: true })
  const attributes = src.prepare('SELECT keyword, column_type FROM attributes ORDER BY position').all() as Array<{ keyword: string; column_type: string }>
  const columns = [...FIXED_COLUMNS, ...attributes.map((a) => a.keyword)]
  const ddl = src.prepare("SELECT sql FROM sqlite_schema WHERE name = 'files'").pluck().get() as string
  const rows = src.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM files ORDER BY root, walk_key`).raw(true).safeIntegers(true).all() as unknown[][]
  src.close()
  const times: number[] = []
  for (let pass = 0; pass < 3; pass++) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(scratch + suffix, { force: true })
    const db = new Sqlite(scratch)
    db.pragma('journal_mode = WAL')
    tuneConnection(db)
    db.exec(ddl)
    const store = new RowStore(db, { columns, types: attributes.map((a) => a.column_type), started: new Date().toISOString(), generation: 1, runId: 1, batchFiles: 2000, batchMs: 1000 })
    const t0 = performance.now()
    for (const r of rows) {
      store.upsert(r[0] as string, r[1] as Buffer, r[2] as string, r[3] as string, r[4] as bigint, r[5] as bigint, r[6] as bigint, r.slice(7, 14), r.slice(FIXED_COLUMNS.length).map(fromColumn))
    }
    store.commit()
    times.push(((performance.now() - t0) * 1000) / rows.length)
    db.close()
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(scratch + suffix, { force: true })
  return times.sort((a, b) => a - b)[1]!
}

export function catalogueBench(kit: BenchKit, trees: Array<{ label: string; tree: Tree; runs: number }>): string {
  const load = [loadavg()[0]!]
  const rows: string[] = []
  const ratios: string[] = []
  const rss: number[] = []
  for (const { label, tree, runs } of trees) {
    const db = join(kit.outDir, `catalogue-${label}.sqlite`)
    const stats = join(kit.outDir, `catalogue-${label}.json`)
    const fresh = () => {
      for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true })
    }
    const crawl: BenchTool = { name: 'crawl', cmd: [...kit.command, '--quiet', '--output', join(kit.outDir, 'catalogue-crawl.csv'), '{root}'] }
    const index: BenchTool = { name: 'index', cmd: [...kit.command, 'index', '--quiet', '--db', db, '--stats', stats, '{root}'] }
    const results = { crawl: [] as Measure[], first: [] as Measure[], again: [] as Measure[] }
    let opened = -1
    let unchanged = -1
    // A warm-up crawl (page cache), then rounds of crawl, first index run, unchanged re-run.
    measure(kit, crawl, tree.root)
    for (let r = 0; r < runs; r++) {
      results.crawl.push(measure(kit, crawl, tree.root))
      fresh()
      results.first.push(measure(kit, index, tree.root))
      results.again.push(measure(kit, index, tree.root))
      const s = JSON.parse(readFileSync(stats, 'utf8')) as { filesSeen: number; catalogue: { unchanged: number } }
      opened = Math.max(opened, s.filesSeen)
      unchanged = s.catalogue.unchanged
      const show = (m: Measure) => `${m.wall.toFixed(2)} s (CPU ${m.cpu.toFixed(2)} s)`
      kit.note(`${label} round ${r + 1}: crawl ${show(results.crawl[r]!)}, first index ${show(results.first[r]!)}, unchanged ${show(results.again[r]!)}`)
    }
    const bytes = statSync(db).size
    const med = (xs: Measure[], key: 'wall' | 'cpu' | 'rssKiB') => kit.median(xs.map((m) => m[key]))
    // Ratios per round (each round's three runs are side by side in time), then their median.
    const ratio = (a: Measure[], b: Measure[], key: 'wall' | 'cpu') => kit.median(a.map((x, i) => x[key] / b[i]![key]))
    const files = tree.manifest.files
    const line = (what: string, xs: Measure[]) =>
      `| ${label} | ${what} | ${xs.length} | ${med(xs, 'wall').toFixed(2)} | ${med(xs, 'cpu').toFixed(2)} | ${Math.round(files / med(xs, 'wall'))} | ${(med(xs, 'rssKiB') / 1024).toFixed(0)} |`
    rows.push(line('plain crawl (CSV to a file)', results.crawl), line('`index`, first run', results.first), line('`index`, unchanged re-run', results.again))
    const target = label === '1M' ? '0.125' : '0.25'
    ratios.push(
      `${label}: first run at **${ratio(results.crawl, results.first, 'wall').toFixed(2)}x** the crawl's speed by wall time, ${ratio(results.crawl, results.first, 'cpu').toFixed(2)}x by CPU time (target >= 0.8); unchanged re-run **${ratio(results.again, results.first, 'wall').toFixed(3)}x** the first run's wall time, ${ratio(results.again, results.first, 'cpu').toFixed(3)}x its CPU time (target <= ${target}); files opened by it: ${opened} (${unchanged} unchanged); catalogue ${(bytes / 2 ** 20).toFixed(1)} MiB, ${Math.round(bytes / files)} bytes per file`,
    )
    rss.push(med(results.first, 'rssKiB'))
    if (label === '20k') {
      // What SQLite alone costs a row, against the crawl's time per file: the share of a first run's time its writes take on one thread.
      const upsert = upsertCost(db, join(kit.outDir, 'catalogue-upsert.sqlite'))
      const perFile = (med(results.crawl, 'wall') * 1e6) / files
      ratios.push(
        `SQLite's upsert of a row alone (the run's statement, to a WAL file, nothing else running): **${upsert.toFixed(1)} us**, against the 20k crawl's ${perFile.toFixed(1)} us a file by wall time: written on the crawl's thread, a first run is at most ${(perFile / (perFile + upsert)).toFixed(2)}x the crawl (the end's checkpoint not counted); the run hands its rows to the writer thread once that has started`,
      )
    }
  }
  load.push(loadavg()[0]!)
  const text = [
    '### The catalogue: first run, unchanged re-run',
    '',
    `\`dicom-crawler index --db F\` against the plain crawl (\`--output\`), the ${DEFAULT_TAGS.length} default attributes; per round a crawl, a first run on an empty catalogue and an unchanged re-run, one after the other; ratios are medians of the rounds' own ratios. ${kit.machine()}; ${new Date().toISOString().slice(0, 10)}. Load average ${load.map((l) => l.toFixed(1)).join(' to ')} (1 min) on 2 cores at the start and the end: the machine was shared with other work, so read the ratios, and the CPU times (user + system) beside the wall times.`,
    '',
    '| tree | run | runs | wall s (median) | CPU s (median) | files/s (wall) | peak RSS MB |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    ...ratios.map((r) => `- ${r}`),
    ...(rss.length === 2 ? [`- peak RSS of the first run, 1M / 20k: **${(rss[1]! / rss[0]!).toFixed(2)}x** (target <= 1.1x)`] : []),
  ].join('\n')
  kit.writeSection('catalogue', text)
  return text
}
