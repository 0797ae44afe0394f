/**
 * One batch of walk entries through the whole per-file job: the engine
 * (`inspect`, lib/core/inspect.ts), the accounting and, in text mode, the CSV
 * or NDJSON lines. The worker threads of `jobs` run it (crawl-worker.ts), and
 * so does the crawl's own thread while they start (jobs.ts): the same code
 * either way, so the output cannot depend on where a batch ran.
 */
import { type Engine } from '../core/inspect.js';
import { type StatsDelta } from '../core/stats.js';
import { type UntypedExample } from '../core/typed-values.js';
import type { DicomRecord, FileEntry } from '../types.js';
/** What a batch runner is set up with (the same for every batch of a crawl). */
export interface WorkerSetup {
    engine: Engine;
    /** `csv` / `ndjson`: the batch's text; `records`: the records (Parquet, `summarize`, the catalogue). */
    output: 'csv' | 'ndjson' | 'records';
    /** CSV: cells a spreadsheet would run get a leading `'` (toCsv's option). */
    escapeFormulas: boolean;
    allFiles: boolean;
    recordMime: boolean;
    /** Send back the records of files named after their record went (crawl's `onNamed`). */
    reportNamed: boolean;
}
/** A batch of walk entries, numbered in walk order. */
export interface Batch {
    seq: number;
    entries: FileEntry[];
}
/** What a batch gives back. */
export interface BatchResult {
    seq: number;
    stats: StatsDelta;
    /** The batch's CSV or NDJSON lines, UTF-8 (from a worker: its buffer transferred). */
    text?: Uint8Array;
    /** NDJSON: values that did not parse as their column's type, by column. */
    untyped?: Record<string, UntypedExample>;
    records?: DicomRecord[];
    /** With `reportNamed`: files that are not DICOM, named after their record went, with their MIME type. */
    named?: DicomRecord[];
    /** The worker's own failure (never a file's: those are records). */
    failed?: string;
}
/** Runs batches for one setup; holds one read buffer, reused batch after batch. */
export declare class BatchRunner {
    private readonly setup;
    private readonly e;
    /** Blocking reads go into one buffer, parsed before the next read. */
    private readonly scratch;
    private readonly waitForMime;
    /** Blocking reads let the event loop turn every 25 ms (signals, messages, progress), as the crawl's own thread does. */
    private readonly breathe;
    constructor(setup: WorkerSetup);
    /** The batch's records in walk order, counted, and written (text) or kept (records). */
    run(b: Batch): Promise<BatchResult>;
    /**
     * Records are written as they are made; only those behind one that waits
     * (a larger re-read, libmagic with --all-files) wait with it, and at most
     * MAX_WAITING such at once (then all are written before the next read). A
     * file that is not DICOM and is not written is only counted, when named.
     */
    private each;
}
