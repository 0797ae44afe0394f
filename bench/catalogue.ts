/**
 * The catalogue's benchmark (`npm run bench -- --catalogue [--size 1m]`):
 * on the 20k tree, the plain crawl, a first `index` run (empty catalogue) and
 * an unchanged re-run, alternated in rounds so the machine's noise hits all
 * three alike; on the 1M-entry hard-link tree, one of each. Reported as
 * ratios: first run files/s against the crawl's, re-run wall time against
 * the first run's; and catalogue bytes per file, peak RSS.
 */
import { readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_TAGS } from '../lib/core/tags.js'
import type { TreeManifest } from './generate.js'

/** What bench/run.ts lends: its measuring and reporting, so both benchmarks measure alike. */
export interface BenchKit {
  measure: (tool: BenchTool, root: string) => { wall: number; rssKiB: number; rchar: number; exit: number }
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

interface Tree {
  root: string
  manifest: TreeManifest
}

export function catalogueBench(kit: BenchKit, trees: Array<{ label: string; tree: Tree; runs: number }>): string {
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
    const results = { crawl: [] as Array<ReturnType<BenchKit['measure']>>, first: [] as Array<ReturnType<BenchKit['measure']>>, again: [] as Array<ReturnType<BenchKit['measure']>> }
    let opened = -1
    let unchanged = -1
    // A warm-up crawl (page cache), then rounds of crawl, first index run, unchanged re-run.
    kit.measure(crawl, tree.root)
    for (let r = 0; r < runs; r++) {
      results.crawl.push(kit.measure(crawl, tree.root))
      fresh()
      results.first.push(kit.measure(index, tree.root))
      results.again.push(kit.measure(index, tree.root))
      const s = JSON.parse(readFileSync(stats, 'utf8')) as { filesSeen: number; catalogue: { unchanged: number } }
      opened = Math.max(opened, s.filesSeen)
      unchanged = s.catalogue.unchanged
      kit.note(`${label} round ${r + 1}: crawl ${results.crawl[r]!.wall.toFixed(2)} s, first index ${results.first[r]!.wall.toFixed(2)} s, unchanged ${results.again[r]!.wall.toFixed(2)} s`)
    }
    const bytes = statSync(db).size
    const med = (xs: Array<{ wall: number }>) => kit.median(xs.map((m) => m.wall))
    const medRss = (xs: Array<{ rssKiB: number }>) => kit.median(xs.map((m) => m.rssKiB))
    // Ratios per round (each round's three runs are side by side in time), then their median.
    const speed = kit.median(results.crawl.map((c, i) => c.wall / results.first[i]!.wall))
    const again = kit.median(results.again.map((a, i) => a.wall / results.first[i]!.wall))
    const files = tree.manifest.files
    const line = (what: string, xs: Array<{ wall: number; rssKiB: number }>) =>
      `| ${label} | ${what} | ${xs.length} | ${med(xs).toFixed(2)} | ${Math.round(files / med(xs))} | ${(medRss(xs) / 1024).toFixed(0)} |`
    rows.push(line('plain crawl (CSV to a file)', results.crawl), line('`index`, first run', results.first), line('`index`, unchanged re-run', results.again))
    ratios.push(
      `${label}: first run **${speed.toFixed(2)}x** the crawl's files/s (target >= 0.8); unchanged re-run **${again.toFixed(3)}x** the first run's time (target <= ${label === '1M' ? '0.125' : '0.25'}), files opened by it: ${opened} (${unchanged} unchanged); catalogue ${(bytes / 2 ** 20).toFixed(1)} MiB, ${Math.round(bytes / files)} bytes per file`,
    )
    rss.push(medRss(results.first))
  }
  const text = [
    '### The catalogue: first run, unchanged re-run',
    '',
    `\`dicom-crawler index --db F\` against the plain crawl (\`--output\`), the ${DEFAULT_TAGS.length} default attributes; per round a crawl, a first run on an empty catalogue and an unchanged re-run, one after the other; ratios are medians of the rounds' own ratios. ${kit.machine()}; ${new Date().toISOString().slice(0, 10)}. The machine was shared with other work while measured: read the ratios, not the absolute times.`,
    '',
    '| tree | run | runs | wall s (median) | files/s | peak RSS MB |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    ...ratios.map((r) => `- ${r}`),
    ...(rss.length === 2 ? [`- peak RSS of the first run, 1M / 20k: **${(rss[1]! / rss[0]!).toFixed(2)}x** (target <= 1.1x)`] : []),
  ].join('\n')
  kit.writeSection('catalogue', text)
  return text
}
