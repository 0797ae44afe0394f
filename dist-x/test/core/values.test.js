// Values as users ask for them: paths into sequences, private attributes by
// creator, sequences and binary data by name, and outcomes that do not depend
// on the attributes asked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectDicom } from '../../lib/core/detect-dicom.js';
import { parseHeader } from '../../lib/core/parse-header.js';
import { DEFAULT_TAGS, resolveTags } from '../../lib/core/tags.js';
import { writeDicom, pixelData, uid } from '../helpers/dicom-writer.js';
const ref = (n) => [
    { tag: '00081150', vr: 'UI', value: '1.2.840.10008.5.1.4.1.1.2' },
    { tag: '00081155', vr: 'UI', value: uid(9, n) },
];
const ELEMENTS = [
    { tag: '00080005', vr: 'CS', value: 'ISO_IR 100' },
    { tag: '00080016', vr: 'UI', value: '1.2.840.10008.5.1.4.1.1.2' },
    { tag: '00080060', vr: 'CS', value: 'CT' },
    // ReferencedSeriesSequence: two series, the second with two instances, one item without a UID.
    {
        tag: '00081115',
        vr: 'SQ',
        value: [
            [{ tag: '0008114A', vr: 'SQ', value: [ref(1)] }, { tag: '0020000E', vr: 'UI', value: uid(8, 1) }],
            [{ tag: '0008114A', vr: 'SQ', value: [ref(2), ref(3)] }],
            [{ tag: '0020000E', vr: 'UI', value: uid(8, 3) }],
        ],
    },
    // Two private blocks in group 0019: the creator named decides which one is read.
    { tag: '00190010', vr: 'LO', value: 'OTHER VENDOR' },
    { tag: '00190011', vr: 'LO', value: 'ACME 1.0' },
    { tag: '00191003', vr: 'LO', value: 'wrong block' },
    { tag: '00191103', vr: 'DS', value: '373.75' },
    { tag: '00191104', vr: 'SL', value: [912, -3] },
    { tag: '00191105', vr: 'OB', value: new Uint8Array([1, 2, 3, 4, 5, 6]) },
    { tag: '00100020', vr: 'LO', value: 'PAT001' },
    { tag: '00280010', vr: 'US', value: 512 },
    pixelData(2048),
];
const ASKED = [
    'ReferencedSeriesSequence/SeriesInstanceUID',
    'ReferencedSeriesSequence/ReferencedInstanceSequence/ReferencedSOPInstanceUID',
    'ReferencedSeriesSequence[1]/ReferencedInstanceSequence[1]/ReferencedSOPInstanceUID',
    '00081115/0008114A[0]/00081150',
    'ReferencedSeriesSequence[7]/SeriesInstanceUID',
    '[ACME 1.0]0019,xx03',
    '[ACME 1.0]0019,xx04',
    '[ACME 1.0]0019,xx05',
    '[OTHER VENDOR]0019,xx03',
    '[NOBODY]0019,xx03',
    'ReferencedSeriesSequence',
    'PixelData',
    'Rows',
];
const TAGS = resolveTags(ASKED);
const CASES = ['explicit-le', 'implicit-le', 'explicit-be', 'deflated'];
for (const syntax of CASES) {
    test(`paths, private attributes by creator, sequences and binary data by name: ${syntax}`, () => {
        const file = writeDicom(ELEMENTS, { syntax });
        const d = detectDicom(file);
        const r = parseHeader(file, file.length, d, TAGS);
        assert.equal(r.error, undefined);
        const v = r.values;
        assert.equal(v['ReferencedSeriesSequence/SeriesInstanceUID'], `${uid(8, 1)}\\${uid(8, 3)}`, 'every item that has it, in item order');
        assert.equal(v['ReferencedSeriesSequence/ReferencedInstanceSequence/ReferencedSOPInstanceUID'], [1, 2, 3].map((n) => uid(9, n)).join('\\'), 'two levels deep');
        assert.equal(v['ReferencedSeriesSequence[1]/ReferencedInstanceSequence[1]/ReferencedSOPInstanceUID'], uid(9, 3), '[N] counts from 0');
        assert.equal(v['00081115/0008114A[0]/00081150'], '1.2.840.10008.5.1.4.1.1.2\\1.2.840.10008.5.1.4.1.1.2', 'tags at every step');
        assert.equal(v['ReferencedSeriesSequence[7]/SeriesInstanceUID'], null, 'no such item: absent');
        // Implicit VR: the private DS and SL are read as text (they are text) or by their length (binary).
        const implicit = syntax === 'implicit-le';
        assert.equal(v['[ACME 1.0]0019,xx03'], '373.75', "the creator's block, not the first block");
        assert.equal(v['[ACME 1.0]0019,xx04'], implicit ? '8' : '912\\-3', implicit ? 'binary of unknown VR: its byte length' : 'explicit VR: numbers');
        assert.equal(v['[ACME 1.0]0019,xx05'], '6', 'OB: its byte length');
        assert.equal(v['[OTHER VENDOR]0019,xx03'], 'wrong block');
        assert.equal(v['[NOBODY]0019,xx03'], null);
        assert.equal(v.ReferencedSeriesSequence, '3', 'a sequence by name: its item count');
        assert.equal(v.PixelData, '2048', 'the pixel data: its length');
        assert.equal(v.Rows, '512');
        assert.equal(r.modality, 'CT');
        if (!implicit)
            assert.deepEqual(r.fileVrs, { '[ACME 1.0]0019,xx03': 'DS', '[ACME 1.0]0019,xx04': 'SL', '[ACME 1.0]0019,xx05': 'OB', '[OTHER VENDOR]0019,xx03': 'LO' }, 'the VRs the file gives for private attributes');
        assert.deepEqual(parseHeader(file, file.length, d, TAGS, { scan: false }), r, 'dicom-parser gives the same');
    });
}
test('an item with its own SpecificCharacterSet decodes its text with it', () => {
    const file = writeDicom([
        { tag: '00080005', vr: 'CS', value: 'ISO_IR 192' },
        { tag: '00321064', vr: 'SQ', value: [[{ tag: '00080005', vr: 'CS', value: 'ISO_IR 100' }, { tag: '00100010', vr: 'PN', value: new Uint8Array(Buffer.from('Müller^Jürgen', 'latin1')) }]] },
    ], { syntax: 'explicit-le' });
    const r = parseHeader(file, file.length, detectDicom(file), resolveTags(['RequestedProcedureCodeSequence/PatientName']));
    assert.equal(r.values['RequestedProcedureCodeSequence/PatientName'], 'Müller^Jürgen');
});
test('PixelData asked in a prefix gives its length and is no truncation; a file cut anywhere fails the same under any tags', () => {
    const file = writeDicom([...ELEMENTS.slice(0, 3), { tag: '00100020', vr: 'LO', value: 'PAT001' }, { tag: '00280010', vr: 'US', value: 512 }, pixelData(64 * 1024)]);
    const d = detectDicom(file);
    const sets = { patient: resolveTags(['PatientID']), pixels: resolveTags(['Rows', 'PixelData']), defaults: resolveTags(DEFAULT_TAGS) };
    const head = file.subarray(0, 4096);
    const r = parseHeader(head, file.length, d, sets.pixels);
    assert.equal(r.error, undefined, 'a healthy file');
    assert.equal(r.values.PixelData, String(64 * 1024));
    // Cut the file at every few bytes of its header: the outcome is the same whatever was asked.
    const pixelsAt = file.indexOf(Buffer.from([0xe0, 0x7f, 0x10, 0x00]));
    let errors = 0;
    for (let cut = 140; cut < pixelsAt + 16; cut += 3) {
        const bytes = file.subarray(0, cut);
        const outcomes = Object.values(sets).map((tags) => {
            const x = parseHeader(bytes, bytes.length, detectDicom(bytes), tags);
            return x.error === undefined ? 'ok' : 'error';
        });
        assert.deepEqual(outcomes, [outcomes[0], outcomes[0], outcomes[0]], `cut at ${cut}`);
        if (cut > pixelsAt + 12)
            assert.equal(outcomes[0], 'ok', `cut at ${cut}: pixel data cut short is not judged (only headers are read)`);
        if (outcomes[0] === 'error')
            errors++;
    }
    // Cuts that fall between two elements leave a shorter, valid dataset: every other cut is an error.
    assert.ok(errors > ((pixelsAt - 140) / 3) * 0.8, `${errors} cuts are errors`);
});
test('Modality is read whatever was asked (classification needs it)', () => {
    const file = writeDicom(ELEMENTS);
    for (const scan of [true, false]) {
        const r = parseHeader(file, file.length, detectDicom(file), resolveTags(['PatientID']), { scan });
        assert.equal(r.modality, 'CT');
        assert.deepEqual(Object.keys(r.values), ['PatientID']);
    }
});
test('attributes after the pixel data: read past it, never reading it; in hand for a whole file, one more read for a longer one', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { parseTail } = await import('../../lib/core/parse-header.js');
    const { crawl } = await import('../../lib/crawl.js');
    const tags = resolveTags(['PatientID', 'PixelData', '[ACME TAIL]7FE1,xx01', 'DataSetTrailingPadding', '7FE10010']);
    for (const syntax of CASES.filter((s) => s !== 'deflated')) {
        const file = writeDicom([
            { tag: '00080060', vr: 'CS', value: 'MR' },
            { tag: '00100020', vr: 'LO', value: 'PAT009' },
            pixelData(20_000),
            { tag: '7FE10010', vr: 'LO', value: 'ACME TAIL' },
            { tag: '7FE11001', vr: 'LO', value: 'after the pixels' },
            { tag: 'FFFCFFFC', vr: 'OB', value: new Uint8Array(10) },
        ], { syntax });
        const d = detectDicom(file);
        const want = { PatientID: 'PAT009', PixelData: '20000', '[ACME TAIL]7FE1,xx01': 'after the pixels', DataSetTrailingPadding: '10', '7FE10010': 'ACME TAIL' };
        const whole = parseHeader(file, file.length, d, tags);
        assert.equal(whole.error, undefined, syntax);
        assert.equal(whole.tail, undefined, 'read at once from the bytes in hand');
        assert.deepEqual(whole.values, want, syntax);
        const head = parseHeader(file.subarray(0, 4096), file.length, d, tags);
        assert.ok(head.tail, `${syntax}: a prefix says where the rest starts`);
        assert.equal(head.values['7FE10010'], null);
        const done = parseTail(file.subarray(head.tail.offset), head.tail, tags, head);
        assert.deepEqual(done.values, want, syntax);
        assert.equal(done.tail, undefined);
        // Through the crawl: the file is longer than the first read.
        const dir = mkdtempSync(join(tmpdir(), 'tail-'));
        try {
            writeFileSync(join(dir, 'IM1.dcm'), file);
            const [record] = await crawl(dir, { tags }).toArray();
            assert.equal(record.error, null, syntax);
            assert.deepEqual({ ...record.attributes, Modality: undefined }, { ...want, Modality: undefined }, syntax);
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    }
});
//# sourceMappingURL=values.test.js.map