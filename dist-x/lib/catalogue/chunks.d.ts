import type Database from 'better-sqlite3';
import { type RowChunk } from './merge.js';
import type { CatalogueWriter } from './writer.js';
/**
 * The merge's chunks of rows. A root's first chunks are read here; once the
 * writer thread runs (after AHEAD_AFTER_CHUNKS), it reads the rest,
 * a few chunks ahead of the merge, while the merge goes through them (an
 * unchanged re-run spent a quarter of this thread's time in SQLite's reads).
 * A chunk read there holds no row of this run, as one read here does not:
 * the merge asks for the chunks after a key before the walk passes that
 * key (it needs the next chunk as soon as it passes the last row it has),
 * every write is of a file the walk has met, and the thread runs the writes
 * and the reads in the order they were asked; so any write it has run when
 * it reads a chunk is of a file at or before that chunk's start.
 */
export declare class RowChunks {
    private readonly statement;
    private readonly generation;
    private readonly writer;
    /** Chunks read here: the thread is started for the chunks only once a catalogue is large enough to repay its start (about 50 ms of CPU). */
    private readHere;
    constructor(statement: Database.Statement, generation: number, writer: CatalogueWriter);
    next(root: string, after: Buffer): RowChunk;
}
