import { Transform } from 'node:stream';
import { CrawlStats } from '../core/stats.js';
import type { UntypedCounts } from '../core/typed-values.js';
import { type WorkerSetup } from './batch.js';
import type { DicomRecord, FileEntry } from '../types.js';
export type JobsStream = Transform & {
    stats: CrawlStats;
};
export interface JobsOptions {
    /** The CSV header line, sent with the first batch's text (or at the end of an empty crawl). */
    header?: string;
    /** Entries passed over (crawl's `select`): run on this thread, before batching. */
    select?: (entry: FileEntry) => boolean;
    /** Called with each batch's records of files named after their record went (crawl's `onNamed`), after the batch. */
    onNamed?: (record: DicomRecord) => void;
    /** NDJSON: the batches' counts of values that did not parse, added here in walk order. */
    untyped?: UntypedCounts;
    /**
     * Milliseconds from the first batch during which this thread runs the
     * batches itself; the workers start with the first batch after (this thread
     * also runs batches while they start). 0: they start with the first batch.
     */
    startAfterMs?: number;
}
/**
 * Stage: walk entries in, text (or records) out, in walk order, from `jobs`
 * threads that each run the per-file job on batches of entries (batch.ts):
 * `jobs - 1` worker threads and this one. This thread batches entries, hands
 * each batch to a worker with room, else runs it itself, puts the answers
 * back in order and counts; it emits `stats` (a CrawlSummary) before `end`.
 */
export declare function inWorkers(setup: WorkerSetup, jobs: number, options?: JobsOptions): JobsStream;
