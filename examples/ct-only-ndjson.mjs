#!/usr/bin/env node
// A custom pipeline from the stages: keep CT files whose SeriesDescription
// matches a regular expression, write them as NDJSON to a file.
//   node examples/ct-only-ndjson.mjs fixtures/sample 'chest' ct-chest.ndjson
import { createWriteStream } from 'node:fs'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { walk, sniff, readHeader, classify, toNdjson } from 'dicom-crawler'

const [root, pattern, out] = process.argv.slice(2)
if (!root || !pattern || !out) {
  console.error('usage: node examples/ct-only-ndjson.mjs ROOT REGEX OUT.ndjson')
  process.exit(2)
}
const wanted = new RegExp(pattern, 'i')
// readHeader and toNdjson get the same list: it is both what is read and the column order.
const tags = ['Modality', 'PatientID', 'StudyInstanceUID', 'SeriesInstanceUID', 'SeriesDescription', 'InstanceNumber']

let kept = 0
const keepMatchingCt = new Transform({
  objectMode: true,
  transform(record, _encoding, callback) {
    const { Modality, SeriesDescription } = record.attributes
    const keep = !record.error && Modality === 'CT' && wanted.test(SeriesDescription ?? '')
    if (keep) kept++
    // Passing no value drops the record.
    callback(null, keep ? record : undefined)
  },
})

await pipeline(
  walk(root),
  sniff(), // drops files that are not DICOM
  readHeader({ tags }),
  classify(),
  keepMatchingCt,
  toNdjson({ tags }),
  createWriteStream(out),
)
console.error(`${kept} CT files with a SeriesDescription matching /${pattern}/i written to ${out}`)
