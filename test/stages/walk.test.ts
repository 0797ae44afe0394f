import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { compareCodePoints, walk } from '../../lib/stages/walk.js'
import { CrawlerError } from '../../lib/errors.js'
import type { FileEntry, SniffedEntry } from '../../lib/types.js'
import { sniff } from '../../lib/stages/sniff.js'
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { execFileSync } from 'node:child_process'
import { nativeHeadReader } from '../../lib/core/read-head.js'
import { shardOfFolder } from '../../lib/parallel/shard.js'

/** root/{Z.txt,a.txt,b.txt}, sub0/{y, deeper/z}, sub1/x, plus links to a file, a folder, a folder outside, nothing, and a loop. */
function makeTree(): { top: string; root: string } {
  const top = fs.mkdtempSync(path.join(os.tmpdir(), 'walk-'))
  const root = path.join(top, 'root')
  for (const d of ['sub0/deeper', 'sub1']) fs.mkdirSync(path.join(root, d), { recursive: true })
  fs.mkdirSync(path.join(top, 'outside'))
  for (const f of ['b.txt', 'a.txt', 'Z.txt', 'sub0/y', 'sub0/deeper/z', 'sub1/x', '../outside/o']) fs.writeFileSync(path.join(root, f), f)
  fs.symlinkSync('a.txt', path.join(root, 'linkfile'))
  fs.symlinkSync('sub0', path.join(root, 'linkdir'))
  fs.symlinkSync('..', path.join(root, 'sub1', 'back'))
  fs.symlinkSync('../outside', path.join(root, 'linkout'))
  fs.symlinkSync('nothing', path.join(root, 'dangling'))
  return { top, root }
}

const rel = (root: string, entries: FileEntry[]) => entries.map((e) => path.relative(root, e.path))

test('files of a folder come before its sub-folders, each sorted bytewise; links are skipped by default', async (t) => {
  const { top, root } = makeTree()
  t.after(() => fs.rmSync(top, { recursive: true, force: true }))
  const entries: FileEntry[] = await walk(root).toArray()
  assert.deepEqual(rel(root, entries), ['Z.txt', 'a.txt', 'b.txt', 'dangling', 'linkdir', 'linkfile', 'linkout', 'sub0/y', 'sub0/deeper/z', 'sub1/back', 'sub1/x'])
  assert.deepEqual(entries.map((e) => e.dir), ['', '', '', '', '', '', '', 'sub0', 'sub0/deeper', 'sub1', 'sub1'])
  for (const e of entries) {
    assert.equal(e.root, root)
    const isLink = ['dangling', 'linkdir', 'linkfile', 'linkout', 'sub1/back'].includes(path.relative(root, e.path))
    assert.equal(e.kind, isLink ? 'symlink' : 'file', e.path)
    assert.equal(e.skip, isLink ? 'symlink not followed (use --follow-symlinks)' : undefined, e.path)
  }
})

test('followSymlinks follows links to files and folders, walks each real folder once, and ends on loops', async (t) => {
  const { top, root } = makeTree()
  t.after(() => fs.rmSync(top, { recursive: true, force: true }))
  // linkout leads out of the root: skipped unless followOutsideRoots (test/hostile.test.ts has the default).
  const inside: FileEntry[] = await walk(root, { followSymlinks: true }).toArray()
  assert.equal(inside.find((e) => path.relative(root, e.path) === 'linkout')?.code, 'SYMLINK_OUTSIDE_ROOTS')
  const entries: FileEntry[] = await walk(root, { followSymlinks: true, followOutsideRoots: true }).toArray()
  const byPath = new Map(entries.map((e) => [path.relative(root, e.path), e]))
  assert.deepEqual(rel(root, entries.filter((e) => e.kind === 'file')).sort(), ['Z.txt', 'a.txt', 'b.txt', 'linkdir/deeper/z', 'linkdir/y', 'linkfile', 'linkout/o', 'sub1/x'])
  assert.equal(byPath.get('dangling')?.error, 'dangling symlink (target does not exist)')
  assert.match(byPath.get('sub1/back')?.skip ?? '', /already walked/, 'the loop back to the root is cut')
  assert.match(byPath.get('sub0')?.skip ?? '', /already walked/, 'sub0 was walked through linkdir')
  assert.equal(entries.length, new Set(entries.map((e) => e.path)).size, 'no path twice')
})

test('a missing root destroys the stream with ROOT_NOT_FOUND', async () => {
  await assert.rejects(walk('/nonexistent/dicom-root').toArray(), (e: unknown) => e instanceof CrawlerError && e.code === 'ROOT_NOT_FOUND' && /\/nonexistent\/dicom-root/.test(e.message))
})

test('no roots at all is BAD_OPTION, thrown at construction', () => {
  assert.throws(() => walk([]), (e: unknown) => e instanceof CrawlerError && e.code === 'BAD_OPTION')
})

test('a file given as root yields just that file; several roots are walked in the given order', async (t) => {
  const { top, root } = makeTree()
  t.after(() => fs.rmSync(top, { recursive: true, force: true }))
  const one: FileEntry[] = await walk(path.join(root, 'a.txt')).toArray()
  assert.deepEqual(one.map((e) => [e.path, e.kind, e.dir]), [[path.join(root, 'a.txt'), 'file', '']])
  const two: FileEntry[] = await walk([path.join(root, 'sub1'), path.join(root, 'sub0')]).toArray()
  assert.deepEqual(two.map((e) => path.relative(root, e.path)), ['sub1/back', 'sub1/x', 'sub0/y', 'sub0/deeper/z'])
})

test('walk into sniff delivers every entry: a read() asked while the walk is settling is not lost', async (t) => {
  // Regression: the walk ignored read() calls that came while its last fill was settling, so a
  // crawl stopped early (exit 0, partial output) once sniff's promises interleaved with it.
  const top = fs.mkdtempSync(path.join(os.tmpdir(), 'walk-many-'))
  t.after(() => fs.rmSync(top, { recursive: true, force: true }))
  for (let d = 0; d < 4; d++) {
    fs.mkdirSync(path.join(top, `d${d}`))
    for (let f = 0; f < 30; f++) fs.writeFileSync(path.join(top, `d${d}`, `f${String(f).padStart(2, '0')}`), f % 10 === 0 ? 'a text file\n' : '')
  }
  for (const highWaterMark of [4, 64]) {
    const out: SniffedEntry[] = []
    const collect = new Writable({ objectMode: true, write: (e: SniffedEntry, _enc, cb) => (out.push(e), cb()) })
    await pipeline(walk(top, { highWaterMark }), sniff({ keepNonDicom: true }), collect)
    assert.equal(out.length, 120, `highWaterMark ${highWaterMark}`)
    assert.equal(out.filter((e) => e.mime === 'text/plain').length, 12)
  }
})

test('names are sorted by their UTF-8 bytes, astral and private-use characters included', async (t) => {
  const top = fs.mkdtempSync(path.join(os.tmpdir(), 'walk-order-'))
  t.after(() => fs.rmSync(top, { recursive: true, force: true }))
  // UTF-16 order would put the emoji (a surrogate pair) before U+E000 and U+FF21; UTF-8 bytes put it last.
  const names = ['b', 'B', 'é', '\u{1F600}.dcm', '\uE000.dcm', '\uFF21.dcm', 'a10', 'a9', 'Ω']
  for (const n of names) fs.writeFileSync(path.join(top, n), n)
  const seen: string[] = []
  for await (const e of walk(top)) seen.push(path.basename((e as FileEntry).path))
  const bytewise = [...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
  assert.deepEqual(seen, bytewise)
  assert.equal(seen.at(-1), '\u{1F600}.dcm')
  // The comparison alone, on every pair of a mixed sample.
  const sample = [...names, '', 'a', '\uD7FF', '\uFFFF', '\u{10000}', '\u{10FFFF}']
  for (const a of sample) for (const b of sample) assert.equal(Math.sign(compareCodePoints(a, b)), Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b))), `${a} vs ${b}`)
})

test('folders listed ahead start in walk order, at most listAhead at once beside the folder being entered', async (t) => {
  // 6 patients x 3 studies x 2 series, two files in each series folder.
  const top = fs.mkdtempSync(path.join(os.tmpdir(), 'walk-ahead-'))
  t.after(() => fs.rmSync(top, { recursive: true, force: true }))
  for (let p = 0; p < 6; p++)
    for (let s = 0; s < 3; s++)
      for (let r = 0; r < 2; r++) {
        const dir = path.join(top, `P${p}`, `S${s}`, `R${r}`)
        fs.mkdirSync(dir, { recursive: true })
        for (const f of ['a', 'b']) fs.writeFileSync(path.join(dir, f), f)
      }
  const folders = (await walk(top, { announceDirs: true, sync: true }).toArray()).filter((e: FileEntry) => e.folder).map((e: FileEntry) => e.path)
  // Listings answer in a scrambled order (1-7 ms each), as a network drive's do.
  const events: Array<{ start: boolean; path: string }> = []
  const readdir = fs.promises.readdir
  let turn = 0
  fs.promises.readdir = (async (p: fs.PathLike, o: unknown) => {
    events.push({ start: true, path: String(p) })
    await new Promise((r) => setTimeout(r, 1 + ((turn++ * 5) % 7)))
    const got = await (readdir as (p: fs.PathLike, o: unknown) => Promise<fs.Dirent[]>)(p, o)
    events.push({ start: false, path: String(p) })
    return got
  }) as typeof fs.promises.readdir
  let entries: FileEntry[]
  try {
    entries = await walk(top, { announceDirs: true, listAhead: 3 }).toArray()
  } finally {
    fs.promises.readdir = readdir
  }
  assert.deepEqual(entries.filter((e) => e.folder).map((e) => e.path), folders)
  assert.equal(entries.length, folders.length + 6 * 3 * 2 * 2)
  assert.equal(events.filter((e) => e.start).length, folders.length, 'each folder listed once')
  // When a listing starts, every folder before it in walk order whose parent is listed has started.
  const started = new Set<string>()
  const listed = new Set<string>()
  let running = 0
  for (const e of events) {
    if (!e.start) {
      listed.add(e.path)
      running--
      continue
    }
    running++
    assert.ok(running <= 3 + 1, `${running} listings at once`)
    for (const f of folders.slice(0, folders.indexOf(e.path))) {
      if (f !== top && listed.has(path.dirname(f))) assert.ok(started.has(f), `${path.relative(top, e.path)} listed before ${path.relative(top, f)}`)
    }
    started.add(e.path)
  }
})

test('prepareFiles is told of the files of folders listed ahead, before the walk yields any of them, with followSymlinks too; not of folders listed as entered', async (t) => {
  const top = fs.mkdtempSync(path.join(os.tmpdir(), 'walk-prepare-'))
  t.after(() => fs.rmSync(top, { recursive: true, force: true }))
  for (let p = 0; p < 4; p++)
    for (let s = 0; s < 3; s++) {
      const dir = path.join(top, `P${p}`, `S${s}`)
      fs.mkdirSync(dir, { recursive: true })
      for (const f of ['b', 'a']) fs.writeFileSync(path.join(dir, f), f)
    }
  const yielded = new Set<string>()
  const told: Array<{ path: string; names: string[]; early: boolean }> = []
  for await (const e of walk(top, {
    listAhead: 3,
    prepareFiles: (folder, files) => told.push({ path: folder.path, names: files.map((d) => String(d.name)), early: ![...yielded].some((p) => path.dirname(p) === folder.path) }),
  }) as AsyncIterable<FileEntry>)
    yielded.add(e.path)
  assert.equal(yielded.size, 4 * 3 * 2)
  // Folders that hold only folders are not told of; every series folder after the first few is listed ahead.
  assert.ok(told.length >= 6, `${told.length} folders prepared`)
  for (const c of told) {
    assert.match(path.relative(top, c.path), /^P\d\/S\d$/)
    assert.deepEqual(c.names, ['a', 'b'])
    assert.ok(c.early, `${c.path} told of after its files were yielded`)
  }
  assert.equal(new Set(told.map((c) => c.path)).size, told.length, 'each folder told of once')
  let followed = 0
  await walk(top, { listAhead: 3, followSymlinks: true, prepareFiles: () => followed++ }).toArray()
  assert.equal(followed, told.length, 'with followSymlinks too')
  // With a shard, only of the shard's own folders (the others are listed, for their sub-folders, never read).
  for (const index of [0, 1]) {
    const mine: string[] = []
    await walk(top, { listAhead: 3, shard: { index, count: 2 }, prepareFiles: (folder) => mine.push(path.relative(top, folder.path)) }).toArray()
    assert.ok(mine.length > 0, `shard ${index} told of none`)
    for (const dir of mine) assert.equal(shardOfFolder(dir, 2), index, `${dir} is another shard's`)
  }
})

test('folders listed on the native reader\'s threads give the entries Node\'s listing gives: names (bytes where not UTF-8), kinds, order, links', { skip: nativeHeadReader ? false : 'native head reader not built' }, async (t) => {
  const { top, root } = makeTree()
  t.after(() => fs.rmSync(top, { recursive: true, force: true }))
  // A name that is not UTF-8, a FIFO, a name holding U+FFFD, many files in one folder.
  fs.writeFileSync(Buffer.concat([Buffer.from(path.join(root, 'sub1') + '/'), Buffer.from([0x62, 0xff, 0x2e, 0x64])]), 'bytes')
  execFileSync('mkfifo', [path.join(root, 'sub0', 'pipe')])
  fs.writeFileSync(path.join(root, 'sub0', 'odd\uFFFDname'), 'x')
  fs.mkdirSync(path.join(root, 'many'))
  for (let i = 0; i < 300; i++) fs.writeFileSync(path.join(root, 'many', `f${String(i).padStart(3, '0')}`), '')
  const shape = (entries: FileEntry[]) => entries.map((e) => [Buffer.isBuffer(e.fsPath) ? e.fsPath.toString('hex') : e.fsPath, e.path, e.kind, e.skip ?? '', e.error ?? ''])
  for (const followSymlinks of [false, true]) {
    const blocking = shape(await walk(root, { sync: true, followSymlinks }).toArray())
    const viaNode = shape(await walk(root, { listAhead: 4, followSymlinks }).toArray())
    const viaThreads = shape(await walk(root, { listAhead: 4, followSymlinks, listOnReaderThreads: true }).toArray())
    assert.ok(blocking.length > 300)
    assert.deepEqual(viaNode, blocking)
    assert.deepEqual(viaThreads, blocking, `followSymlinks ${followSymlinks}`)
  }
})
