import type Database from 'better-sqlite3'

/** WAL beyond this many bytes is checkpointed into the catalogue (SQLite's default is 4 MB). */
const CHECKPOINT_BYTES = 40 * 1024 * 1024

/**
 * The page cache of the connection that writes the rows: 8 MiB, not
 * better-sqlite3's 16 MiB (the rows are appended in key order; a larger
 * cache bought no speed, only a step in peak RSS once a catalogue outgrows
 * it); a 2 MiB one slowed a first run on a million files by a third.
 */
export const WRITE_CACHE_KIB = 8192
/**
 * The page cache of the connections that only read during a run (the
 * merge's, on the run's thread and on the writer thread): they read the
 * catalogue once, in key order, so a few MiB hold what they touch; with
 * 8 MiB an unchanged re-run on a million files peaked 13 MB higher.
 */
export const READ_CACHE_KIB = 2048

/**
 * The settings of every connection that writes the catalogue: the run's own
 * (schema.ts openCatalogue) and its writer thread's (catalogue-writer.ts).
 * The file itself is made WAL by the first.
 */
export function tuneConnection(db: Database.Database, cacheKiB: number): void {
  // NORMAL: a commit is durable once checkpointed, and a crash loses at most
  // the last commits, never consistency (docs/CATALOGUE.md).
  db.pragma('synchronous = NORMAL')
  db.pragma('busy_timeout = 5000')
  // Checkpoints every 40 MB of WAL instead of SQLite's 4 MB: each one ends
  // with an fsync, and a first run over a million files waited on
  // 165 of them (docs/DECISIONS.md).
  const pageSize = db.pragma('page_size', { simple: true }) as number
  db.pragma(`wal_autocheckpoint = ${Math.ceil(CHECKPOINT_BYTES / pageSize)}`)
  // The page cache (docs/DECISIONS.md, "The page caches").
  db.pragma(`cache_size = -${cacheKiB}`)
}
