import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { colorsFor, formatElapsed, formatProgress, Progress, shortenPath } from '../cli/progress.js';
import { formatSummary } from '../cli/report.js';
import { CrawlStats } from '../lib/core/stats.js';
import { CLI, PROJECT_ROOT } from './helpers/paths.js';
const snap = { filesSeen: 12345, dicom: 11002, errors: 3, elapsedSeconds: 5.2, currentDir: 'PAT001_Doe/STUDY_20240105_CT/SERIES_001_CT_Chest', done: false };
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;
test('the progress line shows counts, rate, elapsed time and the folder', () => {
    assert.equal(formatProgress(snap, 120), '12,345 files | 11,002 DICOM | 3 errors | 2,374 files/s | 0:05 | PAT001_Doe/STUDY_20240105_CT/SERIES_001_CT_Chest');
    assert.equal(formatProgress({ ...snap, done: true }, 120), '12,345 files | 11,002 DICOM | 3 errors | 2,374 files/s | 0:05 | done');
    assert.equal(formatProgress({ ...snap, filesSeen: 0, dicom: 0, errors: 0, elapsedSeconds: 0, currentDir: '' }, 80), '0 files | 0 DICOM | 0 errors | 0 files/s | 0:00 | .');
    // `index`: files passed over unchanged count among the files and in the rate.
    assert.equal(formatProgress({ ...snap, unchanged: 7_655, currentDir: '' }, 120), '20,000 files | 7,655 unchanged | 11,002 DICOM | 3 errors | 3,846 files/s | 0:05 | .');
});
test('the progress line fits the terminal: the folder is cut from the left, then dropped', () => {
    const line = formatProgress(snap, 80);
    assert.equal(line.length, 79);
    assert.equal(line, '12,345 files | 11,002 DICOM | 3 errors | 2,374 files/s | 0:05 | …S_001_CT_Chest');
    // Narrower than the counts: whole fields go from the end, never cut mid-field.
    assert.equal(formatProgress(snap, 50), '12,345 files | 11,002 DICOM | 3 errors | …T_Chest');
    assert.equal(formatProgress(snap, 40), '12,345 files | 11,002 DICOM | 3 errors');
    assert.equal(formatProgress(snap, 30), '12,345 files | 11,002 DICOM');
    assert.equal(formatProgress(snap, 10), '12,345 files');
    for (let w = 20; w <= 120; w++)
        assert.ok(formatProgress(snap, w).length <= w - 1 || w < 14, `width ${w}`);
});
test('colour codes do not count against the width, and the plain text is unchanged', () => {
    const colors = colorsFor({ isTTY: true }, {});
    const line = formatProgress(snap, 80, colors);
    assert.notEqual(line, formatProgress(snap, 80));
    assert.equal(line.replace(ANSI, ''), formatProgress(snap, 80));
    assert.match(line, /\x1b\[31m3 errors\x1b\[39m/);
});
test('colour only on a terminal and never with NO_COLOR or TERM=dumb', () => {
    const on = (stream, env) => colorsFor(stream, env).red('x') !== 'x';
    assert.equal(on({ isTTY: true }, {}), true);
    assert.equal(on({ isTTY: true }, { NO_COLOR: '1' }), false);
    assert.equal(on({ isTTY: true }, { NO_COLOR: '' }), true); // no-color.org: present and not empty
    assert.equal(on({ isTTY: true }, { TERM: 'dumb' }), false);
    assert.equal(on({ isTTY: false }, {}), false);
    assert.equal(on({}, {}), false);
});
test('the summary is coloured only where asked, with the same text', () => {
    const stats = new CrawlStats();
    stats.add({ path: 'r/a/x', root: 'r', dir: 'a', size: 3, mtime: null, dicom: 'part10', mime: null, modality_class: null, class_source: null, error: 'truncated or malformed header: x', status: 'error', error_code: 'HEADER_MALFORMED', attributes: {} });
    stats.end();
    const plain = formatSummary(stats.toJSON());
    const coloured = formatSummary(stats.toJSON(), colorsFor({ isTTY: true }, {}));
    assert.match(plain, /^ {2}error: truncated or malformed header 1 \(e\.g\. r\/a\/x\)$/m);
    assert.notEqual(coloured, plain);
    assert.equal(coloured.replace(ANSI, ''), plain);
});
test('a progress line only on a terminal, without --quiet, and not over records drawn on the same terminal', () => {
    const tty = { isTTY: true };
    const notTty = { isTTY: false };
    assert.equal(Progress.wanted({ quiet: false, toFile: false }, tty, 'file'), true);
    assert.equal(Progress.wanted({ quiet: true, toFile: false }, tty, 'file'), false);
    assert.equal(Progress.wanted({ quiet: false, toFile: false }, notTty, 'file'), false);
    assert.equal(Progress.wanted({ quiet: false, toFile: false }, tty, 'terminal'), false);
    // A pipe's reader (| head, | less) prints on the same terminal.
    assert.equal(Progress.wanted({ quiet: false, toFile: false }, tty, 'pipe'), false);
    assert.equal(Progress.wanted({ quiet: false, toFile: true }, tty, 'terminal'), true);
    assert.equal(Progress.wanted({ quiet: false, toFile: true }, tty, 'pipe'), true);
});
test('dicom-crawler fixtures/sample | head -3 on a terminal: clean rows, no progress line drawn into them or left after them', (t) => {
    if (spawnSync('sh', ['-c', 'command -v script']).status !== 0)
        return t.skip('script (bsdutils) not installed: no pseudo-terminal');
    const q = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
    const r = spawnSync('script', ['-qec', `${q(process.execPath)} ${q(CLI)} fixtures/sample | head -3`, '/dev/null'], { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', TERM: 'xterm' } });
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.replace(/\r/g, '').split('\n').filter(Boolean);
    assert.doesNotMatch(r.stdout, /files\/s \|/, 'a progress line was drawn');
    assert.doesNotMatch(r.stdout, /\x1b\[/, 'cursor movements on the terminal');
    const rows = lines.filter((l) => !/^(\d[\d,]* files?: |  )/.test(l));
    assert.equal(rows.length, 3, lines.join('\n'));
    assert.match(rows[0], /^path,size,dicom,mime,/);
    for (const row of rows.slice(1))
        assert.match(row, /^fixtures\/sample\/PAT001_Doe\/STUDY_20240105_CT\/SERIES_001_CT_Chest\/IM000[12],/);
});
test('elapsed time and path shortening', () => {
    assert.equal(formatElapsed(0), '0:00');
    assert.equal(formatElapsed(75.9), '1:15');
    assert.equal(formatElapsed(3725), '1:02:05');
    assert.equal(shortenPath('a/b/c', 10), 'a/b/c');
    assert.equal(shortenPath('abcdefghij', 5), '…ghij');
    assert.equal(shortenPath('abc', 1), '');
});
test('the built CLI draws the progress line on a terminal and leaves its final state above the summary', (t) => {
    if (spawnSync('sh', ['-c', 'command -v script']).status !== 0)
        return t.skip('script (bsdutils) not installed: no pseudo-terminal');
    const tmp = mkdtempSync(join(tmpdir(), 'dicom-crawler-progress-'));
    try {
        const out = join(tmp, 'out.csv');
        const q = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
        // script gives the command a terminal on stderr; stdout goes to a file, as in real use.
        const run = (env) => spawnSync('script', ['-qec', `${q(process.execPath)} ${q(CLI)} fixtures/sample > ${q(out)}`, '/dev/null'], { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
        const plain = run({ NO_COLOR: '1', TERM: 'xterm' });
        assert.equal(plain.status, 0, plain.stderr);
        // The last redraw of the line, then the summary on the next line.
        const text = plain.stdout.replace(/\r/g, '');
        const last = text.split('\x1b[1G').pop().replace(ANSI, '').replace(/\x1b[78]/g, '');
        assert.match(last, /^19 files \| 12 DICOM \| 1 error \| \d[\d,]* files\/s \| 0:0\d \| done\n19 files: 12 DICOM \(11 part10, 1 raw\), 1 with errors, 6 skipped in /);
        assert.doesNotMatch(plain.stdout, /\x1b\[3\dm/, 'NO_COLOR: no colour codes');
        assert.equal(readFileSync(out, 'utf8').split('\n')[0]?.slice(0, 17), 'path,size,dicom,m');
        const coloured = run({ NO_COLOR: '', TERM: 'xterm' });
        assert.match(coloured.stdout, /\x1b\[31m1 error\x1b\[39m/);
        const quiet = spawnSync('script', ['-qec', `${q(process.execPath)} ${q(CLI)} --quiet fixtures/sample > ${q(out)}`, '/dev/null'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
        assert.equal(quiet.stdout, '');
    }
    finally {
        rmSync(tmp, { recursive: true, force: true });
    }
});
test('off a terminal there is no progress line: stderr holds the summary only', () => {
    const r = spawnSync(process.execPath, [CLI, 'fixtures/sample'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0);
    assert.match(r.stderr, /^19 files: 12 DICOM/);
    assert.doesNotMatch(r.stderr, /\x1b/);
});
test('counts are written as toLocaleString("en-US") writes them, without its cost', async () => {
    const { count } = await import('../cli/count.js');
    for (const x of [0, 7, 999, 1000, 12345, 999999, 1000000, 20000, 1234567890, -1234, -999, Number.MAX_SAFE_INTEGER, 3.5, 1234.5678, NaN, Infinity]) {
        assert.equal(count(x), x.toLocaleString('en-US'), String(x));
    }
});
//# sourceMappingURL=progress.test.js.map