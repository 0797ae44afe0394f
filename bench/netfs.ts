/**
 * The network drive stand-in (../shared/tools/netfs: a FUSE pass-through that
 * waits 1 ms in every request a server would answer): our command with its
 * defaults and with `--concurrency 32`, the drive's limit (`limit MNT 32
 * pipe`: open + 4 KiB read + close on 32 threads, listing included), and the
 * peers, each run on a fresh mount (cold caches), in alternating rounds;
 * then the same with a latency tail (1% of requests 20 ms slower). And the
 * catalogue there: a first `index` run and an unchanged re-run, against the
 * crawl.
 *
 *   npm run bench -- --netfs [--runs 3]
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'

export interface NetfsTool {
  name: string
  cmd: string[]
  /** Mount the intact-only tree instead (gdcmscanner aborts on truncated files). */
  clean?: boolean
  runs?: number
  limit?: boolean
  /** Called before each run (before the mount). */
  before?: () => void
}

export interface NetfsBench {
  tools: string
  benchDir: string
  tree: { root: string; files: number }
  clean: { root: string; files: number }
  ours: string[]
  /** Our `index` command, up to its options (`--db`, the root follow). */
  index: string[]
  peers: NetfsTool[]
  runs: number
  note: (text: string) => void
}

interface Sample {
  wall: number
  fps: number
  /** CPU seconds (user + system) of the command, and of the drive's daemon (delayfs) during the run. */
  cpu: number
  driveCpu: number
}

/** CPU seconds (user + system) a process has used, from /proc (NaN when it cannot be read). */
function processCpu(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // utime and stime, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return NaN
  }
}

/** Builds delayfs and limit once (build.sh installs libfuse3 when it can). */
export function netfsTools(tools: string, out: string): boolean {
  if (existsSync(join(out, 'delayfs')) && existsSync(join(out, 'limit'))) return true
  if (!existsSync(join(tools, 'build.sh'))) return false
  return spawnSync('bash', [join(tools, 'build.sh'), out], { stdio: 'ignore' }).status === 0
}

/** Runs `run` on a fresh delayfs mount of `src` (1 ms per round trip; `env` may add the tail), unmounted after. */
export function netfsMount<T>(tools: string, benchDir: string, src: string, env: Record<string, string>, run: (mnt: string) => T): T {
  const bin = join(benchDir, 'netfs')
  const mnt = join(bin, 'mnt')
  const m = spawnSync('bash', [join(tools, 'mount.sh'), bin, src, mnt, '1000'], { encoding: 'utf8', env: { ...process.env, ...env } })
  if (m.status !== 0) throw new Error(`cannot mount delayfs: ${m.stderr}`)
  try {
    return run(mnt)
  } finally {
    spawnSync('fusermount3', ['-u', mnt])
  }
}

function measure(b: NetfsBench, tool: NetfsTool, env: Record<string, string>): Sample {
  const tree = tool.clean ? b.clean : b.tree
  tool.before?.()
  return netfsMount(b.tools, b.benchDir, tree.root, env, (mnt) => {
    const cmd = tool.cmd.map((c) => (c === '{root}' ? mnt : c))
    const daemon = Number(readFileSync(`${mnt}.pid`, 'utf8'))
    const driveCpu0 = processCpu(daemon)
    // /usr/bin/time gives the command's CPU time; it writes it to a file of its own, not into the command's stderr.
    const timeDir = mkdtempSync(join(tmpdir(), 'netfs-time-'))
    const timeFile = join(timeDir, 'time')
    const t0 = performance.now()
    const r = spawnSync('/usr/bin/time', ['-f', '%U %S', '-o', timeFile, ...cmd], { encoding: 'utf8', maxBuffer: 256 << 20, env: { ...process.env, ...env } })
    const wall = (performance.now() - t0) / 1000
    const driveCpu = processCpu(daemon) - driveCpu0
    const [user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number)
    rmSync(timeDir, { recursive: true, force: true })
    const cpu = user! + sys!
    if (r.status !== 0 && r.status !== 1) b.note(`${tool.name} exited ${r.status}: ${r.stderr.slice(0, 200)}`)
    // The limit reports its own rate (its start-up is a few ms); the rest: files / wall time of the whole command.
    if (tool.limit) {
      const fps = Number(/"total_fps":(\d+)/.exec(r.stdout)?.[1] ?? NaN)
      return { wall: tree.files / fps, fps, cpu, driveCpu }
    }
    return { wall, fps: tree.files / wall, cpu, driveCpu }
  })
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

function batch(b: NetfsBench, tools: NetfsTool[], env: Record<string, string>, label: string): Map<string, Sample[]> {
  const got = new Map<string, Sample[]>(tools.map((t) => [t.name, []]))
  for (let r = 0; r < b.runs; r++) {
    for (const tool of tools) {
      if (r >= (tool.runs ?? b.runs)) continue
      const s = measure(b, tool, env)
      got.get(tool.name)!.push(s)
      b.note(`${label}${tool.name} run ${r + 1}: ${s.fps.toFixed(0)} files/s`)
    }
  }
  return got
}

/** The table for docs/PERFORMANCE.md, and the ratios the targets are about. */
export function netfsBench(b: NetfsBench): { text: string; ratios: Record<string, number> } {
  const limit: NetfsTool = { name: 'limit 32 pipe', cmd: [join(b.benchDir, 'netfs', 'limit'), '{root}', '32', 'pipe'], limit: true }
  const ours: NetfsTool[] = [
    { name: 'ours, default settings', cmd: [...b.ours, '{root}'] },
    { name: 'ours, --concurrency 32', cmd: [...b.ours, '--concurrency', '32', '{root}'] },
  ]
  const db = join(b.benchDir, 'out', 'netfs-catalogue.sqlite')
  const index: NetfsTool[] = [
    { name: '`index`, first run', cmd: [...b.index, '--db', db, '{root}'], before: () => ['', '-wal', '-shm'].forEach((x) => rmSync(db + x, { force: true })) },
    { name: '`index`, unchanged re-run', cmd: [...b.index, '--db', db, '{root}'] },
  ]
  const loadBefore = loadavg()[0]!
  const plain = batch(b, [limit, ...ours, ...index, ...b.peers], {}, '')
  const tail = batch(b, [limit, ...ours], { TAIL_PCT: '1', TAIL_US: '20000' }, 'tail: ')
  const load = `${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`
  const ratios: Record<string, number> = {}
  const rows: string[] = []
  const add = (label: string, got: Map<string, Sample[]>, tools: NetfsTool[]) => {
    const lim = median(got.get(limit.name)!.map((s) => s.fps))
    for (const t of tools) {
      const samples = got.get(t.name)!
      if (!samples.length) continue
      const fps = median(samples.map((s) => s.fps))
      const files = t.clean ? b.clean.files : b.tree.files
      const ratio = fps / lim
      if (t !== limit) ratios[`${label}${t.name}`] = ratio
      const cpu = `${median(samples.map((s) => s.cpu)).toFixed(2)} | ${median(samples.map((s) => s.driveCpu)).toFixed(2)}`
      rows.push(`| ${label || '1 ms'} | ${t.name}${t.clean ? ' (intact-only tree)' : ''} | ${samples.length} | ${files} | ${median(samples.map((s) => s.wall)).toFixed(2)} | ${cpu} | ${Math.round(fps)} | ${t === limit ? '1.00' : `**${ratio.toFixed(2)}**`} |`)
    }
  }
  add('', plain, [limit, ...ours, ...index, ...b.peers])
  // The catalogue against the crawl, round by round (each round's runs are side by side in time).
  const walls = (t: NetfsTool) => plain.get(t.name)!.map((s) => s.wall)
  const [crawlWalls, firstWalls, againWalls] = [walls(ours[0]!), walls(index[0]!), walls(index[1]!)]
  ratios['index first run vs crawl'] = median(firstWalls.map((w, i) => crawlWalls[i]! / w))
  ratios['index re-run vs first run'] = median(againWalls.map((w, i) => w / firstWalls[i]!))
  add('1 ms + tail', tail, [limit, ...ours])
  const text = [
    `### Network drive stand-in: ${b.tree.files} files, 1 ms per round trip, a fresh mount per run`,
    '',
    `delayfs (../shared/tools/netfs) over a ${b.tree.files}-file tree made by bench/generate.ts; every command on a fresh mount (cold caches), in alternating rounds; medians. Files/s: files / wall time of the whole command (start-up included); for \`limit\`, its own count (open + 4 KiB read + close on 32 threads, listing included: what the best crawler could do). Tail: \`TAIL_PCT=1 TAIL_US=20000\` (1% of requests 20 ms slower), its limit measured under the same tail. Targets: ours >= 0.75 of the limit, >= 0.6 with the tail.`,
    '',
    `CPU s: user + system time of the command, and of the drive's daemon (delayfs) during it, medians: what the 2 cores had to give each run. The machine's load average (1 minute): ${load}.`,
    '',
    '| latency | command | runs | files | wall s | CPU s | drive CPU s | files/s | vs limit |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `The catalogue on the drive (each run on a fresh mount, the re-run after the first run of its round): first run **${ratios['index first run vs crawl']!.toFixed(2)}x** the speed of the crawl with default settings (target >= 0.8); unchanged re-run **${ratios['index re-run vs first run']!.toFixed(2)}x** the first run's wall time; medians of the rounds' ratios.`,
  ].join('\n')
  return { text, ratios }
}
