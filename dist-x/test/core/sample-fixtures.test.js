// fixtures/sample is committed so the demo and tests need no build step to produce it; this keeps
// it honest: the committed bytes must be exactly what fixtures/make-sample.ts generates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSample } from '../../fixtures/make-sample.js';
// Compiled to dist/test/core/: the script sits in dist/fixtures/, the committed tree in fixtures/.
const SCRIPT = fileURLToPath(new URL('../../fixtures/make-sample.js', import.meta.url));
const COMMITTED = fileURLToPath(new URL('../../../fixtures/sample', import.meta.url));
/** Relative path → bytes, for every file under `dir`; anything but files and directories fails. */
function readTree(dir, rel = '') {
    const out = new Map();
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
        const child = rel ? `${rel}/${entry.name}` : entry.name;
        if (entry.isDirectory())
            for (const [k, v] of readTree(dir, child))
                out.set(k, v);
        else if (entry.isFile())
            out.set(child, fs.readFileSync(path.join(dir, child)));
        else
            assert.fail(`unexpected non-file ${child}`);
    }
    return out;
}
test('the committed fixtures/sample is byte-identical to a fresh run of make-sample', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sample-'));
    try {
        const out = path.join(tmp, 'sample');
        const run = spawnSync(process.execPath, [SCRIPT, out], { encoding: 'utf8' });
        assert.equal(run.status, 0, run.stderr);
        const fresh = readTree(out);
        const committed = readTree(COMMITTED);
        assert.deepEqual([...committed.keys()].sort(), [...fresh.keys()].sort(), 'file lists differ: rerun node dist/fixtures/make-sample.js');
        for (const [rel, bytes] of fresh) {
            assert.ok(committed.get(rel)?.equals(bytes), `${rel} differs: rerun node dist/fixtures/make-sample.js`);
        }
    }
    finally {
        fs.rmSync(tmp, { recursive: true, force: true });
    }
});
test('make-sample refuses to wipe a directory that is not a sample tree', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'not-sample-'));
    try {
        fs.writeFileSync(path.join(tmp, 'precious.txt'), 'keep me');
        assert.throws(() => writeSample(tmp), /refusing/);
        assert.equal(fs.readFileSync(path.join(tmp, 'precious.txt'), 'utf8'), 'keep me');
    }
    finally {
        fs.rmSync(tmp, { recursive: true, force: true });
    }
});
//# sourceMappingURL=sample-fixtures.test.js.map