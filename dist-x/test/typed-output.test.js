// Typed output as users read it: the built CLI's Parquet read by DuckDB (and
// pandas when it has pyarrow), its NDJSON and CSV compared value by value, on
// pydicom's corpus and on a generated tree.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { DuckDBInstance } from '@duckdb/node-api';
import { generate } from '../bench/generate.js';
import { CLI, CORPUS, CORPUS_SKIP, SAMPLE } from './helpers/paths.js';
import { writeDicom, uid } from './helpers/dicom-writer.js';
import { isoDate, parseDate } from '../lib/core/typed-values.js';
const tmp = mkdtempSync(path.join(os.tmpdir(), 'dc-typed-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const TREE = path.join(tmp, 'tree');
const TREE_SKIP = CORPUS_SKIP ? 'no corpus to generate the tree from: generated-tree tests skipped' : false;
const PY = '/usr/bin/python3';
const pythonHas = (module) => existsSync(PY) && spawnSync(PY, ['-c', `import ${module}`]).status === 0;
const PANDAS_SKIP = pythonHas('pandas') ? false : 'python3-pandas not installed: pandas checks skipped';
const PYARROW_SKIP = PANDAS_SKIP || (pythonHas('pyarrow') ? false : 'pandas has no pyarrow: pandas does not read Parquet here, check skipped');
/** Runs the CLI; returns status, stdout, stderr. */
function cli(...args) {
    const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 256 << 20, timeout: 120_000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
let db;
before(async () => {
    db = await (await DuckDBInstance.create(':memory:')).connect();
    // A small archive from the corpus files (the benchmark's generator: series folders, noise, truncated files).
    if (!TREE_SKIP)
        generate({ files: 1500, seed: 7, out: TREE, corpus: path.join(CORPUS, 'test_files') });
});
after(() => db?.closeSync());
async function rows(sql) {
    return (await db.runAndReadAll(sql)).getRowObjectsJson();
}
async function types(file) {
    return Object.fromEntries((await rows(`DESCRIBE SELECT * FROM '${file}'`)).map((r) => [r.column_name, r.column_type]));
}
const ADD = 'ImageType,ImagePositionPatient,PixelSpacing,Rows,SliceThickness,AcquisitionDateTime';
/** DuckDB's JSON of a Parquet value, as NDJSON writes it (BIGINT comes as text). */
function fromDuckDb(value, type) {
    if (value === null)
        return null;
    if (type === 'BIGINT')
        return Number(value);
    return value;
}
/** Parquet from the CLI, read by DuckDB: one row per NDJSON record, every value equal. */
async function parquetMatchesNdjson(root, name) {
    const file = path.join(tmp, `${name}.parquet`);
    const pq = cli('-q', '--format', 'parquet', '--add-tags', ADD, '--output', file, root);
    assert.ok(pq.status === 0 || pq.status === 1, pq.stderr);
    const nd = cli('-q', '--format', 'ndjson', '--add-tags', ADD, root);
    const records = nd.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    const t = await types(file);
    assert.equal(t.StudyDate, 'DATE');
    assert.equal(t.StudyTime, 'TIME');
    assert.equal(t.AcquisitionDateTime, 'TIMESTAMP');
    assert.equal(t.InstanceNumber, 'INTEGER');
    assert.equal(t.SeriesNumber, 'INTEGER');
    assert.equal(t.ImageType, 'VARCHAR[]');
    assert.equal(t.ImagePositionPatient, 'DOUBLE[]');
    assert.equal(t.size, 'BIGINT');
    const got = await rows(`SELECT * FROM '${file}'`);
    assert.equal(got.length, records.length, 'one row per record');
    let dated = 0;
    got.forEach((row, i) => {
        const want = records[i];
        assert.equal(row.path, want.path);
        assert.equal(row.untyped, null, `${want.path}: every value parsed`);
        for (const [k, v] of Object.entries(want)) {
            const type = t[k];
            // Dates as text in NDJSON: compare the DATE's digits; times: same instant.
            if (type === 'TIME' || type === 'TIMESTAMP') {
                if (v === null || v === '')
                    assert.equal(row[k], null, `${want.path} ${k}`);
                else
                    assert.ok(row[k] !== null, `${want.path} ${k} ${v}`);
                continue;
            }
            if (type === 'DATE' && (v === '' || v === null)) {
                assert.equal(row[k], null);
                continue;
            }
            if (type === 'DATE') {
                // The text may be DICOM's YYYYMMDD or ACR-NEMA's YYYY.MM.DD: the same day.
                dated++;
                assert.equal(row[k], isoDate(parseDate(v)), `${want.path} ${k} ${v}`);
                continue;
            }
            assert.deepEqual(fromDuckDb(row[k], type), v, `${want.path} ${k}`);
        }
    });
    assert.ok(dated > 0, 'some dates compared');
    return got.length;
}
test('DuckDB reads the Parquet of the corpus: one row per record, StudyDate DATE, InstanceNumber INTEGER, ImageType a LIST, values equal to NDJSON', { skip: CORPUS_SKIP }, async () => {
    const n = await parquetMatchesNdjson(CORPUS, 'corpus');
    assert.ok(n > 150, `${n} rows`);
    // A value checked by hand: CT_small.dcm's ImagePositionPatient and ImageType.
    const ct = await rows(`SELECT ImageType, ImagePositionPatient, StudyDate::VARCHAR AS d, InstanceNumber FROM '${path.join(tmp, 'corpus.parquet')}' WHERE path LIKE '%/CT_small.dcm'`);
    assert.deepEqual(ct, [{ ImageType: ['ORIGINAL', 'PRIMARY', 'AXIAL'], ImagePositionPatient: [-158.135803, -179.035797, -75.699997], d: '2004-01-19', InstanceNumber: 1 }]);
    // A second reader, hyparquet: the same rows and types.
    const { asyncBufferFromFile, parquetReadObjects } = await import('hyparquet');
    const objects = await parquetReadObjects({ file: await asyncBufferFromFile(path.join(tmp, 'corpus.parquet')) });
    assert.equal(objects.length, n);
    const small = objects.find((o) => o.path.endsWith('/CT_small.dcm'));
    assert.deepEqual([small.StudyDate, small.StudyTime, small.InstanceNumber, small.ImageType, small.size], [new Date('2004-01-19'), 26850000000n, 1, ['ORIGINAL', 'PRIMARY', 'AXIAL'], 39206n]);
});
test('DuckDB reads the Parquet of a generated tree: one row per record, values equal to NDJSON', { skip: TREE_SKIP }, async () => {
    const n = await parquetMatchesNdjson(TREE, 'tree');
    const csv = parse(cli('-q', TREE).stdout, { columns: true });
    assert.equal(n, csv.length, 'as many rows as the CSV');
    const groups = await rows(`SELECT count(*)::INTEGER AS n FROM '${path.join(tmp, 'tree.parquet')}' WHERE StudyDate IS NOT NULL AND InstanceNumber IS NOT NULL`);
    assert.ok(groups[0].n > 1000);
});
test('pandas (pyarrow) reads the Parquet with the same types', { skip: PYARROW_SKIP }, () => {
    const file = path.join(tmp, 'sample.parquet');
    assert.equal(cli('-q', '--format', 'parquet', '--add-tags', 'ImageType', '-o', file, SAMPLE).status, 0);
    const script = 'import sys, pandas as pd; df = pd.read_parquet(sys.argv[1]); print(len(df), df.StudyDate.dropna().iloc[0], df.InstanceNumber.dtype, type(df.ImageType.dropna().iloc[0]).__name__)';
    const out = execFileSync(PY, ['-c', script, file], { encoding: 'utf8' }).trim();
    assert.match(out, /^13 2024-01-05 Int32 ndarray$/);
});
test('Parquet to a terminal is refused with exit 2 and one line; to a pipe it is written', (t) => {
    const piped = spawnSync(process.execPath, [CLI, '-q', '--format', 'parquet', SAMPLE], { maxBuffer: 64 << 20 });
    assert.equal(piped.status, 0);
    assert.equal(piped.stdout.subarray(0, 4).toString(), 'PAR1');
    assert.equal(piped.stdout.subarray(-4).toString(), 'PAR1');
    if (spawnSync('sh', ['-c', 'command -v script'], { stdio: 'ignore' }).status !== 0)
        return t.skip('`script` (util-linux) not installed: the terminal case is not checked');
    const r = spawnSync('script', ['-qec', `${process.execPath} ${CLI} --format parquet ${SAMPLE}`, '/dev/null'], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.equal(r.stdout.trim().split(/\r?\n/)[0], 'dicom-crawler: --format parquet writes a binary file: give --output FILE or redirect stdout');
    assert.ok(!r.stdout.includes('PAR1'));
});
test('a value that does not parse: kept as text in NDJSON, in `untyped` in Parquet, counted in the summary and --stats', async () => {
    const dir = path.join(tmp, 'bad');
    mkdirSync(dir, { recursive: true });
    const file = (n, instance, date) => writeDicom([
        { tag: '00080016', vr: 'UI', value: '1.2.840.10008.5.1.4.1.1.2' },
        { tag: '00080018', vr: 'UI', value: uid(9, n) },
        { tag: '00080020', vr: 'DA', value: date },
        { tag: '00080060', vr: 'CS', value: 'CT' },
        { tag: '00200013', vr: 'IS', value: instance },
    ]);
    writeFileSync(path.join(dir, 'IM1'), file('1', '7', '20240105'));
    writeFileSync(path.join(dir, 'IM2'), file('2', '12a', 'UNKNOWN'));
    writeFileSync(path.join(dir, 'IM3'), file('3', 'x', '20240106'));
    const stats = path.join(tmp, 'bad-stats.json');
    const nd = cli('--format', 'ndjson', '--tags', 'Modality,StudyDate,InstanceNumber', '--stats', stats, dir);
    assert.equal(nd.status, 0, nd.stderr);
    assert.deepEqual(nd.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).InstanceNumber), [7, '12a', 'x']);
    assert.match(nd.stderr, /not typed: InstanceNumber 2 kept as text \(e\.g\. "12a" in .*IM2\)/);
    assert.deepEqual(JSON.parse(readFileSync(stats, 'utf8')).untypedValues, { InstanceNumber: { count: 2, value: '12a', path: path.join(dir, 'IM2') } });
    const pq = path.join(tmp, 'bad.parquet');
    const r = cli('--format', 'parquet', '--tags', 'Modality,StudyDate,InstanceNumber', '--stats', stats, '-o', pq, dir);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(await rows(`SELECT StudyDate::VARCHAR AS d, InstanceNumber AS n, untyped FROM '${pq}' ORDER BY path`), [
        { d: '2024-01-05', n: 7, untyped: null },
        { d: null, n: null, untyped: '{"StudyDate":"UNKNOWN","InstanceNumber":"12a"}' },
        { d: '2024-01-06', n: null, untyped: '{"InstanceNumber":"x"}' },
    ]);
    assert.deepEqual(Object.keys(JSON.parse(readFileSync(stats, 'utf8')).untypedValues), ['InstanceNumber', 'StudyDate']);
    // CSV is not typed: nothing to count, values as stored.
    const csv = cli('--tags', 'InstanceNumber', dir);
    assert.ok(!csv.stderr.includes('not typed'));
    assert.match(csv.stdout, /,12a\n/);
});
test('the CSV of the corpus with ImagePositionPatient: every value equal to NDJSON\'s, none with a quote added', { skip: CORPUS_SKIP }, () => {
    const args = ['-q', '--add-tags', 'ImagePositionPatient,ImageType', CORPUS];
    const csvText = cli(...args).stdout;
    const csv = parse(csvText, { columns: true });
    const nd = cli('--format', 'ndjson', ...args).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.equal(csv.length, nd.length);
    let negatives = 0;
    csv.forEach((row, i) => {
        for (const [k, v] of Object.entries(nd[i])) {
            const cell = row[k];
            // NDJSON typed: a list is the CSV's values joined by \, a number the CSV's text as a number.
            const want = v === null ? '' : Array.isArray(v) ? v : typeof v === 'number' ? v : String(v);
            const got = Array.isArray(want) ? (cell === '' && want.length === 0 ? [] : cell.split('\\').map((x, j) => (typeof want[j] === 'number' ? Number(x) : x))) : typeof want === 'number' ? Number(cell) : cell;
            assert.deepEqual(got, want, `${row.path} ${k}`);
            assert.ok(!cell.startsWith("'"), `${row.path} ${k}: ${cell}`);
        }
        if (row.ImagePositionPatient?.startsWith('-'))
            negatives++;
    });
    assert.ok(negatives > 10, `${negatives} positions starting with -`);
    assert.ok(csvText.includes(',-158.135803\\-179.035797\\-75.699997,'));
});
test('pandas reads the CSV of the corpus: ImagePositionPatient as the same text, no quote added', { skip: CORPUS_SKIP || PANDAS_SKIP }, () => {
    const file = path.join(tmp, 'corpus.csv');
    writeFileSync(file, cli('-q', '--add-tags', 'ImagePositionPatient', CORPUS).stdout);
    const script = 'import sys, json, pandas as pd; df = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False); print(json.dumps(df[["path", "ImagePositionPatient"]].values.tolist()))';
    const got = JSON.parse(execFileSync(PY, ['-c', script, file], { encoding: 'utf8' }));
    const nd = cli('-q', '--format', 'ndjson', '--add-tags', 'ImagePositionPatient', CORPUS).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.equal(got.length, nd.length);
    got.forEach(([p, cell], i) => {
        assert.equal(p, nd[i].path);
        const want = nd[i].ImagePositionPatient;
        assert.deepEqual(cell === '' ? null : cell.split('\\').map(Number), want, p);
    });
});
//# sourceMappingURL=typed-output.test.js.map