// --jobs: worker threads give the same output as one thread, byte for byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crawl } from '../lib/crawl.js';
import { toCsv } from '../lib/stages/to-csv.js';
import { CLI, CORPUS, HAVE_CORPUS, SAMPLE } from './helpers/paths.js';
import { patientNameSpaces } from './helpers/hostile-values.js';
function run(args) {
    return new Promise((resolve) => {
        execFile(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
            resolve({ status: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr });
        });
    });
}
/** The run's --stats file without its timings and thread count. */
function counts(file) {
    const strip = (s) => {
        delete s.elapsedSeconds;
        delete s.filesPerSecond;
        delete s.threads;
        return s;
    };
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (json.roots)
        for (const r of json.roots)
            strip(r.stats);
    return strip(json);
}
const ROOTS = [['fixtures', SAMPLE], ...(HAVE_CORPUS ? [['corpus', CORPUS]] : [])];
const OUTPUTS = [
    ['CSV', []],
    ['NDJSON', ['--format', 'ndjson']],
    ['CSV --all-files', ['--all-files']],
    ['NDJSON --all-files', ['--format', 'ndjson', '--all-files']],
    ['CSV --all-files --concurrency 8', ['--all-files', '--concurrency', '8']],
    ['summary', ['summary', '--stdout']],
];
for (const [name, root] of ROOTS) {
    for (const [what, args] of OUTPUTS) {
        test(`${name}: ${what} with --jobs 2 and 3 and by default is byte-identical to --jobs 1, --stats counts too`, async (t) => {
            const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobs-'));
            t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
            const runs = await Promise.all([['--jobs', '1'], ['--jobs', '2'], ['--jobs', '3'], []].map(async (jobs, i) => {
                const [command, ...rest] = args[0] === 'summary' ? args : ['', ...args];
                const r = await run([...(command ? [command] : []), '-q', ...rest, ...jobs, '--stats', path.join(dir, `${i}.json`), root]);
                assert.equal(r.status, 0, r.stderr);
                return { stdout: r.stdout, stats: counts(path.join(dir, `${i}.json`)) };
            }));
            assert.ok(runs[0].stdout.split('\n').length > 3, 'rows were written');
            for (const r of runs.slice(1)) {
                assert.equal(r.stdout, runs[0].stdout);
                assert.deepEqual(r.stats, runs[0].stats);
            }
        });
    }
}
test('crawl({ jobs: 2 }) yields the records one thread yields; with format, the text toCsv writes', async () => {
    const here = (await crawl(SAMPLE, { allFiles: true, announceDirs: true }).toArray());
    const there = (await crawl(SAMPLE, { allFiles: true, announceDirs: true, jobs: 2 }).toArray());
    assert.equal(there.length, here.length);
    assert.deepEqual(there, here);
    const stream = crawl(SAMPLE, { format: 'csv', jobs: 2 });
    let stats;
    stream.on('stats', (s) => (stats = s));
    const text = Buffer.concat(await stream.toArray()).toString('utf8');
    const records = crawl(SAMPLE).pipe(toCsv());
    assert.equal(text, Buffer.concat(await records.toArray()).toString('utf8'));
    assert.equal(stats?.dicom, 12);
    assert.equal(stats?.balanced, true);
    // Workers serve local disks (blocking reads) only.
    const local = stats.readModes.every((m) => m.concurrency === 1);
    assert.equal(stats?.threads, local ? 2 : 1, 'a number given starts the workers at once: this thread and one worker');
});
test('by default a small crawl stays on one thread; --jobs 2 says "2 threads" in the summary and --stats', async (t) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobs-threads-'));
    try {
        const byDefault = await run(['--stats', path.join(dir, 'd.json'), SAMPLE]);
        const two = await run(['--jobs', '2', '--stats', path.join(dir, 'two.json'), SAMPLE]);
        assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'd.json'), 'utf8')).threads, 1);
        const stats = JSON.parse(fs.readFileSync(path.join(dir, 'two.json'), 'utf8'));
        assert.doesNotMatch(byDefault.stderr, /threads/);
        if (stats.readModes.every((m) => m.concurrency === 1)) {
            assert.equal(stats.threads, 2);
            assert.match(two.stderr, /read: .*: local disk, blocking reads; 2 threads\n/);
        }
        else
            t.diagnostic(`the sample tree is on ${stats.readModes[0]?.fileSystem}, read as a network drive: no worker threads`);
    }
    finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
});
test('a bad jobs or format is refused before anything is read', () => {
    assert.throws(() => crawl(SAMPLE, { jobs: 0 }), /jobs must be a whole number from 1 to 256, got 0/);
    assert.throws(() => crawl(SAMPLE, { format: 'xml' }), /format must be "csv" or "ndjson", got "xml"/);
});
test('--jobs 0 stops the command with exit code 2 before any output', async () => {
    const r = await run(['--jobs', '0', SAMPLE]);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /--jobs must be a whole number from 1 to 256, got "0"/);
});
test('SIGINT during a crawl with --jobs 2 (workers at work on slow files): exit 130 within a second, the output name untouched', async (t) => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jobs-signal-'));
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jobs-signal-out-'));
    t.after(() => {
        fs.rmSync(root, { recursive: true, force: true });
        fs.rmSync(out, { recursive: true, force: true });
    });
    // Hard links of a 1 MiB hostile file: tens of milliseconds each.
    fs.writeFileSync(path.join(root, 'o.dcm'), patientNameSpaces().bytes);
    for (let i = 0; i < 1500; i++)
        fs.linkSync(path.join(root, 'o.dcm'), path.join(root, `f${String(i).padStart(4, '0')}.dcm`));
    const target = path.join(out, 'files.csv');
    const child = spawn(process.execPath, [CLI, '-q', '--jobs', '2', '--output', target, root], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s) => (stderr += s));
    const closed = new Promise((resolve) => child.on('close', (c) => resolve({ code: c, at: performance.now() })));
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    // Under way: rows from the batches (of the workers or this thread) are in the temp output.
    while (!fs.readdirSync(out).some((n) => fs.statSync(path.join(out, n)).size > 200)) {
        assert.equal(child.exitCode, null, `the crawl ended before it was interrupted: ${stderr}`);
        await new Promise((r) => setTimeout(r, 10));
    }
    const sent = performance.now();
    child.kill('SIGINT');
    const end = await closed;
    clearTimeout(killer);
    t.diagnostic(`exit ${end.code} ${((end.at - sent) / 1000).toFixed(3)} s after SIGINT`);
    assert.equal(end.code, 130, stderr);
    assert.ok(end.at - sent < 1000, `${(end.at - sent).toFixed(0)} ms after SIGINT`);
    assert.equal(fs.existsSync(target), false, 'the output name was written');
});
//# sourceMappingURL=jobs.test.js.map