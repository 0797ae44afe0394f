import type Database from 'better-sqlite3';
import type { CatalogueCounts } from './update.js';
/**
 * Rows read from the catalogue at once while merging with the walk, as one
 * BLOB (below) of about 25 KB. Larger chunks read no faster (the same
 * instruction count from 256 to 1,024 rows), and at 1,024 rows (100 KB
 * each) the blobs outlived the collections that would have freed them: the
 * 1M re-run's peak RSS went from 80 to 146 MB.
 */
export declare const CURSOR_CHUNK = 256;
/**
 * What a file met has in the catalogue: its row with the same stamp (pass it
 * over), no row (read it, add it), or its row with another stamp, none, or
 * of an older generation (read it again).
 */
export type Met = 'unchanged' | 'new' | 'changed' | 'check' | 'again';
/** The statements of the merge (mergeStatements). */
export interface MergeStatements {
    nextRows: Database.Statement;
    oneRow: Database.Statement;
}
/**
 * A chunk of a root's rows after a key: how many (CURSOR_CHUNK: maybe more
 * follow), the packed rows (null: none), and, when the writer thread read
 * it, a byte per row: 1 when the row's file was found with the row's stamp.
 */
export type RowChunk = [count: number, packed: Buffer | null, marks?: Uint8Array];
/** meet()'s `stampLength` for a file not stamped yet: the answer may be 'check' or 'again' (stamp it, then decide() or meet() again). */
export declare const UNSTAMPED = -2;
/** The statements and state the merges of a run share. */
export interface MergeContext {
    generation: number;
    counts: CatalogueCounts;
    /** Deletes the row of a file gone (the writes are made on the writer's thread). */
    remove: (root: string, key: Buffer) => void;
    /** The next chunk of the root's rows after the key `after` (lib/catalogue/chunks.ts). */
    rows: (root: string, after: Buffer) => RowChunk;
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
export declare function mergeStatements(conn: Database.Database): MergeStatements;
/** The statement that reads a chunk of rows (named parameters: generation, root, after, limit), on either connection. */
export declare function nextRows(conn: Database.Database): Database.Statement;
/** The key of a packed chunk's last row. */
export declare function lastKey(packed: Buffer): Buffer;
/**
 * One root's catalogue rows merged with the walk: files are met in walk
 * order; rows the walk passes by are files gone (deleted, or kept below a
 * folder that could not be listed).
 */
export declare class RootMerge {
    private readonly root;
    private readonly context;
    private readonly statements;
    private chunk;
    /** The chunk's marks (RowChunk), if it has them, and the index of the row met in it. */
    private marks;
    private rowIndex;
    /** Where the next row of `chunk` starts. */
    private at;
    private lastFetched;
    private exhausted;
    /** The row met (peeked, not yet taken): its key, as offsets in `chunk`; its stamp's text follows the key up to a newline or the chunk's end. */
    private row;
    private keyStart;
    private keyEnd;
    /** The last key met in walk order (a copy), to find names the key order cannot express. */
    private previous;
    private previousLength;
    /** Folders (below the root) that could not be listed this run: their rows are kept. */
    readonly unlisted: string[];
    constructor(root: string, context: MergeContext, statements: MergeStatements);
    /**
     * Meets the file whose key is the first `keyLength` bytes of `key`, and
     * whose stamp is `values[vi..vi+2]` with its text `stampLength` bytes of
     * `text` from `textStart` (0 or less: it could not be stat'ed). Rows
     * before it are files gone.
     */
    meet(key: Buffer, keyLength: number, text: Buffer, textStart: number, stampLength: number, values: BigInt64Array, vi: number): Met;
    /** After meet() said 'check': the row met compared with the file's stamp (as meet() takes it). */
    decide(text: Buffer, textStart: number, stampLength: number): Met;
    /** Whether the rows met next were checked by the writer thread (meet() with UNSTAMPED then spares most stamps). */
    get checked(): boolean;
    /** Whether the catalogue has rows of the root still to meet (reads the next chunk if need be). */
    rowsAhead(): boolean;
    /** The walk is done with the root: the rows left are files gone. */
    finish(): void;
    private peek;
    /** Takes the row met; true when its stamp's text is the given one (checked only after as many bytes: no scan for the newline). */
    private take;
    private gone;
}
