/**
 * The scripts in examples/ run as a user would run them, importing the
 * package by its name (`dicom-crawler` resolves to this package through its
 * own "exports" map), on the sample tree.
 */
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { CLI, PROJECT_ROOT } from './helpers/paths.js'

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
    ['1', 'Chest 1.25mm', 'CT'],
    ['2', 'Chest 1.25mm', 'CT'],
    ['3', 'Chest 1.25mm', 'CT'],
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

/** A folder for PATH holding `dicom-crawler`, the built command, as `npm install -g` would. */
function commandOnPath(): string {
  const bin = join(tmp, 'bin')
  mkdirSync(bin, { recursive: true })
  if (!existsSync(join(bin, 'dicom-crawler'))) symlinkSync(CLI, join(bin, 'dicom-crawler'))
  return bin
}

async function tableOf(glob: string): Promise<{ n: number; paths: number }> {
  const db = await DuckDBInstance.create(':memory:')
  const c = await db.connect()
  try {
    const [row] = (await c.runAndReadAll(`SELECT count(*)::INTEGER AS n, count(DISTINCT path)::INTEGER AS paths FROM read_csv('${glob}')`)).getRowObjectsJson()
    return row as { n: number; paths: number }
  } finally {
    c.closeSync()
    db.closeSync()
  }
}

const noScheduler = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLURM_|JOB_COMPLETION_INDEX|DICOM_CRAWLER_SHARD)/.test(k)))
const allFilesRows = () => spawnSync(process.execPath, [CLI, '-q', '--all-files', 'fixtures/sample'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).stdout.trim().split('\n').length - 1

test('examples/slurm-array.sh: each array task writes its part; the parts read as one table hold every file once', async () => {
  const out = join(tmp, 'slurm-parts')
  const count = Number(/--array=0-(\d+)/.exec(readFileSync(join(PROJECT_ROOT, 'examples/slurm-array.sh'), 'utf8'))![1]) + 1
  for (let task = 0; task < count; task++) {
    const env = { ...noScheduler(), PATH: `${commandOnPath()}:${process.env.PATH}`, SLURM_ARRAY_TASK_ID: String(task), SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_COUNT: String(count) }
    const r = spawnSync('bash', ['examples/slurm-array.sh', 'fixtures/sample', out], { cwd: PROJECT_ROOT, encoding: 'utf8', env })
    assert.equal(r.status, 0, r.stderr)
  }
  const rows = allFilesRows()
  assert.deepEqual(await tableOf(join(out, 'part-*.csv')), { n: rows, paths: rows })
  // Outside SLURM it stops and says why.
  const r = spawnSync('bash', ['examples/slurm-array.sh', 'fixtures/sample', out], { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...noScheduler(), PATH: `${commandOnPath()}:${process.env.PATH}` } })
  assert.equal(r.status, 2)
  assert.match(r.stderr, /--shard auto: neither JOB_COMPLETION_INDEX/)
})

test('examples/kubernetes-indexed-job.yaml: its command, run once per completion index, gives every file once', async () => {
  const yaml = readFileSync(join(PROJECT_ROOT, 'examples/kubernetes-indexed-job.yaml'), 'utf8')
  const completions = /^\s+completions: (\d+)$/m.exec(yaml)![1]!
  assert.equal(/name: DICOM_CRAWLER_SHARD_COUNT\s+value: "(\d+)"/.exec(yaml)![1], completions, 'the shard count is the Job\'s completions')
  // The container's folded `args` line, with the archive and the results volume where this test has them.
  const script = /args:\n\s+- >-\n((?:\s{14}.*\n)+)/.exec(yaml)![1]!.trim().split(/\s*\n\s*/).join(' ')
  const results = join(tmp, 'k8s')
  const command = script.replace('npx --yes dicom-crawler', 'dicom-crawler').replaceAll('/results', results).replace(/\/archive$/, join(PROJECT_ROOT, 'fixtures/sample'))
  for (let index = 0; index < Number(completions); index++) {
    const env = { ...noScheduler(), PATH: `${commandOnPath()}:${process.env.PATH}`, JOB_COMPLETION_INDEX: String(index), DICOM_CRAWLER_SHARD_COUNT: completions }
    const r = spawnSync('sh', ['-c', command], { cwd: PROJECT_ROOT, encoding: 'utf8', env })
    assert.equal(r.status, 0, r.stderr)
  }
  const rows = allFilesRows()
  assert.deepEqual(await tableOf(join(results, 'parts', 'part-*.csv')), { n: rows, paths: rows })
})
