import type Database from 'better-sqlite3'
import type { CatalogueCounts } from './update.js'
import { keyFolder } from './walk-key.js'

/**
 * Rows read from the catalogue at once while merging with the walk, as one
 * BLOB (below) of about 25 KB. Larger chunks read no faster (the same
 * instruction count from 256 to 1,024 rows), and at 1,024 rows (100 KB
 * each) the blobs outlived the collections that would have freed them: the
 * 1M re-run's peak RSS went from 80 to 146 MB.
 */
export const CURSOR_CHUNK = 256
const EMPTY = Buffer.alloc(0)

/** A catalogue row looked up alone: walk_key, size, mtime_ns, inode, generation (raw, integers as BigInt). */
type CatalogueRow = [walkKey: Buffer, size: bigint | null, mtimeNs: bigint | null, inode: bigint | null, generation: bigint]

/**
 * What a file met has in the catalogue: its row with the same stamp (pass it
 * over), no row (read it, add it), or its row with another stamp, none, or
 * of an older generation (read it again).
 */
export type Met = 'unchanged' | 'new' | 'changed' | 'check' | 'again'

/** The statements of the merge (mergeStatements). */
export interface MergeStatements {
  nextRows: Database.Statement
  oneRow: Database.Statement
}

/**
 * A chunk of a root's rows after a key: how many (CURSOR_CHUNK: maybe more
 * follow), the packed rows (null: none), and, when the writer thread read
 * it, a byte per row: 1 when the row's file was found with the row's stamp.
 */
export type RowChunk = [count: number, packed: Buffer | null, marks?: Uint8Array]

/** meet()'s `stampLength` for a file not stamped yet: the answer may be 'check' or 'again' (stamp it, then decide() or meet() again). */
export const UNSTAMPED = -2

/** The statements and state the merges of a run share. */
export interface MergeContext {
  generation: number
  counts: CatalogueCounts
  /** Deletes the row of a file gone (the writes are made on the writer's thread). */
  remove: (root: string, key: Buffer) => void
  /** The next chunk of the root's rows after the key `after` (lib/catalogue/chunks.ts). */
  rows: (root: string, after: Buffer) => RowChunk
}

/**
 * The statements of the merge. The files table is clustered on (root,
 * walk_key): reading a root's rows in walk order is one sequential scan.
 * The rows come packed: per row its key's length, a space, the key, then
 * the stamp as text (`size:mtime_ns:inode`, empty when the row has none or
 * was read at an older generation), rows apart by a newline; all in one
 * BLOB per chunk. The stamp's text is compared with the file's byte for
 * byte: no object, Buffer or BigInt per row (as arrays, a row cost 3-4 us,
 * half of an unchanged re-run). The subquery runs as a co-routine in key
 * order, which is the order group_concat joins them in.
 */
export function mergeStatements(conn: Database.Database): MergeStatements {
  return {
    nextRows: nextRows(conn),
    oneRow: conn.prepare('SELECT walk_key, size, mtime_ns, inode, generation FROM files WHERE root = ? AND walk_key = ?').raw(true).safeIntegers(true),
  }
}

/** The statement that reads a chunk of rows (named parameters: generation, root, after, limit), on either connection. */
export function nextRows(conn: Database.Database): Database.Statement {
  return conn
    .prepare(
      `SELECT count(*), CAST(group_concat(length(walk_key) || ' ' || walk_key || CASE WHEN generation >= @generation AND size IS NOT NULL AND mtime_ns IS NOT NULL AND inode IS NOT NULL THEN size || ':' || mtime_ns || ':' || inode ELSE '' END, char(10)) AS BLOB)
       FROM (SELECT walk_key, size, mtime_ns, inode, generation FROM files WHERE root = @root AND walk_key > @after ORDER BY walk_key LIMIT @limit)`,
    )
    .raw(true)
}

/** The key of a packed chunk's last row. */
export function lastKey(packed: Buffer): Buffer {
  const start = packed.lastIndexOf(0x0a) + 1
  let i = start
  let length = 0
  for (let c = packed[i]!; c !== 0x20; c = packed[++i]!) length = length * 10 + c - 0x30
  return packed.subarray(i + 1, i + 1 + length)
}

/**
 * One root's catalogue rows merged with the walk: files are met in walk
 * order; rows the walk passes by are files gone (deleted, or kept below a
 * folder that could not be listed).
 */
export class RootMerge {
  private chunk: Buffer = EMPTY
  /** The chunk's marks (RowChunk), if it has them, and the index of the row met in it. */
  private marks: Uint8Array | undefined
  private rowIndex = 0
  /** Where the next row of `chunk` starts. */
  private at = 0
  private lastFetched: Buffer = EMPTY
  private exhausted = false
  /** The row met (peeked, not yet taken): its key, as offsets in `chunk`; its stamp's text follows the key up to a newline or the chunk's end. */
  private row = false
  private keyStart = 0
  private keyEnd = 0
  /** The last key met in walk order (a copy), to find names the key order cannot express. */
  private previous = Buffer.allocUnsafeSlow(256)
  private previousLength = -1
  /** Folders (below the root) that could not be listed this run: their rows are kept. */
  readonly unlisted: string[] = []

  constructor(
    private readonly root: string,
    private readonly context: MergeContext,
    private readonly statements: MergeStatements,
  ) {}

  /**
   * Meets the file whose key is the first `keyLength` bytes of `key`, and
   * whose stamp is `values[vi..vi+2]` with its text `stampLength` bytes of
   * `text` from `textStart` (0 or less: it could not be stat'ed). Rows
   * before it are files gone.
   */
  meet(key: Buffer, keyLength: number, text: Buffer, textStart: number, stampLength: number, values: BigInt64Array, vi: number): Met {
    if (this.previousLength >= 0 && key.compare(this.previous, 0, this.previousLength, 0, keyLength) <= 0) {
      // Out of the walk's order (names the order cannot express): look it up alone, with its stamp.
      if (stampLength === UNSTAMPED) return 'again'
      const alone = this.statements.oneRow.get(this.root, key.subarray(0, keyLength)) as CatalogueRow | undefined
      if (!alone) return 'new'
      const same = stampLength > 0 && alone[1] === values[vi] && alone[2] === values[vi + 1] && alone[3] === values[vi + 2] && alone[4] >= BigInt(this.context.generation)
      return same ? 'unchanged' : 'changed'
    }
    if (this.previous.length < keyLength) this.previous = Buffer.allocUnsafeSlow(Math.max(keyLength, 2 * this.previous.length))
    key.copy(this.previous, 0, 0, keyLength)
    this.previousLength = keyLength
    while (this.peek()) {
      const c = this.chunk.compare(key, 0, keyLength, this.keyStart, this.keyEnd)
      if (c > 0) return 'new'
      if (c < 0) {
        this.gone()
        continue
      }
      if (stampLength === UNSTAMPED) {
        // Checked by the writer thread: passed over without a stamp; else stamped by the caller, then decide().
        if (this.marks?.[this.rowIndex] !== 1) return 'check'
        this.take(EMPTY, 0, 0)
        return 'unchanged'
      }
      return this.decide(text, textStart, stampLength)
    }
    return 'new'
  }

  /** The row met taken and compared with the file's stamp: meet()'s own answer, and after meet() said 'check'. */
  decide(text: Buffer, textStart: number, stampLength: number): Met {
    return this.take(text, textStart, stampLength) ? 'unchanged' : 'changed'
  }

  /** Whether the rows met next were checked by the writer thread (meet() with UNSTAMPED then spares most stamps). */
  get checked(): boolean {
    return this.marks !== undefined && this.at < this.chunk.length
  }

  /** Whether the catalogue has rows of the root still to meet (reads the next chunk if need be). */
  rowsAhead(): boolean {
    return this.peek()
  }

  /** The walk is done with the root: the rows left are files gone. */
  finish(): void {
    while (this.peek()) this.gone()
  }

  private peek(): boolean {
    if (this.row) return true
    let chunk = this.chunk
    if (this.at >= chunk.length) {
      if (this.exhausted) return false
      const [count, packed, marks] = this.context.rows(this.root, this.lastFetched)
      this.exhausted = count < CURSOR_CHUNK
      if (!packed) return false
      this.chunk = chunk = packed
      this.marks = marks
      this.rowIndex = 0
      this.at = 0
    }
    let i = this.at
    let length = 0
    for (let c = chunk[i]!; c !== 0x20; c = chunk[++i]!) length = length * 10 + c - 0x30
    this.keyStart = i + 1
    this.keyEnd = this.keyStart + length
    return (this.row = true)
  }

  /** Takes the row met; true when its stamp's text is the given one (checked only after as many bytes: no scan for the newline). */
  private take(text: Buffer, textStart: number, stampLength: number): boolean {
    this.row = false
    this.rowIndex++
    const chunk = this.chunk
    let end = this.keyEnd + stampLength
    const same = stampLength > 0 && (end === chunk.length || chunk[end] === 0x0a) && chunk.compare(text, textStart, textStart + stampLength, this.keyEnd, end) === 0
    if (!same) {
      end = chunk.indexOf(0x0a, this.keyEnd)
      if (end < 0) end = chunk.length
    }
    this.at = end + 1
    if (this.at >= chunk.length) this.lastFetched = chunk.subarray(this.keyStart, this.keyEnd)
    return same
  }

  private gone(): void {
    this.take(EMPTY, 0, 0)
    const key = this.chunk.subarray(this.keyStart, this.keyEnd)
    const { counts } = this.context
    if (this.unlisted.length) {
      const folder = keyFolder(key)
      if (this.unlisted.some((d) => d === '' || folder === d || folder.startsWith(`${d}/`))) {
        counts.kept++
        return
      }
    }
    this.context.remove(this.root, key)
    counts.removed++
  }
}
