import type Database from 'better-sqlite3'
import { CURSOR_CHUNK, lastKey, type RowChunk } from './merge.js'
import type { CatalogueWriter } from './writer.js'

/**
 * Chunks (of 256 rows) read on the run's thread before the writer thread
 * reads the rest: it is started at half as many, so that it is running by
 * then, and waited for if not; the 20k bench tree's re-run (78 chunks) never
 * starts it. DICOM_CRAWLER_READ_AHEAD_AFTER sets it (the tests' small trees: 1).
 */
const AHEAD_AFTER_CHUNKS = Number(process.env.DICOM_CRAWLER_READ_AHEAD_AFTER) || 200

/**
 * The merge's chunks of rows. A root's first chunks are read here; once the
 * writer thread runs (after AHEAD_AFTER_CHUNKS, on local disks), it reads the rest,
 * a few chunks ahead of the merge, while the merge goes through them (an
 * unchanged re-run spent a quarter of this thread's time in SQLite's reads).
 * A chunk read there holds no row of this run, as one read here does not:
 * the merge asks for the chunks after a key before the walk passes that
 * key (it needs the next chunk as soon as it passes the last row it has),
 * every write is of a file the walk has met, and the thread runs the writes
 * and the reads in the order they were asked; so any write it has run when
 * it reads a chunk is of a file at or before that chunk's start.
 */
export class RowChunks {
  /** Chunks read here: the thread is started for the chunks only once a catalogue is large enough to repay its start (about 50 ms of CPU). */
  private readHere = 0

  /** `onThread`: whether the thread may read the chunks (not on network drives, where the merge waits on round trips, not on SQLite: there it only cost memory, 15 MB at 100k files). */
  constructor(
    private readonly statement: Database.Statement,
    private readonly generation: number,
    private readonly writer: CatalogueWriter,
    private readonly onThread = true,
  ) {}

  next(root: string, after: Buffer): RowChunk {
    const streamed = this.writer.streamed(root, after)
    if (streamed) return streamed
    const chunk = this.statement.get({ generation: this.generation, root, after, limit: CURSOR_CHUNK }) as RowChunk
    if (this.onThread && chunk[0] === CURSOR_CHUNK && chunk[1]) {
      this.readHere++
      if (2 * this.readHere >= AHEAD_AFTER_CHUNKS) this.writer.start()
      if (this.readHere >= AHEAD_AFTER_CHUNKS) this.writer.streamRows(root, lastKey(chunk[1]))
    }
    return chunk
  }
}
