import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { LATER, orderedParallel } from '../../lib/util/ordered-parallel.js';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
test('one slow item does not stop new ones from starting; output keeps input order', async () => {
    const started = [];
    let slowDone = false;
    let startedBeforeSlowDone = 0;
    const stage = orderedParallel(async (i) => {
        started.push(i);
        if (!slowDone)
            startedBeforeSlowDone++;
        await sleep(i === 0 ? 300 : 5);
        if (i === 0)
            slowDone = true;
        return i;
    }, 4);
    const out = await Readable.from(Array.from({ length: 100 }, (_, i) => i)).pipe(stage).toArray();
    assert.deepEqual(out, Array.from({ length: 100 }, (_, i) => i));
    // With the window counting finished results, only 4 could start before item 0 was done;
    // now reads go on until the reorder buffer (8 x 4 by default) is full.
    assert.equal(startedBeforeSlowDone, 32, `items started while the slow one ran: ${startedBeforeSlowDone}`);
});
test('the reorder buffer bounds what is held behind a slow item', async () => {
    let maxAhead = 0;
    let slowDone = false;
    const stage = orderedParallel(async (i) => {
        if (!slowDone)
            maxAhead = Math.max(maxAhead, i);
        await sleep(i === 0 ? 200 : 1);
        if (i === 0)
            slowDone = true;
        return i;
    }, 4, { reorder: 20 });
    const out = await Readable.from(Array.from({ length: 200 }, (_, i) => i)).pipe(stage).toArray();
    assert.equal(out.length, 200);
    assert.ok(maxAhead < 20, `items started ahead of the slow one: ${maxAhead}`);
});
test('a callback source: LATER and settle, in order, no promise needed; undefined drops; errors end the stream', async () => {
    const stage = orderedParallel((i, settle) => {
        if (i % 3 === 0)
            return `now ${i}`;
        setTimeout(() => settle(null, i % 3 === 1 ? `later ${i}` : undefined), 10 - i);
        return LATER;
    }, 3);
    const out = await Readable.from([0, 1, 2, 3, 4, 5, 6]).pipe(stage).toArray();
    assert.deepEqual(out, ['now 0', 'later 1', 'now 3', 'later 4', 'now 6']);
    const failing = orderedParallel((i, settle) => {
        setImmediate(() => settle(i === 2 ? new Error('boom') : null, i));
        return LATER;
    }, 2);
    await assert.rejects(Readable.from([1, 2, 3]).pipe(failing).toArray(), /boom/);
});
//# sourceMappingURL=ordered-parallel.test.js.map