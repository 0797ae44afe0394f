// How the command is started: through links with other names, from paths
// holding `#` or `%`, and the spellings people type for help and version.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, PROJECT_ROOT, SAMPLE } from './helpers/paths.js';
const scratch = mkdtempSync(join(tmpdir(), 'dcm-launch-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const version = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).version;
function runFile(file, args, env = {}) {
    // Started as the shell starts it: the file itself, through its `#!` line.
    return spawnSync(file, args, { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 30_000 });
}
test('run through a link with another name (ln -s .../dicom-crawler.js ~/bin/dcmcrawl), by path and from PATH', () => {
    const bin = join(scratch, 'bin');
    mkdirSync(bin);
    symlinkSync(CLI, join(bin, 'dcmcrawl'));
    const byPath = runFile(join(bin, 'dcmcrawl'), ['--version']);
    assert.equal(byPath.status, 0, byPath.stderr);
    assert.equal(byPath.stdout, `${version}\n`);
    const fromPath = spawnSync('dcmcrawl', ['-q', '--format', 'ndjson', SAMPLE], { encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
    assert.equal(fromPath.status, 0, fromPath.stderr);
    assert.equal(fromPath.stdout.trimEnd().split('\n').length, 13, 'one record per DICOM file of the sample tree');
});
test('run from a folder whose path holds # and % (the package copied there, as an install would)', () => {
    const pkg = join(scratch, 'tools #1 100%', 'dicom-crawler');
    mkdirSync(join(pkg, 'dist', 'cli'), { recursive: true });
    for (const f of ['package.json', 'modal-templates.json'])
        copyFileSync(join(PROJECT_ROOT, f), join(pkg, f));
    copyFileSync(CLI, join(pkg, 'dist', 'cli', 'dicom-crawler.js'));
    // The worker thread of --jobs ships beside it.
    copyFileSync(join(CLI, '..', 'crawl-worker.js'), join(pkg, 'dist', 'cli', 'crawl-worker.js'));
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(pkg, 'node_modules'));
    const r = runFile(join(pkg, 'dist', 'cli', 'dicom-crawler.js'), ['-q', SAMPLE]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.split('\n')[0]?.slice(0, 15), 'path,size,dicom');
    assert.equal(r.stdout.trimEnd().split('\n').length, 14);
    // And through a link whose own path holds them.
    const linkDir = join(scratch, 'links #2');
    mkdirSync(linkDir);
    symlinkSync(join(pkg, 'dist', 'cli', 'dicom-crawler.js'), join(linkDir, 'dicom-crawler'));
    const linked = runFile(join(linkDir, 'dicom-crawler'), ['--version']);
    assert.equal(linked.stdout, `${version}\n`, linked.stderr);
});
test('node dist/cli/dicom-crawler (no extension) runs the command too', () => {
    const r = spawnSync(process.execPath, [CLI.replace(/\.js$/, ''), '--version'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, `${version}\n`);
});
test('-v, -V and --version print the version; "help" and "help summary" print the help, not a crawl of a root named help', () => {
    for (const flag of ['-v', '-V', '--version']) {
        const r = spawnSync(process.execPath, [CLI, flag], { encoding: 'utf8' });
        assert.equal(r.status, 0, `${flag}: ${r.stderr}`);
        assert.equal(r.stdout, `${version}\n`, flag);
    }
    const main = spawnSync(process.execPath, [CLI, 'help'], { encoding: 'utf8', cwd: PROJECT_ROOT });
    assert.equal(main.status, 0, main.stderr);
    assert.match(main.stdout, /^Usage: dicom-crawler \[options\] \[command\] <root\.\.\.>/);
    assert.equal(main.stderr, '');
    const sub = spawnSync(process.execPath, [CLI, 'help', 'summary'], { encoding: 'utf8' });
    assert.equal(sub.status, 0, sub.stderr);
    assert.match(sub.stdout, /^Usage: dicom-crawler summary \[options\] <root\.\.\.>/);
    // A folder named help is still a root when written as a path.
    const dir = join(scratch, 'roots');
    mkdirSync(join(dir, 'help'), { recursive: true });
    const root = spawnSync(process.execPath, [CLI, '-q', './help'], { encoding: 'utf8', cwd: dir });
    assert.equal(root.status, 0, root.stderr);
    assert.equal(root.stdout.split('\n')[0]?.slice(0, 15), 'path,size,dicom');
});
test('the end summary says "1 folder unreadable", not "1 folders"', (t) => {
    if (process.getuid?.() === 0) {
        const probe = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '-e', '']);
        if (probe.status !== 0)
            return t.skip('running as root without setpriv: an unreadable folder cannot be made');
    }
    const root = join(scratch, 'unreadable');
    mkdirSync(join(root, 'locked'), { recursive: true });
    for (const d of [scratch, root])
        chmodSync(d, 0o755);
    chmodSync(join(root, 'locked'), 0o000);
    const argv = [process.execPath, CLI, root];
    const r = process.getuid?.() === 0 ? spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', ...argv], { encoding: 'utf8' }) : spawnSync(argv[0], argv.slice(1), { encoding: 'utf8' });
    chmodSync(join(root, 'locked'), 0o755);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /^0 files: .*; 1 folder unreadable in /m);
});
test('npm install builds the native parts in one line of output; the compiler\'s output goes to build/native-build.log', () => {
    // node-gyp stand-ins: one as noisy as libmagic's sources (~150 lines of warnings), one that fails.
    const box = join(scratch, 'install');
    mkdirSync(box);
    const gyp = (name, status) => {
        const file = join(box, name);
        writeFileSync(file, `for (let i = 0; i < 150; i++) console.error('readelf.c:143:33: warning: may be used uninitialized'); process.exit(${status})\n`);
        return file;
    };
    const run = (gypFile) => spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'build-native.mjs')], { cwd: box, encoding: 'utf8', env: { ...process.env, npm_config_node_gyp: gypFile } });
    const ok = run(gyp('ok-gyp.js', 0));
    assert.equal(ok.status, 0);
    assert.equal(ok.stdout + ok.stderr, 'dicom-crawler: native parts built (compiler output in build/native-build.log)\n');
    // node-gyp runs once per native part (native/head-reader, native/mime-namer): both outputs are kept.
    assert.equal(readFileSync(join(box, 'build', 'native-build.log'), 'utf8').split('\n').filter((l) => l.includes('warning')).length, 2 * 150);
    const failed = run(gyp('failing-gyp.js', 1));
    assert.equal(failed.status, 0, 'a failed build is not a failed install: the JavaScript reader is used');
    assert.equal(failed.stdout + failed.stderr, 'dicom-crawler: the native parts did not build; the JavaScript reader is used (slower). Why: build/native-build.log\n');
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));
    assert.equal(pkg.scripts.install, 'node scripts/build-native.mjs');
    assert.ok(pkg.files.includes('scripts/build-native.mjs'), 'the installed package carries its install script');
});
test('the #! line is plain "#!/usr/bin/env node" (BusyBox env, as in node:alpine, has no -S): the heap settings come from smallHeap()', () => {
    assert.equal(readFileSync(CLI, 'utf8').split('\n')[0], '#!/usr/bin/env node');
    // The young generation of a process that makes many short-lived objects:
    // 1 MiB semi-spaces stay so with smallHeap(); V8 grows them to 16 MiB without.
    const probe = (small) => {
        const lib = new URL('../lib/index.js', import.meta.url).href;
        const code = `import v8 from 'node:v8'; import { smallHeap } from ${JSON.stringify(lib)}; ${small ? 'smallHeap();' : ''}
      let keep = [], max = 0
      for (let i = 0; i < 2e6; i++) { keep.push({ i, s: 'x' + i }); if (keep.length > 5000) keep = []
        if (i % 50000 === 0) for (const s of v8.getHeapSpaceStatistics()) if (s.space_name === 'new_space') max = Math.max(max, s.space_size) }
      console.log(max)`;
        const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr);
        return Number(r.stdout) / 1048576;
    };
    const small = probe(true);
    const plain = probe(false);
    assert.ok(small <= 4, `young generation with smallHeap(): ${small} MiB`);
    assert.ok(plain > small * 2, `young generation without: ${plain} MiB (with: ${small} MiB)`);
});
//# sourceMappingURL=cli-launch.test.js.map