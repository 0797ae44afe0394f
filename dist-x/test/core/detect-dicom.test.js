import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { detectDicom, isPart10 } from '../../lib/core/detect-dicom.js';
import { writeDicom, pixelData, uid } from '../helpers/dicom-writer.js';
const ELEMENTS = [
    { tag: '00080016', vr: 'UI', value: '1.2.840.10008.5.1.4.1.1.2' },
    { tag: '00080018', vr: 'UI', value: uid(9, 1) },
    { tag: '00080060', vr: 'CS', value: 'CT' },
    { tag: '00100020', vr: 'LO', value: 'PAT9' },
    pixelData(256),
];
for (const syntax of ['explicit-le', 'implicit-le', 'explicit-be', 'deflated']) {
    for (const preamble of ['zero', 'tiff']) {
        test(`part10: ${syntax} with a ${preamble} preamble`, () => {
            const file = writeDicom(ELEMENTS, { syntax, preamble });
            assert.ok(isPart10(file));
            assert.deepEqual(detectDicom(file), { kind: 'part10' });
        });
    }
}
for (const syntax of ['explicit-le', 'implicit-le', 'explicit-be']) {
    test(`raw: a ${syntax} dataset at byte 0 is found and its encoding named`, () => {
        const file = writeDicom(ELEMENTS, { syntax, preamble: 'none-raw' });
        assert.deepEqual(detectDicom(file), { kind: 'raw', encoding: syntax });
    });
}
test('raw: a tiny dataset of two elements that ends cleanly is still DICOM', () => {
    const file = writeDicom(ELEMENTS.slice(2, 4), { preamble: 'none-raw' });
    assert.equal(detectDicom(file).kind, 'raw');
    // ...but the same bytes inside a larger file (the rest is garbage) need three elements
    assert.equal(detectDicom(file, file.length + 100).kind, 'none');
});
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(256, 0)]);
const NOT_DICOM = {
    text: Buffer.from('Patient notes\nnothing to see here, just a long enough line of text to pass 132 bytes '.repeat(4)),
    gzip: gzipSync(Buffer.from('hello world '.repeat(50))),
    JSON: Buffer.from(JSON.stringify({ '00100020': { vr: 'LO', Value: ['PAT1'] }, pad: 'x'.repeat(300) })),
    ELF,
    PDF: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n'.repeat(5)),
    empty: Buffer.alloc(0),
    'zeros (sparse file)': Buffer.alloc(4096),
    'short DICM-less head': Buffer.from([0x08, 0x00]),
};
for (const [what, bytes] of Object.entries(NOT_DICOM)) {
    test(`not DICOM: ${what}`, () => {
        assert.deepEqual(detectDicom(bytes), { kind: 'none' });
    });
}
test('not DICOM: a dataset-like head whose first element claims more bytes than the file has', () => {
    const file = writeDicom(ELEMENTS, { preamble: 'none-raw' });
    assert.equal(detectDicom(file.subarray(0, 30), 30).kind, 'none');
});
test('this very test file (JavaScript source) is not DICOM', () => {
    assert.equal(detectDicom(readFileSync(new URL(import.meta.url))).kind, 'none');
});
//# sourceMappingURL=detect-dicom.test.js.map