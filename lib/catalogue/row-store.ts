import type Database from 'better-sqlite3'
import { quoteId, quoteText, toColumn } from './values.js'

/**
 * The files table's columns a run writes before its attributes, in order:
 * RowStore.upsert's arguments are these less the run's own four (first
 * seen, last read, generation, run), which are part of the statement.
 */
export const FIXED_COLUMNS: readonly string[] = Object.freeze(['root', 'walk_key', 'path', 'folder', 'size', 'mtime_ns', 'inode', 'status', 'error_code', 'error', 'dicom', 'mime', 'modality_class', 'class_source', 'first_seen', 'last_read', 'generation', 'run'])

/** What the writes of a run need to know (the same on either thread). */
export interface StoreSetup {
  /** The files table's columns written, in order: the fixed ones, then one per attribute. */
  columns: string[]
  /** The attribute columns' declared kinds (INTEGER, REAL, TEXT), in order. */
  types: string[]
  started: string
  generation: number
  runId: number
  batchFiles: number
  batchMs: number
}

/** A stamp's integer: size, mtime in ns, inode (null: none). */
export type StampValue = bigint | number | null

/**
 * The writes of an `index` run on one connection, committed in batches by
 * count and by time: on the run's own thread while a run is young, then on
 * the writer thread (lib/catalogue/writer.ts).
 */
export class RowStore {
  private readonly upsertRow: Database.Statement
  private readonly setMime: Database.Statement
  private readonly removeRow: Database.Statement
  private inBatch = 0
  private batchStarted = 0

  constructor(
    private readonly db: Database.Database,
    private readonly setup: StoreSetup,
  ) {
    const { columns } = setup
    // The run's own values are part of the statement, not bound to each row: a bound value costs about 0.1 us.
    const own: Record<string, string> = { first_seen: quoteText(setup.started), last_read: quoteText(setup.started), generation: String(setup.generation), run: String(setup.runId) }
    this.upsertRow = db.prepare(
      `INSERT INTO files (${columns.map(quoteId).join(', ')}) VALUES (${columns.map((c) => own[c] ?? '?').join(', ')})
       ON CONFLICT (root, walk_key) DO UPDATE SET ${columns
         .filter((c) => c !== 'root' && c !== 'walk_key' && c !== 'first_seen')
         .map((c) => `${quoteId(c)} = excluded.${quoteId(c)}`)
         .join(', ')}`,
    )
    this.setMime = db.prepare('UPDATE files SET mime = ?, size = ?, mtime_ns = ?, inode = ? WHERE root = ? AND walk_key = ?')
    this.removeRow = db.prepare('DELETE FROM files WHERE root = ? AND walk_key = ?')
  }

  /** A file read: its row. `rest`: status, error_code, error, dicom, mime, modality_class, class_source; `attributes` as the record has them (text), in the columns' order. */
  upsert(root: string, key: Buffer, path: string, folder: string, size: StampValue, mtimeNs: StampValue, inode: StampValue, rest: readonly unknown[], attributes: readonly unknown[]): void {
    const { types } = this.setup
    const values: unknown[] = [root, key, path, folder, size, mtimeNs, inode]
    for (let i = 0; i < rest.length; i++) values.push(rest[i])
    for (let i = 0; i < types.length; i++) values.push(toColumn(attributes[i] as string | null | undefined, types[i]!))
    this.write(this.upsertRow, values)
  }

  /** A file not DICOM, named after its row was written: its type and stamp. */
  name(root: string, key: Buffer, mime: string | null, size: StampValue, mtimeNs: StampValue, inode: StampValue): void {
    this.write(this.setMime, [mime, size, mtimeNs, inode, root, key])
  }

  /** A file gone: its row deleted. */
  remove(root: string, key: Buffer): void {
    this.write(this.removeRow, [root, key])
  }

  /** Commits the open batch if it is older than `batchMs` (for a timer: files may come slowly). */
  commitIfDue(): void {
    if (this.inBatch > 0 && Date.now() - this.batchStarted >= this.setup.batchMs) this.commit()
  }

  commit(): void {
    if (this.inBatch === 0) return
    this.db.exec('COMMIT')
    this.inBatch = 0
  }

  /** Drops the open batch (a failed run keeps its last commit). */
  rollback(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK')
    this.inBatch = 0
  }

  private write(statement: Database.Statement, values: unknown[]): void {
    if (this.inBatch === 0) {
      this.db.exec('BEGIN')
      this.batchStarted = Date.now()
    }
    statement.run(values)
    this.inBatch++
    if (this.inBatch >= this.setup.batchFiles || Date.now() - this.batchStarted >= this.setup.batchMs) this.commit()
  }
}
