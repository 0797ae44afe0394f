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

/**
 * Tag (8 hex digits; `XX` in a repeating group) -> value multiplicity (`2-n`,
 * `3`, ...) of every attribute that may hold more than one value: typed
 * output writes those as lists (lib/core/typed-values.ts). Keyed by tag, as a
 * column may be named by keyword or by tag. Attributes not listed hold one value.
 */
export function multiValued() {
  const out = {}
  for (const el of Object.values(dictionary.elements)) {
    if (el.keyword && el.vm && el.vm !== '1') out[el.tag.replace(/[(),]/g, '').toUpperCase()] = el.vm
  }
  return out
}

export function multiplicitySource() {
  const entries = Object.entries(multiValued()).map(([tag, vm]) => `  '${tag}': '${vm}',`)
  return `// Written by scripts/compact-dictionary.mjs (\`npm run dictionary\`) from the data
// dictionary package, revision ${dictionary.revision}: the attributes whose value
// multiplicity is not 1, by tag, with it. Attributes not listed hold one value.
export const MULTI_VALUED: Readonly<Record<string, string>> = Object.freeze({
${entries.join('\n')}
})
`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = new URL('../lib/core/dictionary.json', import.meta.url)
  writeFileSync(file, JSON.stringify(compactDictionary()) + '\n')
  console.log(`wrote ${file.pathname}`)
  const vm = new URL('../lib/core/value-multiplicity.ts', import.meta.url)
  writeFileSync(vm, multiplicitySource())
  console.log(`wrote ${vm.pathname}`)
}
