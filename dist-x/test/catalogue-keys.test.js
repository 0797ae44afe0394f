// The catalogue's walk keys (the per-folder writer gives walkKey()'s bytes for every entry of a real walk, odd names included) and its queue of files to read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { walk } from '../lib/stages/walk.js';
import { KeyWriter, walkKey } from '../lib/catalogue/walk-key.js';
import { PendingFiles } from '../lib/catalogue/pending.js';
async function entries(root) {
    const out = [];
    for await (const e of walk(root))
        out.push(e);
    return out;
}
test('KeyWriter gives walkKey() for every entry, folder after folder, odd names and roots included', async (t) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-keys-'));
    t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const names = ['a.dcm', 'b c.dcm', 'ünï.dcm', 'back\\slash.dcm', '日本.dcm', '\u0001ctl'];
    const folders = ['', 'x', 'x/y', 'x/y/z', 'x/ü', 'back\\dir', 'w'];
    for (const f of folders) {
        fs.mkdirSync(path.join(dir, f), { recursive: true });
        for (const n of names)
            fs.writeFileSync(path.join(dir, f, n), n);
    }
    // A name that is not UTF-8: the walk gives its path as bytes.
    fs.writeFileSync(Buffer.concat([Buffer.from(path.join(dir, 'x') + '/'), Buffer.from([0x66, 0xff, 0x2e, 0x64])]), 'raw');
    let n = 0;
    for (const root of [dir, `${dir}/`, path.join(dir, 'x', 'a.dcm')]) {
        const keys = new KeyWriter();
        for (const e of await entries(root)) {
            const length = keys.entry(e);
            assert.deepEqual(Buffer.from(keys.buf.subarray(0, length)), walkKey(e), `${root}: ${e.path}`);
            n++;
        }
    }
    assert.ok(n > 2 * names.length * folders.length, `${n} entries`);
});
test('PendingFiles gives back what was queued, in order, through growth, long keys and files without a stamp', () => {
    const queue = new PendingFiles();
    const model = [];
    let next = 0;
    const stamp = new BigInt64Array(3);
    for (let round = 0; round < 40; round++) {
        // Queue more than is taken, so the ring wraps and grows.
        for (let n = 0; n < 50; n++, next++) {
            const key = Buffer.alloc(1 + ((next * 37) % 300), next % 251);
            const stamped = next % 7 !== 0;
            stamp[0] = BigInt(next);
            stamp[1] = BigInt(next) * 1000000007n;
            stamp[2] = -BigInt(next);
            queue.push(`p${next}`, Buffer.concat([key, Buffer.from('tail')]), key.length, stamped ? stamp : undefined, 0, next % 3 === 0);
            model.push({ path: `p${next}`, key, stamp: stamped ? [...stamp] : undefined, existed: next % 3 === 0 });
        }
        for (let n = 0; n < 30 + (round % 20); n++) {
            const want = model.shift();
            assert.equal(queue.firstPath(), want.path);
            const got = queue.first();
            assert.deepEqual(Buffer.from(got.key), want.key, want.path);
            assert.deepEqual(got.size === null ? undefined : [got.size, got.mtimeNs, got.ino], want.stamp, want.path);
            assert.equal(got.existed, want.existed);
            queue.shift();
        }
    }
    while (model.length) {
        assert.equal(queue.firstPath(), model.shift().path);
        queue.shift();
    }
    assert.equal(queue.firstPath(), undefined);
});
//# sourceMappingURL=catalogue-keys.test.js.map