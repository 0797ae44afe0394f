import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_TAGS, dictionaryVr, resolveTag, resolveTags, splitTagList } from '../../lib/core/tags.js';
import { CrawlerError } from '../../lib/errors.js';
test('a keyword resolves to its tag, key and VR', () => {
    assert.deepEqual({ ...resolveTag('PatientID') }, { keyword: 'PatientID', tag: '00100020', key: 'x00100020', vr: 'LO', number: 0x00100020 });
    assert.equal(resolveTag('Rows').vr, 'US');
});
test('a tag in any common spelling resolves, its column named exactly as written', () => {
    for (const name of ['00080060', '00080060'.toLowerCase(), '(0008,0060)', '0008,0060', '0x00080060', 'modality', 'MODALITY', 'Modality']) {
        const spec = resolveTag(name);
        assert.equal(spec.keyword, name, 'the column is what the user wrote');
        assert.equal(spec.tag, '00080060', name);
        assert.equal(spec.vr, 'CS', name);
        assert.equal(spec.path, undefined);
    }
    assert.equal(resolveTag(' 00180050 ').keyword, '00180050', 'no renaming to SliceThickness, only trimmed');
});
test('a private tag the dictionary does not know keeps its hex form', () => {
    const spec = resolveTag('00091001');
    assert.equal(spec.keyword, '00091001');
    assert.equal(spec.key, 'x00091001');
    assert.equal(spec.vr, undefined);
});
test('an unknown keyword is CrawlerError BAD_TAG naming it', () => {
    for (const bad of ['NoSuchKeyword', 'Patient ID', '0010002', 'PatientID/Modality', 'ReferencedImageSequence[0]', '[GEMS_ACQU_01]0018,xx03', '[]0019,xx03', 'Seq[x]/Modality']) {
        assert.throws(() => resolveTag(bad), (e) => e instanceof CrawlerError && e.code === 'BAD_TAG' && e.message.includes(bad.split('/')[0].replace(/\[.*$/, '')), bad);
    }
});
test('TransferSyntaxUID (file meta group) and group 0004 (DICOMDIR), missing from the dictionary package, resolve', () => {
    const spec = resolveTag('TransferSyntaxUID');
    assert.equal(spec.tag, '00020010');
    assert.equal(spec.vr, 'UI');
    assert.equal(resolveTag('00020010').tag, '00020010');
    assert.equal(resolveTag('DirectoryRecordSequence/DirectoryRecordType').vr, 'CS');
});
test('a path through sequences: every step a keyword or a tag, [N] one item (0-based), the leaf VR kept', () => {
    const spec = resolveTag('ReferencedSeriesSequence/ReferencedInstanceSequence[1]/0008,1155');
    assert.equal(spec.keyword, 'ReferencedSeriesSequence/ReferencedInstanceSequence[1]/0008,1155');
    assert.deepEqual(spec.path, [{ tag: 0x00081115 }, { tag: 0x0008114a, item: 1 }, { tag: 0x00081155 }]);
    assert.equal(spec.vr, 'UI', 'the VR of the attribute read, for typed output');
    assert.equal(spec.number, 0x00081115, 'read far enough to pass the top-level sequence');
    assert.deepEqual(resolveTag('ReferencedSeriesSequence.SeriesInstanceUID').path, resolveTag('referencedseriessequence/0020000E').path, '. works as /, keywords in any case');
});
test('a private attribute by creator: the block is found per file, the comma and brackets kept', () => {
    const spec = resolveTag('[Mortara Instrument, Inc.]1455,xx03');
    assert.deepEqual(spec.path, [{ tag: 0x14550003, creator: 'Mortara Instrument, Inc.' }]);
    assert.equal(spec.vr, undefined);
    assert.equal(spec.number, 0x1455ff03, 'read far enough for any block of the group');
    assert.deepEqual(resolveTag('[GEMS_ACQU_01](0019,xx03)').path, resolveTag('[GEMS_ACQU_01]0019xx03').path);
    assert.deepEqual(resolveTag('RequestAttributesSequence/[ACME 1.0]0029,xx10').path, [{ tag: 0x00400275 }, { tag: 0x00290010, creator: 'ACME 1.0' }]);
});
test('splitTagList: commas inside brackets, parentheses and gggg,eeee do not split', () => {
    assert.deepEqual(splitTagList('PatientID,(0028,0010),0028,0011,[Mortara Instrument, Inc.]1455,xx03, Rows ,0x00280100'), [
        'PatientID',
        '(0028,0010)',
        '0028,0011',
        '[Mortara Instrument, Inc.]1455,xx03',
        'Rows',
        '0x00280100',
    ]);
    assert.deepEqual(splitTagList('Seq/0008,1155,Modality'), ['Seq/0008,1155', 'Modality']);
});
test('every default tag resolves, in order, without repeats', () => {
    const specs = resolveTags(DEFAULT_TAGS);
    assert.deepEqual(specs.map((s) => s.keyword), [...DEFAULT_TAGS]);
    assert.equal(new Set(specs.map((s) => s.tag)).size, DEFAULT_TAGS.length);
});
test('resolveTags drops repeats (however written) and blanks, keeping the first spelling and order', () => {
    assert.deepEqual(resolveTags(['Modality', ' ', 'PatientID', '00080060', 'modality']).map((s) => s.keyword), ['Modality', 'PatientID']);
    assert.deepEqual(resolveTags(['OtherPatientIDsSequence/PatientID', '00101002/00100020', '[GEMS_ACQU_01]0019,xx03', '[GEMS_ACQU_01]0019xx03']).map((s) => s.keyword), ['OtherPatientIDsSequence/PatientID', '[GEMS_ACQU_01]0019,xx03']);
});
test('no two standard keywords differ only by case (keywords are taken in any case)', async () => {
    const { dictionary } = await import('../../lib/core/tags.js');
    const lower = Object.keys(dictionary()).map((k) => k.toLowerCase());
    assert.equal(new Set(lower).size, lower.length);
});
test('dictionaryVr answers for implicit-VR elements', () => {
    assert.equal(dictionaryVr('x00200013'), 'IS');
    assert.equal(dictionaryVr('x00280010'), 'US');
    assert.equal(dictionaryVr('x00091001'), undefined);
});
test('the compact dictionary is exactly what the data dictionary package gives', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const script = join(process.cwd(), 'scripts', 'compact-dictionary.mjs');
    const { compactDictionary } = (await import(script));
    const committed = JSON.parse(readFileSync(join(process.cwd(), 'lib', 'core', 'dictionary.json'), 'utf8'));
    assert.deepEqual(committed, compactDictionary(), 'run `npm run dictionary` after upgrading the package');
    const { multiplicitySource } = (await import(script));
    const multiplicity = readFileSync(join(process.cwd(), 'lib', 'core', 'value-multiplicity.ts'), 'utf8');
    assert.equal(multiplicity, multiplicitySource(), 'run `npm run dictionary` after upgrading the package');
});
test('the common attributes resolved without loading the dictionary are the dictionary\'s own', async () => {
    const { COMMON_ELEMENTS, dictionary, DEFAULT_TAGS } = await import('../../lib/core/tags.js');
    const { SUMMARY_TAGS } = await import('../../lib/core/summary.js');
    const full = dictionary();
    for (const [keyword, entry] of Object.entries(COMMON_ELEMENTS))
        assert.deepEqual(entry, full[keyword], keyword);
    // Every default and summary attribute is among them (TransferSyntaxUID is a meta element, known apart).
    for (const k of [...DEFAULT_TAGS, ...SUMMARY_TAGS])
        assert.ok(k in COMMON_ELEMENTS || k === 'TransferSyntaxUID', k);
});
//# sourceMappingURL=tags.test.js.map