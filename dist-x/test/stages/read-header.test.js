import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readHeader } from '../../lib/stages/read-header.js';
import { sniffEntry } from '../../lib/stages/sniff.js';
import { CrawlerError } from '../../lib/errors.js';
import { writeDicom, pixelData, uid } from '../helpers/dicom-writer.js';
import { runStage } from '../helpers/streams.js';
const ELEMENTS = [
    { tag: '00080060', vr: 'CS', value: 'MR' },
    { tag: '00100010', vr: 'PN', value: 'Doe^Jane' },
    // 100 KB of private bytes before the study module: the first 16 KiB head cannot hold the wanted attributes
    { tag: '00191010', vr: 'OB', value: new Uint8Array(100_000) },
    { tag: '00200013', vr: 'IS', value: 3 },
    { tag: '0020000E', vr: 'UI', value: uid(8, 1) },
    pixelData(64),
];
function tmpFiles(t, files) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rh-'));
    t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const out = {};
    for (const [name, bytes] of Object.entries(files)) {
        const p = path.join(dir, name);
        fs.writeFileSync(p, bytes);
        out[name] = { path: p, fsPath: p, root: dir, dir: '', kind: 'file' };
    }
    return out;
}
test('records come out in order with the wanted attributes; a long header is re-read with a larger prefix', async (t) => {
    const f = tmpFiles(t, {
        long: writeDicom(ELEMENTS),
        short: writeDicom([{ tag: '00080060', vr: 'CS', value: 'CT' }, { tag: '00200013', vr: 'IS', value: 9 }]),
        text: Buffer.from('not dicom\n'),
    });
    const sniffed = await Promise.all([f.long, f.short, f.text].map((e) => sniffEntry(e, 16 * 1024)));
    assert.equal(sniffed[0].head?.length, 16 * 1024);
    const out = await runStage(sniffed, readHeader({ tags: ['Modality', 'PatientName', 'InstanceNumber', 'SeriesInstanceUID', 'SeriesNumber'] }));
    assert.deepEqual(out.map((r) => r.attributes), [
        { Modality: 'MR', PatientName: 'Doe^Jane', InstanceNumber: '3', SeriesInstanceUID: uid(8, 1), SeriesNumber: null },
        { Modality: 'CT', PatientName: null, InstanceNumber: '9', SeriesInstanceUID: null, SeriesNumber: null },
        { Modality: null, PatientName: null, InstanceNumber: null, SeriesInstanceUID: null, SeriesNumber: null },
    ]);
    assert.deepEqual(out.map((r) => [r.dicom, r.error]), [['part10', null], ['part10', null], ['none', null]]);
    assert.equal(out[2].mime, 'text/plain');
    assert.ok(out.every((r) => !('head' in r)), 'head bytes are not carried into records');
});
test('maxHeaderBytes caps the re-read: the record says the header passed the read limit', async (t) => {
    const f = tmpFiles(t, { long: writeDicom(ELEMENTS) });
    const sniffed = await sniffEntry(f.long, 4096);
    const [r] = await runStage([sniffed], readHeader({ tags: ['Modality', 'InstanceNumber'], maxHeaderBytes: 32 * 1024 }));
    assert.equal(r.attributes.Modality, 'MR');
    assert.equal(r.attributes.InstanceNumber, null);
    assert.match(r.error ?? '', /read limit/);
});
test('options and tags are checked at construction', () => {
    assert.throws(() => readHeader({ concurrency: 0 }), (e) => e instanceof CrawlerError && e.code === 'BAD_OPTION');
    assert.throws(() => readHeader({ maxHeaderBytes: 0 }), (e) => e instanceof CrawlerError && e.code === 'BAD_OPTION');
    assert.throws(() => readHeader({ tags: ['Modality', 'Modalty'] }), (e) => e instanceof CrawlerError && e.code === 'BAD_TAG' && /Modalty/.test(e.message));
});
//# sourceMappingURL=read-header.test.js.map