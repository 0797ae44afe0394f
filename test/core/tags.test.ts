import { test } from 'node:test'
import assert from 'node:assert/strict'
import { DEFAULT_TAGS, dictionaryVr, resolveTag, resolveTags } from '../../lib/core/tags.js'
import { CrawlerError } from '../../lib/errors.js'

test('a keyword resolves to its tag, key and VR', () => {
  assert.deepEqual({ ...resolveTag('PatientID') }, { keyword: 'PatientID', tag: '00100020', key: 'x00100020', vr: 'LO', number: 0x00100020 })
  assert.equal(resolveTag('Rows').vr, 'US')
})

test('a hex tag resolves to the keyword the dictionary knows, in any accepted spelling', () => {
  for (const name of ['00080060', '00080060'.toLowerCase(), '(0008,0060)', '0008,0060']) {
    const spec = resolveTag(name)
    assert.equal(spec.keyword, 'Modality', name)
    assert.equal(spec.tag, '00080060', name)
    assert.equal(spec.vr, 'CS', name)
  }
})

test('a private tag the dictionary does not know keeps its hex form as keyword', () => {
  const spec = resolveTag('00091001')
  assert.equal(spec.keyword, '00091001')
  assert.equal(spec.key, 'x00091001')
  assert.equal(spec.vr, undefined)
})

test('an unknown keyword is CrawlerError BAD_TAG naming it', () => {
  for (const bad of ['PatientId', 'NoSuchKeyword', 'Patient ID', '0010002']) {
    assert.throws(() => resolveTag(bad), (e: unknown) => e instanceof CrawlerError && e.code === 'BAD_TAG' && e.message.includes(bad), bad)
  }
})

test('TransferSyntaxUID (file meta group, missing from the dictionary package) resolves', () => {
  const spec = resolveTag('TransferSyntaxUID')
  assert.equal(spec.tag, '00020010')
  assert.equal(spec.vr, 'UI')
  assert.equal(resolveTag('00020010').keyword, 'TransferSyntaxUID')
})

test('every default tag resolves, in order, without repeats', () => {
  const specs = resolveTags(DEFAULT_TAGS)
  assert.deepEqual(specs.map((s) => s.keyword), [...DEFAULT_TAGS])
  assert.equal(new Set(specs.map((s) => s.tag)).size, DEFAULT_TAGS.length)
})

test('resolveTags drops repeats (also between keyword and hex) and blanks, keeping the first order', () => {
  assert.deepEqual(resolveTags(['Modality', ' ', 'PatientID', '00080060', 'Modality']).map((s) => s.keyword), ['Modality', 'PatientID'])
})

test('dictionaryVr answers for implicit-VR elements', () => {
  assert.equal(dictionaryVr('x00200013'), 'IS')
  assert.equal(dictionaryVr('x00280010'), 'US')
  assert.equal(dictionaryVr('x00091001'), undefined)
})

test('the compact dictionary is exactly what the data dictionary package gives', async () => {
  const { readFileSync } = await import('node:fs')
  const { join } = await import('node:path')
  const script = join(process.cwd(), 'scripts', 'compact-dictionary.mjs')
  const { compactDictionary } = (await import(script)) as { compactDictionary: () => unknown }
  const committed = JSON.parse(readFileSync(join(process.cwd(), 'lib', 'core', 'dictionary.json'), 'utf8')) as unknown
  assert.deepEqual(committed, compactDictionary(), 'run `npm run dictionary` after upgrading the package')
  const { multiplicitySource } = (await import(script)) as { multiplicitySource: () => string }
  const multiplicity = readFileSync(join(process.cwd(), 'lib', 'core', 'value-multiplicity.ts'), 'utf8')
  assert.equal(multiplicity, multiplicitySource(), 'run `npm run dictionary` after upgrading the package')
})

test('the common attributes resolved without loading the dictionary are the dictionary\'s own', async () => {
  const { COMMON_ELEMENTS, dictionary, DEFAULT_TAGS } = await import('../../lib/core/tags.js')
  const { SUMMARY_TAGS } = await import('../../lib/core/summary.js')
  const full = dictionary()
  for (const [keyword, entry] of Object.entries(COMMON_ELEMENTS)) assert.deepEqual(entry, full[keyword], keyword)
  // Every default and summary attribute is among them (TransferSyntaxUID is a meta element, known apart).
  for (const k of [...DEFAULT_TAGS, ...SUMMARY_TAGS]) assert.ok(k in COMMON_ELEMENTS || k === 'TransferSyntaxUID', k)
})
