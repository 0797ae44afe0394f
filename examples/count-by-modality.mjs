#!/usr/bin/env node
// Counts readable DICOM files by Modality: crawl() is an async iterable of records.
//   node examples/count-by-modality.mjs fixtures/sample
import { crawl } from 'dicom-crawler'

const roots = process.argv.slice(2)
if (roots.length === 0) {
  console.error('usage: node examples/count-by-modality.mjs ROOT...')
  process.exit(2)
}

const counts = new Map()
// Reading only what is counted keeps the parse short.
for await (const record of crawl(roots, { tags: ['Modality'] })) {
  if (record.error) continue
  const modality = record.attributes.Modality ?? '(none)'
  counts.set(modality, (counts.get(modality) ?? 0) + 1)
}
const rows = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
for (const [modality, n] of rows) console.log(`${String(n).padStart(7)} ${modality}`)
