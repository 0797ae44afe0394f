import type Database from 'better-sqlite3';
/** What the writes of a run need to know (the same on either thread). */
export interface StoreSetup {
    /** The files table's columns written, in order: the fixed ones, then one per attribute. */
    columns: string[];
    /** The attribute columns' declared kinds (INTEGER, REAL, TEXT), in order. */
    types: string[];
    started: string;
    generation: number;
    runId: number;
    batchFiles: number;
    batchMs: number;
}
/** A stamp's integer: size, mtime in ns, inode (null: none). */
export type StampValue = bigint | number | null;
/**
 * The writes of an `index` run on one connection, committed in batches by
 * count and by time: on the run's own thread while a run is young, then on
 * the writer thread (lib/catalogue/writer.ts).
 */
export declare class RowStore {
    private readonly db;
    private readonly setup;
    private readonly upsertRow;
    private readonly setMime;
    private readonly removeRow;
    private inBatch;
    private batchStarted;
    constructor(db: Database.Database, setup: StoreSetup);
    /** A file read: its row. `rest`: status, error_code, error, dicom, mime, modality_class, class_source; `attributes` as the record has them (text), in the columns' order. */
    upsert(root: string, key: Buffer, path: string, folder: string, size: StampValue, mtimeNs: StampValue, inode: StampValue, rest: readonly unknown[], attributes: readonly unknown[]): void;
    /** A file not DICOM, named after its row was written: its type and stamp. */
    name(root: string, key: Buffer, mime: string | null, size: StampValue, mtimeNs: StampValue, inode: StampValue): void;
    /** A file gone: its row deleted. */
    remove(root: string, key: Buffer): void;
    /** Commits the open batch if it is older than `batchMs` (for a timer: files may come slowly). */
    commitIfDue(): void;
    commit(): void;
    /** Drops the open batch (a failed run keeps its last commit). */
    rollback(): void;
    private write;
}
