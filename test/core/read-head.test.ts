import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { nativeHeadReader, readHeadSync, readHeadSyncJs } from '../../lib/core/read-head.js'
import { SAMPLE } from '../helpers/paths.js'

/** Every file below a folder. */
function filesOf(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((n) => path.join(dir, n)).filter((p) => fs.lstatSync(p).isFile())
}

test('the native head reader is built by npm install', () => {
  assert.equal(nativeHeadReader, process.env.DICOM_CRAWLER_NATIVE !== '0', 'build/Release/head_reader.node did not load: run npm install (node-gyp)')
})

test('native and JavaScript head reads agree: bytes, size, mtime, type; errors are Node\'s own', { skip: nativeHeadReader ? false : 'native head reader not built' }, (t) => {
  const top = fs.mkdtempSync(path.join(os.tmpdir(), 'read-head-'))
  t.after(() => fs.rmSync(top, { recursive: true, force: true }))
  fs.writeFileSync(path.join(top, 'empty'), '')
  fs.writeFileSync(path.join(top, 'small'), 'hello')
  fs.writeFileSync(path.join(top, 'big'), Buffer.alloc(10000, 7))
  execFileSync('mkfifo', [path.join(top, 'fifo')])
  const badName = Buffer.concat([Buffer.from(path.join(top, 'bad')), Buffer.from([0xff])])
  fs.writeFileSync(badName, 'raw name')
  const paths: Array<string | Buffer> = [...filesOf(SAMPLE), ...['empty', 'small', 'big', 'fifo'].map((n) => path.join(top, n)), top, '/dev/null', badName]
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
