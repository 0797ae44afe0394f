// Where the output goes, and what is left of it when a run is refused,
// interrupted or killed: the built CLI spawned as a user runs it.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, PROJECT_ROOT, SAMPLE } from './helpers/paths.js';
import { pixelData, uid, writeDicom } from './helpers/dicom-writer.js';
const scratch = fs.mkdtempSync(join(tmpdir(), 'dcm-output-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));
let made = 0;
function tempDir() {
    const dir = join(scratch, String(made++));
    fs.mkdirSync(dir);
    return dir;
}
function cli(args, opts = {}) {
    const r = opts.shell
        ? spawnSync('sh', ['-c', opts.shell, 'sh', process.execPath, CLI, ...args], { cwd: opts.cwd ?? PROJECT_ROOT, encoding: 'utf8', timeout: 30_000 })
        : spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? PROJECT_ROOT, encoding: 'utf8', timeout: 30_000 });
    return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}
const ls = (dir) => fs.readdirSync(dir).sort();
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
function copySample() {
    const root = join(tempDir(), 'sample');
    fs.cpSync(SAMPLE, root, { recursive: true });
    return root;
}
function ctFile(n) {
    return writeDicom([
        { tag: '00080016', vr: 'UI', value: '1.2.840.10008.5.1.4.1.1.2' },
        { tag: '00080018', vr: 'UI', value: uid(8, n) },
        { tag: '00080060', vr: 'CS', value: 'CT' },
        { tag: '00100020', vr: 'LO', value: `OUT${n}` },
        pixelData(64),
    ]);
}
/** A flat tree of `n` small CT files (f00000.dcm ...), made once per size. */
const trees = new Map();
function flatTree(n) {
    let root = trees.get(n);
    if (!root) {
        root = join(tempDir(), `flat${n}`);
        fs.mkdirSync(root);
        const file = ctFile(1);
        for (let i = 0; i < n; i++)
            fs.writeFileSync(join(root, `f${String(i).padStart(5, '0')}.dcm`), file);
        trees.set(n, root);
    }
    return root;
}
/**
 * A folder of `n` hard links to one small CT file: large enough that a quiet
 * machine is still reading when a test's signal comes, cheap to make.
 */
function linkedTree(n) {
    let root = trees.get(-n);
    if (!root) {
        root = join(tempDir(), `linked${n}`);
        fs.mkdirSync(root);
        const first = join(root, 'f00000.dcm');
        fs.writeFileSync(first, ctFile(1));
        for (let i = 1; i < n; i++)
            fs.linkSync(first, join(root, `f${String(i).padStart(5, '0')}.dcm`));
        trees.set(-n, root);
    }
    return root;
}
// ---------------------------------------------------------------- refused before any file is read
test('--stats to a folder that does not exist: exit 3 before any record is written', () => {
    const r = cli(['--stats', '/nonexistent/x.json', SAMPLE]);
    assert.equal(r.code, 3);
    assert.equal(r.stdout, '', 'nothing was crawled');
    assert.equal(r.stderr, 'dicom-crawler: cannot write /nonexistent/x.json: the folder does not exist\n');
    const summary = cli(['summary', '--stdout', '--stats', '/nonexistent/x.json', SAMPLE]);
    assert.equal(summary.code, 3);
    assert.equal(summary.stdout, '');
});
test('-o - and --stats - mean stdout: no file named "-" is made', () => {
    const cwd = tempDir();
    const r = cli(['-q', '-o', '-', SAMPLE], { cwd });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.trimEnd().split('\n').length, 14);
    const out = join(cwd, 'files.csv');
    const s = cli(['-q', '-o', out, '--stats', '-', SAMPLE], { cwd });
    assert.equal(s.code, 0, s.stderr);
    const stats = JSON.parse(s.stdout);
    assert.deepEqual([stats.filesSeen, stats.dicom, stats.interrupted], [19, 12, null]);
    assert.deepEqual(ls(cwd), ['files.csv']);
    // Records and the summary on the same stdout would be one unreadable stream.
    const both = cli(['--stats', '-', SAMPLE], { cwd });
    assert.equal(both.code, 2);
    assert.equal(both.stdout, '');
    assert.match(both.stderr, /^dicom-crawler: --stats - writes to stdout, which carries the output/);
    const summary = cli(['summary', '--stdout', '--stats', '-', SAMPLE], { cwd });
    assert.equal(summary.code, 2);
    assert.deepEqual(ls(cwd), ['files.csv']);
});
test('stdout closed (>&-): exit 3 with one line, for records and for summary --stdout; fine when stdout is not used', () => {
    const closed = cli(['-q', SAMPLE], { shell: '"$@" >&-' });
    assert.equal(closed.code, 3);
    assert.equal(closed.stderr, 'dicom-crawler: cannot write the output: stdout is closed; redirect it (> files.csv) or use --output FILE\n');
    const summary = cli(['summary', '-q', '--stdout', SAMPLE], { shell: '"$@" >&-' });
    assert.equal(summary.code, 3);
    assert.equal(summary.stderr.split('\n').length, 2);
    // > /dev/null is asked for: the run goes on.
    const devNull = cli(['-q', SAMPLE], { shell: '"$@" > /dev/null' });
    assert.equal(devNull.code, 0, devNull.stderr);
    const toFile = join(tempDir(), 'files.csv');
    const withOutput = cli(['-q', '-o', toFile, SAMPLE], { shell: '"$@" >&-' });
    assert.equal(withOutput.code, 0, withOutput.stderr);
    assert.equal(fs.readFileSync(toFile, 'utf8').trimEnd().split('\n').length, 14);
});
test('summary --output-dir that cannot be made (/proc/foo) or that is a file: exit 3, one line, at once', () => {
    const t0 = Date.now();
    const proc = cli(['summary', '--output-dir', '/proc/dicom-crawler-test/foo', SAMPLE]);
    assert.equal(proc.signal, null, 'the run hung');
    assert.equal(proc.code, 3, proc.stderr);
    assert.equal(proc.stderr, 'dicom-crawler: cannot create /proc/dicom-crawler-test/foo: the file system refused to make /proc/dicom-crawler-test (ENOENT)\n');
    assert.ok(Date.now() - t0 < 10_000);
    const file = join(tempDir(), 'a-file');
    fs.writeFileSync(file, 'x');
    const notDir = cli(['summary', '--output-dir', file, SAMPLE]);
    assert.equal(notDir.code, 3);
    assert.equal(notDir.stderr, `dicom-crawler: cannot write into ${file}: it is not a folder\n`);
    const under = cli(['summary', '--output-dir', join(file, 'sub'), SAMPLE]);
    assert.equal(under.code, 3);
    assert.equal(under.stderr, `dicom-crawler: cannot create ${join(file, 'sub')}: a part of the path is not a folder\n`);
});
// ---------------------------------------------------------------- the crawl never reads its own output
test('summary run twice in the root counts the same files (not its temp file, not its earlier table)', () => {
    const root = copySample();
    const stats = join(tempDir(), 'stats.json');
    const counts = [1, 2].map(() => {
        const r = cli(['summary', '-q', '--stats', stats, root]);
        assert.equal(r.code, 0, r.stderr);
        const s = readJson(stats);
        return s.roots[0].stats.filesSeen;
    });
    assert.deepEqual(counts, [19, 19]);
    assert.ok(ls(root).includes('modal_data.csv'));
});
test('-o inside the root with --all-files: neither the temp file, the earlier output, --stats nor a redirected stdout is a record', () => {
    const root = copySample();
    const out = join(root, 'files.csv');
    const stats = join(root, 'stats.json');
    for (let run = 0; run < 2; run++) {
        const r = cli(['-q', '--all-files', '--format', 'ndjson', '-o', out, '--stats', stats, root]);
        assert.equal(r.code, 0, r.stderr);
        const paths = fs.readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l).path);
        assert.equal(paths.length, 19, `run ${run}: ${paths.filter((p) => !p.includes('PAT')).join(', ')}`);
        assert.equal(readJson(stats).filesSeen, 19);
    }
    const fresh = copySample();
    const redirected = cli(['-q', '--all-files', fresh], { shell: `"$@" > '${join(fresh, 'all.csv')}'` });
    assert.equal(redirected.code, 0, redirected.stderr);
    const rows = fs.readFileSync(join(fresh, 'all.csv'), 'utf8').trimEnd().split('\n');
    assert.equal(rows.length, 20, 'the header and the 19 files of the sample, not all.csv itself');
    assert.ok(!rows.some((r) => r.includes('all.csv')));
});
// ---------------------------------------------------------------- temp files, fsync, kills
/** Spawns the CLI; `when(stdout, stderr)` decides when to send each of `signals`. */
function runAndSignal(args, signals, when, timeoutMs = 30_000) {
    return new Promise((resolve) => {
        const child = spawn(process.execPath, [CLI, ...args], { cwd: PROJECT_ROOT });
        let stdout = '';
        let stderr = '';
        let sentAt = 0;
        child.stdout.setEncoding('utf8').on('data', (s) => (stdout += s));
        child.stderr.setEncoding('utf8').on('data', (s) => (stderr += s));
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        const poll = setInterval(() => {
            if (sentAt || !when())
                return;
            sentAt = Date.now();
            for (const s of signals)
                child.kill(s);
            clearInterval(poll);
        }, 5);
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            clearInterval(poll);
            resolve({ code, signal, stdout, stderr, afterSignalMs: sentAt ? Date.now() - sentAt : -1 });
        });
    });
}
const tempWritten = (dir) => () => fs.readdirSync(dir).some((n) => n.endsWith('.tmp') && fs.statSync(join(dir, n)).size > 0);
test('SIGKILL during --output leaves the temp file; the next run to the same output removes it', async () => {
    const root = flatTree(1500);
    const dir = tempDir();
    const target = join(dir, 'files.csv');
    const killed = await runAndSignal(['-q', '-o', target, root], ['SIGKILL'], tempWritten(dir));
    assert.equal(killed.signal, 'SIGKILL');
    const left = ls(dir);
    assert.equal(left.length, 1);
    assert.match(left[0], /^\.files\.csv\.\d+\.tmp$/, 'a killed process cannot remove its temp file');
    // A temp file of a live process is not touched.
    const live = `.files.csv.${process.pid}.tmp`;
    fs.writeFileSync(join(dir, live), 'being written');
    const next = cli(['-q', '-o', target, flatTree(20)]);
    assert.equal(next.code, 0, next.stderr);
    assert.deepEqual(ls(dir), [live, 'files.csv'].sort());
    assert.equal(fs.readFileSync(target, 'utf8').trimEnd().split('\n').length, 21);
});
test('--output: the file is flushed (fsync) before the rename, and its folder after it (strace)', (t) => {
    if (spawnSync('strace', ['-V']).status !== 0)
        return t.skip('strace not installed: fsync order not checked');
    const dir = tempDir();
    const target = join(dir, 'files.csv');
    const log = join(tempDir(), 'strace.log');
    const r = spawnSync('strace', ['-f', '-qq', '-o', log, '-e', 'trace=openat,fsync,fdatasync,rename,renameat,renameat2,close', process.execPath, CLI, '-q', '-o', target, SAMPLE], { encoding: 'utf8', timeout: 60_000 });
    if (r.status !== 0 && /ptrace|Operation not permitted/.test(r.stderr))
        return t.skip(`strace cannot trace here: ${r.stderr.trim()}`);
    assert.equal(r.status, 0, r.stderr);
    const lines = fs.readFileSync(log, 'utf8').split('\n');
    const fdOf = (re) => {
        const line = lines.find((l) => re.test(l) && /= \d+$/.test(l));
        return line ? /= (\d+)$/.exec(line)[1] : undefined;
    };
    const tempFd = fdOf(/openat\(.*\.files\.csv\.\d+\.tmp"/);
    assert.ok(tempFd, 'the temp file was opened');
    const at = (re) => lines.findIndex((l) => re.test(l));
    const fsyncFile = at(new RegExp(`\\bfsync\\(${tempFd}\\)\\s+= 0`));
    const rename = at(/rename(at2?)?\(.*\.files\.csv\.\d+\.tmp".*files\.csv"/);
    const dirFd = lines.slice(rename).map((l) => new RegExp(`openat\\(.*"${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}", O_RDONLY.*= (\\d+)$`).exec(l)?.[1]).find(Boolean);
    const fsyncDir = dirFd ? lines.findIndex((l, i) => i > rename && new RegExp(`\\bfsync\\(${dirFd}\\)\\s+= 0`).test(l)) : -1;
    assert.ok(fsyncFile >= 0, 'the temp file is flushed');
    assert.ok(rename > fsyncFile, 'the rename comes after the flush');
    assert.ok(fsyncDir > rename, 'the folder is flushed after the rename');
});
// ---------------------------------------------------------------- signals
test('SIGINT mid-crawl: the partial summary on stderr and in --stats (interrupted), 130, the old output untouched', async () => {
    const root = linkedTree(30000);
    const dir = tempDir();
    const target = join(dir, 'files.csv');
    const stats = join(dir, 'stats.json');
    fs.writeFileSync(target, 'the previous table\n');
    const r = await runAndSignal(['-o', target, '--stats', stats, root], ['SIGINT'], tempWritten(dir));
    assert.equal(r.code, 130, r.stderr);
    assert.equal(fs.readFileSync(target, 'utf8'), 'the previous table\n');
    assert.deepEqual(ls(dir), ['files.csv', 'stats.json']);
    const s = readJson(stats);
    assert.equal(s.interrupted, 'SIGINT');
    assert.ok(s.filesSeen > 0 && s.filesSeen < 30000, `stopped after ${s.filesSeen} files`);
    assert.equal(s.balanced, true);
    assert.match(r.stderr, new RegExp(`^${s.filesSeen} files: ${s.dicom} DICOM`, 'm'));
    assert.match(r.stderr, new RegExp(`^interrupted by SIGINT: ${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} left as before\n$`, 'm'));
    assert.doesNotMatch(r.stderr, /\n\s+at /);
});
test('SIGTERM during summary: no table renamed into place, --stats says interrupted, 143', async () => {
    const root = linkedTree(30000);
    const dir = tempDir();
    const stats = join(dir, 'stats.json');
    // Under way: the outputs are open (the table's temp file is written at the end, so it stays empty), then some files read.
    let openedAt = 0;
    const underWay = () => {
        if (!openedAt && ls(dir).some((n) => n.includes('modal_data')))
            openedAt = Date.now();
        return openedAt > 0 && Date.now() - openedAt > 50;
    };
    const r = await runAndSignal(['summary', '--output-dir', dir, '--stats', stats, root], ['SIGTERM'], underWay);
    assert.equal(r.code, 143, r.stderr);
    assert.deepEqual(ls(dir), ['stats.json']);
    assert.equal(readJson(stats).interrupted, 'SIGTERM');
    assert.match(r.stderr, /interrupted by SIGTERM: .*modal_data\.csv left as before\n$/);
});
test('SIGINT while a slow file is read (a 3 s open, injected with strace): 130 and the final name untouched', async (t) => {
    if (spawnSync('strace', ['-V']).status !== 0)
        return t.skip('strace not installed: a slow read cannot be injected');
    const root = join(tempDir(), 'slow');
    fs.mkdirSync(root);
    for (let i = 0; i < 30; i++)
        fs.writeFileSync(join(root, `a${String(i).padStart(3, '0')}.dcm`), ctFile(i));
    // The last file in walk order: once it is read, the crawl has nothing left to do but rename.
    const slow = join(root, 'z-slow.dcm');
    fs.writeFileSync(slow, ctFile(99));
    const dir = tempDir();
    const target = join(dir, 'files.csv');
    const stats = join(dir, 'stats.json');
    const started = Date.now();
    const r = await new Promise((resolve) => {
        // `exec` keeps the shell's PID, so the signal goes to the crawl itself.
        const child = spawn('strace', ['-f', '-qq', '-o', '/dev/null', '-P', slow, '-e', 'trace=openat,open', '-e', 'inject=openat,open:delay_exit=3000000', process.execPath, CLI, '-o', target, '--stats', stats, root]);
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (s) => (stderr += s));
        // The slow file is open once /proc shows it among the process's descriptors.
        const poll = setInterval(() => {
            const pid = fs.readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, { encoding: 'utf8', flag: 'r' }).trim().split(/\s+/)[0];
            if (!pid)
                return;
            const fds = (() => {
                try {
                    return fs.readdirSync(`/proc/${pid}/fd`).map((fd) => fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
                }
                catch {
                    return [];
                }
            })();
            if (fds.includes(slow)) {
                clearInterval(poll);
                process.kill(Number(pid), 'SIGINT');
            }
        }, 10);
        child.on('close', (code) => {
            clearInterval(poll);
            resolve({ code, stderr });
        });
    });
    t.diagnostic(`ended ${Date.now() - started} ms after start`);
    if (/ptrace|Operation not permitted/.test(r.stderr))
        return t.skip(`strace cannot trace here: ${r.stderr.trim()}`);
    assert.equal(r.code, 130, r.stderr);
    assert.equal(fs.existsSync(target), false, 'exit 130 with the output renamed into place');
    assert.deepEqual(ls(dir), ['stats.json']);
    assert.equal(readJson(stats).interrupted, 'SIGINT');
});
test('a second SIGINT ends the process at once, even while the main thread is held', async () => {
    // The crawl's own handlers, in a process that stays busy after the first signal (as in a stuck read).
    const script = `
    import { installSignalHandlers, onInterrupt } from ${JSON.stringify(new URL('../cli/interrupt.js', import.meta.url).href)}
    installSignalHandlers()
    onInterrupt(() => { process.stdout.write('stopping\\n'); setImmediate(() => { for (;;); }) })
    process.stdout.write('ready\\n')
    setInterval(() => {}, 1000)
  `;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script]);
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (s) => (out += s));
    const waitFor = async (text) => {
        for (let i = 0; i < 2000 && !out.includes(text); i++)
            await new Promise((r) => setTimeout(r, 5));
    };
    await waitFor('ready');
    child.kill('SIGINT');
    await waitFor('stopping');
    await new Promise((r) => setTimeout(r, 200));
    const sent = Date.now();
    child.kill('SIGINT');
    const ended = await new Promise((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.on('close', (_code, signal) => {
            clearTimeout(timer);
            resolve(signal);
        });
    });
    assert.equal(ended, 'SIGINT', 'the second signal ended the process');
    assert.ok(Date.now() - sent < 1000, `${Date.now() - sent} ms`);
});
test('an output that waits for a reader (a FIFO): SIGTERM, then a second one ends the process at once', async (t) => {
    const dir = tempDir();
    const fifo = join(dir, 'out.csv');
    if (spawnSync('mkfifo', [fifo]).status !== 0)
        return t.skip('mkfifo not available');
    const child = spawn(process.execPath, [CLI, '-q', '-o', fifo, SAMPLE]);
    const ended = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
    // Waiting in open() for a reader: a thread of the process sleeps in wait_for_partner.
    const waiting = () => {
        try {
            return fs.readdirSync(`/proc/${child.pid}/task`).some((id) => fs.readFileSync(`/proc/${child.pid}/task/${id}/wchan`, 'utf8') === 'wait_for_partner');
        }
        catch {
            return false;
        }
    };
    for (let i = 0; i < 3000 && !waiting(); i++)
        await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    const sent = Date.now();
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    const r = await ended;
    clearTimeout(timer);
    assert.ok(r.code === 143 || r.signal === 'SIGTERM', `ended with ${r.code ?? r.signal}`);
    assert.ok(Date.now() - sent < 1000, `${Date.now() - sent} ms after the second signal`);
    assert.ok(fs.statSync(fifo).isFIFO());
});
//# sourceMappingURL=cli-output.test.js.map