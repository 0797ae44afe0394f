/**
 * The built CLI in the pipelines users write: each test runs the real
 * command, through `sh -c` where the pipe is the point.
 */
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { DuckDBInstance } from '@duckdb/node-api'
import { CLI, PROJECT_ROOT, SAMPLE } from './helpers/paths.js'
import { writeDicom, uid } from './helpers/dicom-writer.js'

/** Shell-quotes one word. */
const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`
const CMD = `${q(process.execPath)} ${q(CLI)}`

function sh(script: string, input?: string) {
  return spawnSync('sh', ['-c', script], { cwd: PROJECT_ROOT, encoding: 'utf8', ...(input ? { input } : {}) })
}
function have(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0
}

/** Modalities of the sample tree's records (the truncated CT file is a record too: it has an error). */
const SAMPLE_MODALITIES = { CT: 6, MR: 3, PT: 2, RTSTRUCT: 1, SEG: 1 }
const SAMPLE_ROWS = 13

let tmp: string
let csvFile: string
let ndjsonFile: string
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'dicom-crawler-pipe-'))
  csvFile = join(tmp, 'sample.csv')
  ndjsonFile = join(tmp, 'sample.ndjson')
  const a = sh(`${CMD} --quiet fixtures/sample > ${q(csvFile)} && ${CMD} --quiet --format ndjson fixtures/sample > ${q(ndjsonFile)}`)
  assert.equal(a.status, 0, a.stderr)
})
after(() => rmSync(tmp, { recursive: true, force: true }))

test('ndjson | jq -r .Modality | sort | uniq -c counts the modalities', (t) => {
  if (!have('jq')) return t.skip('jq not installed')
  const r = sh(`${CMD} --format ndjson fixtures/sample | jq -r .Modality | sort | uniq -c`)
  assert.equal(r.status, 0, r.stderr)
  const counts = Object.fromEntries(
    r.stdout.trim().split('\n').map((line) => {
      const [n, m] = line.trim().split(/\s+/)
      return [m, Number(n)]
    }),
  )
  assert.deepEqual(counts, SAMPLE_MODALITIES)
  // The end summary went to stderr, not into jq.
  assert.match(r.stderr, /^19 files: 12 DICOM/m)
})

test('DuckDB reads the CSV and the NDJSON without options, with the right counts and types', async () => {
  const db = await DuckDBInstance.create(':memory:')
  const c = await db.connect()
  try {
    const types = async (file: string) =>
      Object.fromEntries((await c.runAndReadAll(`DESCRIBE SELECT * FROM '${file}'`)).getRowObjectsJson().map((r) => [r.column_name, r.column_type]))
    const byModality = async (file: string) =>
      Object.fromEntries((await c.runAndReadAll(`SELECT Modality, count(*)::INTEGER AS n FROM '${file}' GROUP BY ALL`)).getRowObjectsJson().map((r) => [r.Modality, r.n]))

    for (const file of [csvFile, ndjsonFile]) {
      assert.deepEqual(await byModality(file), SAMPLE_MODALITIES, file)
      const t = await types(file)
      assert.equal(t.size, 'BIGINT', file)
      for (const col of ['path', 'dicom', 'PatientID', 'PatientName', 'StudyTime', 'AcquisitionTime', 'SOPInstanceUID', 'error']) assert.equal(t[col], 'VARCHAR', `${file} ${col}`)
      const yamada = (await c.runAndReadAll(`SELECT PatientName, StudyTime FROM '${file}' WHERE PatientID = 'PAT003' LIMIT 1`)).getRowObjectsJson()[0]
      assert.deepEqual(yamada, { PatientName: 'Yamada^Tarou=山田^太郎=やまだ^たろう', StudyTime: '140000' })
      // Leading zeros survive: times stay text, they are not read as numbers.
      const mr = (await c.runAndReadAll(`SELECT DISTINCT StudyTime FROM '${file}' WHERE PatientID = 'PAT002'`)).getRowObjectsJson()
      assert.deepEqual(mr, [{ StudyTime: '082500' }])
      const errors = (await c.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM '${file}' WHERE error IS NOT NULL`)).getRowObjectsJson()
      assert.deepEqual(errors, [{ n: 1 }])
    }
    // CSV cells are untyped, so DuckDB infers numbers there; NDJSON writes IS attributes as numbers.
    const csvTypes = await types(csvFile)
    assert.equal(csvTypes.SeriesNumber, 'BIGINT')
    assert.equal((await types(ndjsonFile)).SeriesNumber, 'BIGINT')
    const same = await c.runAndReadAll(
      `SELECT count(*)::INTEGER AS n FROM '${csvFile}' c JOIN '${ndjsonFile}' j USING (path) WHERE c.PatientName IS NOT DISTINCT FROM j.PatientName AND c.size = j.size AND c.SeriesNumber IS NOT DISTINCT FROM j.SeriesNumber`,
    )
    assert.deepEqual(same.getRowObjectsJson(), [{ n: SAMPLE_ROWS }])
  } finally {
    c.closeSync()
  }
})

test('pandas reads the CSV with no options: same row count, same values', (t) => {
  const py = '/usr/bin/python3'
  if (!existsSync(py) || spawnSync(py, ['-c', 'import pandas']).status !== 0) return t.skip('python3-pandas not installed')
  const script = [
    'import sys, json, pandas as pd',
    'df = pd.read_csv(sys.argv[1])',
    'rows = [{k: (None if pd.isna(v) else (v.item() if hasattr(v, "item") else v)) for k, v in r.items()} for r in df.to_dict(orient="records")]',
    'print(json.dumps({"columns": list(df.columns), "rows": rows}))',
  ].join('\n')
  const r = spawnSync(py, ['-c', script, csvFile], { encoding: 'utf8' })
  assert.equal(r.status, 0, r.stderr)
  const got = JSON.parse(r.stdout) as { columns: string[]; rows: Array<Record<string, string | number | null>> }
  const want = parse(readFileSync(csvFile), { columns: true }) as Array<Record<string, string>>
  assert.equal(got.rows.length, SAMPLE_ROWS)
  assert.deepEqual(got.columns, Object.keys(want[0]!))
  // pandas types each column; a cell is the same value when it reads back to the same text or number.
  let compared = 0
  got.rows.forEach((row, i) => {
    for (const [col, v] of Object.entries(row)) {
      const cell = want[i]![col]!
      if (v === null) assert.equal(cell, '', `${col} row ${i}`)
      else if (typeof v === 'number') assert.equal(v, Number(cell), `${col} row ${i}`)
      else assert.equal(v, cell, `${col} row ${i}`)
      compared++
    }
  })
  assert.equal(compared, SAMPLE_ROWS * got.columns.length)
  assert.equal(got.rows.find((x) => x.PatientID === 'PAT002')?.PatientName, 'Müller^Jürgen')
})

test('paths in the output start as the root was given: relative stays relative, absolute stays absolute', () => {
  const rel = sh(`${CMD} --quiet --format ndjson fixtures/sample/misc/../PAT001_Doe`)
  const abs = sh(`${CMD} --quiet --format ndjson ${q(join(SAMPLE, 'PAT001_Doe'))}`)
  assert.equal(rel.status, 0, rel.stderr)
  assert.equal(abs.status, 0, abs.stderr)
  const paths = (out: string) => out.trim().split('\n').map((l) => (JSON.parse(l) as { path: string }).path)
  const relPaths = paths(rel.stdout)
  assert.equal(relPaths.length, 4)
  assert.equal(relPaths[0], 'fixtures/sample/misc/../PAT001_Doe/STUDY_20240105_CT/SERIES_001_CT_Chest/IM0001')
  assert.deepEqual(paths(abs.stdout), relPaths.map((p) => join(PROJECT_ROOT, p)))
})

test('| head -3 prints the header and two rows, exits 0 early, without a stack trace', async (t) => {
  // 15,000 files in 150 folders: about 7 MB of CSV, far more than a pipe holds, so the crawl
  // can only end early if it notices that head went away. (With 3,000 the full crawl's CPU
  // time, 0.3 s, was little more than start-up's, and a busy machine blurred the two.)
  const root = join(tmp, 'big')
  const bytes = writeDicom([
    { tag: '00080016', vr: 'UI', value: '1.2.840.10008.5.1.4.1.1.2' },
    { tag: '00080018', vr: 'UI', value: uid(9, 1) },
    { tag: '00080060', vr: 'CS', value: 'CT' },
    { tag: '00100020', vr: 'LO', value: 'BIG001' },
    { tag: '0008103E', vr: 'LO', value: 'Head test' },
  ])
  for (let d = 0; d < 150; d++) {
    const dir = join(root, `SERIES_${String(d).padStart(3, '0')}`)
    mkdirSync(dir, { recursive: true })
    for (let f = 0; f < 100; f++) writeFileSync(join(dir, `IM${String(f).padStart(4, '0')}`), bytes)
  }
  const errFile = join(tmp, 'head.err')
  const rcFile = join(tmp, 'head.rc')
  const timesFile = join(tmp, 'head.times')
  // CPU time of the crawler (the shell's `times`, children's line): unlike wall time, it does not
  // grow when the machine is busy with other work.
  const full = sh(`${CMD} ${q(root)} > /dev/null; times > ${q(timesFile)}`)
  assert.equal(full.status, 0, full.stderr)
  assert.match(full.stderr, /^15,000 files: 15,000 DICOM/m)
  const fullCpu = childCpu(timesFile)

  const head = sh(`{ ${CMD} ${q(root)} 2> ${q(errFile)}; echo $? > ${q(rcFile)}; times > ${q(timesFile)}; } | head -3`)
  assert.equal(head.status, 0)
  const headCpu = childCpu(timesFile)
  const lines = head.stdout.split('\n')
  assert.equal(lines.length, 4) // three lines and the empty string after the last newline
  assert.match(lines[0]!, /^path,size,dicom,/)
  assert.match(lines[1]!, /SERIES_000\/IM0000,/)
  assert.match(lines[2]!, /SERIES_000\/IM0001,/)
  assert.equal(readFileSync(rcFile, 'utf8').trim(), '0')
  const stderr = readFileSync(errFile, 'utf8')
  assert.doesNotMatch(stderr, /\n\s+at |Error|EPIPE/, 'no stack trace or error message')
  // The end summary is written only after the last record: its absence shows the crawl stopped early.
  assert.doesNotMatch(stderr, /files: /)
  t.diagnostic(`CPU: full crawl ${fullCpu.toFixed(2)} s, | head -3 ${headCpu.toFixed(2)} s`)
  assert.ok(headCpu < fullCpu * 0.75, `| head -3 used ${headCpu} s of CPU, the full crawl ${fullCpu} s`)
})

/** User + system seconds of the shell's children, from the second line of `times`. */
function childCpu(file: string): number {
  const line = readFileSync(file, 'utf8').trim().split('\n')[1] ?? ''
  const parts = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]))
  assert.equal(parts.length, 2, `cannot read \`times\` output: ${line}`)
  return parts[0]! + parts[1]!
}
