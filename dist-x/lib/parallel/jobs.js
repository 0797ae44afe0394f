import { asBuffer } from '../util/as-buffer.js';
import { Transform } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { CrawlStats } from '../core/stats.js';
import { keepSmallHeap } from '../util/small-heap.js';
import { BatchRunner } from './batch.js';
/**
 * Entries per batch: large enough that a message costs little per file (a
 * batch of the bench tree is about 100 KB of text), small enough that the
 * first rows leave soon and the reorder buffer stays small.
 */
const BATCH = 256;
/** Batches out per worker: one being worked on, one waiting, so a worker never idles while this thread runs one. */
const PER_WORKER = 2;
/**
 * Each worker's V8 heap: a young generation of 3 MB (1 MB semi-spaces: a
 * crawl makes many short-lived objects and keeps almost none, as the command's
 * own thread, docs/DECISIONS.md), and an old generation far above what a
 * worker holds (a batch and an 8 MiB header at most).
 */
const RESOURCE_LIMITS = Object.freeze({ maxYoungGenerationSizeMb: 3, maxOldGenerationSizeMb: 128 });
/** The compiled worker: beside this module (dist/lib/parallel) and beside the bundled command (dist/cli). */
const WORKER_FILE = new URL('./crawl-worker.js', import.meta.url);
/**
 * Stage: walk entries in, text (or records) out, in walk order, from `jobs`
 * threads that each run the per-file job on batches of entries (batch.ts):
 * `jobs - 1` worker threads and this one. This thread batches entries, hands
 * each batch to a worker with room, else runs it itself, puts the answers
 * back in order and counts; it emits `stats` (a CrawlSummary) before `end`.
 */
export function inWorkers(setup, jobs, options = {}) {
    const text = setup.output !== 'records';
    const stats = new CrawlStats();
    const startAfterMs = options.startAfterMs ?? 0;
    let firstBatchAt;
    // This thread runs batches too: `jobs` threads in all.
    const threads = jobs - 1;
    const maxOut = jobs * PER_WORKER + 2;
    const workers = [];
    let local;
    /** Answers that came before their turn, by batch number: fewer than `maxOut`. */
    const done = new Map();
    let batch = [];
    let sent = 0;
    let emitted = 0;
    let held;
    let flushed;
    let scheduled;
    let failed = false;
    let finished = false;
    const fail = (err) => {
        if (failed)
            return;
        failed = true;
        stop();
        stream.destroy(err);
    };
    const stop = () => {
        // Unreferenced: an interrupted run's end need not wait for a worker to stop.
        for (const w of workers) {
            void w.worker.terminate();
            w.worker.unref();
        }
    };
    const start = () => {
        for (let i = 0; i < threads; i++) {
            const worker = new Worker(WORKER_FILE, { workerData: setup, resourceLimits: RESOURCE_LIMITS });
            const slot = { worker, out: 0, online: false };
            worker.once('online', () => {
                keepSmallHeap();
                slot.online = true;
                if (!scheduled && batch.length)
                    scheduled = setImmediate(dispatch);
            });
            worker.on('message', (r) => {
                slot.out--;
                if (r.failed)
                    return fail(new Error(`worker thread failed: ${r.failed}`));
                done.set(r.seq, r);
                drain();
            });
            worker.on('error', fail);
            worker.on('exit', (code) => {
                if (!failed && !finished)
                    fail(new Error(`worker thread ended early (exit code ${code})`));
            });
            workers.push(slot);
        }
        stats.threads = 1 + threads;
    };
    // The header leaves with the first batch's text (or at the end of an empty
    // crawl): output on its way means files were read.
    let header = options.header;
    const sendHeader = () => {
        if (header)
            stream.push(header);
        header = undefined;
    };
    const inFlight = () => sent - emitted;
    /** The ready worker with the fewest batches out (ties: the first), if one has room. */
    const readyWorker = () => {
        let to;
        for (const w of workers)
            if (w.online && w.out < PER_WORKER && (!to || w.out < to.out))
                to = w;
        return to;
    };
    /** Hands the batch on; `then` runs when this thread may take more entries. */
    const dispatch = (then) => {
        if (scheduled)
            clearImmediate(scheduled);
        scheduled = undefined;
        if (batch.length === 0 || failed)
            return then?.();
        firstBatchAt ??= Date.now();
        if (workers.length === 0 && Date.now() - firstBatchAt >= startAfterMs)
            start();
        const b = { seq: sent++, entries: batch };
        batch = [];
        // Answers waiting for their turn stay bounded, whatever a slow batch holds up.
        const proceed = () => {
            if (!then)
                return;
            if (inFlight() < maxOut)
                then();
            else
                held = then;
        };
        const to = readyWorker();
        if (to) {
            to.out++;
            to.worker.postMessage(b);
            return proceed();
        }
        // Every worker busy (or none ready yet): this thread runs the batch itself, the same code.
        local ??= new BatchRunner(setup);
        local.run(b).then((r) => {
            done.set(r.seq, r);
            drain();
            proceed();
        }, fail);
    };
    const drain = () => {
        for (let r = done.get(emitted); r; r = done.get(emitted)) {
            done.delete(emitted++);
            stats.merge(r.stats);
            if (r.untyped)
                options.untyped?.merge(r.untyped);
            sendHeader();
            if (text) {
                if (r.text.length)
                    stream.push(asBuffer(r.text));
            }
            else
                for (const record of r.records)
                    stream.push(record);
            if (r.named)
                for (const record of r.named)
                    options.onNamed?.(record);
        }
        if (held && inFlight() < maxOut) {
            const cb = held;
            held = undefined;
            cb();
        }
        if (flushed && inFlight() === 0) {
            const cb = flushed;
            flushed = undefined;
            finished = true;
            sendHeader();
            stop();
            stats.end();
            stream.emit('stats', stats.toJSON());
            cb();
        }
    };
    const stream = new Transform({
        writableObjectMode: true,
        readableObjectMode: !text,
        // Text: a few batches' worth of output waits for the writer; records: as many as a batch.
        readableHighWaterMark: text ? 256 * 1024 : BATCH,
        transform(entry, _enc, callback) {
            // Entries passed over (crawl's `select`) never reach a worker.
            if (options.select && !options.select(entry))
                return callback();
            batch.push(entry);
            if (batch.length >= BATCH)
                return dispatch(callback);
            // A worker with nothing to do gets what there is at the end of the turn
            // (a slow walk on a network drive); busy ones get full batches.
            if (!scheduled && workers.some((w) => w.online && w.out === 0))
                scheduled = setImmediate(dispatch);
            callback();
        },
        flush(callback) {
            dispatch(() => {
                flushed = callback;
                drain();
            });
        },
        destroy(err, callback) {
            if (scheduled)
                clearImmediate(scheduled);
            failed = true;
            stop();
            callback(err);
        },
    });
    stream.stats = stats;
    return stream;
}
//# sourceMappingURL=jobs.js.map