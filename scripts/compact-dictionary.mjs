#!/usr/bin/env node
// Writes lib/core/dictionary.json: keyword -> [tag, VR], taken from the data
// dictionary package. The package costs ~27 MB of memory when loaded (names,
// notes, retired flags); the crawler needs only keywords, tags and VRs.
// Run `npm run dictionary` after upgrading the package; a test checks the
// committed file still matches it.
import { writeFileSync } from 'node:fs'
import dictionary from '@iwharris/dicom-data-dictionary'

export function compactDictionary() {
  const out = {}
  for (const el of Object.values(dictionary.elements)) {
    if (!el.keyword) continue
    const tag = el.tag.replace(/[(),]/g, '').toUpperCase()
    const vr = (el.vr ?? '').split(/\s+or\s+/)[0].trim()
    out[el.keyword] = [tag, vr]
  }
  return { revision: dictionary.revision, elements: out }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = new URL('../lib/core/dictionary.json', import.meta.url)
  writeFileSync(file, JSON.stringify(compactDictionary()) + '\n')
  console.log(`wrote ${file.pathname}`)
}
