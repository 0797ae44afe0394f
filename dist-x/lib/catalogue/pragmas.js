/** WAL beyond this many bytes is checkpointed into the catalogue by the run's own connection (SQLite's default is 4 MB). */
const CHECKPOINT_BYTES = 40 * 1024 * 1024;
/**
 * The same for the writer thread's connection, which writes nearly all of a
 * run's rows: 4 MiB. Its checkpoints are the thread's time, not the crawl's,
 * and a small one is over before the crawl has to wait for the thread
 * (docs/DECISIONS.md, "WAL checkpoints").
 */
export const THREAD_CHECKPOINT_BYTES = 4 * 1024 * 1024;
/**
 * The page cache of every connection of a run: 2 MiB (SQLite's own
 * default), not better-sqlite3's 16 MiB. A run reads the catalogue once in
 * key order and appends to it in key order, so a few MiB hold what it
 * touches; a larger cache bought no speed, only peak RSS once a catalogue
 * outgrows it (docs/DECISIONS.md, "The page caches").
 */
export const CACHE_KIB = 2048;
/**
 * The settings of every connection that writes the catalogue: the run's own
 * (schema.ts openCatalogue) and its writer thread's (catalogue-writer.ts).
 * The file itself is made WAL by the first.
 */
export function tuneConnection(db, checkpointBytes = CHECKPOINT_BYTES) {
    // NORMAL: a commit is durable once checkpointed, and a crash loses at most
    // the last commits, never consistency (docs/CATALOGUE.md).
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    // On the run's own connection, checkpoints every 40 MB of WAL instead of
    // SQLite's 4 MB: each one ends with an fsync, and a first run over a million
    // files waited on 165 of them when they were made there (docs/DECISIONS.md).
    const pageSize = db.pragma('page_size', { simple: true });
    db.pragma(`wal_autocheckpoint = ${Math.ceil(checkpointBytes / pageSize)}`);
    // The page cache (docs/DECISIONS.md, "The page caches").
    db.pragma(`cache_size = -${CACHE_KIB}`);
}
//# sourceMappingURL=pragmas.js.map