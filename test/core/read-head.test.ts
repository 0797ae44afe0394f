import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { nativeHeadReader, readHead, readHeadInto, readHeadJs, readHeadSync, readHeadSyncJs, stampInto } from '../../lib/core/read-head.js'
import type { FileStamp } from '../../lib/types.js'
import { SAMPLE } from '../helpers/paths.js'
import { nativeAllowed } from '../../lib/io/native-parts.js'

/** Every file below a folder. */
function filesOf(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((n) => path.join(dir, n)).filter((p) => fs.lstatSync(p).isFile())
}

/** The sample tree's files and every other kind of path a crawl meets: empty, small, big, FIFO, folder, device, a name that is not UTF-8. */
function oddFiles(t: TestContext): { top: string; paths: Array<string | Buffer> } {
  const top = fs.mkdtempSync(path.join(os.tmpdir(), 'read-head-'))
  t.after(() => fs.rmSync(top, { recursive: true, force: true }))
  fs.writeFileSync(path.join(top, 'empty'), '')
  fs.writeFileSync(path.join(top, 'small'), 'hello')
  fs.writeFileSync(path.join(top, 'big'), Buffer.alloc(10000, 7))
  execFileSync('mkfifo', [path.join(top, 'fifo')])
  const badName = Buffer.concat([Buffer.from(path.join(top, 'bad')), Buffer.from([0xff])])
  fs.writeFileSync(badName, 'raw name')
  return { top, paths: [...filesOf(SAMPLE), ...['empty', 'small', 'big', 'fifo'].map((n) => path.join(top, n)), top, '/dev/null', badName] }
}

test('the native head reader is built by npm install', () => {
  assert.equal(nativeHeadReader, nativeAllowed('head-reader') && nativeAllowed('reader-threads'), 'native/head-reader/build/Release/head_reader.node did not load: run npm install (scripts/build-native.mjs)')
})

test('native and JavaScript head reads agree: bytes, size, mtime, type; errors are Node\'s own', { skip: nativeHeadReader ? false : 'native head reader not built' }, (t) => {
  const { top, paths } = oddFiles(t)
  for (const p of paths) {
    for (const want of [16, 4096]) {
      const a = readHeadSync(p, want)
      const b = readHeadSyncJs(p, want)
      assert.deepEqual({ ...a, bytes: [...a.bytes] }, { ...b, bytes: [...b.bytes] }, `${p.toString()} (${want} bytes)`)
    }
  }
  // With a scratch buffer the bytes land in it.
  const scratch = Buffer.alloc(4096)
  const head = readHeadSync(path.join(top, 'small'), 4096, scratch)
  assert.equal(head.bytes.buffer, scratch.buffer)
  assert.equal(head.bytes.toString(), 'hello')
  // Failures are read again by Node: the same error codes and messages.
  for (const missing of [path.join(top, 'nope'), path.join(top, 'small', 'x')]) {
    const err = (f: () => unknown) => {
      try {
        f()
      } catch (e) {
        return { code: (e as NodeJS.ErrnoException).code, message: (e as Error).message }
      }
      return undefined
    }
    assert.deepEqual(err(() => readHeadSync(missing, 4096)), err(() => readHeadSyncJs(missing, 4096)))
    assert.ok(err(() => readHeadSync(missing, 4096)))
  }
})

test('native reader threads and Node\'s asynchronous calls agree: bytes, size, mtime, type, errors; many reads at once', { skip: nativeHeadReader ? false : 'native head reader not built' }, async (t) => {
  const { top, paths } = oddFiles(t)
  const settle = (p: Promise<{ bytes: Buffer }>) =>
    p.then(
      (h) => ({ ...h, bytes: [...h.bytes] }),
      (e: NodeJS.ErrnoException) => ({ code: e.code, message: e.message }),
    )
  const missing = [path.join(top, 'nope'), path.join(top, 'small', 'x'), 'a\0b']
  // All asked at once, several times over: the threads grow to the reads in flight.
  const all = [...paths, ...missing].flatMap((p) => [16, 4096].map((want) => [p, want] as const))
  const asked = [...all, ...all, ...all]
  const a = await Promise.all(asked.map(([p, want]) => settle(readHead(p, want))))
  const b = await Promise.all(asked.map(([p, want]) => settle(readHeadJs(p, want))))
  asked.forEach(([p, want], i) => assert.deepEqual(a[i], b[i], `${p.toString()} (${want} bytes)`))
  assert.ok(missing.every((p) => a[asked.findIndex(([q]) => q === p)] && 'code' in a[asked.findIndex(([q]) => q === p)]!), 'missing files are errors')
})

test('worker threads read heads too, and one ended while reads are due neither crashes nor hangs the process', { skip: nativeHeadReader ? false : 'native head reader not built' }, async () => {
  const { Worker } = await import('node:worker_threads')
  const { pathToFileURL } = await import('node:url')
  const mod = pathToFileURL(path.join(process.cwd(), 'dist', 'lib', 'core', 'read-head.js')).href
  const files = filesOf(SAMPLE)
  const src = `
const { readHead } = await import(${JSON.stringify(mod)})
const { parentPort, workerData } = await import('node:worker_threads')
const asked = Array.from({ length: 400 }, (_, i) => readHead(workerData.files[i % workerData.files.length], 4096))
if (workerData.early) parentPort.postMessage('asked')
const heads = await Promise.all(asked)
parentPort.postMessage(heads.reduce((n, h) => n + h.bytes.length, 0))`
  const expected = Array.from({ length: 400 }, (_, i) => Math.min(4096, fs.statSync(files[i % files.length]!).size)).reduce((a, b) => a + b, 0)
  for (const early of [false, true, false, true]) {
    const worker = new Worker(src, { eval: true, workerData: { early, files } })
    const said = await new Promise<unknown>((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
    })
    if (early) {
      assert.equal(said, 'asked')
      await worker.terminate() // with reads still on the reader threads
    } else {
      assert.equal(said, expected)
    }
  }
  const again = await readHead(files[0]!, 16)
  assert.equal(again.bytes.length, Math.min(16, fs.statSync(files[0]!).size))
})

test('a byte path holding a NUL is refused as Node refuses it, not cut short at the NUL', { skip: nativeHeadReader ? false : 'native head reader not built' }, async () => {
  const sneaky = Buffer.from('/etc/hostname\0/x')
  const code = (f: () => unknown) => {
    try {
      f()
    } catch (e) {
      return (e as NodeJS.ErrnoException).code
    }
    return 'read'
  }
  assert.equal(code(() => readHeadSyncJs(sneaky, 64)), 'ERR_INVALID_ARG_VALUE')
  assert.equal(code(() => readHeadSync(sneaky, 64)), 'ERR_INVALID_ARG_VALUE')
  await assert.rejects(readHead(sneaky, 64), { code: 'ERR_INVALID_ARG_VALUE' })
})

/** Runs `src` (an ES module) in a new Node process with every asynchronous open delayed by `delayMs` on its reader thread. */
function withOpenDelay(delayMs: number, src: string): Record<string, number> {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', src], { encoding: 'utf8', env: { ...process.env, DICOM_CRAWLER_BENCH_OPEN_DELAY_MS: String(delayMs) }, timeout: 30_000 })
  return JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>
}

const readHeadModule = () => JSON.stringify(new URL('../../lib/core/read-head.js', import.meta.url).href)

test('a read stuck in open() (a hung mount) does not hold up the end of the worker that asked for it', { skip: nativeHeadReader ? false : 'native head reader not built' }, () => {
  // Each open waits 4 s on its reader thread: the worker is ended while it waits.
  const r = withOpenDelay(4000, `
import { Worker } from 'node:worker_threads'
const worker = new Worker(\`
  const { readHead } = await import(${readHeadModule()})
  const { parentPort } = await import('node:worker_threads')
  readHead('/etc/hostname', 64)
  setTimeout(() => parentPort.postMessage('asked'), 100)\`, { eval: true })
await new Promise((resolve) => worker.once('message', resolve))
const t0 = performance.now()
await worker.terminate()
console.log(JSON.stringify({ terminateMs: performance.now() - t0 }))`)
  assert.ok(r.terminateMs! < 1000, `terminate() took ${Math.round(r.terminateMs!)} ms`)
})

test('reader threads grown for a burst of reads leave when idle', { skip: nativeHeadReader ? false : 'native head reader not built' }, () => {
  // 64 reads at once, each holding its thread 50 ms: the threads grow to about 64, then leave after 2 s idle.
  const r = withOpenDelay(50, `
import { readFileSync } from 'node:fs'
const threads = () => Number(/Threads:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1])
const { readHead } = await import(${readHeadModule()})
await readHead('/etc/hostname', 64)
const before = threads()
await Promise.all(Array.from({ length: 64 }, () => readHead('/etc/hostname', 64)))
const burst = threads()
await new Promise((resolve) => setTimeout(resolve, 3500))
console.log(JSON.stringify({ before, burst, after: threads() }))`)
  assert.ok(r.burst! >= r.before! + 32, `threads grew for the burst: ${r.before} -> ${r.burst}`)
  assert.ok(r.after! <= r.before! + 2, `idle reader threads left: ${r.burst} -> ${r.after} (before the burst ${r.before})`)
})

test('reads beyond `readers` wait in the reader threads\' queue: the threads do not grow past it, and every read is done', { skip: nativeHeadReader ? false : 'native head reader not built' }, () => {
  // 8 reads start the 8 threads; then 64 asked for at once, each holding its thread 50 ms: the same 8 read them, 8 at a time.
  const r = withOpenDelay(50, `
import { readFileSync } from 'node:fs'
const threads = () => Number(/Threads:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1])
const { readHeadInto } = await import(${readHeadModule()})
const one = () => new Promise((resolve, reject) => readHeadInto('/etc/hostname', 64, (err, head) => (err ? reject(err) : resolve(head.bytes.length)), 8))
await Promise.all(Array.from({ length: 8 }, one))
const before = threads()
let peak = before
const watch = setInterval(() => (peak = Math.max(peak, threads())), 5)
const t0 = performance.now()
const sizes = await Promise.all(Array.from({ length: 64 }, one))
const ms = performance.now() - t0
clearInterval(watch)
console.log(JSON.stringify({ before, peak, ms, done: sizes.filter((n) => n === readFileSync('/etc/hostname').length).length }))`)
  assert.equal(r.done, 64)
  assert.ok(r.peak! <= r.before! + 1, `threads stayed at the 8 asked for: ${r.before} -> ${r.peak}`)
  // 64 / 8 rounds of 50 ms: at least 400 ms (64 threads would take about 50).
  assert.ok(r.ms! >= 380, `64 reads on 8 threads took ${Math.round(r.ms!)} ms`)
})

test('stamps on the reader threads: a read\'s stamp is its open file\'s (fstat), a stamp alone is lstat\'s (a link as itself); a path that cannot be stamped gives none', { skip: nativeHeadReader ? false : 'native head reader not built' }, async (t) => {
  const top = fs.mkdtempSync(path.join(os.tmpdir(), 'stamp-into-'))
  t.after(() => fs.rmSync(top, { recursive: true, force: true }))
  const file = path.join(top, 'f')
  fs.writeFileSync(file, 'a file of some bytes')
  fs.symlinkSync('f', path.join(top, 'link'))
  const asNode = (st: fs.BigIntStats): FileStamp => ({ size: st.size, mtimeNs: st.mtimeNs, ino: BigInt.asIntN(64, st.ino) })
  const alone = (p: string) => new Promise<FileStamp | undefined>((resolve) => stampInto(p, resolve, 4))
  const read = (p: string) => new Promise<FileStamp | undefined>((resolve, reject) => readHeadInto(p, 64, (err, head) => (err ? reject(err) : resolve(head!.stamp)), 4, true))
  const [many, viaRead, viaLink, linkAlone, none] = await Promise.all([Promise.all(Array.from({ length: 40 }, () => alone(file))), read(file), read(path.join(top, 'link')), alone(path.join(top, 'link')), alone(path.join(top, 'missing'))])
  for (const st of many) assert.deepEqual(st, asNode(fs.lstatSync(file, { bigint: true })))
  assert.deepEqual(viaRead, asNode(fs.statSync(file, { bigint: true })))
  assert.deepEqual(viaLink, asNode(fs.statSync(file, { bigint: true })), 'a read follows the link')
  assert.deepEqual(linkAlone, asNode(fs.lstatSync(path.join(top, 'link'), { bigint: true })), 'a stamp alone is the link\'s own')
  assert.equal(none, undefined)
  // Without asking, a read carries no stamp.
  const plain = await new Promise<unknown>((resolve) => readHeadInto(file, 64, (_err, head) => resolve(head!.stamp), 4))
  assert.equal(plain, undefined)
})
