import { asBuffer } from '../util/as-buffer.js';
/**
 * One batch of walk entries through the whole per-file job: the engine
 * (`inspect`, lib/core/inspect.ts), the accounting and, in text mode, the CSV
 * or NDJSON lines. The worker threads of `jobs` run it (crawl-worker.ts), and
 * so does the crawl's own thread while they start (jobs.ts): the same code
 * either way, so the output cannot depend on where a batch ran.
 */
import { inspect } from '../core/inspect.js';
import { CrawlStats } from '../core/stats.js';
import { csvLine } from '../core/csv-line.js';
import { ndjsonLine } from '../core/ndjson-line.js';
import { UntypedCounts } from '../core/typed-values.js';
import { yieldEvery } from '../stages/sniff.js';
/** A batch's text buffer to start with: a batch of the bench tree is about 100 KB. */
const TEXT_START = 128 * 1024;
/** Runs batches for one setup; holds one read buffer, reused batch after batch. */
export class BatchRunner {
    setup;
    e;
    /** Blocking reads go into one buffer, parsed before the next read. */
    scratch;
    waitForMime;
    /** Blocking reads let the event loop turn every 25 ms (signals, messages, progress), as the crawl's own thread does. */
    breathe = yieldEvery(25);
    constructor(setup) {
        this.setup = setup;
        this.e = Object.freeze({ ...setup.engine });
        this.scratch = Buffer.allocUnsafe(this.e.headBytes);
        // With `allFiles` and `recordMime`, records of files that are not DICOM wait for their MIME type; otherwise it goes only into the counts.
        this.waitForMime = setup.allFiles && setup.recordMime;
    }
    /** The batch's records in walk order, counted, and written (text) or kept (records). */
    async run(b) {
        const out = new Output(this.setup, this.e);
        await this.each(b.entries, out);
        const result = { seq: b.seq, stats: out.stats.delta() };
        if (this.setup.output === 'records')
            result.records = out.records;
        else
            result.text = new Uint8Array(out.buf.buffer, 0, out.used);
        if (out.untyped?.size)
            result.untyped = out.untyped.toJSON();
        if (out.named.length)
            result.named = out.named;
        return result;
    }
    /**
     * Records are written as they are made; only those behind one that waits
     * (a larger re-read, libmagic with --all-files) wait with it, and at most
     * MAX_WAITING such at once (then all are written before the next read). A
     * file that is not DICOM and is not written is only counted, when named.
     */
    async each(entries, out) {
        const { e, setup } = this;
        // Records in walk order behind one that waits; `null` before a record written but counted when named.
        const waiting = [];
        let promises = 0;
        const counted = [];
        const take = (record, uncounted = false) => {
            if (waiting.length === 0 && !(record instanceof Promise))
                return out.add(record, uncounted);
            if (uncounted)
                waiting.push(null);
            waiting.push(record);
            if (record instanceof Promise)
                promises++;
        };
        const flush = async () => {
            for (let i = 0; i < waiting.length; i++) {
                const r = waiting[i];
                if (r === null)
                    out.add((await waiting[++i]), true);
                else if (r !== undefined)
                    out.add(await r);
            }
            waiting.length = 0;
            promises = 0;
        };
        let named;
        const plan = { sync: true, scratch: this.scratch, ...(this.waitForMime ? {} : { later: (p) => ((named = p), true) }) };
        for (let i = 0; i < entries.length; i++) {
            named = undefined;
            const record = inspect(revive(entries[i]), e, plan);
            if (!named)
                take(record);
            else {
                counted.push(named);
                if (setup.allFiles)
                    take(record, true);
            }
            if (promises >= MAX_WAITING)
                await flush();
            const turn = this.breathe(undefined);
            if (turn)
                await turn;
        }
        await flush();
        for (const p of counted)
            out.count(await p);
    }
}
/** Records waiting (a larger re-read of up to 8 MiB, libmagic) at once in a batch. */
const MAX_WAITING = 16;
/** A name that is not UTF-8 arrives in a worker as a Uint8Array: Node's calls want a Buffer. */
function revive(entry) {
    if (typeof entry.fsPath !== 'string')
        entry.fsPath = asBuffer(entry.fsPath);
    return entry;
}
/**
 * The batch's output: text written into a buffer of its own as each record
 * is made (the buffer is transferred, so it cannot come from Buffer's pool),
 * or the records. Nothing per file outlives its record's turn: records held
 * for the whole batch survived young-generation collections and filled the
 * old generation.
 */
class Output {
    setup;
    stats = new CrawlStats();
    records = [];
    named = [];
    untyped;
    line;
    buf;
    used = 0;
    constructor(setup, e) {
        this.setup = setup;
        const { output, escapeFormulas } = setup;
        this.untyped = output === 'ndjson' ? new UntypedCounts() : undefined;
        this.line = output === 'csv' ? (r) => csvLine(r, e.tags, escapeFormulas) : output === 'ndjson' ? (r) => ndjsonLine(r, e.tags, this.untyped) : undefined;
        this.buf = Buffer.allocUnsafeSlow(this.line ? TEXT_START : 0);
    }
    /** A record in walk order: counted (unless it is counted when named), and written when it belongs in the output. */
    add(record, uncounted = false) {
        if (!uncounted && !this.stats.keep(record, this.setup.allFiles))
            return;
        if (!this.line)
            return void this.records.push(record);
        const text = this.line(record);
        // At most 3 bytes per UTF-16 unit.
        if (this.used + text.length * 3 > this.buf.length) {
            const bigger = Buffer.allocUnsafeSlow(Math.max(this.buf.length * 2, this.used + text.length * 3));
            this.buf.copy(bigger, 0, 0, this.used);
            this.buf = bigger;
        }
        this.used += this.buf.write(text, this.used);
    }
    /** A file that is not DICOM, named after its record went (or was not written): counted only. */
    count(record) {
        this.stats.add(record);
        if (this.setup.reportNamed)
            this.named.push(record);
    }
}
//# sourceMappingURL=batch.js.map