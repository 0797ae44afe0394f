import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ScanSlots, scanElements } from '../../lib/core/scan-elements.js';
import { parseHeader } from '../../lib/core/parse-header.js';
import { detectDicom } from '../../lib/core/detect-dicom.js';
import { DEFAULT_TAGS, resolveTags } from '../../lib/core/tags.js';
import { CORPUS, CORPUS_SKIP } from '../helpers/paths.js';
import { uid, writeDicom } from '../helpers/dicom-writer.js';
const TAGS = resolveTags([...DEFAULT_TAGS, 'Manufacturer', 'ReferencedImageSequence', 'PixelSpacing', 'Rows', 'ImageType', 'WindowCenter', '00091001']);
const WANTED = { slots: new Map([[0x00080060, 0], [0x00081140, 1], [0x00100020, 2]]) };
const out = new ScanSlots(3);
function sample(syntax) {
    const elements = [
        { tag: '00080016', vr: 'UI', value: '1.2.840.10008.5.1.4.1.1.2' },
        { tag: '00080018', vr: 'UI', value: uid(9, 1) },
        { tag: '00080060', vr: 'CS', value: 'CT' },
        {
            tag: '00081140',
            vr: 'SQ',
            value: [
                [{ tag: '00081150', vr: 'UI', value: '1.2.3' }, { tag: '00081155', vr: 'UI', value: uid(9, 2) }],
                [{ tag: '00081150', vr: 'UI', value: '1.2.3' }, { tag: '00081155', vr: 'SQ', value: [[{ tag: '00081150', vr: 'UI', value: '4.5' }]] }],
            ],
        },
        { tag: '00100020', vr: 'LO', value: 'SCAN1' },
        { tag: '00280010', vr: 'US', value: 2 },
        { tag: '7FE00010', vr: 'OW', value: new Uint8Array(8) },
    ];
    return writeDicom(elements, { syntax });
}
/** Where the dataset starts after the file meta group. */
function datasetStart(file) {
    return 144 + file.readUInt32LE(140);
}
for (const syntax of ['explicit-le', 'implicit-le']) {
    test(`scan (${syntax}): finds the wanted top-level elements, walks sequences of undefined length, stops at the pixel data`, () => {
        const file = sample(syntax);
        assert.equal(scanElements(file, datasetStart(file), syntax === 'explicit-le', WANTED, out), true);
        assert.deepEqual([...out.found], [1, 1, 1]);
        assert.equal(file.toString('latin1', out.offset[2], out.offset[2] + out.length[2]).trim(), 'SCAN1');
        assert.equal(file.toString('latin1', out.offset[0], out.offset[0] + out.length[0]), 'CT');
        // A sequence of undefined length gets the length up to its delimiter, as dicom-parser gives it.
        assert.equal(file.readUInt32LE(out.offset[1] + out.length[1]), 0xe0ddfffe);
        assert.equal(out.vr[0], syntax === 'explicit-le' ? (0x43 << 8) | 0x53 : 0);
        assert.equal(out.reachedPixels, true);
        assert.equal(out.lastTag, 0x7fe00010);
    });
}
test('scan: stops at the first element past `after`, which it reports as the last tag', () => {
    const file = sample('explicit-le');
    const one = new ScanSlots(1);
    assert.equal(scanElements(file, datasetStart(file), true, { slots: new Map([[0x00080060, 0]]), after: 0x00080060 }, one), true);
    assert.equal(one.found[0], 1);
    assert.equal(one.lastTag, 0x00081140);
    assert.equal(one.reachedPixels, false);
});
test('scan: gives up on bytes it cannot be sure of', () => {
    const file = sample('explicit-le');
    const start = datasetStart(file);
    // cut inside an element
    assert.equal(scanElements(file.subarray(0, start + 20), start, true, { slots: new Map() }, out), false);
    // a VR that is no VR
    const badVr = Buffer.from(file);
    badVr.write('ZZ', start + 4, 'latin1');
    assert.equal(scanElements(badVr, start, true, WANTED, out), false);
    // tags out of order
    const swapped = Buffer.from(file);
    swapped.writeUInt16LE(0x0020, start);
    swapped.writeUInt16LE(0x0001, start + 2);
    assert.equal(scanElements(swapped, start, true, WANTED, out), false);
});
test('parseHeader: scan and full parse agree on written files, whole and cut', () => {
    for (const syntax of ['explicit-le', 'implicit-le', 'explicit-be', 'deflated']) {
        const file = sample(syntax);
        for (const cut of [file.length, 600, 400, 300, 200]) {
            const head = file.subarray(0, cut);
            const d = detectDicom(head, file.length);
            for (const final of [false, true]) {
                assert.deepEqual(parseHeader(head, file.length, d, TAGS, { final }), parseHeader(head, file.length, d, TAGS, { final, scan: false }), `${syntax} cut at ${cut}`);
            }
        }
    }
});
function* files(dir) {
    for (const name of readdirSync(dir).sort()) {
        const p = join(dir, name);
        if (statSync(p).isDirectory())
            yield* files(p);
        else
            yield p;
    }
}
test('parseHeader: scan and full parse agree on every file of pydicom\'s corpus, whole and as 512 B, 4 KiB, 16 KiB heads', { skip: CORPUS_SKIP }, () => {
    let compared = 0;
    for (const path of files(CORPUS)) {
        const bytes = readFileSync(path);
        for (const cut of [bytes.length, 512, 4096, 16384]) {
            const head = bytes.subarray(0, cut);
            const d = detectDicom(head, bytes.length);
            if (d.kind === 'none')
                continue;
            for (const tags of [TAGS, resolveTags(['PatientID'])]) {
                assert.deepEqual(parseHeader(head, bytes.length, d, tags), parseHeader(head, bytes.length, d, tags, { scan: false }), `${path} cut at ${cut}`);
                compared++;
            }
        }
    }
    assert.ok(compared > 1000, `compared ${compared}`);
});
//# sourceMappingURL=scan-elements.test.js.map