import { type MessagePort } from 'node:worker_threads';
import { type RowChunk } from './merge.js';
import { type StampValue, type StoreSetup } from './row-store.js';
import type Database from 'better-sqlite3';
/** What the writer thread is given (workerData). */
export interface WriterSetup extends StoreSetup {
    db: string;
}
/** The thread's side of the chunks of rows it reads ahead for the merge (given at its start). */
export interface RowsChannel {
    /** Chunks go back here as `{ id, count, buffer, length }` (the bytes transferred). */
    port: MessagePort;
    /** [0]: chunks sent, counted (the merge waits on it); [1]: chunks taken by the merge (the thread waits on it); [2]: 1 once the connection is open, 2 once the thread failed. */
    state: Int32Array;
    /** Check each chunk's rows against their files (the roots are paths as the file system takes them: no `--follow-symlinks`). */
    check: boolean;
}
/** Commit what was sent, and write no more: then `flag[0]` is 1 (2: the thread has failed). */
export interface WriterTakeBack {
    takeBack: Int32Array;
}
/** The last message: commit (or roll back) and close; then `flag[0]` is set and the outcome posted on `reply`. */
export interface WriterEnd {
    commit: boolean;
    flag: Int32Array;
    reply: MessagePort;
}
/**
 * The catalogue's writes of an `index` run. A run writes on its own thread
 * (RowStore on its connection) only while the writer thread starts
 * (catalogue-writer.ts, started at the first write; HANDOVER_MS); then on
 * that thread, so that SQLite's work on a row (about 9 us: binding its values,
 * the B-tree) runs beside the crawl instead of in its way. Writes are sent
 * in order, PER_MESSAGE to a message as JSON text (one native call to write,
 * one to read; a structured clone of the same rows cost this thread more); the
 * thread commits them in batches. The same thread reads the merge's chunks
 * of rows ahead on a large catalogue (streamRows, streamed).
 */
export declare class CatalogueWriter {
    private readonly setup;
    private readonly conn;
    /** Have the thread check the chunks' rows against their files (see RowsChannel). */
    private readonly checkRows;
    private ops;
    private worker;
    private waiting;
    private scheduled;
    private exited;
    private ended;
    private drainWaiters;
    /** The chunks of rows the thread reads for the merge: which, and the key the next one follows. */
    private stream;
    private streams;
    private rowsPort;
    /** Shared with the thread: [0] chunks sent, [1] chunks taken, [2] 1 once its connection is open, 2 once it failed. */
    private readonly rowsState;
    /** A failure of the thread (an SQLite error, the thread lost): the run ends with it. */
    onError: (e: Error) => void;
    /** The writes while the thread starts (and after the run took them back), on the run's own connection; none while the thread writes. */
    private direct;
    private firstWrite;
    private timer;
    /** When the thread took the writes over; how long the crawl has waited for it; writes sent to it. */
    private handedOver;
    private waited;
    private sent;
    /** The run took the writes back (takeBack): they stay here to the end. */
    private takenBack;
    constructor(setup: WriterSetup, conn: Database.Database, 
    /** Have the thread check the chunks' rows against their files (see RowsChannel). */
    checkRows?: boolean);
    /** Commits the writes made here at least every `batchMs` (files may come slowly). */
    private commitTimer;
    /** The store to write on this thread now, if the thread has not taken over (and need not yet). */
    private here;
    /** A file read: its row, written or replaced. `attributes` as the record has them (text), in the columns' order. */
    upsert(root: string, key: Buffer, path: string, folder: string, size: StampValue, mtimeNs: StampValue, inode: StampValue, rest: readonly unknown[], attributes: readonly unknown[]): void;
    /** A file not DICOM named after its row was sent: its type, and its stamp (null: none, read again next run). */
    name(root: string, key: Buffer, mime: string | null, size: StampValue, mtimeNs: StampValue, inode: StampValue): void;
    /** A file gone: its row deleted. */
    remove(root: string, key: Buffer): void;
    /**
     * Has the thread read the root's chunks of rows after `after` for the
     * merge, one after another, a few ahead of it (lib/catalogue/chunks.ts):
     * started if it is not, and waited for until its connection is open.
     * Returns whether the chunks now come from it.
     */
    streamRows(root: string, after: Buffer): boolean;
    /**
     * The next chunk of the root's rows after `after` from the thread, waited
     * for; undefined when the thread is not reading that one (the merge reads
     * it itself). Synchronous: the merge runs inside the walk's hook.
     */
    streamed(root: string, after: Buffer): RowChunk | undefined;
    /** True while the thread has as many messages waiting as it may: the run should wait for `drained()`. */
    get full(): boolean;
    /** Resolves when the thread has room again (or the run has taken the writes back from a thread that keeps it waiting: STARVED_MS). */
    drained(): Promise<void>;
    /**
     * Takes the writes back from the thread: waits (synchronously) until it
     * has run and committed every write it was sent, then writes on this
     * thread to the end of the run. The merge reads its chunks here again.
     */
    private takeBack;
    /**
     * Sends what is left and waits (synchronously: this also runs in a
     * process's `exit` handler) until the thread has committed (`commit`) or
     * rolled back its open batch and closed its connection. Throws the
     * thread's error, if its end failed.
     */
    end(commit: boolean): void;
    private push;
    private flush;
    /** Hands the writes over to the thread now (started if it is not: its start takes some 50 ms): what was written here is committed first. */
    start(): void;
    /** Starts the thread (it opens its connection), if it is not running. */
    private boot;
    private startThread;
}
