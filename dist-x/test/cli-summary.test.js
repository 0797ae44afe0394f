import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { CLI } from './helpers/paths.js';
import { buildSummaryTree, P1, P2, P3 } from './helpers/summary-tree.js';
import { uid } from './helpers/dicom-writer.js';
const root = buildSummaryTree();
const scratch = mkdtempSync(join(tmpdir(), 'dcm-summary-out-'));
after(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
});
function run(args, opts = {}) {
    const argv = [CLI, ...args];
    const r = opts.asNobody
        ? spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...argv], { encoding: 'utf8' })
        : spawnSync(process.execPath, argv, { encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const readCsv = (text) => parse(text, { columns: true });
test('summary writes <root>/modal_data.csv: every row, count and value', () => {
    const r = run(['summary', '-q', root]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    const text = readFileSync(join(root, 'modal_data.csv'), 'utf8');
    assert.equal(text.split('\n')[0], 'Modality,Path,DCM_Count,Study Date,Acquisition Time,Subject_ID,Subject_Sex,Subject_Age,Other_Count,Error_Count,Series_Count,StudyInstanceUID,SeriesInstanceUID,Class_Source');
    const rows = readCsv(text);
    const p = (rel) => `${root}/${rel}`;
    assert.deepEqual(rows, [
        // By Study Date first (P3 2022, P2 2023, P1 2024), then by time: P2's 12:00 comes before P1's 09:59.
        row('CT+PET', p('P3_Gamma/ST3/SER7_mixed'), 2, P3, '070000', 0, 0, 2, uid(2, 3, 7), 'tag'),
        row('MRI', p('P2_Beta/ST2_MR/SER3_MR'), 2, P2, '080000', 0, 0, 2, uid(2, 2, 3), 'tag'),
        // The empty file is not DICOM; the truncated one is DICOM with an error (classed by its folder name); the values are c_good's.
        row('MRI', p('P2_Beta/ST2_MR/SER4_MR_broken'), 2, P2, '120000', 1, 1, 1, uid(2, 2, 5), 'path+tag'),
        row('CT', p('P1_Alpha/ST1_CT/SER2_CT_Scout'), 1, P1, '095900', 1, 0, 1, uid(2, 1, 2), 'tag'),
        row('CT', p('P1_Alpha/ST1_CT/SER1_CT'), 3, P1, '100000', 1, 0, 1, uid(2, 1, 1), 'tag'),
        empty('PET', p('P3_Gamma/ST3/SER5_PET_pdfonly'), 1),
        empty('CT', p('P3_Gamma/ST3/SER6_CT_empty'), 0),
    ]);
    // No temp file is left beside it.
    assert.deepEqual(readdirSync(root).filter((n) => n.includes('modal_data')), ['modal_data.csv']);
});
test('the same tree gives the same bytes twice (and an earlier modal_data.csv is not counted)', () => {
    const first = run(['summary', '--stdout', '-q', root]);
    const second = run(['summary', '--stdout', '-q', root]);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stdout, second.stdout);
    const inRoot = run(['summary', '-q', root]);
    assert.equal(inRoot.code, 0);
    assert.equal(readFileSync(join(root, 'modal_data.csv'), 'utf8'), first.stdout);
});
test('--match substring reproduces the old rule: "CT" in "Doctor", "SC" in "misc"', () => {
    const r = run(['summary', '--stdout', '-q', '--match', 'substring', root]);
    assert.equal(r.code, 0, r.stderr);
    const extra = readCsv(r.stdout).filter((x) => x.Path?.endsWith('misc') || x.Path?.includes('Doctor'));
    assert.deepEqual(extra.map((x) => [x.Modality, x.Path?.slice(root.length + 1), x.Other_Count]), [
        ['CT', 'P5_Doctor/SER9_notes', '1'],
        ['OT', 'misc', '1'],
    ]);
});
test('--output-dir: one file per root, roots with the same name do not collide', () => {
    const a = join(scratch, 'a', 'site');
    const b = join(scratch, 'b', 'site');
    cpSync(join(root, 'P1_Alpha'), join(a, 'P1_Alpha'), { recursive: true });
    cpSync(join(root, 'P2_Beta'), join(b, 'P2_Beta'), { recursive: true });
    const out = join(scratch, 'reports');
    const r = run(['summary', '-q', '--output-dir', out, a, b]);
    assert.equal(r.code, 0, r.stderr);
    const files = readdirSync(out).sort();
    assert.equal(files.length, 2);
    for (const f of files)
        assert.match(f, /^site-[0-9a-f]{8}-modal_data\.csv$/);
    const all = files.map((f) => readCsv(readFileSync(join(out, f), 'utf8')));
    const sites = all.map((rows) => rows.map((x) => x.Subject_ID).join(',')).sort();
    assert.deepEqual(sites, ['P1,P1', 'P2,P2']);
    assert.equal(existsSync(join(a, 'modal_data.csv')), false, 'nothing is written into the roots');
});
test('a bad option stops before anything is written, and the old file stays', () => {
    const dir = join(scratch, 'classic');
    cpSync(join(root, 'P1_Alpha'), join(dir, 'P1_Alpha'), { recursive: true });
    writeFileSync(join(dir, 'modal_data.csv'), 'old table\n');
    const r = run(['summary', '--concurrency', '0', dir]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--concurrency/);
    assert.equal(readFileSync(join(dir, 'modal_data.csv'), 'utf8'), 'old table\n');
    const both = run(['summary', '--stdout', '--output-dir', scratch, dir]);
    assert.equal(both.code, 2);
});
test('a read-only root: clear error naming --output-dir, exit 3', (t) => {
    const probe = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '-e', ''], { encoding: 'utf8' });
    if (probe.status !== 0) {
        t.skip('setpriv cannot run node as an unprivileged user here: read-only root not tested');
        return;
    }
    chmodSync(root, 0o755);
    const r = run(['summary', '-q', root], { asNobody: true });
    if (r.code === 0) {
        t.skip('the unprivileged user can write the root here: read-only root not tested');
        return;
    }
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stderr, /cannot write .*modal_data\.csv: permission denied/);
    assert.match(r.stderr, /--output-dir/);
});
function row(Modality, Path, dcm, p, time, other, errors, series, seriesUid, source) {
    return {
        Modality,
        Path,
        DCM_Count: String(dcm),
        'Study Date': p.studyDate,
        'Acquisition Time': time,
        Subject_ID: p.patient,
        Subject_Sex: p.sex,
        Subject_Age: p.age,
        Other_Count: String(other),
        Error_Count: String(errors),
        Series_Count: String(series),
        StudyInstanceUID: uid(1, p.study),
        SeriesInstanceUID: seriesUid,
        Class_Source: source,
    };
}
function empty(Modality, Path, other) {
    const blank = { 'Study Date': '', 'Acquisition Time': '', Subject_ID: '', Subject_Sex: '', Subject_Age: '', StudyInstanceUID: '', SeriesInstanceUID: '' };
    return { Modality, Path, DCM_Count: '0', ...blank, Other_Count: String(other), Error_Count: '0', Series_Count: '0', Class_Source: 'path' };
}
//# sourceMappingURL=cli-summary.test.js.map