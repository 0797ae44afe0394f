// --shard spawned as a user runs it: N parts, read back as one table (DuckDB, as docs/CLI.md shows).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { CLI, CORPUS, HAVE_CORPUS, SAMPLE } from './helpers/paths.js';
function run(args, env = {}) {
    return new Promise((resolve) => {
        // Without the schedulers' variables of the machine running the tests.
        const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLURM_|JOB_COMPLETION_INDEX|DICOM_CRAWLER_SHARD)/.test(k)));
        execFile(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024, env: { ...base, ...env } }, (err, stdout, stderr) => {
            resolve({ status: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr });
        });
    });
}
async function query(sql) {
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    try {
        return (await c.runAndReadAll(sql)).getRowObjectsJson();
    }
    finally {
        c.closeSync();
        db.closeSync();
    }
}
let tmp;
before(() => (tmp = mkdtempSync(join(tmpdir(), 'dicom-crawler-shard-'))));
after(() => rmSync(tmp, { recursive: true, force: true }));
describe('--shard K/N', () => {
    for (const [name, root, extra] of [['fixtures/sample', SAMPLE, ['--all-files']], ['the pydicom corpus', CORPUS, ['--all-files']]]) {
        it(`4 parts of ${name}, read by DuckDB as one table, hold every record of the whole crawl exactly once`, { skip: root === CORPUS && !HAVE_CORPUS ? 'corpus not found: skipped' : false }, async () => {
            const parts = join(tmp, `parts-${name.replace(/\W+/g, '_')}`);
            mkdirSync(parts);
            const whole = await run(['-q', ...extra, root]);
            assert.equal(whole.status, 0, whole.stderr);
            const results = await Promise.all([0, 1, 2, 3].map((k) => run(['-q', ...extra, '--shard', `${k}/4`, '--output', join(parts, `part-${k}.csv`), root])));
            for (const r of results)
                assert.equal(r.status, 0, r.stderr);
            assert.deepEqual(readdirSync(parts).sort(), ['part-0.csv', 'part-1.csv', 'part-2.csv', 'part-3.csv']);
            const wholeLines = whole.stdout.trim().split('\n');
            const header = wholeLines[0];
            const counts = [0, 1, 2, 3].map((k) => {
                const lines = readFileSync(join(parts, `part-${k}.csv`), 'utf8').trim().split('\n');
                assert.equal(lines[0], header, 'each part is a complete CSV file with its header');
                return lines.length - 1;
            });
            assert.ok(counts.filter((n) => n > 0).length >= 2, `records spread over shards: ${counts.join(', ')}`);
            const csv = (glob) => `read_csv('${glob}', header = true, all_varchar = true)`;
            const [table] = await query(`SELECT count(*)::INTEGER AS n, count(DISTINCT path)::INTEGER AS paths FROM ${csv(join(parts, '*.csv'))}`);
            assert.deepEqual(table, { n: wholeLines.length - 1, paths: wholeLines.length - 1 });
            // The same rows, not only as many: the parts' table minus the whole crawl's (and back) is empty.
            const wholeFile = join(tmp, `whole-${name.replace(/\W+/g, '_')}.csv`);
            writeFileSync(wholeFile, whole.stdout);
            const [diff] = await query(`SELECT (SELECT count(*) FROM (SELECT * FROM ${csv(wholeFile)} EXCEPT ALL SELECT * FROM ${csv(join(parts, '*.csv'))}))::INTEGER AS missing,
                (SELECT count(*) FROM (SELECT * FROM ${csv(join(parts, '*.csv'))} EXCEPT ALL SELECT * FROM ${csv(wholeFile)}))::INTEGER AS extra`);
            assert.deepEqual(diff, { missing: 0, extra: 0 });
        });
    }
    it('summary: the parts hold the whole summary\'s rows, each once', async () => {
        const whole = await run(['summary', '-q', '--stdout', SAMPLE]);
        assert.equal(whole.status, 0, whole.stderr);
        const out = join(tmp, 'summary-parts');
        for (let k = 0; k < 3; k++) {
            const r = await run(['summary', '-q', '--shard', `${k}/3`, '--output-dir', out, SAMPLE]);
            assert.equal(r.status, 0, r.stderr);
        }
        assert.deepEqual(readdirSync(out).sort(), [0, 1, 2].map((k) => `sample-modal_data.shard-${k}-of-3.csv`));
        const rows = readdirSync(out).flatMap((f) => readFileSync(join(out, f), 'utf8').trim().split('\n').slice(1));
        assert.deepEqual(rows.sort(), whole.stdout.trim().split('\n').slice(1).sort());
    });
    it('summary --shard without --output-dir or --stdout stops before reading (exit 2)', async () => {
        const r = await run(['summary', '--shard', '0/2', SAMPLE]);
        assert.equal(r.status, 2);
        assert.match(r.stderr, /^dicom-crawler: summary --shard writes one part per shard: use --output-dir DIR \(or --stdout\)\n/);
    });
});
describe('--shard auto', () => {
    it('takes a SLURM array task and a Kubernetes completion index', async () => {
        const parts = [0, 1].map((k) => run(['-q', '--shard', 'auto', SAMPLE], { SLURM_ARRAY_TASK_ID: String(k + 1), SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '2' }));
        const k8s = [0, 1].map((k) => run(['-q', '--shard', 'auto', '--shard-count', '2', SAMPLE], { JOB_COMPLETION_INDEX: String(k) }));
        const explicit = [0, 1].map((k) => run(['-q', '--shard', `${k}/2`, SAMPLE]));
        const [a, b, c] = await Promise.all([Promise.all(parts), Promise.all(k8s), Promise.all(explicit)]);
        assert.deepEqual(a.map((r) => r.stdout), c.map((r) => r.stdout));
        assert.deepEqual(b.map((r) => r.stdout), c.map((r) => r.stdout));
        assert.notEqual(c[0].stdout, c[1].stdout);
    });
    it('with neither scheduler\'s variables: one line, exit 2, nothing written', async () => {
        const r = await run(['--shard', 'auto', '--output', join(tmp, 'never.csv'), SAMPLE]);
        assert.equal(r.status, 2);
        assert.equal(r.stdout, '');
        assert.match(r.stderr, /^dicom-crawler: --shard auto: neither JOB_COMPLETION_INDEX \(Kubernetes Indexed Job\) nor SLURM_ARRAY_TASK_ID \(SLURM job array\) is set; use --shard K\/N\n/);
        assert.ok(!readdirSync(tmp).includes('never.csv'));
    });
});
//# sourceMappingURL=cli-shard.test.js.map