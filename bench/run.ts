/**
 * The benchmark: our CLI beside the C++ (and Python) peers on the same
 * generated tree, in one run, side by side, as medians and ratios; the table
 * goes into docs/PERFORMANCE.md between markers, the rest of that file is kept.
 *
 *   npm run bench                      20k tree: ours (CSV, NDJSON, summary) and the peers
 *   npm run bench -- --size 1m         1M-entry hard-link tree: ours only, peak RSS
 *   npm run bench -- --summary-memory  summary mode on the 20k tree and a 200k hard-link tree: peak RSS
 *   npm run bench -- --latency         files/s at concurrency 1, 8, 32, 128 with 2 ms per open
 *   npm run bench -- --jobs [--size 1m] --jobs 1 and 2 against dicomtocsv, CPU per file; 1M-entry peak RSS (bench/jobs.ts)
 *   npm run bench -- --hostile         ms per file of the hostile-value corpus, up to the header cap (bench/hostile.ts)
 *   npm run bench -- --tag-sets        the same outcomes (status, code, class) under other tag sets
 *   npm run bench -- --catalogue       `index`: first run and unchanged re-run against the crawl (add --size 1m for the 1M tree too)
 *   npm run bench -- --shards          4 shards of the 20k tree: every record once, balance (bench/shard.ts)
 *   npm run bench -- --netfs           the network drive stand-in: ours, its limit, the peers (bench/netfs.ts)
 *   npm run bench -- --native          each native part against its plain-Node way (bench/native.ts)
 *   options: --runs N (default 5), --no-peers, --no-write
 *
 * Each command runs under `/usr/bin/time` (wall time, peak RSS of the whole
 * process tree) inside a shell that prints its own /proc/PID/io after the
 * command: Linux adds a reaped child's I/O counters to its parent, so `rchar`
 * there is every byte the command read with read(2)-like calls. The bytes read
 * on an empty folder (program start-up) are subtracted.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { dirname, join, resolve } from 'node:path'
import { DEFAULT_TAGS } from '../lib/core/tags.js'
import { generate, linkTree, readManifest, type TreeManifest } from './generate.js'
import { jobsBench } from './jobs.js'
import { hostileSection } from './hostile.js'
import { tagSets } from './tag-sets.js'
import { catalogueBench } from './catalogue.js'
import { shardBench } from './shard.js'
import { netfsBench, netfsMount, netfsTools } from './netfs.js'
import { nativeBench } from './native.js'

// Every tool runs without NODE_EXTRA_CA_CERTS: set on some machines, it makes
// each Node start load a certificate bundle (60-70 ms of CPU here) that a
// crawl never uses, while the peers start without such a cost.
delete process.env.NODE_EXTRA_CA_CERTS

const here = dirname(fileURLToPath(import.meta.url))
/** The repository: bench/ is compiled one level below it (dist/bench, or a private build folder). */
const repo = resolve(here, '../..')
const cli = join(here, '../cli/dicom-crawler.js')
/** Node flags from the CLI's shebang line, so the bench runs it as the installed command runs. */
const cliFlags = (readFileSync(cli, 'utf8').split('\n')[0]!.match(/--[\w-]+(=\S+)?/g) ?? [])
const benchDir = join(repo, '.bench')
const corpus = resolve(repo, '../shared/corpus/pydicom/test_files')
const docFile = join(repo, 'docs/PERFORMANCE.md')

interface Measure {
  wall: number
  rssKiB: number
  rchar: number
  exit: number
}

interface Tool {
  name: string
  cmd: string[]
  env?: Record<string, string>
  /** A tree of its own instead of the run's (the noise-free copy for gdcmscanner). */
  root?: string
  /** Runs of this tool (the slow Python peer gets one). */
  runs?: number
  note?: string
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}
const flag = (name: string) => process.argv.includes(name)

function note(text: string): void {
  process.stderr.write(`bench: ${text}\n`)
}

function which(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0
}

/** Installs a missing Debian package when we can (root, apt-get); false when the peer must be skipped. */
function ensurePeer(cmd: string, pkg: string): boolean {
  if (which(cmd)) return true
  if (!which('apt-get') || process.getuid?.() !== 0) {
    note(`${cmd} not found and cannot install ${pkg} (needs apt-get as root): skipped`)
    return false
  }
  if (installPackage(pkg) && which(cmd)) return true
  note(`could not install ${pkg}: ${cmd} skipped`)
  return false
}

function installPackage(pkg: string): boolean {
  if (!which('apt-get') || process.getuid?.() !== 0) return false
  note(`installing ${pkg} ...`)
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore' })
  const r = spawnSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  return r.status === 0
}

function packageVersion(pkg: string): string {
  try {
    return execFileSync('dpkg-query', ['-W', '-f', '${Version}', pkg], { encoding: 'utf8' })
  } catch {
    return '?'
  }
}

const outDir = join(benchDir, 'out')

/** One run of a command: stdout to a file, stderr kept for the I/O counters. */
function measure(tool: Tool, root: string): Measure {
  mkdirSync(outDir, { recursive: true })
  const timeFile = join(outDir, `${tool.name}.time`)
  const out = join(outDir, `${tool.name}.out`)
  const script = '"$@" > "$OUT" 2> "$OUT.err"; s=$?; cat /proc/$$/io; exit $s'
  const t0 = performance.now()
  const where = root.endsWith('/empty') ? root : tool.root ?? root
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', '-o', timeFile, 'sh', '-c', script, 'sh', ...tool.cmd.map((c) => (c === '{root}' ? where : c))], {
    encoding: 'utf8',
    env: { ...process.env, ...tool.env, OUT: out },
    maxBuffer: 1 << 20,
  })
  const wall = (performance.now() - t0) / 1000
  const rchar = Number(/rchar: (\d+)/.exec(r.stdout)?.[1] ?? NaN)
  const timeText = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? ''
  const rssKiB = Number(timeText.split(' ')[1] ?? NaN)
  return { wall, rssKiB, rchar, exit: r.status ?? -1 }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

function rows(tool: Tool): number {
  try {
    const text = readFileSync(join(outDir, `${tool.name}.out`), 'utf8')
    return text.split('\n').filter(Boolean).length
  } catch {
    return 0
  }
}

function ensureTree(name: string, make: () => TreeManifest): { root: string; manifest: TreeManifest } {
  const root = join(benchDir, name)
  const have = readManifest(root)
  if (have) return { root, manifest: have }
  note(`generating ${name} ...`)
  const t0 = performance.now()
  const manifest = make()
  note(`${name}: ${manifest.files} files in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
  return { root, manifest }
}

function machine(): string {
  const cpu = os.cpus()
  return `${cpu[0]?.model ?? '?'}, ${cpu.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Linux ${os.release()}, Node ${process.version}`
}

/** Replaces the text between `<!-- bench:ID -->` and `<!-- /bench:ID -->`, or appends the section. */
function writeSection(id: string, text: string): void {
  if (flag('--no-write')) return
  const open = `<!-- bench:${id} -->`
  const close = `<!-- /bench:${id} -->`
  let doc = existsSync(docFile) ? readFileSync(docFile, 'utf8') : '# Performance\n\nMeasured by `npm run bench` (bench/run.ts); numbers are medians of several runs on the machine named in each table.\n'
  const block = `${open}\n${text.trim()}\n${close}`
  const a = doc.indexOf(open)
  const b = doc.indexOf(close)
  doc = a >= 0 && b > a ? doc.slice(0, a) + block + doc.slice(b + close.length) : `${doc.trimEnd()}\n\n${block}\n`
  writeFileSync(docFile, doc)
  note(`wrote ${id} to docs/PERFORMANCE.md`)
}

interface Result {
  tool: Tool
  runs: Measure[]
  rows: number
  baseline: number
}

/** Warm-up run each (page cache, and the row count), then rounds in turn, so noise hits every tool alike. */
function runAll(tools: Tool[], root: string, runs: number, empty: string): Result[] {
  const results: Result[] = tools.map((tool) => {
    const base = measure(tool, empty)
    measure(tool, root)
    return { tool, runs: [], rows: rows(tool), baseline: base.rchar }
  })
  for (let r = 0; r < runs; r++) {
    for (const res of results) {
      if (r >= (res.tool.runs ?? runs)) continue
      const m = measure(res.tool, root)
      if (m.exit !== 0 && m.exit !== 1) note(`${res.tool.name} exited ${m.exit}`)
      res.runs.push(m)
      note(`${res.tool.name} run ${r + 1}: ${m.wall.toFixed(2)} s, ${(m.rssKiB / 1024).toFixed(0)} MB`)
    }
  }
  return results
}

function table(results: Result[], treeFiles: number, reference: string | undefined, cleanFiles: number): string {
  const ref = results.find((r) => r.tool.name === reference)
  const refWall = ref ? median(ref.runs.map((m) => m.wall)) : NaN
  const refRss = ref ? median(ref.runs.map((m) => m.rssKiB)) : NaN
  const lines = [
    `| tool | runs | rows out | wall s (median) | files/s | peak RSS MB | bytes read / file | files/s vs ${reference ?? '-'} | RSS vs ${reference ?? '-'} |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const r of results) {
    const files = r.tool.root ? cleanFiles : treeFiles
    const wall = median(r.runs.map((m) => m.wall))
    const rss = median(r.runs.map((m) => m.rssKiB))
    const perFile = (median(r.runs.map((m) => m.rchar)) - r.baseline) / files
    lines.push(
      `| ${r.tool.name} | ${r.runs.length} | ${r.rows} | ${wall.toFixed(2)} | ${Math.round(files / wall)} | ${(rss / 1024).toFixed(0)} | ${Math.round(perFile)} | ${ref ? (refWall / wall).toFixed(2) : '-'} | ${ref ? (rss / refRss).toFixed(2) : '-'} |`,
    )
  }
  return lines.join('\n')
}

function ours(name: string, args: string[], env?: Record<string, string>): Tool {
  return { name, cmd: [process.execPath, ...cliFlags, cli, '--quiet', ...args, '{root}'], ...(env ? { env } : {}) }
}

async function main(): Promise<void> {
  if (flag('--hostile')) {
    const { id, text } = await hostileSection(Number(arg('--runs') ?? 3), machine())
    writeSection(id, text)
    console.log(text)
    return
  }
  if (!existsSync(corpus)) {
    note(`the real corpus is not at ${corpus}: nothing to build the tree from, benchmark skipped`)
    return
  }
  if (!existsSync('/usr/bin/time') && !(installPackage('time') && existsSync('/usr/bin/time'))) {
    note('/usr/bin/time is missing and cannot be installed: benchmark skipped')
    return
  }
  const runs = Number(arg('--runs') ?? 5)
  const empty = join(benchDir, 'empty')
  mkdirSync(empty, { recursive: true })
  const small = ensureTree('tree-20k', () => generate({ files: 20000, seed: 1, out: join(benchDir, 'tree-20k'), corpus }))
  const summaryTool: Tool = { name: 'ours summary', cmd: [process.execPath, ...cliFlags, cli, 'summary', '--quiet', '--stdout', '{root}'] }

  if (flag('--jobs')) {
    const big = arg('--size') === '1m' ? ensureTree('tree-1m', () => linkTree(small.root, join(benchDir, 'tree-1m'), 1_000_000)) : undefined
    const text = jobsBench({
      cli,
      small: { root: small.root, files: small.manifest.files },
      ...(big ? { big: { root: big.root, files: big.manifest.files } } : {}),
      outDir,
      runs,
      peer: !flag('--no-peers') && ensurePeer('dicomtocsv', 'vtk-dicom-tools'),
      machine: machine(),
      tags: DEFAULT_TAGS,
    })
    writeSection('jobs', text)
    console.log(text)
    return
  }
  if (flag('--tag-sets')) {
    const { table: text, same } = tagSets([process.execPath, ...cliFlags, cli], small.root, Math.min(runs, 3))
    writeSection('tag-sets', `### The same outcomes under other tag sets (${small.manifest.files} files)\n\nNDJSON of the 20k tree under each tag set, runs in turn; each record's status, error code and class compared with the default set's (${same ? 'all equal' : 'SOME DIFFER'}). ${machine()}; ${new Date().toISOString().slice(0, 10)}.\n\n${text}`)
    console.log(text)
    return
  }
  if (flag('--catalogue')) {
    const kit = { median, note, machine, writeSection, command: [process.execPath, ...cliFlags, cli], outDir }
    const trees = [{ label: '20k', tree: small, runs }]
    if (arg('--size') === '1m') trees.push({ label: '1M', tree: ensureTree('tree-1m', () => linkTree(small.root, join(benchDir, 'tree-1m'), 1_000_000)), runs: Math.min(runs, 3) })
    console.log(catalogueBench(kit, trees))
    return
  }

  if (flag('--shards')) {
    const r = shardBench({ command: [process.execPath, ...cliFlags, cli], root: small.root, outDir, count: Number(arg('--shard-count') ?? 4) })
    writeSection('shards', `${r.text}\n\n${machine()}; ${new Date().toISOString().slice(0, 10)}.`)
    console.log(r.text)
    return
  }

  if (flag('--native')) {
    const tools = resolve(repo, '../shared/tools/netfs')
    const haveNetfs = netfsTools(tools, join(benchDir, 'netfs'))
    const net = haveNetfs ? ensureTree('tree-5k', () => generate({ files: 5000, seed: 3, out: join(benchDir, 'tree-5k'), corpus })) : undefined
    mkdirSync(outDir, { recursive: true })
    const text = nativeBench({
      ours: [process.execPath, ...cliFlags, cli, '--quiet'],
      tree: { root: small.root, files: small.manifest.files },
      outDir,
      runs,
      ...(net ? { onNetfs: <T>(run: (mnt: string) => T) => netfsMount(tools, benchDir, net.root, {}, run), netfsFiles: net.manifest.files } : {}),
      note,
    })
    writeSection('native', `${text}\n\n${machine()}; ${new Date().toISOString().slice(0, 10)}.`)
    console.log(text)
    return
  }

  if (flag('--netfs')) {
    const tools = resolve(repo, '../shared/tools/netfs')
    if (!netfsTools(tools, join(benchDir, 'netfs'))) return note(`netfs tools not found at ${tools} or not built (needs libfuse3): skipped`)
    const tree = ensureTree('tree-5k', () => generate({ files: 5000, seed: 3, out: join(benchDir, 'tree-5k'), corpus }))
    const clean = ensureTree('tree-5k-clean', () => linkTree(tree.root, join(benchDir, 'tree-5k-clean'), Infinity, (name) => /^IM\d+\.dcm$/.test(name)))
    const tags = [...DEFAULT_TAGS]
    const peers = flag('--no-peers')
      ? []
      : [
          ...(which('dicomtocsv') ? [{ name: 'dicomtocsv --image', cmd: ['dicomtocsv', '--image', '--silent', ...tags.flatMap((t) => ['-k', t]), '{root}'], runs: 1 }] : []),
          ...(which('gdcmscanner') ? [{ name: 'gdcmscanner -r -p', cmd: ['gdcmscanner', '-r', '-p', '-d', '{root}', ...tags.flatMap((t) => ['-k', t])], clean: true, runs: 1 }] : []),
        ]
    const r = netfsBench({ tools, benchDir, tree: { root: tree.root, files: tree.manifest.files }, clean: { root: clean.root, files: clean.manifest.files }, ours: [process.execPath, ...cliFlags, cli, '--quiet'], index: [process.execPath, ...cliFlags, cli, 'index', '--quiet'], peers, runs: Number(arg('--runs') ?? 3), note })
    writeSection('netfs', `${r.text}\n\n${machine()}; ${new Date().toISOString().slice(0, 10)}.`)
    console.log(r.text)
    return
  }

  if (flag('--latency')) {
    const tree = ensureTree('tree-2k', () => generate({ files: 2000, seed: 2, out: join(benchDir, 'tree-2k'), corpus }))
    const tools = [1, 8, 32, 128].map((c) => ours(`concurrency ${c}`, ['--concurrency', String(c)], { DICOM_CRAWLER_BENCH_OPEN_DELAY_MS: '2' }))
    const results = runAll(tools, tree.root, Math.min(runs, 3), empty)
    const lines = ['| --concurrency | wall s (median) | files/s |', '| ---: | ---: | ---: |']
    for (const r of results) {
      const wall = median(r.runs.map((m) => m.wall))
      lines.push(`| ${r.tool.name.split(' ')[1]} | ${wall.toFixed(2)} | ${Math.round(tree.manifest.files / wall)} |`)
    }
    writeSection('latency', `### Concurrency with 2 ms per open (${tree.manifest.files} files)\n\nEach open is delayed by 2 ms (\`DICOM_CRAWLER_BENCH_OPEN_DELAY_MS=2\`, a benchmark hook that stands in for a network drive) on the thread that opens the file, which it holds as a network open does: the crawl's own thread at concurrency 1 (blocking reads), a native reader thread above. ${machine()}; ${new Date().toISOString().slice(0, 10)}.\n\n${lines.join('\n')}`)
    console.log(lines.join('\n'))
    return
  }

  if (flag('--summary-memory')) {
    // Summary rows are held until the end (sorted output): memory may grow with
    // folders, never with files. 10x the files in 4x the folders, as the issue
    // asks (hard links: 4 copies of the tree, each file linked 3 times).
    const big = ensureTree('tree-200k-4k', () => linkTree(small.root, join(benchDir, 'tree-200k-4k'), 200_000, () => true, 3))
    const folders = (root: string) => Number(spawnSync('sh', ['-c', `find "${root}" -type d | wc -l`], { encoding: 'utf8' }).stdout.trim())
    const r20 = runAll([summaryTool], small.root, Math.min(runs, 3), empty)[0]!
    const r200 = runAll([summaryTool], big.root, Math.min(runs, 3), empty)[0]!
    const rss20 = median(r20.runs.map((m) => m.rssKiB))
    const rss200 = median(r200.runs.map((m) => m.rssKiB))
    const row = (name: string, files: number, root: string, r: typeof r20, rss: number) =>
      `| ${name} | ${files} | ${folders(root)} | ${median(r.runs.map((m) => m.wall)).toFixed(1)} | ${(rss / 1024).toFixed(0)} |`
    const text = [
      '### Summary mode memory: 200k files against 20k',
      '',
      `\`dicom-crawler summary --stdout\`, medians of ${r20.runs.length} runs. ${machine()}; ${new Date().toISOString().slice(0, 10)}.`,
      '',
      '| tree | files | folders | wall s | peak RSS MB |',
      '| --- | ---: | ---: | ---: | ---: |',
      row('20k', small.manifest.files, small.root, r20, rss20),
      row('200k (hard links)', big.manifest.files, big.root, r200, rss200),
      '',
      `Peak RSS 200k / 20k: **${(rss200 / rss20).toFixed(2)}x** (target <= 1.10x).`,
    ].join('\n')
    writeSection('summary-memory', text)
    console.log(text)
    return
  }

  if (arg('--size') === '1m') {
    const big = ensureTree('tree-1m', () => linkTree(small.root, join(benchDir, 'tree-1m'), 1_000_000))
    // Records to stdout (a file: Node writes it synchronously) and with
    // --output (the CLI's own file writer), at both sizes.
    const tools = [ours('ours csv', []), ours('ours csv --output', ['--output', join(outDir, 'records.csv')]), ours('ours parquet --output', ['--format', 'parquet', '--output', join(outDir, 'records.parquet')])]
    const label: Record<string, string> = { 'ours csv': 'CSV, stdout to a file', 'ours csv --output': 'CSV, `--output` file', 'ours parquet --output': 'Parquet, `--output` file' }
    const r20 = runAll(tools, small.root, 1, empty)
    const r1m = runAll(tools, big.root, 1, empty)
    const rows: string[] = []
    const ratios: string[] = []
    tools.forEach((tool, i) => {
      const a = r20[i]!.runs[0]!
      const b = r1m[i]!.runs[0]!
      const how = label[tool.name]!
      rows.push(`| 20k | ${how} | ${small.manifest.files} | ${a.wall.toFixed(1)} | ${Math.round(small.manifest.files / a.wall)} | ${(a.rssKiB / 1024).toFixed(0)} |`)
      rows.push(`| 1M | ${how} | ${big.manifest.files} | ${b.wall.toFixed(1)} | ${Math.round(big.manifest.files / b.wall)} | ${(b.rssKiB / 1024).toFixed(0)} |`)
      ratios.push(`${how} **${(b.rssKiB / a.rssKiB).toFixed(2)}x**`)
    })
    const text = [
      `### Scale: 1M entries (hard links to the 20k tree)`,
      '',
      `${machine()}; ${new Date().toISOString().slice(0, 10)}.`,
      '',
      '| tree | records to | files | wall s | files/s | peak RSS MB |',
      '| --- | --- | ---: | ---: | ---: | ---: |',
      ...rows,
      '',
      `Peak RSS 1M / 20k: ${ratios.join(', ')} (target <= 1.1x).`,
    ].join('\n')
    writeSection('scale', text)
    console.log(text)
    return
  }

  const tags = [...DEFAULT_TAGS]
  let cleanFiles = 0
  const tools: Tool[] = [ours('ours csv', []), ours('ours ndjson', ['--format', 'ndjson'])]
  const hasSummary = spawnSync(process.execPath, [cli, 'summary', '--help'], { stdio: 'ignore' }).status === 0
  if (hasSummary) tools.push(summaryTool)
  else note('this build has no `summary` command: summary mode not measured')
  const peers: string[] = []
  if (!flag('--no-peers')) {
    if (ensurePeer('dicomtocsv', 'vtk-dicom-tools')) {
      tools.push({ name: 'dicomtocsv --image', cmd: ['dicomtocsv', '--image', '--silent', ...tags.flatMap((t) => ['-k', t]), '{root}'] })
      peers.push(`dicomtocsv (vtk-dicom-tools ${packageVersion('vtk-dicom-tools')})`)
    }
    if (ensurePeer('gdcmscanner', 'libgdcm-tools')) {
      // gdcmscanner 3.0 aborts (an assertion) on some of the truncated files, with or without --strict:
      // it and ours run again on a copy of the tree (hard links) that holds only the intact DICOM files.
      const clean = ensureTree('tree-20k-clean', () => linkTree(small.root, join(benchDir, 'tree-20k-clean'), Infinity, (name) => /^IM\d+\.dcm$/.test(name)))
      cleanFiles = clean.manifest.files
      tools.push({ ...ours('ours csv, intact-only tree', []), root: clean.root })
      tools.push({ name: 'gdcmscanner -r -p, intact-only tree', cmd: ['gdcmscanner', '-r', '-p', '-d', '{root}', ...tags.flatMap((t) => ['-k', t])], root: clean.root })
      peers.push(`gdcmscanner (libgdcm-tools ${packageVersion('libgdcm-tools')})`)
    }
    const py = '/usr/bin/python3'
    const hasPydicom = () => existsSync(py) && spawnSync(py, ['-c', 'import pydicom'], { stdio: 'ignore' }).status === 0
    if (hasPydicom() || (installPackage('python3-pydicom') && hasPydicom())) {
      // Some 60 s a run: one run is enough to place it.
      tools.push({ name: 'pydicom stop_before_pixels', cmd: [py, join(repo, 'bench/pydicom-scan.py'), '{root}', ...tags], runs: 1 })
      peers.push(`pydicom ${execFileSync(py, ['-c', 'import pydicom; print(pydicom.__version__)'], { encoding: 'utf8' }).trim()}`)
    } else note('pydicom not available: skipped')
  }
  const results = runAll(tools, small.root, runs, empty)
  const reference = tools.some((t) => t.name === 'dicomtocsv --image') ? 'dicomtocsv --image' : undefined
  const m = small.manifest
  const text = [
    `### Side by side: ${m.files} files (${m.dicom} DICOM, ${m.noise} other), ${m.series} series, ${(m.bytes / 2 ** 20).toFixed(0)} MiB, warm cache`,
    '',
    `${machine()}; ${new Date().toISOString().slice(0, 10)}. Peers: ${peers.join(', ') || 'none'}. Attributes: the ${tags.length} default ones. Medians of ${runs} runs after one warm-up run each; ratios are ours-or-peer / ${reference ?? 'reference'} (files/s: higher is faster; RSS: lower is leaner). Bytes read / file: read(2) bytes per file of the tree, start-up reads on an empty folder subtracted. Rows out: lines written (CSV header included; \`summary\` writes one row per series folder).`,
    '',
    table(results, m.files, reference, cleanFiles),
  ].join('\n')
  writeSection('20k', text)
  console.log(text)
}

await main()
