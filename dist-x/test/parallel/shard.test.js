import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseShard, shardOfFolder, checkShard } from '../../lib/parallel/shard.js';
import { walk } from '../../lib/stages/walk.js';
import { CrawlerError } from '../../lib/errors.js';
import { SAMPLE } from '../helpers/paths.js';
const badOption = (pattern) => (e) => e instanceof CrawlerError && e.code === 'BAD_OPTION' && pattern.test(e.message);
describe('parseShard', () => {
    it('reads K/N', () => {
        assert.deepEqual(parseShard('0/4', {}), { index: 0, count: 4 });
        assert.deepEqual(parseShard(' 3/4 ', {}), { index: 3, count: 4 });
    });
    it('refuses an index outside 0..N-1, a zero count and other text', () => {
        assert.throws(() => parseShard('4/4', {}), badOption(/index must be a whole number from 0 to 3, got 4/));
        assert.throws(() => parseShard('0/0', {}), badOption(/count must be a whole number from 1/));
        assert.throws(() => parseShard('1-4', {}), badOption(/must be K\/N .* or auto, got "1-4"/));
        assert.throws(() => parseShard('-1/4', {}), badOption(/K\/N/));
        assert.throws(() => checkShard({ index: 1.5, count: 4 }), badOption(/index/));
    });
    it('auto: a Kubernetes Indexed Job, the count from the argument or DICOM_CRAWLER_SHARD_COUNT', () => {
        assert.deepEqual(parseShard('auto', { JOB_COMPLETION_INDEX: '2' }, 8), { index: 2, count: 8 });
        assert.deepEqual(parseShard('auto', { JOB_COMPLETION_INDEX: '2', DICOM_CRAWLER_SHARD_COUNT: '5' }), { index: 2, count: 5 });
        assert.throws(() => parseShard('auto', { JOB_COMPLETION_INDEX: '2' }), badOption(/JOB_COMPLETION_INDEX is 2 but the shard count is not given/));
        assert.throws(() => parseShard('auto', { JOB_COMPLETION_INDEX: '9' }, 8), badOption(/index must be a whole number from 0 to 7, got 9/));
    });
    it('auto: a SLURM array, numbered from SLURM_ARRAY_TASK_MIN in steps', () => {
        assert.deepEqual(parseShard('auto', { SLURM_ARRAY_TASK_ID: '0', SLURM_ARRAY_TASK_COUNT: '4', SLURM_ARRAY_TASK_MIN: '0' }), { index: 0, count: 4 });
        assert.deepEqual(parseShard('auto', { SLURM_ARRAY_TASK_ID: '13', SLURM_ARRAY_TASK_COUNT: '4', SLURM_ARRAY_TASK_MIN: '10' }), { index: 3, count: 4 });
        assert.deepEqual(parseShard('auto', { SLURM_ARRAY_TASK_ID: '7', SLURM_ARRAY_TASK_COUNT: '3', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_STEP: '3' }), { index: 2, count: 3 });
        assert.throws(() => parseShard('auto', { SLURM_ARRAY_TASK_ID: '3' }), badOption(/SLURM_ARRAY_TASK_COUNT is not/));
    });
    it('auto with neither scheduler says which variables it looked for', () => {
        assert.throws(() => parseShard('auto', {}), badOption(/neither JOB_COMPLETION_INDEX .* nor SLURM_ARRAY_TASK_ID .* is set; use --shard K\/N/));
    });
});
describe('shardOfFolder', () => {
    it('is stable: the same folder goes to the same shard on every machine and in every release', () => {
        // Fixed values: a change here moves folders between shards of runs already started.
        assert.deepEqual(['', 'PAT001', 'PAT001/20240105_CT', 'Müller/T1'].map((d) => shardOfFolder(d, 1000)), [257, 569, 285, 871]);
        assert.equal(shardOfFolder('anything', 1), 0);
    });
    it('spreads sibling series folders evenly', () => {
        const counts = [0, 0, 0, 0];
        for (let p = 0; p < 200; p++)
            for (let s = 1; s <= 4; s++)
                counts[shardOfFolder(`PAT${String(p).padStart(7, '0')}/2019_CT/00${s}_series`, 4)]++;
        for (const c of counts)
            assert.ok(c > 160 && c < 240, `shard sizes ${counts.join(', ')}`);
    });
});
describe('walk with a shard', () => {
    const key = (e) => `${e.folder ? 'folder ' : ''}${e.path}`;
    it('N shards yield every entry of the whole walk exactly once, a folder with its files', async () => {
        const all = (await walk(SAMPLE, { announceDirs: true }).toArray()).map(key);
        const parts = [];
        for (let index = 0; index < 3; index++)
            parts.push((await walk(SAMPLE, { announceDirs: true, shard: { index, count: 3 } }).toArray()));
        const union = parts.flat().map(key);
        assert.deepEqual([...union].sort(), [...all].sort());
        assert.equal(new Set(union).size, union.length);
        for (const part of parts) {
            assert.ok(part.length > 0 && part.length < all.length, 'each shard has some entries, none has all');
            const folders = new Set(part.filter((e) => e.folder).map((e) => e.dir));
            for (const e of part)
                assert.ok(folders.has(e.dir), `${e.path} comes with its folder's announcement`);
        }
    });
    it('a folder announcement says when the folder has sub-folders', async () => {
        const entries = (await walk(SAMPLE, { announceDirs: true }).toArray());
        const root = entries.find((e) => e.folder && e.dir === '');
        assert.equal(root.subfolders, true);
        const series = entries.find((e) => e.folder && e.dir.endsWith('SERIES_001_CT_Chest'));
        assert.equal(series.subfolders, undefined);
    });
    it('refuses a bad shard at construction', () => {
        assert.throws(() => walk(SAMPLE, { shard: { index: 2, count: 2 } }), badOption(/index/));
    });
});
//# sourceMappingURL=shard.test.js.map