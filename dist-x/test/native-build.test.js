// scripts/build-native.mjs, as `npm install` runs it: each native part is built on its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './helpers/paths.js';
const gyp = process.env.npm_config_node_gyp;
test('a native part that cannot build leaves the others built, and says in one line what is used instead', { skip: gyp && existsSync(gyp) ? false : 'npm\'s node-gyp not known (run through npm test): skipped', timeout: 180_000 }, () => {
    // A copy of the package without node_modules: the MIME namer cannot find mmmagic's libmagic sources.
    const dir = mkdtempSync(join(tmpdir(), 'native-build-'));
    try {
        for (const f of ['package.json', 'scripts/build-native.mjs', 'native/head-reader.c', 'native/mime-namer.c', 'native/thread-queue.h', 'native/head-reader/binding.gyp', 'native/mime-namer/binding.gyp']) {
            mkdirSync(join(dir, f, '..'), { recursive: true });
            cpSync(join(PROJECT_ROOT, f), join(dir, f));
        }
        const r = spawnSync(process.execPath, ['scripts/build-native.mjs'], { cwd: dir, encoding: 'utf8' });
        assert.equal(r.status, 0, 'a part that did not build does not fail the install');
        assert.ok(existsSync(join(dir, 'native/head-reader/build/Release/head_reader.node')), 'the head reader was built');
        assert.ok(!existsSync(join(dir, 'native/mime-namer/build/Release/mime_namer.node')));
        const lines = r.stderr.trim().split('\n').filter((l) => l.startsWith('dicom-crawler: '));
        assert.equal(lines.length, 1, r.stderr);
        assert.equal(lines[0], 'dicom-crawler: the native MIME namer did not build; mmmagic names files that are not DICOM. Why: build/native-build.log');
        assert.match(readFileSync(join(dir, 'build/native-build.log'), 'utf8'), /== native\/mime-namer\n[\s\S]*mmmagic/);
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
});
//# sourceMappingURL=native-build.test.js.map