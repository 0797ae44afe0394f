import type { FileStamp } from '../types.js';
export interface Head {
    /** The first bytes of the file: `min(size, want)` of them, fewer if the file shrank. */
    bytes: Buffer;
    size: number;
    mtime: Date;
    /** Set when the open file is not a regular file (it was opened non-blocking and not read). */
    notRegular?: 'fifo' | 'socket' | 'char-device' | 'block-device' | 'directory' | 'unknown';
    /** Asked for (readHeadSync's `stamp`) and read natively: the open file's stamp. */
    stamp?: FileStamp;
}
/** A read's outcome, for callers that take a callback. With `reused`, `head.bytes` lie in a buffer that is reused after the callback returns: copy what is kept. */
export type HeadCallback = (err: NodeJS.ErrnoException | null, head: Head | undefined, reused: boolean) => void;
/**
 * One open, one fstat, one read of at most `want` bytes, one close, without
 * blocking the crawl's thread: on the native reader's threads when it is
 * built (one thread per read in flight, so a slow network open holds only its
 * own), else with Node's calls on the libuv pool. Failures are read again with
 * Node's calls, so errors are Node's own, word for word. The bytes are a
 * buffer of their own.
 */
export declare function readHead(path: string | Buffer, want: number): Promise<Head>;
/**
 * readHead without a promise: `done` is called once, on a later turn. On the
 * native reader the reads asked for in one turn go to its threads together
 * and come back in batches, the bytes in a slot of a reused arena (`reused`
 * true: valid until `done` returns). `readers`: reader threads enough for
 * this many reads at once; reads asked for beyond them wait in the threads'
 * queue, and a thread takes the next as soon as it is done, without waiting
 * for this thread. Default: a thread for every read in flight.
 */
export declare function readHeadInto(path: string | Buffer, want: number, done: HeadCallback, readers?: number): void;
/**
 * readHead with Node's callback API (fewer allocations per file than
 * fs/promises); each of the four calls is a trip through libuv's pool.
 */
export declare function readHeadJs(path: string | Buffer, want: number): Promise<Head>;
/** Whether blocking reads are native, and so give a file's stamp when asked (readHeadSync's `stamp`). */
export declare const blockingReadsStamp: boolean;
/** Whether heads are read by the native reader, blocking and on its threads (for tests and the benchmark's notes). */
export declare const nativeHeadReader: boolean;
/**
 * The same read, blocking: no callback, promise or event-loop turn per file.
 * With `scratch`, the bytes are read into it (when they fit) instead of a new
 * buffer: the caller must be done with them before the next read.
 * On a local disk with a warm cache this is the fastest way to read small
 * heads (docs/DECISIONS.md); on a network drive the async `readHead` with
 * many files in flight hides the latency instead.
 */
export declare function readHeadSync(path: string | Buffer, want: number, scratch?: Buffer, stamp?: boolean): Head;
/** readHeadSync with Node's own calls. */
export declare function readHeadSyncJs(path: string | Buffer, want: number, scratch?: Buffer): Head;
