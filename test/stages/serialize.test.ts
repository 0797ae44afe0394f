import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parse } from 'csv-parse/sync'
import { toCsv, escapeFormula } from '../../lib/stages/to-csv.js'
import { toNdjson } from '../../lib/stages/to-ndjson.js'
import type { DicomRecord } from '../../lib/types.js'
import { runToText } from '../helpers/streams.js'

const TAGS = ['PatientID', 'PatientName', 'ImageType', 'StudyDate', 'SeriesNumber']

const base: DicomRecord = {
  path: '/data/a,b "quoted"/IM1', root: '/data', dir: 'a,b "quoted"', size: 1234, mtime: new Date(0), dicom: 'part10', mime: null,
  modality_class: 'CT', class_source: 'tag', error: null, status: 'ok', error_code: null,
  attributes: { PatientID: '=cmd|/c calc', PatientName: 'Müller^Jürgen', ImageType: 'ORIGINAL\\PRIMARY', StudyDate: '', SeriesNumber: '-12.5' },
}
const other: DicomRecord = {
  ...base, path: '/data/notes.txt', dicom: 'none', mime: 'text/plain', modality_class: null, class_source: null, error: 'line1\nline2', status: 'error', error_code: 'UNREADABLE_FILE',
  attributes: { PatientID: '@SUM(A1)', PatientName: null, ImageType: null, StudyDate: null, SeriesNumber: '+3' },
}

test('NDJSON: one object per line, absent attributes null, empty ones ""', async () => {
  const text = await runToText([base, other], toNdjson({ tags: TAGS }))
  const lines = text.split('\n')
  assert.equal(lines.pop(), '', 'ends with a newline')
  const [a, b] = lines.map((l) => JSON.parse(l))
  assert.deepEqual(Object.keys(a), ['path', 'size', 'dicom', 'mime', 'modality_class', 'class_source', 'error', 'error_code', ...TAGS])
  assert.deepEqual(a, {
    path: '/data/a,b "quoted"/IM1', size: 1234, dicom: 'part10', mime: null, modality_class: 'CT', class_source: 'tag', error: null, error_code: null,
    PatientID: '=cmd|/c calc', PatientName: 'Müller^Jürgen', ImageType: 'ORIGINAL\\PRIMARY', StudyDate: '', SeriesNumber: '-12.5',
  })
  assert.equal(b.StudyDate, null)
  assert.equal(b.error, 'line1\nline2')
  assert.equal(b.error_code, 'UNREADABLE_FILE')
})

test('CSV: header always, RFC 4180 quoting, formulas escaped but numbers untouched, multi-values joined by \\', async () => {
  const text = await runToText([base, other], toCsv({ tags: TAGS }))
  assert.ok(text.endsWith('\n'))
  const rows = parse(text, { columns: true }) as Record<string, string>[]
  assert.equal(rows.length, 2)
  assert.deepEqual(rows[0], {
    path: '/data/a,b "quoted"/IM1', size: '1234', dicom: 'part10', mime: '', modality_class: 'CT', class_source: 'tag', error: '', error_code: '',
    PatientID: "'=cmd|/c calc", PatientName: 'Müller^Jürgen', ImageType: 'ORIGINAL\\PRIMARY', StudyDate: '', SeriesNumber: '-12.5',
  })
  assert.equal(rows[1]!.PatientID, "'@SUM(A1)")
  assert.equal(rows[1]!.SeriesNumber, '+3')
  assert.equal(rows[1]!.error, 'line1\nline2')
  assert.equal(rows[1]!.error_code, 'UNREADABLE_FILE')
  assert.equal(rows[1]!.mime, 'text/plain')
})

test('CSV with no records is just the header', async () => {
  assert.equal(await runToText([], toCsv({ tags: ['Modality'] })), 'path,size,dicom,mime,modality_class,class_source,error,error_code,Modality\n')
})

test('escapeFormula', () => {
  assert.equal(escapeFormula('=1+2'), "'=1+2")
  assert.equal(escapeFormula('+A1'), "'+A1")
  assert.equal(escapeFormula('-A1'), "'-A1")
  assert.equal(escapeFormula('\tx'), "'\tx")
  assert.equal(escapeFormula('-12.5'), '-12.5')
  assert.equal(escapeFormula('-1e-3'), '-1e-3')
  assert.equal(escapeFormula('Doe^John'), 'Doe^John')
  assert.equal(escapeFormula(''), '')
})
