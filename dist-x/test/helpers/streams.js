import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
/** Runs `items` through one stage and collects what comes out: arrays in, arrays out. */
export async function runStage(items, stage) {
    const out = [];
    await pipeline(Readable.from(items), stage, new Writable({
        objectMode: true,
        write(chunk, _enc, cb) {
            out.push(chunk);
            cb();
        },
    }));
    return out;
}
/** Same, for a stage whose output is text (CSV, NDJSON). */
export async function runToText(items, stage) {
    const chunks = await runStage(items, stage);
    return chunks.map((c) => c.toString()).join('');
}
//# sourceMappingURL=streams.js.map