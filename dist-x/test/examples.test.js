/**
 * The scripts in examples/ run as a user would run them, importing the
 * package by its name (`dicom-crawler` resolves to this package through its
 * own "exports" map), on the sample tree.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { CLI, PROJECT_ROOT } from './helpers/paths.js';
let tmp;
before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'dicom-crawler-examples-'));
    // The examples import the published entry point, which is the build in dist/ (`npm test` builds it).
    assert.ok(existsSync(join(PROJECT_ROOT, 'dist', 'lib', 'index.js')), 'dist/lib/index.js missing: run `npm run build` first');
});
after(() => rmSync(tmp, { recursive: true, force: true }));
function run(script, ...args) {
    const r = spawnSync(process.execPath, [join('examples', script), ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return r;
}
test('examples/count-by-modality.mjs counts readable DICOM files by Modality', () => {
    const r = run('count-by-modality.mjs', 'fixtures/sample');
    const rows = r.stdout.trim().split('\n').map((l) => l.trim().split(/\s+/));
    assert.deepEqual(rows, [['5', 'CT'], ['3', 'MR'], ['2', 'PT'], ['1', 'RTSTRUCT'], ['1', 'SEG']]);
});
test('examples/count-by-modality.mjs without a root prints its usage and exits 2', () => {
    const r = spawnSync(process.execPath, ['examples/count-by-modality.mjs'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^usage: /);
});
test('examples/ct-only-ndjson.mjs keeps CT files whose SeriesDescription matches', () => {
    const out = join(tmp, 'ct.ndjson');
    const r = run('ct-only-ndjson.mjs', 'fixtures/sample', '^chest', out);
    const records = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(records.map((x) => [x.InstanceNumber, x.SeriesDescription, x.Modality]), [
        [1, 'Chest 1.25mm', 'CT'],
        [2, 'Chest 1.25mm', 'CT'],
        [3, 'Chest 1.25mm', 'CT'],
    ]);
    assert.deepEqual(Object.keys(records[0]).slice(8), ['Modality', 'PatientID', 'StudyInstanceUID', 'SeriesInstanceUID', 'SeriesDescription', 'InstanceNumber']);
    assert.match(r.stderr, /^3 CT files/);
    // Another pattern, other files: the Scout series only.
    run('ct-only-ndjson.mjs', 'fixtures/sample', 'scout', out);
    assert.deepEqual(readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l).path), [
        'fixtures/sample/PAT001_Doe/STUDY_20240105_CT/SERIES_002_CT_Scout/IM0001',
    ]);
});
test('examples/to-duckdb.mjs stores every record in a DuckDB table', async () => {
    const dbFile = join(tmp, 'files.duckdb');
    const r = run('to-duckdb.mjs', 'fixtures/sample', dbFile);
    assert.deepEqual(r.stdout.trim().split('\n'), ['CT\t5 files\t3 series', 'MRI\t3 files\t2 series', 'PET\t2 files\t1 series', 'RT\t1 files\t1 series', 'SEG\t1 files\t1 series']);
    const db = await DuckDBInstance.create(dbFile, { access_mode: 'READ_ONLY' });
    const c = await db.connect();
    try {
        const rows = (await c.runAndReadAll(`SELECT count(*)::INTEGER AS n, count(error)::INTEGER AS errors, sum(size)::INTEGER AS bytes FROM files`)).getRowObjectsJson();
        assert.deepEqual(rows, [{ n: 13, errors: 1, bytes: 85920 }]);
        const name = (await c.runAndReadAll(`SELECT PatientName FROM files LIMIT 0`).catch(() => null));
        assert.equal(name, null, 'only the asked attributes become columns');
    }
    finally {
        c.closeSync();
        db.closeSync();
    }
});
// ---------------------------------------------------------------- the README's and --help's command lines
/** `dicom-crawler ...` lines of the README's "The CLI at a glance" block, comments cut (the synopsis line aside). */
function readmeExamples() {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    const block = /## The CLI at a glance\n+```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    return block
        .split('\n')
        .map((l) => l.replace(/\s+#.*$/, '').trim())
        .filter((l) => l.startsWith('dicom-crawler ') && !l.includes('<root...>'));
}
/** The example lines of `--help` of the command and each sub-command. */
function helpExamples() {
    const help = (...args) => spawnSync(process.execPath, [CLI, ...args, '--help'], { encoding: 'utf8' }).stdout;
    const main = help();
    const commands = [...main.matchAll(/^ {2}(\w+) \[options\]/gm)].map((m) => m[1]);
    return [main, ...commands.map((c) => help(c))].flatMap((text) => text.split('\n').filter((l) => /^ {2}dicom-crawler /.test(l)).map((l) => l.trim()));
}
test('the README\'s and --help\'s examples run as written, with dicom-crawler on PATH as `npm link` puts it', (t) => {
    const box = join(tmp, 'as-written');
    // `npm link` / `npm install -g .` make a link named dicom-crawler to dist/cli/dicom-crawler.js.
    const bin = join(box, 'bin');
    mkdirSync(bin, { recursive: true });
    symlinkSync(CLI, join(bin, 'dicom-crawler'));
    // /data stands for a folder of archives, each a copy of the sample tree.
    const data = join(box, 'data');
    for (const name of ['archive', 'siteA', 'siteB'])
        cpSync(join(PROJECT_ROOT, 'fixtures', 'sample'), join(data, name), { recursive: true });
    const work = join(box, 'work');
    mkdirSync(work);
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1' };
    const have = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
    const lines = [...new Set([...readmeExamples(), ...helpExamples()])];
    assert.ok(lines.length >= 8, `found ${lines.length} examples`);
    const ran = [];
    for (const line of lines) {
        const missing = ['jq', 'csvlook'].find((tool) => line.includes(`| ${tool}`) && !have(tool));
        if (missing) {
            t.diagnostic(`not run (${missing} not installed): ${line}`);
            continue;
        }
        // Catalogues an example reads but no example makes (one per shard): made as `index` makes them.
        for (const db of line.match(/\bshard\d+\.sqlite\b/g) ?? []) {
            if (!existsSync(join(work, db)))
                assert.equal(spawnSync('dicom-crawler', ['index', '-q', '--db', db, join(data, 'siteA')], { cwd: work, env }).status, 0);
        }
        const command = line.replace(/\/data\b/g, data);
        const r = spawnSync('bash', ['-o', 'pipefail', '-c', command], { cwd: work, env, encoding: 'utf8', timeout: 60_000 });
        assert.equal(r.status, 0, `${line}\n${r.stderr}`);
        assert.doesNotMatch(r.stderr, /Error sniffing|Traceback|\n\s+at /, `${line}\n${r.stderr}`);
        ran.push(line);
        // What each kind of example promises, checked on what it left.
        if (/\| jq -r \.Modality \| sort \| uniq -c/.test(line))
            assert.match(r.stdout, /^\s+18 CT$/m, `${line}\n${r.stdout}`);
        if (/^dicom-crawler summary \/data\/\w+$/.test(line))
            assert.ok(existsSync(join(data, line.split('/').pop(), 'modal_data.csv')), line);
        if (line.includes('--output-dir reports/'))
            assert.deepEqual(readdirSync(join(work, 'reports')).sort(), ['siteA-modal_data.csv', 'siteB-modal_data.csv']);
        if (line.includes('| csvlook')) {
            assert.match(r.stdout, /\| 047Y /, 'PatientAge as written');
            assert.match(r.stdout, /\| 083000 /, 'times as written');
        }
        if (line.includes('--output files.csv'))
            assert.equal(readFileSync(join(work, 'files.csv'), 'utf8').split('\n')[0].split(',').slice(-2).join(','), 'Manufacturer,00180050');
    }
    t.diagnostic(`${ran.length} of ${lines.length} examples run`);
});
test('the documented ways to read every value as text keep times and ages as written', async (t) => {
    const csv = join(tmp, 'values.csv');
    const r = spawnSync(process.execPath, [CLI, '-q', '-o', csv, 'fixtures/sample'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    try {
        const guessed = (await c.runAndReadAll(`SELECT column_type FROM (DESCRIBE SELECT * FROM '${csv}') WHERE column_name = 'StudyDate'`)).getRowObjectsJson();
        assert.deepEqual(guessed, [{ column_type: 'BIGINT' }], 'DuckDB guesses dates are numbers (why the docs say all_varchar)');
        const rows = (await c.runAndReadAll(`SELECT StudyDate, AcquisitionTime, PatientAge FROM read_csv('${csv}', all_varchar = true) WHERE PatientID = 'PAT002' LIMIT 1`)).getRowObjectsJson();
        assert.deepEqual(rows, [{ StudyDate: '20231212', AcquisitionTime: '083000', PatientAge: '047Y' }]);
    }
    finally {
        c.closeSync();
        db.closeSync();
    }
    const py = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import pandas']).status === 0);
    if (!py)
        return t.skip('pandas not installed: the pandas form not checked');
    const p = spawnSync(py, ['-c', `import pandas as pd; d = pd.read_csv('${csv}', dtype=str); print(d[d.PatientID == 'PAT002'].iloc[0][['AcquisitionTime', 'PatientAge']].tolist())`], { encoding: 'utf8' });
    assert.equal(p.stdout.trim(), "['083000', '047Y']", p.stderr);
});
/** A folder for PATH holding `dicom-crawler`, the built command, as `npm install -g` would. */
function commandOnPath() {
    const bin = join(tmp, 'bin');
    mkdirSync(bin, { recursive: true });
    if (!existsSync(join(bin, 'dicom-crawler')))
        symlinkSync(CLI, join(bin, 'dicom-crawler'));
    return bin;
}
async function tableOf(glob) {
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    try {
        const [row] = (await c.runAndReadAll(`SELECT count(*)::INTEGER AS n, count(DISTINCT path)::INTEGER AS paths FROM read_csv('${glob}')`)).getRowObjectsJson();
        return row;
    }
    finally {
        c.closeSync();
        db.closeSync();
    }
}
const noScheduler = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLURM_|JOB_COMPLETION_INDEX|DICOM_CRAWLER_SHARD)/.test(k)));
const allFilesRows = () => spawnSync(process.execPath, [CLI, '-q', '--all-files', 'fixtures/sample'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).stdout.trim().split('\n').length - 1;
test('examples/slurm-array.sh: each array task writes its part; the parts read as one table hold every file once', async () => {
    const out = join(tmp, 'slurm-parts');
    const count = Number(/--array=0-(\d+)/.exec(readFileSync(join(PROJECT_ROOT, 'examples/slurm-array.sh'), 'utf8'))[1]) + 1;
    for (let task = 0; task < count; task++) {
        const env = { ...noScheduler(), PATH: `${commandOnPath()}:${process.env.PATH}`, SLURM_ARRAY_TASK_ID: String(task), SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_COUNT: String(count) };
        const r = spawnSync('bash', ['examples/slurm-array.sh', 'fixtures/sample', out], { cwd: PROJECT_ROOT, encoding: 'utf8', env });
        assert.equal(r.status, 0, r.stderr);
    }
    const rows = allFilesRows();
    assert.deepEqual(await tableOf(join(out, 'part-*.csv')), { n: rows, paths: rows });
    // Outside SLURM it stops and says why.
    const r = spawnSync('bash', ['examples/slurm-array.sh', 'fixtures/sample', out], { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...noScheduler(), PATH: `${commandOnPath()}:${process.env.PATH}` } });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--shard auto: neither JOB_COMPLETION_INDEX/);
});
test('examples/kubernetes-indexed-job.yaml: its command, run once per completion index, gives every file once', async () => {
    const yaml = readFileSync(join(PROJECT_ROOT, 'examples/kubernetes-indexed-job.yaml'), 'utf8');
    const completions = /^\s+completions: (\d+)$/m.exec(yaml)[1];
    assert.equal(/name: DICOM_CRAWLER_SHARD_COUNT\s+value: "(\d+)"/.exec(yaml)[1], completions, 'the shard count is the Job\'s completions');
    // The container's folded `args` line, with the archive and the results volume where this test has them.
    const script = /args:\n\s+- >-\n((?:\s{14}.*\n)+)/.exec(yaml)[1].trim().split(/\s*\n\s*/).join(' ');
    const results = join(tmp, 'k8s');
    const command = script.replace('npx --yes dicom-crawler', 'dicom-crawler').replaceAll('/results', results).replace(/\/archive$/, join(PROJECT_ROOT, 'fixtures/sample'));
    for (let index = 0; index < Number(completions); index++) {
        const env = { ...noScheduler(), PATH: `${commandOnPath()}:${process.env.PATH}`, JOB_COMPLETION_INDEX: String(index), DICOM_CRAWLER_SHARD_COUNT: completions };
        const r = spawnSync('sh', ['-c', command], { cwd: PROJECT_ROOT, encoding: 'utf8', env });
        assert.equal(r.status, 0, r.stderr);
    }
    const rows = allFilesRows();
    assert.deepEqual(await tableOf(join(results, 'parts', 'part-*.csv')), { n: rows, paths: rows });
});
//# sourceMappingURL=examples.test.js.map