/**
 * The fault matrix of docs/RELIABILITY.md: each case builds the situation in a
 * temp folder, runs the real CLI (or the stages, where the fault must land
 * between two of them) and checks output, message and exit code. Every crawl
 * that finishes is also checked against the accounting invariant:
 * filesSeen = dicom + errors + skipped, and with --all-files one record per
 * file seen plus one per unreadable folder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse/sync';
import { CLI, PROJECT_ROOT } from './helpers/paths.js';
import { pixelData, uid, writeDicom } from './helpers/dicom-writer.js';
import { walk } from '../lib/stages/walk.js';
import { sniff, sniffEntry } from '../lib/stages/sniff.js';
import { readHeader } from '../lib/stages/read-header.js';
import { CrawlStats } from '../lib/core/stats.js';
import { main } from '../cli/index.js';
const IS_ROOT = process.getuid?.() === 0;
const HAVE_SETPRIV = spawnSync('setpriv', ['--version']).status === 0;
const NOBODY = ['--reuid=65534', '--regid=65534', '--clear-groups'];
function ct(n, extra = []) {
    return writeDicom([
        { tag: '00080016', vr: 'UI', value: '1.2.840.10008.5.1.4.1.1.2' },
        { tag: '00080018', vr: 'UI', value: uid(9, n) },
        { tag: '00080060', vr: 'CS', value: 'CT' },
        ...extra,
        { tag: '00100020', vr: 'LO', value: `REL${n}` },
        pixelData(64),
    ]);
}
/** A temp folder that any user may traverse (the EACCES cases run as nobody), removed after the test. */
function tempTree(t) {
    const dir = fs.mkdtempSync(join(tmpdir(), 'dcmcrawl-rel-'));
    fs.chmodSync(dir, 0o755);
    t.after(() => {
        // Folders made unreadable on purpose must be opened again, or a non-root user cannot remove them.
        spawnSync('chmod', ['-R', 'u+rwx', dir]);
        fs.rmSync(dir, { recursive: true, force: true });
    });
    return dir;
}
/**
 * The CLI's main() in this process, stdout and stderr captured: usage errors
 * need no crawl, and a process per case would cost most of this file's time.
 */
async function cliInProcess(args) {
    const out = { stdout: '', stderr: '' };
    const write = { stdout: process.stdout.write, stderr: process.stderr.write };
    process.stdout.write = ((s) => ((out.stdout += String(s)), true));
    process.stderr.write = ((s) => ((out.stderr += String(s)), true));
    try {
        const code = await main([process.execPath, CLI, ...args]);
        return { code, signal: null, ...out };
    }
    finally {
        process.stdout.write = write.stdout;
        process.stderr.write = write.stderr;
        process.exitCode = undefined;
    }
}
function cli(args, opts = {}) {
    const [cmd, argv] = opts.asNobody ? ['setpriv', [...NOBODY, process.execPath, CLI, ...args]] : [process.execPath, [CLI, ...args]];
    const r = spawnSync(cmd, argv, { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 20_000 });
    return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}
/** A crawl with --all-files and --stats, its records and summary, the invariant checked. */
function crawlAll(t, root, extra = [], opts = {}) {
    const statsDir = fs.mkdtempSync(join(tmpdir(), 'dcmcrawl-stats-'));
    fs.chmodSync(statsDir, 0o777);
    t.after(() => fs.rmSync(statsDir, { recursive: true, force: true }));
    const statsFile = join(statsDir, 'stats.json');
    const run = cli(['--all-files', '--format', 'ndjson', '--tags', 'Modality,PatientID', '--stats', statsFile, ...extra, root], opts);
    assert.equal(run.signal, null, `the crawl hung or was killed: ${run.stderr}`);
    const records = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const stats = JSON.parse(fs.readFileSync(statsFile, 'utf8'));
    assertBalanced(stats);
    assert.equal(records.length, stats.filesSeen + stats.unreadableDirs, 'one record per file seen and per unreadable folder');
    const paths = records.map((r) => r.path);
    assert.equal(new Set(paths).size, paths.length, `a path was written twice: ${paths.join(', ')}`);
    return { run, records, stats, byPath: (p) => records.find((r) => r.path === join(root, p)) };
}
function assertBalanced(s) {
    assert.equal(s.filesSeen, s.dicom + s.errors + s.skipped, `files seen ${s.filesSeen} != ${s.dicom} DICOM + ${s.errors} errors + ${s.skipped} skipped`);
    assert.equal(s.balanced, true);
}
function listAll(dir) {
    return fs.readdirSync(dir, { recursive: true }).map(String).sort();
}
// ---------------------------------------------------------------- unreadable paths
test('unreadable file and folder (EACCES, as an unprivileged user): error records, exit 1, the counts add up', (t) => {
    if (IS_ROOT && !HAVE_SETPRIV)
        return t.skip('running as root without setpriv (util-linux): cannot drop privileges for the EACCES case');
    const root = tempTree(t);
    fs.writeFileSync(join(root, 'ok.dcm'), ct(1), { mode: 0o644 });
    fs.writeFileSync(join(root, 'secret.dcm'), ct(2), { mode: 0o000 });
    fs.mkdirSync(join(root, 'locked'));
    fs.writeFileSync(join(root, 'locked', 'hidden.dcm'), ct(3));
    fs.chmodSync(join(root, 'locked'), 0o000);
    const asNobody = IS_ROOT;
    // Cheaper than starting node: nobody must reach the built CLI through the checkout's folders.
    if (asNobody && spawnSync('setpriv', [...NOBODY, 'test', '-r', CLI]).status !== 0)
        return t.skip('nobody cannot read the built CLI in this checkout (folder permissions)');
    const { run, stats, byPath } = crawlAll(t, root, [], { asNobody });
    assert.equal(run.code, 1);
    assert.equal(byPath('ok.dcm')?.Modality, 'CT');
    assert.equal(byPath('secret.dcm')?.error, 'cannot read file: permission denied (EACCES)');
    assert.equal(byPath('locked')?.error, 'cannot read folder: permission denied (EACCES)');
    assert.deepEqual([stats.filesSeen, stats.dicom, stats.errors, stats.skipped, stats.unreadableDirs, stats.unreadableFiles], [2, 1, 1, 0, 1, 1]);
    // The end summary on stderr names both.
    const plain = run;
    assert.match(plain.stderr, /2 files: 1 DICOM .* 1 with errors, 0 skipped; 1 folder unreadable/);
    assert.match(plain.stderr, /unreadable: .*secret\.dcm: cannot read file: permission denied \(EACCES\)/);
    assert.match(plain.stderr, /unreadable: .*locked: cannot read folder: permission denied \(EACCES\)/);
});
/** Runs walk -> (fault) -> sniff -> readHeader in-process and accounts each record. */
async function stagesWithFault(root, fault, between) {
    const stats = new CrawlStats();
    const records = [];
    const inject = new Transform({
        objectMode: true,
        transform(entry, _e, cb) {
            fault(entry);
            cb(null, entry);
        },
    });
    const collect = new Writable({
        objectMode: true,
        write(r, _e, cb) {
            stats.add(r);
            records.push(r);
            cb();
        },
    });
    const read = readHeader({ tags: ['Modality', 'PatientID'] });
    const stages = between === 'walk-sniff' ? [inject, sniff({ keepNonDicom: true }), read] : [sniff({ keepNonDicom: true }), inject, read];
    await pipeline(walk(root), ...stages, collect);
    stats.end();
    return { records, stats: stats.toJSON() };
}
test('file deleted between walk and read: an error record "vanished", counted', async (t) => {
    const root = tempTree(t);
    fs.writeFileSync(join(root, 'a.dcm'), ct(1));
    fs.writeFileSync(join(root, 'b.dcm'), ct(2));
    const { records, stats } = await stagesWithFault(root, (e) => e.path.endsWith('a.dcm') && fs.rmSync(e.path), 'walk-sniff');
    assertBalanced(stats);
    assert.equal(records.length, 2);
    assert.equal(records[0]?.error, 'cannot read file: vanished (no such file or folder) (ENOENT)');
    assert.equal(records[1]?.attributes.Modality, 'CT');
    assert.deepEqual([stats.filesSeen, stats.dicom, stats.errors, stats.unreadableFiles], [2, 1, 1, 1]);
});
test('file that shrinks between the first read and the larger re-read: a record with an error, not a crash', async (t) => {
    const root = tempTree(t);
    // 40 KB of private data before PatientID: the 4 KiB head does not reach it, so readHeader reads again.
    const big = ct(1, [
        { tag: '00090010', vr: 'LO', value: 'RELIABILITY' },
        { tag: '00091001', vr: 'OB', value: new Uint8Array(40_000) },
    ]);
    fs.writeFileSync(join(root, 'big.dcm'), big);
    const { records, stats } = await stagesWithFault(root, (e) => fs.truncateSync(e.path, 20_000), 'sniff-read');
    assertBalanced(stats);
    assert.equal(records.length, 1);
    const r = records[0];
    assert.equal(r.attributes.Modality, 'CT', 'what was read before the cut is kept');
    assert.equal(r.attributes.PatientID, null);
    assert.match(r.error ?? '', /^file shrank while being read \(\d+ -> \d+ bytes\)/);
    assert.equal(stats.errors, 1);
});
// ---------------------------------------------------------------- special files
test('FIFO, socket and device in the tree: never read (no hang), skipped with their type', async (t) => {
    const root = tempTree(t);
    fs.writeFileSync(join(root, 'a.dcm'), ct(1));
    assert.equal(spawnSync('mkfifo', [join(root, 'fifo')]).status, 0);
    const server = net.createServer();
    await new Promise((resolve) => server.listen(join(root, 'sock'), resolve));
    t.after(() => server.close());
    const haveDevice = spawnSync('mknod', [join(root, 'null'), 'c', '1', '3']).status === 0;
    if (!haveDevice)
        t.diagnostic('mknod needs root: the device-file case is not covered in this run');
    const { run, stats, byPath } = crawlAll(t, root);
    assert.equal(run.code, 0);
    assert.equal(byPath('fifo')?.error, 'not a regular file (fifo)');
    assert.equal(byPath('fifo')?.mime, 'inode/fifo');
    assert.equal(byPath('sock')?.error, 'not a regular file (socket)');
    if (haveDevice)
        assert.equal(byPath('null')?.error, 'not a regular file (char-device)');
    assert.equal(stats.skipped, haveDevice ? 3 : 2);
    assert.equal(stats.skippedByReason['not a regular file'], haveDevice ? 3 : 2);
    // A FIFO given as the root, and one behind a followed link: still not opened.
    const asRoot = cli(['--all-files', '--format', 'ndjson', join(root, 'fifo')]);
    assert.equal(asRoot.code, 0);
    assert.match(asRoot.stdout, /"error":"not a regular file \(fifo\)"/);
    fs.symlinkSync('fifo', join(root, 'link-to-fifo'));
    const followed = crawlAll(t, root, ['--follow-symlinks']);
    assert.equal(followed.byPath('link-to-fifo')?.error, 'not a regular file (fifo)');
    // A FIFO whose folder entry does not tell its type (some file systems): sniff opens it non-blocking and skips it.
    const entry = { path: join(root, 'fifo'), fsPath: join(root, 'fifo'), root, dir: '', kind: 'file' };
    const sniffed = await sniffEntry(entry, 16384);
    assert.equal(sniffed.skip, 'not a regular file (fifo)');
});
// ---------------------------------------------------------------- symbolic links
function linkTree(t) {
    const root = tempTree(t);
    const outside = tempTree(t);
    fs.mkdirSync(join(root, 'a'));
    fs.writeFileSync(join(root, 'a', 'x.dcm'), ct(1));
    fs.writeFileSync(join(outside, 'y.dcm'), ct(2));
    fs.symlinkSync('..', join(root, 'a', 'up')); // link to an ancestor
    fs.symlinkSync('.', join(root, 'self')); // link to itself
    fs.symlinkSync('a', join(root, 'dup')); // a second way into a
    fs.symlinkSync(outside, join(root, 'out')); // out of the root
    fs.symlinkSync('nowhere', join(root, 'dangling'));
    fs.symlinkSync('l2', join(root, 'l1')); // l1 -> l2 -> l1
    fs.symlinkSync('l1', join(root, 'l2'));
    fs.symlinkSync('a/x.dcm', join(root, 'file-link'));
    return { root, outside };
}
test('symlinks not followed: each link is one skipped record, the walk ends', (t) => {
    const { root } = linkTree(t);
    const { run, stats, records } = crawlAll(t, root);
    assert.equal(run.code, 0);
    assert.deepEqual([stats.filesSeen, stats.dicom, stats.skipped, stats.errors], [9, 1, 8, 0]);
    assert.equal(stats.skippedByReason['symlink not followed'], 8);
    assert.deepEqual(records.filter((r) => r.dicom !== 'none').map((r) => r.path), [join(root, 'a/x.dcm')]);
});
test('symlinks followed: loops, ancestor and duplicate links walked once; dangling and looping links are errors', (t) => {
    const { root } = linkTree(t);
    // The link out of the root is skipped (test/hostile.test.ts); --follow-outside-roots follows it.
    const inside = crawlAll(t, root, ['--follow-symlinks']);
    assert.equal(inside.byPath('out')?.error, 'symlink to outside the roots not followed (use --follow-outside-roots)');
    assert.deepEqual([inside.stats.filesSeen, inside.stats.dicom, inside.stats.errors, inside.stats.skipped], [9, 2, 3, 4]);
    const { run, stats, records, byPath } = crawlAll(t, root, ['--follow-symlinks', '--follow-outside-roots']);
    assert.equal(run.code, 1, 'dangling and looping links are paths that could not be read');
    assert.deepEqual(records.filter((r) => r.dicom !== 'none').map((r) => r.path).sort(), [join(root, 'a/x.dcm'), join(root, 'file-link'), join(root, 'out/y.dcm')]);
    assert.equal(byPath('dangling')?.error, 'dangling symlink (target does not exist)');
    assert.equal(byPath('l1')?.error, 'symlink loop');
    assert.equal(byPath('l2')?.error, 'symlink loop');
    for (const p of ['a/up', 'self', 'dup'])
        assert.equal(byPath(p)?.error, 'symlink to a folder already walked (loop or duplicate link)', p);
    assert.deepEqual([stats.filesSeen, stats.dicom, stats.errors, stats.skipped], [9, 3, 3, 3]);
});
test('symlinks followed: a folder reached first through a link is walked under the link\'s path; the real folder is a skipped folder, not a link', (t) => {
    const root = tempTree(t);
    fs.mkdirSync(join(root, 'z-real'));
    fs.writeFileSync(join(root, 'z-real', 'f.dcm'), ct(1));
    // "a-link" sorts before "z-real": the link is met first.
    fs.symlinkSync('z-real', join(root, 'a-link'));
    const { run, stats, records, byPath } = crawlAll(t, root, ['--follow-symlinks']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(records.filter((r) => r.dicom !== 'none').map((r) => r.path), [join(root, 'a-link/f.dcm')]);
    const real = byPath('z-real');
    assert.deepEqual([real.mime, real.error_code, real.error], ['inode/directory', 'FOLDER_ALREADY_WALKED', 'folder already walked through an earlier link']);
    assert.deepEqual([stats.filesSeen, stats.dicom, stats.skipped], [2, 1, 1]);
});
// ---------------------------------------------------------------- file names
test('names with invalid UTF-8, newlines, commas and quotes survive into CSV and NDJSON', (t) => {
    const root = tempTree(t);
    const valid = ['comma, in it.dcm', 'quote " and \' in it.dcm', 'new\nline.dcm', 'tab\there.dcm', 'ünïcödé 名前.dcm', 'back\\slash.dcm'];
    valid.forEach((name, i) => fs.writeFileSync(join(root, name), ct(i)));
    // Bytes that are not UTF-8: written as \xNN, one escape per byte that is not part of a valid sequence.
    const invalid = [
        [Buffer.from([0x62, 0x61, 0x64, 0xff, 0x2e, 0x64, 0x63, 0x6d]), 'bad\\xff.dcm'],
        [Buffer.from([0x6c, 0x61, 0x74, 0x69, 0x6e, 0x31, 0xe9, 0x2e, 0x64, 0x63, 0x6d]), 'latin1\\xe9.dcm'],
        [Buffer.from([0xc3, 0x28, 0xc3, 0xa9, 0x2e, 0x64, 0x63, 0x6d]), '\\xc3(é.dcm'],
    ];
    invalid.forEach(([raw], i) => fs.writeFileSync(Buffer.concat([Buffer.from(root + '/'), raw]), ct(100 + i)));
    // A backslash is written doubled, so that `\xNN` always means a byte (test/hostile.test.ts).
    const expected = [...valid.map((n) => n.replaceAll('\\', '\\\\')), ...invalid.map(([, shown]) => shown)].map((n) => join(root, n)).sort();
    const nd = cli(['--format', 'ndjson', '--tags', 'PatientID', root]);
    assert.equal(nd.code, 0, nd.stderr);
    const ndRecords = nd.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    assert.deepEqual(ndRecords.map((r) => r.path).sort(), expected);
    assert.ok(ndRecords.every((r) => r.dicom === 'part10' && r.PatientID.startsWith('REL')), 'every file was opened and read, the invalid names too');
    const csv = cli(['--tags', 'PatientID', root]);
    assert.equal(csv.code, 0, csv.stderr);
    const rows = parse(csv.stdout, { columns: true });
    assert.deepEqual(rows.map((r) => r.path).sort(), expected);
    assert.deepEqual(rows.map((r) => r.PatientID).sort(), ndRecords.map((r) => r.PatientID).sort());
});
// ---------------------------------------------------------------- output
function manyFiles(t, n) {
    const root = tempTree(t);
    for (let i = 0; i < n; i++)
        fs.writeFileSync(join(root, `f${String(i).padStart(5, '0')}.dcm`), ct(i));
    return root;
}
test('stdout closed early (| head -1): exit 0, nothing on stderr but the summary, no stack trace', (t) => {
    if (spawnSync('bash', ['-c', 'true']).status !== 0)
        return t.skip('bash not found');
    const root = manyFiles(t, 400);
    for (const format of ['csv', 'ndjson']) {
        const r = spawnSync('bash', ['-c', '"$0" "$1" -q --format "$2" "$3" | head -1; exit "${PIPESTATUS[0]}"', process.execPath, CLI, format, root], { encoding: 'utf8', timeout: 20_000 });
        assert.equal(r.status, 0, `${format}: ${r.stderr}`);
        assert.equal(r.stdout.split('\n').filter(Boolean).length, 1);
        assert.equal(r.stderr, '', `${format}: stderr should be empty with -q`);
    }
});
test('--output: missing folder, a folder, unwritable folder: exit 3 with the reason, nothing left behind', (t) => {
    const root = manyFiles(t, 2);
    const out = tempTree(t);
    const missing = cli(['--output', join(out, 'no/such/dir/files.csv'), root]);
    assert.equal(missing.code, 3);
    assert.equal(missing.stderr, `dicom-crawler: cannot write ${join(out, 'no/such/dir/files.csv')}: the folder does not exist\n`);
    const folder = cli(['--output', out, root]);
    assert.equal(folder.code, 3);
    assert.match(folder.stderr, /it is a folder/);
    assert.deepEqual(listAll(out), []);
    if (IS_ROOT && !HAVE_SETPRIV)
        return t.skip('running as root without setpriv: the unwritable-folder case needs an unprivileged user');
    fs.chmodSync(out, 0o555);
    const denied = cli(['--output', join(out, 'files.csv'), root], { asNobody: IS_ROOT });
    assert.equal(denied.code, 3);
    assert.equal(denied.stderr, `dicom-crawler: cannot write ${join(out, 'files.csv')}: permission denied\n`);
    assert.deepEqual(listAll(out), []);
});
test('--output to /dev/full (a real ENOSPC): exit 3, "no space left", the device is left a device', (t) => {
    if (!fs.existsSync('/dev/full'))
        return t.skip('/dev/full not found (not Linux)');
    const root = manyFiles(t, 50);
    const r = cli(['--output', '/dev/full', root]);
    assert.equal(r.code, 3);
    assert.equal(r.stderr, 'dicom-crawler: cannot write output: no space left on device\n');
    assert.ok(fs.statSync('/dev/full').isCharacterDevice(), 'the output was renamed over /dev/full');
});
test('--output to a FIFO is written in place, whole, to the reader at the other end', async (t) => {
    const root = manyFiles(t, 600);
    const dir = fs.mkdtempSync(join(tmpdir(), 'dcmcrawl-fifo-'));
    t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const fifo = join(dir, 'records.csv');
    if (spawnSync('mkfifo', [fifo]).status !== 0)
        return t.skip('mkfifo not available');
    // A slow reader: the pipe fills, and every write must still arrive whole.
    const reader = spawn('sh', ['-c', 'sleep 0.3; cat "$1"', 'sh', fifo], { stdio: ['ignore', 'pipe', 'inherit'] });
    let read = '';
    reader.stdout.setEncoding('utf8').on('data', (s) => (read += s));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    const r = await new Promise((resolve) => {
        const child = spawn(process.execPath, [CLI, '-q', '--output', fifo, root], { stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (s) => (stderr += s));
        child.on('close', (code) => resolve({ code, stderr }));
    });
    await closed;
    assert.equal(r.code, 0, r.stderr);
    assert.ok(fs.statSync(fifo).isFIFO(), 'the FIFO was replaced by a file');
    const direct = cli(['-q', root]);
    assert.equal(read, direct.stdout);
    assert.equal(read.trimEnd().split('\n').length, 601);
});
test('--output on a full file system (64 KiB tmpfs): exit 3, the temp file removed, no target', (t) => {
    const root = manyFiles(t, 600);
    const mnt = fs.mkdtempSync(join(tmpdir(), 'dcmcrawl-tmpfs-'));
    const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt], { encoding: 'utf8' });
    t.after(() => {
        if (mount.status === 0)
            spawnSync('umount', [mnt]);
        fs.rmSync(mnt, { recursive: true, force: true });
    });
    if (mount.status !== 0)
        return t.skip(`cannot mount a small tmpfs here (${(mount.stderr || mount.error?.message || '').trim()}): the /dev/full case covers ENOSPC`);
    const r = cli(['--output', join(mnt, 'files.csv'), root]);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /no space left on device/);
    assert.deepEqual(listAll(mnt), []);
});
test('--stats to an unwritable place: exit 3 with the reason', (t) => {
    const root = manyFiles(t, 1);
    const r = cli(['-q', '--stats', join(root, 'missing', 'stats.json'), root]);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /cannot write .*stats\.json: the folder does not exist/);
});
// ---------------------------------------------------------------- bad input: exit 2 before any output
test('bad template files: exit 2 with the file and what is wrong, nothing on stdout', async (t) => {
    const root = manyFiles(t, 1);
    const dir = tempTree(t);
    const cases = [
        ['not-json.json', '{"CT": ["CT",', /not valid JSON/],
        ['list.json', '["CT"]', /expected an object mapping class names/],
        ['empty-list.json', '{"CT": []}', /class "CT": the list of identifiers is empty/],
        ['no-classes.json', '{}', /no classes defined/],
        ['numbers.json', '{"CT": [1]}', /identifiers must be non-empty strings, got 1/],
        ['empty-file.json', '', /not valid JSON/],
    ];
    for (const [name, text, why] of cases) {
        const file = join(dir, name);
        fs.writeFileSync(file, text);
        // The first case through the real command, the others in-process (same code, less time).
        const r = name === 'not-json.json' ? cli(['--templates', file, root]) : await cliInProcess(['--templates', file, root]);
        assert.equal(r.code, 2, name);
        assert.equal(r.stdout, '', name);
        assert.ok(r.stderr.startsWith(`dicom-crawler: ${file}: `), `${name}: ${r.stderr}`);
        assert.match(r.stderr, why, name);
    }
    const missing = await cliInProcess(['--templates', join(dir, 'absent.json'), root]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /absent\.json: cannot read template file \(ENOENT\)/);
});
test('bad option values: exit 2, one line and the usage hint, nothing on stdout', async (t) => {
    const root = manyFiles(t, 1);
    const cases = [
        [['--concurrency', '0'], /--concurrency must be a whole number from 1 to 4096, got "0"/],
        [['--concurrency', 'many'], /--concurrency must be a whole number/],
        [['--format', 'xml'], /argument 'xml' is invalid\. Allowed choices are csv, ndjson/],
        [['--tags', 'NoSuchKeyword'], /unknown DICOM keyword "NoSuchKeyword"/],
        [['--match', 'fuzzy'], /Allowed choices are token, substring/],
        [['--no-such-option'], /unknown option/],
    ];
    for (const [args, why] of cases) {
        const r = args[0] === '--concurrency' && args[1] === '0' ? cli([...args, root]) : await cliInProcess([...args, root]);
        assert.equal(r.code, 2, args.join(' '));
        assert.equal(r.stdout, '');
        assert.match(r.stderr, why);
        assert.match(r.stderr, /Run 'dicom-crawler --help' for usage\./);
    }
    const noRoot = await cliInProcess([join(root, 'missing')]);
    assert.equal(noRoot.code, 2);
    assert.match(noRoot.stderr, /root not found: .*missing/);
});
// ---------------------------------------------------------------- signals
/** Starts a crawl, sends `signal` once it is under way, resolves with what was written. */
function interrupt(args, signal, underWay) {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [CLI, ...args], { cwd: PROJECT_ROOT });
        let stdout = '';
        let stderr = '';
        let sent = false;
        const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
        const poll = setInterval(() => {
            if (!sent && underWay(stdout)) {
                sent = true;
                child.kill(signal);
            }
        }, 5);
        child.stdout.setEncoding('utf8').on('data', (s) => (stdout += s));
        child.stderr.setEncoding('utf8').on('data', (s) => (stderr += s));
        child.on('error', reject);
        child.on('close', (code, sig) => {
            clearTimeout(timer);
            clearInterval(poll);
            resolve({ code, signal: sig, stdout, stderr });
        });
    });
}
/** One tree of many small files for the three interruptions (made once: writing it is most of their cost). */
let signalTree;
function bigTree(t) {
    if (!signalTree) {
        const dir = fs.mkdtempSync(join(tmpdir(), 'dcmcrawl-rel-big-'));
        const file = ct(1);
        for (let i = 0; i < SIGNAL_FILES; i++)
            fs.writeFileSync(join(dir, `f${String(i).padStart(5, '0')}.dcm`), file);
        signalTree = dir;
        process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    }
    t.diagnostic(`${SIGNAL_FILES} files`);
    return signalTree;
}
const SIGNAL_FILES = 1500;
test('SIGINT mid-crawl, NDJSON on stdout: exit 130, only whole records written', async (t) => {
    const root = bigTree(t);
    const r = await interrupt(['-q', '--concurrency', '1', '--format', 'ndjson', root], 'SIGINT', (s) => s.length > 0);
    assert.equal(r.code, 130, r.stderr);
    assert.ok(r.stdout.endsWith('\n'), 'the last record is cut');
    const lines = r.stdout.split('\n').filter(Boolean);
    assert.ok(lines.length > 0 && lines.length < SIGNAL_FILES, `interrupted after ${lines.length} records`);
    for (const l of lines)
        assert.equal(JSON.parse(l).dicom, 'part10');
    assert.doesNotMatch(r.stderr, /\n\s+at /);
});
test('SIGTERM mid-crawl, CSV on stdout: exit 143, only whole rows written', async (t) => {
    const root = bigTree(t);
    // Under way: the header and at least one row are out (the header alone leaves at once).
    const r = await interrupt(['-q', '--concurrency', '1', root], 'SIGTERM', (s) => s.split('\n').length > 2);
    assert.equal(r.code, 143, r.stderr);
    assert.ok(r.stdout.endsWith('\n'));
    const rows = parse(r.stdout, { columns: true });
    assert.ok(rows.length > 0 && rows.length < SIGNAL_FILES, `interrupted after ${rows.length} rows`);
    assert.ok(rows.every((row) => row.dicom === 'part10'));
});
test('SIGTERM mid-crawl with --output: exit 143, the temp file removed, no target written', async (t) => {
    const root = bigTree(t);
    const out = tempTree(t);
    const target = join(out, 'files.ndjson');
    const underWay = () => fs.readdirSync(out).some((n) => n.endsWith('.tmp') && fs.statSync(join(out, n)).size > 0);
    const r = await interrupt(['-q', '--concurrency', '1', '--format', 'ndjson', '--output', target, root], 'SIGTERM', underWay);
    assert.equal(r.code, 143, r.stderr);
    assert.deepEqual(listAll(out), []);
});
//# sourceMappingURL=reliability.test.js.map