/**
 * The network drive stand-in (../shared/tools/netfs: a FUSE pass-through that
 * waits 1 ms in every request a server would answer): our command with its
 * defaults and with `--concurrency 32`, the drive's limit (`limit MNT 32
 * pipe`: open + 4 KiB read + close on 32 threads, listing included), and the
 * peers, each run on a fresh mount (cold caches), in alternating rounds;
 * then the same with a latency tail (1% of requests 20 ms slower).
 *
 *   npm run bench -- --netfs [--runs 3]
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'

export interface NetfsTool {
  name: string
  cmd: string[]
  /** Mount the intact-only tree instead (gdcmscanner aborts on truncated files). */
  clean?: boolean
  runs?: number
  limit?: boolean
}

export interface NetfsBench {
  tools: string
  benchDir: string
  tree: { root: string; files: number }
  clean: { root: string; files: number }
  ours: string[]
  peers: NetfsTool[]
  runs: number
  note: (text: string) => void
}

interface Sample {
  wall: number
  fps: number
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
  return netfsMount(b.tools, b.benchDir, tree.root, env, (mnt) => {
    const cmd = tool.cmd.map((c) => (c === '{root}' ? mnt : c))
    const t0 = performance.now()
    const r = spawnSync(cmd[0]!, cmd.slice(1), { encoding: 'utf8', maxBuffer: 256 << 20, env: { ...process.env, ...env } })
    const wall = (performance.now() - t0) / 1000
    if (r.status !== 0 && r.status !== 1) b.note(`${tool.name} exited ${r.status}: ${r.stderr.slice(0, 200)}`)
    // The limit reports its own rate (its start-up is a few ms); the rest: files / wall time of the whole command.
    if (tool.limit) {
      const fps = Number(/"total_fps":(\d+)/.exec(r.stdout)?.[1] ?? NaN)
      return { wall: tree.files / fps, fps }
    }
    return { wall, fps: tree.files / wall }
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
  const plain = batch(b, [limit, ...ours, ...b.peers], {}, '')
  const tail = batch(b, [limit, ...ours], { TAIL_PCT: '1', TAIL_US: '20000' }, 'tail: ')
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
      rows.push(`| ${label || '1 ms'} | ${t.name}${t.clean ? ' (intact-only tree)' : ''} | ${samples.length} | ${files} | ${median(samples.map((s) => s.wall)).toFixed(2)} | ${Math.round(fps)} | ${t === limit ? '1.00' : `**${ratio.toFixed(2)}**`} |`)
    }
  }
  add('', plain, [limit, ...ours, ...b.peers])
  add('1 ms + tail', tail, [limit, ...ours])
  const text = [
    `### Network drive stand-in: ${b.tree.files} files, 1 ms per round trip, a fresh mount per run`,
    '',
    `delayfs (../shared/tools/netfs) over a ${b.tree.files}-file tree made by bench/generate.ts; every command on a fresh mount (cold caches), in alternating rounds; medians. Files/s: files / wall time of the whole command (start-up included); for \`limit\`, its own count (open + 4 KiB read + close on 32 threads, listing included: what the best crawler could do). Tail: \`TAIL_PCT=1 TAIL_US=20000\` (1% of requests 20 ms slower), its limit measured under the same tail. Targets: ours >= 0.75 of the limit, >= 0.6 with the tail.`,
    '',
    '| latency | command | runs | files | wall s | files/s | vs limit |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n')
  return { text, ratios }
}
