/**
 * The scripts in examples/ run as a user would run them, importing the
 * package by its name (`dicom-crawler` resolves to this package through its
 * own "exports" map), on the sample tree.
 */
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { PROJECT_ROOT } from './helpers/paths.js'

let tmp: string
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'dicom-crawler-examples-'))
  // The examples import the published entry point, which is the build in dist/ (`npm test` builds it).
  assert.ok(existsSync(join(PROJECT_ROOT, 'dist', 'lib', 'index.js')), 'dist/lib/index.js missing: run `npm run build` first')
})
after(() => rmSync(tmp, { recursive: true, force: true }))

function run(script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join('examples', script), ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' })
  assert.equal(r.status, 0, r.stderr)
  return r
}

test('examples/count-by-modality.mjs counts readable DICOM files by Modality', () => {
  const r = run('count-by-modality.mjs', 'fixtures/sample')
  const rows = r.stdout.trim().split('\n').map((l) => l.trim().split(/\s+/))
  assert.deepEqual(rows, [['5', 'CT'], ['3', 'MR'], ['2', 'PT'], ['1', 'RTSTRUCT'], ['1', 'SEG']])
})

test('examples/count-by-modality.mjs without a root prints its usage and exits 2', () => {
  const r = spawnSync(process.execPath, ['examples/count-by-modality.mjs'], { cwd: PROJECT_ROOT, encoding: 'utf8' })
  assert.equal(r.status, 2)
  assert.match(r.stderr, /^usage: /)
})

test('examples/ct-only-ndjson.mjs keeps CT files whose SeriesDescription matches', () => {
  const out = join(tmp, 'ct.ndjson')
  const r = run('ct-only-ndjson.mjs', 'fixtures/sample', '^chest', out)
  const records = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
  assert.deepEqual(records.map((x) => [x.InstanceNumber, x.SeriesDescription, x.Modality]), [
    [1, 'Chest 1.25mm', 'CT'],
    [2, 'Chest 1.25mm', 'CT'],
    [3, 'Chest 1.25mm', 'CT'],
  ])
  assert.deepEqual(Object.keys(records[0]!).slice(8), ['Modality', 'PatientID', 'StudyInstanceUID', 'SeriesInstanceUID', 'SeriesDescription', 'InstanceNumber'])
  assert.match(r.stderr, /^3 CT files/)
  // Another pattern, other files: the Scout series only.
  run('ct-only-ndjson.mjs', 'fixtures/sample', 'scout', out)
  assert.deepEqual(readFileSync(out, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { path: string }).path), [
    'fixtures/sample/PAT001_Doe/STUDY_20240105_CT/SERIES_002_CT_Scout/IM0001',
  ])
})

test('examples/to-duckdb.mjs stores every record in a DuckDB table', async () => {
  const dbFile = join(tmp, 'files.duckdb')
  const r = run('to-duckdb.mjs', 'fixtures/sample', dbFile)
  assert.deepEqual(r.stdout.trim().split('\n'), ['CT\t5 files\t3 series', 'MRI\t3 files\t2 series', 'PET\t2 files\t1 series', 'RT\t1 files\t1 series', 'SEG\t1 files\t1 series'])
  const db = await DuckDBInstance.create(dbFile, { access_mode: 'READ_ONLY' })
  const c = await db.connect()
  try {
    const rows = (await c.runAndReadAll(`SELECT count(*)::INTEGER AS n, count(error)::INTEGER AS errors, sum(size)::INTEGER AS bytes FROM files`)).getRowObjectsJson()
    assert.deepEqual(rows, [{ n: 13, errors: 1, bytes: 85920 }])
    const name = (await c.runAndReadAll(`SELECT PatientName FROM files LIMIT 0`).catch(() => null))
    assert.equal(name, null, 'only the asked attributes become columns')
  } finally {
    c.closeSync()
    db.closeSync()
  }
})
