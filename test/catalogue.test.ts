// The catalogue (`index`, `export`): the built CLI spawned on generated trees, real SQLite files checked with SQL.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { execFile, spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { generate, type TreeManifest } from '../bench/generate.js'
import { CLI, CORPUS, HAVE_CORPUS } from './helpers/paths.js'

interface Result {
  status: number | null
  stdout: string
  stderr: string
}

function run(args: string[], env: Record<string, string> = {}): Promise<Result> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ...env } }, (err, stdout, stderr) => {
      resolve({ status: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr })
    })
  })
}

/** The catalogue's files, every column but those that name the run or its time. */
function dump(db: string): unknown[] {
  const conn = new Database(db, { readonly: true })
  try {
    const columns = (conn.prepare("SELECT name FROM pragma_table_info('files')").pluck().all() as string[]).filter((c) => !['first_seen', 'last_read', 'run', 'generation'].includes(c))
    return conn.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM files ORDER BY root, walk_key`).raw(true).all()
  } finally {
    conn.close()
  }
}

/** A query as another program would make it (read-write: it may recover a killed run's journal). */
function sql<T = unknown>(db: string, query: string): T[] {
  const conn = new Database(db, { fileMustExist: true })
  try {
    return conn.prepare(query).all() as T[]
  } finally {
    conn.close()
  }
}

function stats(file: string): { filesSeen: number; catalogue: { added: number; changed: number; removed: number; unchanged: number; errors: number } } {
  return JSON.parse(fs.readFileSync(file, 'utf8'))
}

const hash = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')

/** The catalogue's writer thread from the first write and the first chunk of rows on (by default it takes the writes once it has started, and reads rows ahead only on large catalogues). */
const THREAD = { DICOM_CRAWLER_WRITER_AFTER_MS: '0', DICOM_CRAWLER_READ_AHEAD_AFTER: '1' }
/** The writes taken back from the writer thread after its first 40 (as from a thread that keeps the crawl waiting), then from the second thread that replaces it. */
const TAKEN_BACK = { ...THREAD, DICOM_CRAWLER_WRITER_BACK_AFTER: '40' }

const SKIP = HAVE_CORPUS ? false : 'corpus not found: the generated trees are made from it; catalogue tests skipped'

describe('index: an incremental catalogue', { skip: SKIP }, () => {
  let tmp: string
  let tree: string
  let manifest: TreeManifest
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-catalogue-'))
    tree = path.join(tmp, 'tree')
    manifest = generate({ files: 1200, seed: 7, out: tree, corpus: path.join(CORPUS, 'test_files') })
  })
  after(() => fs.rmSync(tmp, { recursive: true, force: true }))

  it('a second run over the unchanged tree opens no file, and the catalogue is as it was', async () => {
    const db = path.join(tmp, 'again.sqlite')
    const first = await run(['index', '-q', '--db', db, '--stats', path.join(tmp, 's1.json'), tree])
    assert.equal(first.status, 0, first.stderr)
    const s1 = stats(path.join(tmp, 's1.json'))
    assert.equal(s1.catalogue.added, manifest.files)
    assert.equal(s1.filesSeen, manifest.files)
    const before = dump(db)
    // strace counts the opens: folders are listed (O_DIRECTORY), no file is opened.
    const haveStrace = spawnSync('strace', ['-V']).status === 0
    const trace = path.join(tmp, 'trace.txt')
    const args = ['index', '-q', '--db', db, '--stats', path.join(tmp, 's2.json'), tree]
    const second = haveStrace
      ? spawnSync('strace', ['-f', '-qq', '-e', 'trace=open,openat', '-o', trace, process.execPath, CLI, ...args], { encoding: 'utf8' })
      : spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' })
    assert.equal(second.status, 0, second.stderr)
    const s2 = stats(path.join(tmp, 's2.json'))
    assert.deepEqual({ ...s2.catalogue, filesSeen: s2.filesSeen }, { added: 0, changed: 0, removed: 0, unchanged: manifest.files, errors: 0, kept: 0, run: 2, rereadAll: null, filesSeen: 0 })
    if (haveStrace) {
      const opened = fs.readFileSync(trace, 'utf8').split('\n').filter((l) => l.includes(tree) && !l.includes('O_DIRECTORY'))
      assert.deepEqual(opened, [], 'files opened on the unchanged run')
    } else console.log('# strace not found: opens counted by the run\'s own accounting only')
    assert.deepEqual(dump(db), before)
  })

  it('as on a network drive (--concurrency 8: reads and stamps on the reader threads), the first run stamps files by their reads alone, the re-run lstats them and opens none; the catalogue is the local one', async (t) => {
    const haveStrace = spawnSync('strace', ['-V']).status === 0
    if (!haveStrace) return t.skip('strace not found')
    const db = path.join(tmp, 'network.sqlite')
    const trace = path.join(tmp, 'network-trace.txt')
    const traced = (args: string[]) => spawnSync('strace', ['-f', '-qq', '-e', 'trace=open,openat,stat,lstat,newfstatat,statx', '-o', trace, process.execPath, CLI, ...args], { encoding: 'utf8' })
    // The calls that name a file of the tree, by its path or by its name in a folder opened (fstatat): folders are listed and stat'ed as the walk goes, left out.
    const names = new Set(fs.readdirSync(tree, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name))
    const calls = (name: RegExp) =>
      fs.readFileSync(trace, 'utf8').split('\n').filter((l) => {
        if (!name.test(l)) return false
        const named = l.match(/"([^"]*)"/)?.[1]
        if (named?.startsWith(tree)) return fs.lstatSync(named, { throwIfNoEntry: false })?.isFile() === true
        return /\(\d+, "/.test(l) && named !== undefined && names.has(named)
      })
    const first = traced(['index', '-q', '--concurrency', '8', '--db', db, '--stats', path.join(tmp, 'n1.json'), tree])
    assert.equal(first.status, 0, first.stderr)
    assert.equal(stats(path.join(tmp, 'n1.json')).catalogue.added, manifest.files)
    assert.deepEqual(calls(/^\d+\s+(stat|lstat|newfstatat|statx)\(/).slice(0, 5), [], 'files stamped apart from their reads on the first run')
    const local = path.join(tmp, 'network-local.sqlite')
    assert.equal((await run(['index', '-q', '--db', local, tree])).status, 0)
    assert.deepEqual(dump(db), dump(local))
    const second = traced(['index', '-q', '--concurrency', '8', '--db', db, '--stats', path.join(tmp, 'n2.json'), tree])
    assert.equal(second.status, 0, second.stderr)
    const s2 = stats(path.join(tmp, 'n2.json'))
    assert.deepEqual({ ...s2.catalogue, filesSeen: s2.filesSeen }, { added: 0, changed: 0, removed: 0, unchanged: manifest.files, errors: 0, kept: 0, run: 2, rereadAll: null, filesSeen: 0 })
    assert.deepEqual(calls(/^\d+\s+(open|openat)\(/).slice(0, 5), [], 'files opened on the unchanged run')
    assert.ok(calls(/^\d+\s+(lstat|newfstatat|statx)\(/).length >= manifest.files, 'each file lstat\'ed on the unchanged run')
    assert.deepEqual(dump(db), dump(local))
  })

  it('stamps from Node\'s lstat (native parts off) are the native ones: a re-run either way passes over every file', async () => {
    const db = path.join(tmp, 'stamps.sqlite')
    assert.equal((await run(['index', '-q', '--db', db, tree])).status, 0)
    const plain = await run(['index', '-q', '--db', db, '--stats', path.join(tmp, 'plain.json'), tree], { DICOM_CRAWLER_NATIVE: '0' })
    assert.equal(plain.status, 0, plain.stderr)
    assert.equal(stats(path.join(tmp, 'plain.json')).catalogue.unchanged, manifest.files)
    // Built without the native parts, met with them.
    const other = path.join(tmp, 'stamps-plain.sqlite')
    assert.equal((await run(['index', '-q', '--db', other, tree], { DICOM_CRAWLER_NATIVE: '0' })).status, 0)
    const native = await run(['index', '-q', '--db', other, '--stats', path.join(tmp, 'native.json'), tree])
    assert.equal(native.status, 0, native.stderr)
    assert.equal(stats(path.join(tmp, 'native.json')).catalogue.unchanged, manifest.files)
  })

  it('files met a folder at a time, as the walk enters it, make the catalogue files met one by one make: odd names, a root that is a file, before or after a folder', async () => {
    const odd = path.join(tmp, 'odd')
    const dicom = (sql<{ path: string }>(path.join(tmp, 'again.sqlite'), "SELECT path FROM files WHERE status = 'ok' ORDER BY path LIMIT 8")).map((r) => r.path)
    const names = ['a.dcm', 'b c.dcm', '\u00fcn\u00ef.dcm', 'back\\slash.dcm', '\u65e5\u672c.dcm', '\u0001ctl']
    for (const folder of ['', 'x', 'x/y', 'back\\dir', 'back\\dir/z']) {
      fs.mkdirSync(path.join(odd, folder), { recursive: true })
      names.forEach((n, i) => fs.copyFileSync(dicom[i]!, path.join(odd, folder, n)))
    }
    // A name that is not UTF-8: the walk gives its path as bytes.
    fs.copyFileSync(dicom[6]!, Buffer.concat([Buffer.from(path.join(odd, 'x') + '/'), Buffer.from([0x66, 0xff, 0x2e, 0x64])]))
    const single = dicom[7]!
    for (const roots of [[single, odd], [odd, single]]) {
      const byFolder = path.join(tmp, 'by-folder.sqlite')
      const oneByOne = path.join(tmp, 'one-by-one.sqlite')
      for (const f of [byFolder, oneByOne]) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(f + suffix, { force: true })
      assert.equal((await run(['index', '-q', '--db', byFolder, ...roots])).status, 0)
      assert.equal((await run(['index', '-q', '--follow-symlinks', '--db', oneByOne, ...roots])).status, 0)
      assert.deepEqual(dump(byFolder), dump(oneByOne))
      assert.equal(dump(byFolder).length, 5 * names.length + 2)
      const again = await run(['index', '-q', '--db', byFolder, '--stats', path.join(tmp, 'odd.json'), ...roots])
      assert.equal(again.status, 0, again.stderr)
      assert.deepEqual([stats(path.join(tmp, 'odd.json')).catalogue.unchanged, stats(path.join(tmp, 'odd.json')).filesSeen], [5 * names.length + 2, 0])
      // Met one by one, new files are stamped by their reads: a re-run passes over them all the same.
      const followed = await run(['index', '-q', '--follow-symlinks', '--db', oneByOne, '--stats', path.join(tmp, 'odd-followed.json'), ...roots])
      assert.equal(followed.status, 0, followed.stderr)
      assert.deepEqual([stats(path.join(tmp, 'odd-followed.json')).catalogue.unchanged, stats(path.join(tmp, 'odd-followed.json')).filesSeen], [5 * names.length + 2, 0])
    }
  })

  it('a root inside another root: each root has its own rows, as met one by one, with --jobs 1 and 2; a re-run passes over all', async () => {
    const inner = (status: string) => sql<{ path: string }>(path.join(tmp, 'again.sqlite'), `SELECT path FROM files WHERE status = '${status}' ORDER BY path DESC LIMIT 1`)[0]!.path
    const roots = [tree, inner('ok'), inner('not-dicom')]
    const oneByOne = path.join(tmp, 'nested-one-by-one.sqlite')
    assert.equal((await run(['index', '-q', '--follow-symlinks', '--jobs', '1', '--db', oneByOne, ...roots])).status, 0)
    const want = dump(oneByOne)
    assert.equal(want.length, manifest.files + 2)
    for (const jobs of ['1', '2']) {
      const db = path.join(tmp, `nested-${jobs}.sqlite`)
      assert.equal((await run(['index', '-q', '--jobs', jobs, '--db', db, ...roots])).status, 0)
      assert.deepEqual(dump(db), want, `--jobs ${jobs}`)
      const again = await run(['index', '-q', '--jobs', jobs, '--db', db, '--stats', path.join(tmp, 'nested.json'), ...roots])
      assert.equal(again.status, 0, again.stderr)
      const c = stats(path.join(tmp, 'nested.json')).catalogue
      assert.deepEqual([c.added, c.changed, c.removed, c.unchanged], [0, 0, 0, manifest.files + 2], `--jobs ${jobs}`)
    }
  })

  it('--jobs 2 (worker threads) builds the catalogue --jobs 1 builds, MIME types of the other files included; its re-run reads nothing', async () => {
    const one = path.join(tmp, 'jobs1.sqlite')
    const two = path.join(tmp, 'jobs2.sqlite')
    const a = await run(['index', '-q', '--jobs', '1', '--db', one, tree])
    const b = await run(['index', '-q', '--jobs', '2', '--db', two, '--stats', path.join(tmp, 'j2.json'), tree])
    assert.equal(a.status, 0, a.stderr)
    assert.equal(b.status, 0, b.stderr)
    assert.deepEqual(dump(two), dump(one))
    const mimes = sql<{ n: number }>(two, "SELECT count(*) AS n FROM files WHERE status = 'not-dicom' AND mime IS NOT NULL")[0]!.n
    assert.ok(mimes > 0, 'files that are not DICOM carry their MIME type')
    const again = await run(['index', '-q', '--jobs', '2', '--db', two, '--stats', path.join(tmp, 'j2b.json'), tree])
    assert.equal(again.status, 0, again.stderr)
    assert.equal(stats(path.join(tmp, 'j2b.json')).catalogue.unchanged, manifest.files)
  })

  for (const [how, env, name, read] of [
    ['', {}, '', []],
    [', written and its rows read ahead on the writer thread', THREAD, '-ahead', []],
    [', the writes taken back from the writer thread', TAKEN_BACK, '-back', []],
    [', read and stamped as on a network drive (--concurrency 8)', {}, '-network', ['--concurrency', '8']],
    [', as on a network drive, written on the writer thread from the first write', THREAD, '-network-thread', ['--concurrency', '8']],
    [', as on a network drive with --follow-symlinks (files stamped ahead on the reader threads)', {}, '-network-follow', ['--concurrency', '8', '--follow-symlinks']],
  ] as const)
  it(`after changing 3 files, removing 5 and adding 4, equals a fresh catalogue of the changed tree${how}`, async () => {
    const work = path.join(tmp, `changed${name}`)
    fs.cpSync(tree, work, { recursive: true })
    const db = path.join(tmp, `incremental${name}.sqlite`)
    assert.equal((await run(['index', '-q', ...read, '--db', db, work], env)).status, 0)
    const dicom = (sql<{ path: string }>(db, "SELECT path FROM files WHERE status = 'ok' ORDER BY path")).map((r) => r.path)
    const pick = (i: number) => dicom[Math.floor((i * dicom.length) / 13)]!
    // Changed: another file's content (other attributes), and a later mtime. With the writer
    // thread, files far into the tree: their rows come in chunks it read ahead and checked.
    for (const i of how ? [10, 11, 12] : [1, 2, 3]) {
      fs.copyFileSync(pick(how ? i - 9 : i + 6), pick(i))
      fs.utimesSync(pick(i), new Date(), new Date(Date.now() + 5000))
    }
    for (const i of [4, 5, 6, 7, 8]) fs.rmSync(pick(i))
    fs.mkdirSync(path.join(work, 'NEWPATIENT', 'S1'), { recursive: true })
    fs.copyFileSync(pick(10), path.join(work, 'NEWPATIENT', 'S1', 'a.dcm'))
    fs.copyFileSync(pick(10), path.join(work, 'NEWPATIENT', 'S1', 'b.dcm'))
    fs.copyFileSync(pick(11), `${pick(11)}.copy`)
    fs.writeFileSync(path.join(path.dirname(pick(12)), 'notes.txt'), 'not DICOM\n')
    const again = await run(['index', '-q', ...read, '--db', db, '--stats', path.join(tmp, 'inc.json'), work], env)
    assert.equal(again.status, 0, again.stderr)
    const s = stats(path.join(tmp, 'inc.json'))
    assert.deepEqual([s.catalogue.changed, s.catalogue.removed, s.catalogue.added, s.filesSeen], [3, 5, 4, 7])
    assert.equal(s.catalogue.unchanged, manifest.files - 3 - 5)
    const fresh = path.join(tmp, `fresh${name}.sqlite`)
    assert.equal((await run(['index', '-q', '--db', fresh, work])).status, 0)
    assert.deepEqual(dump(db), dump(fresh))
    assert.deepEqual(sql(db, 'SELECT * FROM series'), sql(fresh, 'SELECT * FROM series'))
    // And a run over it as it is now passes over every file.
    const still = await run(['index', '-q', ...read, '--db', db, '--stats', path.join(tmp, 'inc.json'), work], env)
    assert.equal(still.status, 0, still.stderr)
    assert.deepEqual([stats(path.join(tmp, 'inc.json')).catalogue.unchanged, stats(path.join(tmp, 'inc.json')).catalogue.removed], [manifest.files - 5 + 4, 0])
    assert.deepEqual(dump(db), dump(fresh))
  })

  for (const [how, env] of [['', {}], [', written on the writer thread', THREAD], [', the writes taken back from the writer thread', TAKEN_BACK]] as const)
  it(`killed with SIGKILL at 5 moments, the next run ends equal to an uninterrupted one, reading only what was not committed${how}`, async (t) => {
    const reference = path.join(tmp, 'reference.sqlite')
    assert.equal((await run(['index', '-q', '--db', reference, tree])).status, 0)
    const expected = dump(reference)
    for (const [i, share] of [0, 0.2, 0.45, 0.7, 0.95].entries()) {
      const db = path.join(tmp, `killed-${i}${how ? (env === TAKEN_BACK ? '-back' : '-thread') : ''}.sqlite`)
      const child = spawn(process.execPath, [CLI, 'index', '-q', '--commit-every', '20', '--db', db, tree], { stdio: 'ignore', env: { ...process.env, ...env } })
      const exited = new Promise((resolve) => child.on('exit', resolve))
      // A reader queries while the run writes (WAL); the kill comes when this share is committed.
      const target = Math.floor(share * manifest.files)
      for (;;) {
        await new Promise((r) => setTimeout(r, 10))
        let rows = 0
        try {
          rows = share === 0 ? 0 : (sql<{ n: number }>(db, 'SELECT count(*) AS n FROM files')[0]?.n ?? 0)
        } catch {
          // not created yet
        }
        if (rows >= target && (share > 0 || fs.existsSync(db))) break
      }
      child.kill('SIGKILL')
      await exited
      assert.deepEqual(sql(db, 'PRAGMA integrity_check'), [{ integrity_check: 'ok' }])
      // Killed before its schema was committed, the file holds no table yet.
      const hasFiles = sql(db, "SELECT 1 FROM sqlite_schema WHERE name = 'files'").length > 0
      const committed = hasFiles ? (sql<{ n: number }>(db, 'SELECT count(*) AS n FROM files')[0]?.n ?? 0) : 0
      // A file that is not DICOM is committed before libmagic names it, without its stamp: read again.
      const unnamed = hasFiles ? sql<{ status: string; mime: string | null; n: number }>(db, 'SELECT status, mime, count(*) AS n FROM files WHERE mtime_ns IS NULL GROUP BY 1, 2') : []
      assert.ok(unnamed.every((r) => r.status === 'not-dicom' && r.mime === null), JSON.stringify(unnamed))
      const waiting = unnamed.reduce((n, r) => n + r.n, 0)
      const statsFile = path.join(tmp, `killed-${i}.json`)
      const again = await run(['index', '-q', '--db', db, '--stats', statsFile, tree], env)
      assert.equal(again.status, 0, again.stderr)
      const s = stats(statsFile)
      assert.deepEqual([s.catalogue.unchanged, s.catalogue.added, s.catalogue.changed], [committed - waiting, manifest.files - committed, waiting], `kill ${i} at ${committed} rows (${waiting} waiting for a name)`)
      assert.deepEqual(dump(db), expected, `kill ${i}`)
      assert.deepEqual(sql(db, 'PRAGMA integrity_check'), [{ integrity_check: 'ok' }])
      const runs = sql<{ status: string }>(db, 'SELECT status FROM runs ORDER BY id').map((r) => r.status)
      // The killed run (if it got as far as recording itself) is `interrupted`, or `complete` when killed after its end.
      assert.equal(runs.at(-1), 'complete')
      assert.ok(runs.length <= 2 && runs.slice(0, -1).every((r) => r === 'interrupted' || r === 'complete'), runs.join())
      t.diagnostic(`killed with ${committed} of ${manifest.files} files committed, ${waiting} of them waiting for a name`)
    }
  })

  it('asking for an attribute the catalogue lacks adds its column and reads every file again, and says so', async () => {
    const db = path.join(tmp, 'more.sqlite')
    assert.equal((await run(['index', '-q', '--db', db, tree])).status, 0)
    const more = await run(['index', '--db', db, '--add-tags', 'Manufacturer', '--stats', path.join(tmp, 'more.json'), tree])
    assert.equal(more.status, 0, more.stderr)
    assert.match(more.stderr, /^dicom-crawler: catalogue .*more\.sqlite: new attributes Manufacturer: every file is read again$/m)
    const s = stats(path.join(tmp, 'more.json'))
    assert.deepEqual([s.catalogue.changed, s.catalogue.unchanged, s.filesSeen], [manifest.files, 0, manifest.files])
    const [row] = sql<{ n: number; makers: number }>(db, "SELECT count(*) AS n, count(DISTINCT Manufacturer) AS makers FROM files WHERE status = 'ok'")
    assert.ok(row!.makers >= 1, 'Manufacturer values read')
    // Asked again, or not asked at all: the column stays, nothing is read.
    for (const args of [['--add-tags', 'Manufacturer'], []]) {
      const again = await run(['index', '-q', '--db', db, ...args, '--stats', path.join(tmp, 'again.json'), tree])
      assert.equal(again.status, 0, again.stderr)
      assert.equal(stats(path.join(tmp, 'again.json')).catalogue.unchanged, manifest.files)
    }
    const exported = await run(['export', '--db', db])
    assert.match(exported.stdout.split('\n')[0]!, /,Manufacturer$/)
  })

  it('series equals the generator\'s series list; studies and patients group the same files', async () => {
    const db = path.join(tmp, 'groups.sqlite')
    assert.equal((await run(['index', '-q', '--db', db, tree])).status, 0)
    const series = sql<{ SeriesInstanceUID: string; files: number; instances: number; duplicates: number; folders: number }>(db, 'SELECT * FROM series ORDER BY SeriesInstanceUID')
    const listed = [...manifest.seriesList!].sort((a, b) => (a.uid < b.uid ? -1 : 1))
    assert.equal(series.length, manifest.series)
    assert.deepEqual(series.map((s) => [s.SeriesInstanceUID, s.files, s.instances, s.duplicates, s.folders]), listed.map((s) => [s.uid, s.files, s.files, 0, 1]))
    const [totals] = sql<{ series: number; studies: number; files: number }>(db, 'SELECT (SELECT sum(series) FROM studies) AS series, (SELECT count(*) FROM studies) AS studies, (SELECT sum(files) FROM patients) AS files')
    assert.equal(totals!.series, manifest.series)
    assert.equal(totals!.files, listed.reduce((n, s) => n + s.files, 0))
  })

  it('the catalogue reads in the sqlite3 command of the machine (3.37 and later): its views included, as better-sqlite3 reads them', async (t) => {
    const probe = spawnSync('sqlite3', ['--version'], { encoding: 'utf8' })
    if (probe.status !== 0) return t.skip('no sqlite3 command on this machine')
    const db = path.join(tmp, 'groups.sqlite')
    if (!fs.existsSync(db)) assert.equal((await run(['index', '-q', '--db', db, tree])).status, 0)
    const shell = (query: string) => spawnSync('sqlite3', ['-json', db, query], { encoding: 'utf8' })
    // The example of `index --help`.
    const byModality = shell('SELECT Modality, count(*) AS n FROM files GROUP BY 1')
    assert.equal(byModality.status, 0, byModality.stderr)
    for (const view of ['series', 'studies', 'patients']) {
      const r = shell(`SELECT * FROM ${view} ORDER BY 1`)
      assert.equal(r.status, 0, `${probe.stdout.trim()}: ${r.stderr}`)
      assert.deepEqual(JSON.parse(r.stdout), sql(db, `SELECT * FROM ${view} ORDER BY 1`), view)
    }
    // Sorted, distinct, comma-joined, as group_concat(DISTINCT x ORDER BY x) makes them.
    const mixed = sql<{ modality: string }>(db, "SELECT modality FROM patients WHERE modality LIKE '%,%'")
    for (const { modality } of mixed) assert.equal(modality, [...new Set(modality.split(','))].sort().join(','))
  })

  it('export --table files --format csv writes the plain crawl\'s CSV, byte for byte; NDJSON too', async () => {
    const db = path.join(tmp, 'export.sqlite')
    assert.equal((await run(['index', '-q', '--db', db, tree])).status, 0)
    for (const format of ['csv', 'ndjson']) {
      const crawled = await run(['-q', '--format', format, tree])
      const exported = await run(['export', '--db', db, '--table', 'files', '--format', format])
      assert.equal(exported.status, 0, exported.stderr)
      assert.ok(crawled.stdout.split('\n').length > manifest.dicom)
      assert.equal(exported.stdout, crawled.stdout, format)
    }
    // --all-files: the files that are not DICOM too, with libmagic's type as the crawl names it.
    const crawledAll = await run(['-q', '--all-files', tree])
    const exportedAll = await run(['export', '--db', db, '--all-files'])
    assert.match(crawledAll.stdout, /,none,(text|image|application)\/[a-z-]+,/, 'files not DICOM, with their type')
    assert.equal(exportedAll.stdout, crawledAll.stdout, '--all-files')
    // Parquet: the crawl's own writer, fed the same records: the same file, byte for byte.
    const crawledFile = path.join(tmp, 'crawl.parquet')
    const exportedFile = path.join(tmp, 'export.parquet')
    assert.equal((await run(['-q', '--format', 'parquet', '--output', crawledFile, tree])).status, 0)
    const exported = await run(['export', '--db', db, '--format', 'parquet', '--output', exportedFile])
    assert.equal(exported.status, 0, exported.stderr)
    assert.ok(fs.statSync(crawledFile).size > 1000)
    assert.ok(fs.readFileSync(exportedFile).equals(fs.readFileSync(crawledFile)), 'Parquet files differ')
    const groups = await run(['export', '--db', db, '--table', 'series', '--format', 'parquet', '--output', exportedFile])
    assert.equal(groups.status, 2)
    assert.match(groups.stderr, /--format parquet writes the files table only/)
  })

  it('--shard: one catalogue per shard, exported as one equals the whole; a catalogue refuses another shard', async () => {
    const whole = path.join(tmp, 'whole.sqlite')
    assert.equal((await run(['index', '-q', '--db', whole, tree])).status, 0)
    const parts = [0, 1, 2].map((k) => path.join(tmp, `shard-${k}.sqlite`))
    for (const [k, db] of parts.entries()) assert.equal((await run(['index', '-q', '--shard', `${k}/3`, '--db', db, tree])).status, 0)
    const counts = parts.map((db) => sql<{ n: number }>(db, 'SELECT count(*) AS n FROM files')[0]!.n)
    assert.equal(counts.reduce((a, b) => a + b, 0), manifest.files)
    assert.ok(counts.every((n) => n > 0), counts.join())
    // Each shard's re-run, read as on a network drive: its own files passed over, no other shard's touched.
    for (const [k, db] of parts.entries()) {
      const again = await run(['index', '-q', '--concurrency', '8', '--shard', `${k}/3`, '--db', db, '--stats', path.join(tmp, 'shard-again.json'), tree])
      assert.equal(again.status, 0, again.stderr)
      const s = stats(path.join(tmp, 'shard-again.json'))
      assert.deepEqual([s.catalogue.unchanged, s.catalogue.added, s.catalogue.removed, s.filesSeen], [counts[k], 0, 0, 0], `shard ${k}/3`)
    }
    for (const table of ['files', 'series', 'patients']) {
      const one = await run(['export', '--db', whole, '--table', table])
      const sharded = await run(['export', '--db', parts.join(','), '--table', table])
      assert.equal(sharded.status, 0, sharded.stderr)
      if (table === 'files') {
        // Rows come per catalogue in walk order: the same rows, in another order.
        const lines = (t: string) => t.trimEnd().split('\n').slice(1).sort()
        assert.deepEqual(lines(sharded.stdout), lines(one.stdout))
      } else assert.equal(sharded.stdout, one.stdout, table)
    }
    const other = await run(['index', '--shard', '1/3', '--db', parts[0]!, tree])
    assert.equal(other.status, 2)
    assert.match(other.stderr, /catalogue .*shard-0\.sqlite holds shard 0\/3 of its roots; this run asks for shard 1\/3: keep one catalogue per shard/)
  })

  it('several catalogues (one per part of the archive) export as one', async () => {
    const patients = fs.readdirSync(tree).sort()
    const half = Math.floor(patients.length / 2)
    const a = path.join(tmp, 'part-a')
    const b = path.join(tmp, 'part-b')
    for (const [dir, names] of [[a, patients.slice(0, half)], [b, patients.slice(half)]] as const) {
      fs.mkdirSync(dir)
      for (const p of names) fs.symlinkSync(path.join(tree, p), path.join(dir, p))
    }
    const one = path.join(tmp, 'one.sqlite')
    assert.equal((await run(['index', '-q', '--follow-symlinks', '--db', one, a, b])).status, 0)
    assert.equal((await run(['index', '-q', '--follow-symlinks', '--db', path.join(tmp, 'a.sqlite'), a])).status, 0)
    assert.equal((await run(['index', '-q', '--follow-symlinks', '--db', path.join(tmp, 'b.sqlite'), b])).status, 0)
    for (const table of ['files', 'series', 'studies', 'patients']) {
      const single = await run(['export', '--db', one, '--table', table])
      const both = await run(['export', '--db', path.join(tmp, 'a.sqlite'), '--db', path.join(tmp, 'b.sqlite'), '--table', table, '--format', 'csv'])
      assert.equal(both.status, 0, both.stderr)
      assert.equal(both.stdout, single.stdout, table)
    }
  })
})

describe('index and export: bad input stops with one line and its exit code, the catalogue as it was', { skip: SKIP }, () => {
  let tmp: string
  let tree: string
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-catalogue-bad-'))
    tree = path.join(tmp, 'tree')
    generate({ files: 300, seed: 3, out: tree, corpus: path.join(CORPUS, 'test_files') })
  })
  after(() => fs.rmSync(tmp, { recursive: true, force: true }))

  const oneLine = (r: Result, pattern: RegExp) => {
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr)
    assert.match(r.stderr.trim(), pattern)
  }

  it('a file that is not a catalogue: exit 2, file untouched', async () => {
    const text = path.join(tmp, 'notes.txt')
    fs.writeFileSync(text, 'just some text, long enough to be read as a header\n')
    const before = hash(text)
    for (const args of [['index', '--db', text, tree], ['export', '--db', text]]) {
      const r = await run(args)
      assert.equal(r.status, 2)
      oneLine(r, /^dicom-crawler: not a dicom-crawler catalogue: .*notes\.txt \(not an SQLite database\)$/)
    }
    assert.equal(hash(text), before)
  })

  it('another program\'s SQLite database: exit 2, untouched', async () => {
    const other = path.join(tmp, 'other.sqlite')
    const conn = new Database(other)
    conn.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)')
    conn.close()
    const before = hash(other)
    const r = await run(['index', '--db', other, tree])
    assert.equal(r.status, 2)
    oneLine(r, /not a dicom-crawler catalogue: .*other\.sqlite \(an SQLite database of another program\)/)
    assert.equal(hash(other), before)
  })

  it('a catalogue of a newer schema: exit 2, untouched', async () => {
    const db = path.join(tmp, 'newer.sqlite')
    assert.equal((await run(['index', '-q', '--db', db, tree])).status, 0)
    const conn = new Database(db)
    conn.pragma('user_version = 99')
    conn.close()
    const before = hash(db)
    for (const args of [['index', '--db', db, tree], ['export', '--db', db]]) {
      const r = await run(args)
      assert.equal(r.status, 2)
      oneLine(r, /has schema version 99; this dicom-crawler reads up to 1: upgrade dicom-crawler/)
    }
    assert.equal(hash(db), before)
  })

  it('a second writer: exit 4 with who is writing; readers query meanwhile', async () => {
    const db = path.join(tmp, 'busy.sqlite')
    // Each open delayed 20 ms (the benchmark's stand-in for a network drive): the first run lasts seconds.
    const first = spawn(process.execPath, [CLI, 'index', '-q', '--db', db, tree], { stdio: 'ignore', env: { ...process.env, DICOM_CRAWLER_BENCH_OPEN_DELAY_MS: '20' } })
    const ended = new Promise((resolve) => first.on('exit', resolve))
    for (;;) {
      await new Promise((r) => setTimeout(r, 20))
      try {
        if (sql(db, "SELECT 1 FROM meta WHERE key = 'writer'").length) break
      } catch {
        // not created yet
      }
    }
    const second = await run(['index', '--db', db, tree])
    assert.equal(second.status, 4)
    oneLine(second, new RegExp(`^dicom-crawler: catalogue .*busy\\.sqlite is being updated by process ${first.pid} \\(since .*\\); wait for it to finish$`))
    const exported = await run(['export', '--db', db, '--table', 'series'])
    assert.equal(exported.status, 0, exported.stderr)
    first.kill('SIGKILL')
    await ended
    // The killed writer is gone: the next run takes over.
    const third = await run(['index', '-q', '--db', db, tree])
    assert.equal(third.status, 0, third.stderr)
  })

  for (const [how, env] of [['', {}], [', written on the writer thread', THREAD]] as const)
  it(`SIGINT: exit 130, what was written is committed, the run marked interrupted, the catalogue free${how}`, async () => {
    const db = path.join(tmp, `sigint${how ? '-thread' : ''}.sqlite`)
    const child = spawn(process.execPath, [CLI, 'index', '-q', '--commit-every', '1000', '--db', db, tree], { stdio: 'ignore', env: { ...process.env, DICOM_CRAWLER_BENCH_OPEN_DELAY_MS: '20', ...env } })
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    // Files are being written (a commit comes only every 1,000 or once a second).
    for (;;) {
      await new Promise((r) => setTimeout(r, 50))
      try {
        if (sql<{ n: number }>(db, 'SELECT count(*) AS n FROM files')[0]!.n > 0) break
      } catch {
        // not created yet
      }
    }
    await new Promise((r) => setTimeout(r, 300))
    child.kill('SIGINT')
    assert.equal(await exited, 130)
    const [run] = sql<{ status: string; added: number }>(db, 'SELECT status, added FROM runs')
    const [files] = sql<{ n: number }>(db, 'SELECT count(*) AS n FROM files')
    assert.equal(run!.status, 'interrupted')
    assert.equal(run!.added, files!.n, 'every file counted as added was committed')
    assert.deepEqual(sql(db, "SELECT key FROM meta WHERE key = 'writer'"), [])
    assert.deepEqual(sql(db, 'PRAGMA integrity_check'), [{ integrity_check: 'ok' }])
  })

  it('a read-only catalogue: exit 3, untouched', async (t) => {
    const dir = path.join(tmp, 'rw')
    fs.mkdirSync(dir)
    assert.equal((await run(['index', '-q', '--db', path.join(dir, 'ro.sqlite'), tree])).status, 0)
    // The folder seen read-only: a bind mount as root (who may write any file despite its mode), else the file's mode.
    let where = dir
    const isRoot = process.getuid?.() === 0
    if (isRoot) {
      where = path.join(tmp, 'ro')
      fs.mkdirSync(where)
      const mounted = spawnSync('sh', ['-c', `mount --bind "${dir}" "${where}" && mount -o remount,ro,bind "${where}"`]).status === 0
      if (!mounted) return t.skip('running as root without mount: a read-only file cannot be made here')
    } else fs.chmodSync(path.join(dir, 'ro.sqlite'), 0o444)
    try {
      const db = path.join(where, 'ro.sqlite')
      const before = hash(db)
      const r = await run(['index', '--db', db, tree])
      assert.equal(r.status, 3)
      oneLine(r, /^dicom-crawler: cannot write catalogue .*ro\.sqlite: read-only or no permission \(SQLITE_[A-Z_]+\)$/)
      assert.equal(hash(db), before)
    } finally {
      if (isRoot) spawnSync('umount', [where])
    }
  })

  for (const [how, env] of [['', {}], [', written on the writer thread', THREAD]] as const)
  it(`a full disk (file size limit) mid-run: exit 3, the catalogue consistent with what was committed${how}`, async () => {
    const db = path.join(tmp, `full${how ? '-thread' : ''}.sqlite`)
    // RLIMIT_FSIZE with SIGXFSZ ignored: writes past 300 KiB fail as on a full disk.
    const r = spawnSync('sh', ['-c', `trap '' XFSZ; ulimit -f 300; exec "$0" "$@"`, process.execPath, CLI, 'index', '-q', '--commit-every', '20', '--db', db, tree], { encoding: 'utf8', env: { ...process.env, ...env } })
    assert.equal(r.status, 3, r.stderr)
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr)
    assert.match(r.stderr, /^dicom-crawler: cannot write catalogue .*full(-thread)?\.sqlite: (disk full|input\/output error)/)
    assert.deepEqual(sql(db, 'PRAGMA integrity_check'), [{ integrity_check: 'ok' }])
    const again = await run(['index', '-q', '--db', db, tree])
    assert.equal(again.status, 0, again.stderr)
  })
})
