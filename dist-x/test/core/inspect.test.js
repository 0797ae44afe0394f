import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { engine, inspect } from '../../lib/core/inspect.js';
import { parseHeader } from '../../lib/core/parse-header.js';
import { detectDicom } from '../../lib/core/detect-dicom.js';
import { resolveTags } from '../../lib/core/tags.js';
import { crawl } from '../../lib/crawl.js';
import { walk } from '../../lib/stages/walk.js';
import { sniff } from '../../lib/stages/sniff.js';
import { readHeader } from '../../lib/stages/read-header.js';
import { classify } from '../../lib/stages/classify.js';
import { summarize } from '../../lib/stages/summarize.js';
import { CrawlerError } from '../../lib/errors.js';
import { SAMPLE } from '../helpers/paths.js';
const E = engine();
function entry(path, over = {}) {
    return { path, fsPath: path, root: SAMPLE, dir: '', kind: 'file', ...over };
}
async function inspected(e) {
    const out = [];
    for (const plan of [{ sync: true }, { sync: true, scratch: Buffer.alloc(4096) }, { sync: false }]) {
        const r = await inspect(e, E, plan);
        out.push({ status: r.status, error_code: r.error_code });
    }
    return out;
}
test('inspect: status and error code for each kind of path, the same with blocking and asynchronous reads', async (t) => {
    const dir = fs.mkdtempSync(join(os.tmpdir(), 'inspect-'));
    t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
    fs.writeFileSync(join(dir, 'notes.txt'), 'hello\n');
    const good = join(SAMPLE, 'PAT001_Doe/STUDY_20240105_CT/SERIES_001_CT_Chest/IM0001');
    const broken = join(SAMPLE, 'PAT004_Broken/STUDY_X/SERIES_006_CT/truncated0002');
    const cases = [
        [entry(good), 'ok', null],
        [entry(broken), 'error', 'HEADER_MALFORMED'],
        [entry(join(dir, 'notes.txt')), 'not-dicom', null],
        [entry(join(dir, 'vanished')), 'error', 'UNREADABLE_FILE'],
        [entry(join(dir, 'link'), { kind: 'symlink', skip: 'symlink not followed (use --follow-symlinks)', code: 'SYMLINK_NOT_FOLLOWED' }), 'skipped', 'SYMLINK_NOT_FOLLOWED'],
        [entry(join(dir, 'sock'), { kind: 'socket' }), 'skipped', 'NOT_REGULAR_FILE'],
        [entry(dir, { kind: 'directory', error: 'cannot read folder: permission denied (EACCES)', code: 'UNREADABLE_FOLDER' }), 'error', 'UNREADABLE_FOLDER'],
        [entry(dir, { kind: 'directory', folder: true }), 'folder', null],
    ];
    if (spawnSync('mkfifo', [join(dir, 'fifo')]).status === 0)
        cases.push([entry(join(dir, 'fifo')), 'skipped', 'NOT_REGULAR_FILE']);
    for (const [e, status, code] of cases) {
        assert.deepEqual(await inspected(e), Array(3).fill({ status, error_code: code }), e.path);
    }
});
test('inspect: a file not DICOM handed to `later` comes back at once without its MIME type, the named record through the promise', async (t) => {
    const dir = fs.mkdtempSync(join(os.tmpdir(), 'inspect-'));
    t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
    fs.writeFileSync(join(dir, 'notes.txt'), 'hello\n');
    let named;
    const now = inspect(entry(join(dir, 'notes.txt')), E, { sync: true, later: (p) => ((named = p), true) });
    assert.ok(!(now instanceof Promise));
    assert.equal(now.mime, null);
    assert.equal((await named).mime, 'text/plain');
    const waited = await inspect(entry(join(dir, 'notes.txt')), E, { sync: true, later: () => false });
    assert.equal(waited.mime, 'text/plain');
});
test('the stages chained give the records crawl() gives, field for field', async () => {
    const viaCrawl = (await crawl(SAMPLE, { allFiles: true }).toArray());
    const viaStages = [];
    await pipeline(walk(SAMPLE), sniff({ keepNonDicom: true }), readHeader(), classify(), async function* (records) {
        for await (const r of records)
            viaStages.push(r);
    });
    assert.equal(viaStages.length, 19);
    assert.deepEqual(viaStages, viaCrawl);
    assert.deepEqual(viaCrawl.map((r) => r.status).sort(), [...Array(12).fill('ok'), 'error', ...Array(6).fill('not-dicom')].sort());
});
test('options given as undefined take their defaults; a bad match is refused where it is given', async () => {
    const out = await Readable.from([entry(join(SAMPLE, 'PAT001_Doe/STUDY_20240105_CT/SERIES_001_CT_Chest/IM0001'))])
        .pipe(sniff({ concurrency: undefined, headBytes: undefined }))
        .toArray();
    assert.equal(out[0].dicom, 'part10');
    readHeader({ concurrency: undefined, maxHeaderBytes: undefined });
    for (const make of [() => crawl(SAMPLE, { match: 'regex' }), () => classify({ match: 'regex' }), () => summarize({ match: 'regex' })]) {
        assert.throws(make, (e) => e instanceof CrawlerError && e.code === 'BAD_OPTION' && /match must be "token" or "substring", got "regex"/.test(e.message));
    }
    assert.throws(() => crawl(SAMPLE, { concurrency: 0 }), /concurrency must be a whole number from 1 to 4096, got 0/);
});
test('parseHeader of a plain Uint8Array with a 200,000-byte transfer syntax value does not throw', () => {
    const el = (g, e, vr, value) => {
        const long = vr === 'UT';
        const h = Buffer.alloc(long ? 12 : 8);
        h.writeUInt16LE(g, 0);
        h.writeUInt16LE(e, 2);
        h.write(vr, 4, 'latin1');
        if (long)
            h.writeUInt32LE(value.length, 8);
        else
            h.writeUInt16LE(value.length, 6);
        return Buffer.concat([h, value]);
    };
    const ts = Buffer.alloc(200_000, 0x20);
    ts.write('1.2.840.10008.1.2.1', 'latin1');
    const tsEl = el(2, 0x10, 'UT', ts);
    const groupLength = Buffer.alloc(4);
    groupLength.writeUInt32LE(tsEl.length);
    const file = new Uint8Array(Buffer.concat([Buffer.alloc(128), Buffer.from('DICM'), el(2, 0, 'UL', groupLength), tsEl, el(8, 0x60, 'CS', Buffer.from('CT'))]));
    const result = parseHeader(file, file.length, detectDicom(file), resolveTags(['Modality', 'TransferSyntaxUID']));
    assert.deepEqual(result.values, { Modality: 'CT', TransferSyntaxUID: '1.2.840.10008.1.2.1' });
});
//# sourceMappingURL=inspect.test.js.map