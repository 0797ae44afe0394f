import { test } from 'node:test'
import assert from 'node:assert/strict'
import { nativeAllowed } from '../../lib/io/native-parts.js'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { spawnSync } from 'node:child_process'
import { pathToFileURL } from 'node:url'
import { detectMime, libmagicNamer, mimeNamerKind } from '../../lib/core/mime.js'
import { CORPUS, HAVE_CORPUS, PROJECT_ROOT } from '../helpers/paths.js'

/** Heads of files that are not DICOM, as a user's archive has them beside the images. */
function heads(): Array<[string, Buffer]> {
  const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.from('0000001000000010080200000090916836', 'hex')])
  const jpeg = Buffer.concat([Buffer.from('ffd8ffe000104a46494600010101004800480000', 'hex'), Buffer.alloc(200, 0x11)])
  const out: Array<[string, Buffer]> = [
    ['text', Buffer.from('Patient list\nPAT0001 CT THORAX\nPAT0002 MR BRAIN\n'.repeat(40))],
    ['csv', Buffer.from('Modality,Path,DCM_Count\nCT,/data/CT,120\n')],
    ['html', Buffer.from('<!DOCTYPE html>\n<html><head><title>report</title></head><body>ok</body></html>\n')],
    ['pdf', Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1')],
    ['png', png],
    ['jpeg', jpeg],
    ['gzip', zlib.gzipSync(Buffer.from('compressed report'))],
    ['zeros', Buffer.alloc(4096)],
    ['one byte', Buffer.from([0x42])],
    ['random', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24))],
    ['utf-8 text', Buffer.from('Müller^Jürgen, Straße 5, 東京\n'.repeat(20))],
    ['empty', Buffer.alloc(0)],
  ]
  if (HAVE_CORPUS) {
    // The corpus's own files that are not DICOM, and a few DICOM heads for good measure.
    for (const name of ['charset_files/FileInfo.txt', 'test_files/README.txt', 'test_files/zipMR.gz', 'test_files/test1.json', 'test_files/CT_small.dcm', 'test_files/MR_small.dcm']) {
      const file = path.join(CORPUS, name)
      if (fs.existsSync(file)) out.push([name, fs.readFileSync(file).subarray(0, 4096)])
    }
  }
  return out
}

test('the native MIME namer is built by npm install, and crawls use it', () => {
  const want = nativeAllowed('mime-namer') ? 'native' : 'mmmagic'
  assert.equal(mimeNamerKind(), want, 'native/mime-namer/build/Release/mime_namer.node did not load: run npm install (scripts/build-native.mjs)')
})

test('the native namer and mmmagic name every head alike', { skip: libmagicNamer('native') ? false : 'native MIME namer not built or turned off (DICOM_CRAWLER_NATIVE=0)' }, async () => {
  const native = libmagicNamer('native')!
  const mmmagic = libmagicNamer('mmmagic')!
  const all = heads()
  const a = await Promise.all(all.map(([, bytes]) => native(bytes)))
  const b = await Promise.all(all.map(([, bytes]) => mmmagic(bytes)))
  assert.deepEqual(
    Object.fromEntries(all.map(([name], i) => [name, a[i]])),
    Object.fromEntries(all.map(([name], i) => [name, b[i]])),
  )
  // What a user would check in the counts.
  const byName = Object.fromEntries(all.map(([name], i) => [name, a[i]]))
  assert.equal(byName['text'], 'text/plain')
  assert.equal(byName['pdf'], 'application/pdf')
  assert.equal(byName['png'], 'image/png')
  assert.equal(byName['jpeg'], 'image/jpeg')
  assert.equal(byName['gzip'], 'application/x-gzip') // libmagic 5.32's name
  assert.equal(byName['empty'], 'application/x-empty')
})

test('many names at once come back to the file that asked, even from a reused buffer', async () => {
  const all = heads().filter(([, b]) => b.length > 0)
  const expected = await Promise.all(all.map(([, b]) => detectMime(b)))
  const scratch = Buffer.alloc(4096)
  const asked: Array<Promise<string>> = []
  for (let i = 0; i < 300; i++) {
    const bytes = all[i % all.length]![1]
    bytes.copy(scratch)
    asked.push(detectMime(scratch.subarray(0, bytes.length), true))
    scratch.fill(0xee) // the namer must have taken its copy already
  }
  const got = await Promise.all(asked)
  assert.deepEqual(got, got.map((_, i) => expected[i % all.length]))
})

test('a process that named files ends by itself, after the last name came back', () => {
  const mime = pathToFileURL(path.join(PROJECT_ROOT, 'dist', 'lib', 'core', 'mime.js')).href
  const script = `import { detectMime } from ${JSON.stringify(mime)}
const names = await Promise.all([detectMime(Buffer.from('%PDF-1.4\\n')), detectMime(Buffer.from('hello\\n'))])
console.log(names.join(' '))
setTimeout(() => detectMime(Buffer.from('late text\\n')).then((m) => console.log(m)), 50)`
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 })
  assert.equal(r.signal, null, 'the process did not end by itself')
  assert.equal(r.status, 0, r.stderr)
  assert.equal(r.stdout, 'application/pdf text/plain\ntext/plain\n')
})

test('worker threads name files too, and one ended while names are due neither crashes nor hangs the process', { skip: mimeNamerKind() === 'native' ? false : 'mmmagic (a Nan addon) loads in one thread per process only' }, async () => {
  const { Worker } = await import('node:worker_threads')
  const mime = pathToFileURL(path.join(PROJECT_ROOT, 'dist', 'lib', 'core', 'mime.js')).href
  const src = `
const { detectMime } = await import(${JSON.stringify(mime)})
const { parentPort, workerData } = await import('node:worker_threads')
const text = Buffer.from('hello world\\n'.repeat(300))
const asked = Array.from({ length: 300 }, () => detectMime(text))
if (workerData.early) parentPort.postMessage('asked')
const names = await Promise.all(asked)
parentPort.postMessage(names[0] + ' x' + names.length)`
  for (const early of [false, true, false, true]) {
    const worker = new Worker(src, { eval: true, workerData: { early } })
    const said = await new Promise<string>((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
    })
    if (early) {
      assert.equal(said, 'asked')
      await worker.terminate() // with names still being worked on
    } else {
      assert.equal(said, 'text/plain x300')
    }
  }
  assert.equal(await detectMime(Buffer.from('%PDF-1.4\n')), 'application/pdf')
})
