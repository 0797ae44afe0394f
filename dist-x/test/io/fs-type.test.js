import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NETWORK_FILE_SYSTEMS, readModes, rootFileSystem } from '../../lib/io/fs-type.js';
import { walk } from '../../lib/stages/walk.js';
import { CLI, SAMPLE } from '../helpers/paths.js';
test('the network file systems are known by their statfs magic numbers (include/uapi/linux/magic.h, coreutils stat.c)', () => {
    const expected = { nfs: 0x6969, smb2: 0xfe534d42, cifs: 0xff534d42, fuse: 0x65735546, lustre: 0x0bd00bd0, gpfs: 0x47504653, ceph: 0x00c36400, '9p': 0x01021997, beegfs: 0x19830326 };
    for (const [name, magic] of Object.entries(expected))
        assert.equal(NETWORK_FILE_SYSTEMS.get(magic), name, `${name} 0x${magic.toString(16)}`);
    // Local disks are not among them.
    for (const local of [0xef53, 0x58465342, 0x9123683e, 0x01021994, 0x794c7630])
        assert.equal(NETWORK_FILE_SYSTEMS.has(local), false);
});
test('a root on a local disk is read with blocking reads; --concurrency decides for every root when given', () => {
    const fsType = rootFileSystem(SAMPLE);
    assert.ok(fsType.type !== 0);
    const [detected] = readModes([SAMPLE]);
    assert.equal(detected.chosen, 'detected');
    assert.equal(detected.concurrency, fsType.mode === 'network' ? 32 : 1);
    assert.deepEqual(readModes([SAMPLE], 8).map((m) => [m.mode, m.concurrency, m.chosen]), [['network', 8, 'option']]);
    assert.deepEqual(readModes([SAMPLE], 1).map((m) => [m.mode, m.concurrency, m.chosen]), [['local', 1, 'option']]);
    // A root that is not there: the walk reports it; the check does not throw.
    assert.equal(rootFileSystem('/no/such/root').mode, 'local');
});
test('--stats and the end summary say how each root was read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fs-type-'));
    try {
        const stats = join(dir, 'stats.json');
        const r = spawnSync(process.execPath, [CLI, '--stats', stats, SAMPLE], { encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr);
        const modes = JSON.parse(readFileSync(stats, 'utf8')).readModes;
        assert.deepEqual(modes.map((m) => [m.root, m.chosen]), [[SAMPLE, 'detected']]);
        assert.match(r.stderr, new RegExp(`\\n  read: ${SAMPLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: (local disk, blocking reads|network file system \\(\\w+\\), 32 reads at once)\\n`));
        const forced = spawnSync(process.execPath, [CLI, '-q', '--concurrency', '32', '--stats', stats, SAMPLE], { encoding: 'utf8' });
        assert.equal(forced.status, 0, forced.stderr);
        assert.deepEqual(JSON.parse(readFileSync(stats, 'utf8')).readModes.map((m) => [m.mode, m.concurrency, m.chosen]), [['network', 32, 'option']]);
        // The same records either way.
        const a = spawnSync(process.execPath, [CLI, '-q', '--all-files', SAMPLE], { encoding: 'utf8' }).stdout;
        const b = spawnSync(process.execPath, [CLI, '-q', '--all-files', '--concurrency', '32', SAMPLE], { encoding: 'utf8' }).stdout;
        assert.equal(b, a);
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
});
test('folders listed ahead, many at once, come out in the same walk order as folders listed one by one', async () => {
    const one = (await walk(SAMPLE, { announceDirs: true }).toArray()).map((e) => e.path);
    const ahead = (await walk(SAMPLE, { announceDirs: true, listAhead: 8 }).toArray()).map((e) => e.path);
    const blocking = (await walk(SAMPLE, { announceDirs: true, sync: () => true }).toArray()).map((e) => e.path);
    assert.deepEqual(ahead, one);
    assert.deepEqual(blocking, one);
});
//# sourceMappingURL=fs-type.test.js.map