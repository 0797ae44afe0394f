import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { detectDicom } from '../../lib/core/detect-dicom.js';
import { parseHeader } from '../../lib/core/parse-header.js';
import { DEFAULT_TAGS, resolveTags } from '../../lib/core/tags.js';
import { writeDicom, pixelData, uid, TRANSFER_SYNTAX } from '../helpers/dicom-writer.js';
const TAGS = resolveTags([...DEFAULT_TAGS, 'Rows', 'SpecificCharacterSet', 'ImageType']);
const CT = '1.2.840.10008.5.1.4.1.1.2';
const latin1 = (s) => new Uint8Array(Buffer.from(s, 'latin1'));
const ELEMENTS = [
    { tag: '00080005', vr: 'CS', value: 'ISO_IR 100' },
    { tag: '00080008', vr: 'CS', value: 'ORIGINAL\\PRIMARY\\AXIAL' },
    { tag: '00080016', vr: 'UI', value: CT },
    { tag: '00080018', vr: 'UI', value: uid(7, 1) },
    { tag: '00080020', vr: 'DA', value: '' },
    { tag: '00080060', vr: 'CS', value: 'CT' },
    { tag: '0008103E', vr: 'LO', value: 'Chest 1.25mm' },
    // A nested PatientID comes before the top-level one in the file: it must never win.
    { tag: '00081140', vr: 'SQ', value: [[{ tag: '00100020', vr: 'LO', value: 'NESTED-WRONG' }, { tag: '00081155', vr: 'UI', value: uid(7, 2) }]] },
    { tag: '00100010', vr: 'PN', value: latin1('Müller^Jürgen') },
    { tag: '00100020', vr: 'LO', value: 'PAT001' },
    { tag: '00101010', vr: 'AS', value: '054Y' },
    { tag: '0020000D', vr: 'UI', value: uid(1, 1) },
    { tag: '00200013', vr: 'IS', value: 7 },
    { tag: '00280010', vr: 'US', value: 512 },
    pixelData(2048),
];
function parseWhole(file) {
    const detection = detectDicom(file);
    return { detection, result: parseHeader(file, file.length, detection, TAGS) };
}
const CASES = [
    { syntax: 'explicit-le', preamble: 'zero' },
    { syntax: 'implicit-le', preamble: 'zero' },
    { syntax: 'explicit-be', preamble: 'zero' },
    { syntax: 'deflated', preamble: 'zero' },
    { syntax: 'explicit-le', preamble: 'tiff' },
    { syntax: 'implicit-le', preamble: 'tiff' },
    { syntax: 'explicit-le', preamble: 'none-raw' },
    { syntax: 'implicit-le', preamble: 'none-raw' },
    { syntax: 'explicit-be', preamble: 'none-raw' },
];
for (const { syntax, preamble } of CASES) {
    test(`reads every value of a ${syntax} file with a ${preamble} preamble`, () => {
        const { detection, result } = parseWhole(writeDicom(ELEMENTS, { syntax, preamble }));
        assert.equal(detection.kind, preamble === 'none-raw' ? 'raw' : 'part10');
        assert.equal(result.error, undefined);
        assert.equal(result.needMore, false);
        const v = result.values;
        assert.equal(v.PatientID, 'PAT001', 'the top-level PatientID, not the nested one');
        assert.equal(v.PatientName, 'Müller^Jürgen', 'ISO_IR 100 bytes decoded as Latin-1');
        assert.equal(v.Modality, 'CT');
        assert.equal(v.SOPClassUID, CT, 'UI padding NUL removed');
        assert.equal(v.SOPInstanceUID, uid(7, 1));
        assert.equal(v.StudyInstanceUID, uid(1, 1));
        assert.equal(v.PatientAge, '054Y');
        assert.equal(v.SeriesDescription, 'Chest 1.25mm');
        assert.equal(v.InstanceNumber, '7');
        assert.equal(v.Rows, '512', 'US read in the file byte order');
        assert.equal(v.ImageType, 'ORIGINAL\\PRIMARY\\AXIAL', 'multi-values joined by backslash');
        assert.equal(v.SpecificCharacterSet, 'ISO_IR 100');
        assert.equal(v.StudyDate, '', 'present but empty is ""');
        assert.equal(v.SeriesNumber, null, 'absent is null');
        assert.equal(v.PatientSex, null);
        assert.equal(v.TransferSyntaxUID, preamble === 'none-raw' ? null : TRANSFER_SYNTAX[syntax]);
    });
}
test('a PatientID found only inside a sequence item is not reported', () => {
    const elements = ELEMENTS.filter((e) => e.tag !== '00100020');
    const { result } = parseWhole(writeDicom(elements));
    assert.equal(result.values.PatientID, null);
    assert.equal(result.values.Modality, 'CT');
});
test('ISO 2022 IR 87 (Japanese, escape sequences) decodes as pydicom does', () => {
    const file = writeDicom([
        { tag: '00080005', vr: 'CS', value: '\\ISO 2022 IR 87' },
        { tag: '00080060', vr: 'CS', value: 'PT' },
        { tag: '00100010', vr: 'PN', value: latin1('Yamada^Tarou=\x1b$B;3ED\x1b(B^\x1b$BB@O:\x1b(B=\x1b$B$d$^$@\x1b(B^\x1b$B$?$m$&\x1b(B') },
        { tag: '00100020', vr: 'LO', value: 'PAT003' },
    ], { syntax: 'explicit-be' });
    const { result } = parseWhole(file);
    assert.equal(result.error, undefined);
    assert.equal(result.values.PatientName, 'Yamada^Tarou=山田^太郎=やまだ^たろう');
    assert.equal(result.values.PatientID, 'PAT003');
});
test('without SpecificCharacterSet, plain ASCII text is read unchanged', () => {
    const file = writeDicom([{ tag: '00100010', vr: 'PN', value: 'Doe^John' }, { tag: '00080060', vr: 'CS', value: 'MR' }]);
    assert.equal(parseWhole(file).result.values.PatientName, 'Doe^John');
});
test('a header longer than the prefix asks for more, then a larger prefix gives the values', () => {
    // 40 KB of comments before the patient module's later elements and the study UIDs.
    const file = writeDicom([
        ...ELEMENTS.filter((e) => e.tag < '00104000'),
        { tag: '00104000', vr: 'LT', value: 'x'.repeat(40_000) },
        ...ELEMENTS.filter((e) => e.tag > '00104000'),
    ]);
    const detection = detectDicom(file);
    const first = parseHeader(file.subarray(0, 16 * 1024), file.length, detection, TAGS);
    assert.equal(first.needMore, true);
    assert.equal(first.error, undefined);
    const bigger = parseHeader(file.subarray(0, 64 * 1024), file.length, detection, TAGS);
    assert.equal(bigger.needMore, false);
    assert.equal(bigger.error, undefined);
    assert.equal(bigger.values.InstanceNumber, '7');
    assert.equal(bigger.values.StudyInstanceUID, uid(1, 1));
    assert.equal(bigger.values.PatientID, 'PAT001');
    // When no larger prefix will come, what was read is reported, with why the rest is missing.
    const final = parseHeader(file.subarray(0, 16 * 1024), file.length, detection, TAGS, { final: true });
    assert.equal(final.needMore, false);
    assert.equal(final.values.Modality, 'CT');
    assert.equal(final.values.InstanceNumber, null);
    assert.match(final.error ?? '', /read limit/);
});
test('a prefix that holds every wanted tag does not ask for more, even when the file is longer', () => {
    const file = writeDicom(ELEMENTS.filter((e) => e.tag !== '7FE00010').concat({ tag: '00291010', vr: 'OB', value: new Uint8Array(100_000) }));
    const r = parseHeader(file.subarray(0, 4096), file.length, detectDicom(file), TAGS);
    assert.equal(r.needMore, false);
    assert.equal(r.error, undefined);
    assert.equal(r.values.Rows, '512');
});
test('a truncated file gives the values read so far and an error naming an offset', () => {
    const whole = writeDicom(ELEMENTS);
    const cut = whole.indexOf(Buffer.from('Chest 1.25mm')) + 5; // inside SeriesDescription
    const file = whole.subarray(0, cut);
    const r = parseHeader(file, file.length, detectDicom(file), TAGS);
    assert.equal(r.needMore, false);
    assert.equal(r.values.Modality, 'CT');
    assert.equal(r.values.SOPClassUID, CT);
    assert.equal(r.values.TransferSyntaxUID, TRANSFER_SYNTAX['explicit-le']);
    assert.equal(r.values.SeriesDescription, null);
    assert.equal(r.values.PatientID, null);
    assert.match(r.error ?? '', /offset \d+/);
    assert.match(r.error ?? '', /truncated/);
});
test('a file cut inside the meta header is an error, not a throw', () => {
    const file = writeDicom(ELEMENTS).subarray(0, 150);
    const r = parseHeader(file, file.length, detectDicom(file), TAGS);
    assert.ok(r.error, 'an error is reported');
    assert.equal(r.values.Modality, null);
});
test('heads that are not DICOM never yield values, whatever they are forced through', () => {
    const heads = {
        text: Buffer.from('just some text, long enough to be a head of a file\n'.repeat(10)),
        gzip: gzipSync(Buffer.from('x'.repeat(1000))),
        JSON: Buffer.from(JSON.stringify({ Modality: 'CT', pad: 'y'.repeat(400) })),
        ELF: Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01\x00', 'latin1'), Buffer.alloc(300)]),
    };
    for (const [what, head] of Object.entries(heads)) {
        assert.equal(detectDicom(head).kind, 'none', what);
        const r = parseHeader(head, head.length, { kind: 'raw' }, TAGS);
        assert.ok(r.error, `${what}: an error`);
        assert.ok(Object.values(r.values).every((v) => v === null), `${what}: no values`);
    }
});
test('a file that ends exactly between two meta elements is caught by the group length', () => {
    const file = writeDicom(ELEMENTS);
    const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
    // Find the start of the last meta element: cut the file there, at an element boundary.
    let pos = 132;
    let lastStart = pos;
    while (view.getUint16(pos, true) === 0x0002) {
        lastStart = pos;
        const vr = file.toString('latin1', pos + 4, pos + 6);
        pos += ['OB', 'OW', 'UN', 'SQ', 'UT'].includes(vr) ? 12 + view.getUint32(pos + 8, true) : 8 + view.getUint16(pos + 6, true);
    }
    const cut = file.subarray(0, lastStart);
    const result = parseHeader(cut, cut.length, detectDicom(cut), TAGS);
    assert.match(result.error ?? '', /file ends inside the file meta header/);
    assert.equal(result.values.PatientID, null);
});
//# sourceMappingURL=parse-header.test.js.map