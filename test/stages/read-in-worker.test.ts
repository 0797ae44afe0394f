import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { walk } from '../../lib/stages/walk.js'
import { sniff } from '../../lib/stages/sniff.js'
import { readHeader } from '../../lib/stages/read-header.js'
import { readInWorker } from '../../lib/stages/read-in-worker.js'
import type { DicomRecord, FileEntry } from '../../lib/types.js'
import { SAMPLE } from '../helpers/paths.js'
import { runStage } from '../helpers/streams.js'
import { writeDicom } from '../helpers/dicom-writer.js'

async function entriesOf(root: string): Promise<FileEntry[]> {
  const out: FileEntry[] = []
  for await (const e of walk(root)) out.push(e as FileEntry)
  return out
}

async function onThisThread(entries: FileEntry[]): Promise<DicomRecord[]> {
  const sniffed = await runStage(entries, sniff({ keepNonDicom: true }))
  return runStage<DicomRecord>(sniffed, readHeader())
}

test('the worker gives exactly the records of sniff + readHeader, in the same order', async () => {
  const entries = await entriesOf(SAMPLE)
  const viaWorker = await runStage<DicomRecord>(entries, readInWorker({ batchSize: 3 }))
  const here = await onThisThread(entries)
  assert.equal(viaWorker.length, 19)
  assert.deepEqual(viaWorker, here)
  const truncated = viaWorker.find((r) => r.path.endsWith('truncated0002'))!
  assert.match(truncated.error ?? '', /truncated or malformed header/)
  assert.equal(viaWorker.find((r) => r.path.endsWith('report.pdf'))!.mime, 'application/pdf', 'libmagic still names non-DICOM files')
  assert.equal(viaWorker.find((r) => r.path.endsWith('IM0001'))!.attributes.PatientID, 'PAT001')
})

test('a name that is not valid UTF-8 is read through the worker by its bytes', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'dc-worker-'))
  t.after(() => rmSync(dir, { recursive: true, force: true }))
  const name = Buffer.concat([Buffer.from(join(dir, 'bad')), Buffer.from([0xff]), Buffer.from('.dcm')])
  writeFileSync(name, writeDicom([{ tag: '00080060', vr: 'CS', value: 'MR' }, { tag: '00100020', vr: 'LO', value: 'P9' }]))
  const [record] = await runStage<DicomRecord>(await entriesOf(dir), readInWorker())
  assert.equal(record!.path, join(dir, 'bad\\xff.dcm'))
  assert.equal(record!.attributes.PatientID, 'P9')
  assert.equal(record!.error, null)
})

test('options are checked at construction', () => {
  assert.throws(() => readInWorker({ batchSize: 0 }), /batchSize must be a whole number/)
  assert.throws(() => readInWorker({ tags: ['NoSuchKeyword'] }), /unknown DICOM keyword/)
})

test('crawl({worker: true}) yields the same records and accounting as crawl()', async () => {
  const { crawl } = await import('../../lib/crawl.js')
  const collect = async (worker: boolean) => {
    const stream = crawl(SAMPLE, { allFiles: true, worker })
    const stats = new Promise<unknown>((resolve) => stream.on('stats', resolve))
    const records: DicomRecord[] = []
    for await (const r of stream) records.push(r as DicomRecord)
    const s = (await stats) as { filesSeen: number; dicom: number; errors: number; skipped: number; balanced: boolean }
    return { records, counts: [s.filesSeen, s.dicom, s.errors, s.skipped, s.balanced] }
  }
  const withWorker = await collect(true)
  const without = await collect(false)
  assert.deepEqual(withWorker.counts, [19, 12, 1, 6, true])
  assert.deepEqual(withWorker, without)
})
