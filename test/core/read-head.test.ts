import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { nativeHeadReader, readHead, readHeadJs, readHeadSync, readHeadSyncJs } from '../../lib/core/read-head.js'
import { SAMPLE } from '../helpers/paths.js'

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
  assert.equal(nativeHeadReader, process.env.DICOM_CRAWLER_NATIVE !== '0', 'build/Release/head_reader.node did not load: run npm install (node-gyp)')
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
