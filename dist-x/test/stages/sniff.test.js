import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { sniff } from '../../lib/stages/sniff.js';
import { CrawlerError } from '../../lib/errors.js';
import { SAMPLE } from '../helpers/paths.js';
import { runStage } from '../helpers/streams.js';
const entry = (rel) => ({ path: path.join(SAMPLE, rel), fsPath: path.join(SAMPLE, rel), root: SAMPLE, dir: path.dirname(rel), kind: 'file' });
const FILES = [
    'PAT001_Doe/STUDY_20240105_CT/SERIES_001_CT_Chest/IM0001',
    'PAT001_Doe/STUDY_20240105_CT/SERIES_002_CT_Scout/IM0001', // TIFF preamble
    'PAT001_Doe/STUDY_20240105_CT/SERIES_002_CT_Scout/thumbnail.jpg',
    'PAT002_Müller/STUDY_20231212_MR/SERIES_004_MR_noPreamble/raw0001.dcm',
    'PAT004_Broken/STUDY_X/SERIES_006_CT/empty0003',
    'misc/notes.txt',
    'misc/report.pdf',
    'misc/archive.gz',
];
test('keepNonDicom: every entry comes out, in order, as part10, raw or none with its mime', async () => {
    const out = await runStage(FILES.map(entry), sniff({ keepNonDicom: true }));
    assert.deepEqual(out.map((e) => [path.basename(e.path), e.dicom, e.mime]), [
        ['IM0001', 'part10', null],
        ['IM0001', 'part10', null],
        ['thumbnail.jpg', 'none', 'image/jpeg'],
        ['raw0001.dcm', 'raw', null],
        ['empty0003', 'none', 'application/x-empty'],
        ['notes.txt', 'none', 'text/plain'],
        ['report.pdf', 'none', 'application/pdf'],
        ['archive.gz', 'none', 'application/x-gzip'],
    ]);
    const raw = out[3];
    assert.equal(raw.encoding, 'explicit-le');
    assert.equal(out[0].size, 9248);
    assert.ok(out[0].mtime instanceof Date);
    assert.equal(out[0].head?.length, 4096, 'the default 4 KiB head is carried on for readHeader');
    assert.equal(out[5].head, undefined, 'no head kept for non-DICOM');
});
test('by default non-DICOM entries are dropped and announced with a skip event', async () => {
    const stage = sniff();
    const skipped = [];
    stage.on('skip', (e) => skipped.push(e));
    const out = await runStage(FILES.map(entry), stage);
    assert.deepEqual(out.map((e) => e.dicom), ['part10', 'part10', 'raw']);
    // skip events come as each file is decided, not in input order
    assert.deepEqual(skipped.map((e) => path.basename(e.path)).sort(), ['archive.gz', 'empty0003', 'notes.txt', 'report.pdf', 'thumbnail.jpg']);
});
test('headBytes bounds the head read', async () => {
    const [e] = await runStage([entry(FILES[0])], sniff({ headBytes: 1024 }));
    assert.equal(e?.head?.length, 1024);
    assert.equal(e?.size, 9248);
});
test('a vanished file and a link not followed become data, not a failure', async () => {
    const gone = { ...entry('misc/no-such-file'), kind: 'file' };
    const link = { ...entry('misc/link'), kind: 'symlink', skip: 'symlink not followed (use --follow-symlinks)' };
    const out = await runStage([gone, link], sniff({ keepNonDicom: true }));
    assert.equal(out[0].dicom, 'none');
    assert.match(out[0].error ?? '', /ENOENT/);
    assert.equal(out[1].skip, 'symlink not followed (use --follow-symlinks)');
    assert.equal(out[1].mime, 'inode/symlink');
});
test('options are checked at construction', () => {
    for (const bad of [{ concurrency: 0 }, { concurrency: 1.5 }, { headBytes: -1 }]) {
        assert.throws(() => sniff(bad), (e) => e instanceof CrawlerError && e.code === 'BAD_OPTION', JSON.stringify(bad));
    }
});
//# sourceMappingURL=sniff.test.js.map