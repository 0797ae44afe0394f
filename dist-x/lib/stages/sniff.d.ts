import type { Transform } from 'node:stream';
import { sniffEntry, withMime } from '../core/inspect.js';
import type { FileEntry, SniffedEntry } from '../types.js';
export { sniffEntry, withMime };
export interface SniffOptions {
    /**
     * Bytes read from the head of each file. Default 4 KiB, one read block: it
     * holds the whole header of most files (on the benchmark tree 4.0 KB read
     * per file against 12.4 KB with 16 KiB, at the same speed);
     * `readHeader` reads a larger prefix when it must.
     */
    headBytes?: number;
    /**
     * Files opened at once. Default 1: read synchronously, the fastest on a local
     * disk with a warm cache; 32 hides the latency of a network drive (docs/PERFORMANCE.md).
     */
    concurrency?: number;
    /**
     * Pass entries that are not DICOM (and unreadable ones) on, marked. Default
     * `false`: they are dropped and announced with a `skip` event.
     */
    keepNonDicom?: boolean;
}
/** Files that may wait for libmagic at once when reads are synchronous. */
export declare const MIME_WINDOW = 16;
/**
 * Blocking reads can run for seconds without the event loop turning: the
 * returned function passes a value through, but every `ms` milliseconds as a
 * promise settled on the next turn, so signals, timers (progress) and output
 * keep going.
 */
export declare function yieldEvery(ms: number): <T>(value: T) => T | Promise<T>;
/**
 * The same with a blocking read: returns at once for DICOM files, and a
 * promise only when libmagic must name a file that is not DICOM.
 */
export declare function sniffEntrySync(entry: FileEntry, headBytes: number): SniffedEntry | Promise<SniffedEntry>;
/**
 * Stage: file entries in, sniffed entries out (same order). DICOM is decided
 * from the bytes (DICM at 128, or a plausible dataset at byte 0); libmagic
 * names everything else. A view over the first step of the per-file engine
 * (lib/core/inspect.ts).
 */
export declare function sniff(options?: SniffOptions): Transform;
