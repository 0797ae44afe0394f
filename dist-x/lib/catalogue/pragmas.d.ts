import type Database from 'better-sqlite3';
/**
 * The same for the writer thread's connection, which writes nearly all of a
 * run's rows: 4 MiB. Its checkpoints are the thread's time, not the crawl's,
 * and a small one is over before the crawl has to wait for the thread
 * (docs/DECISIONS.md, "WAL checkpoints").
 */
export declare const THREAD_CHECKPOINT_BYTES: number;
/**
 * The page cache of every connection of a run: 2 MiB (SQLite's own
 * default), not better-sqlite3's 16 MiB. A run reads the catalogue once in
 * key order and appends to it in key order, so a few MiB hold what it
 * touches; a larger cache bought no speed, only peak RSS once a catalogue
 * outgrows it (docs/DECISIONS.md, "The page caches").
 */
export declare const CACHE_KIB = 2048;
/**
 * The settings of every connection that writes the catalogue: the run's own
 * (schema.ts openCatalogue) and its writer thread's (catalogue-writer.ts).
 * The file itself is made WAL by the first.
 */
export declare function tuneConnection(db: Database.Database, checkpointBytes?: number): void;
