import type { Transform } from 'node:stream';
import { plainRecord, readEntryHeader, toTagSpecs } from '../core/inspect.js';
import type { TagSpec } from '../core/tags.js';
export { plainRecord, readEntryHeader, toTagSpecs };
export interface ReadHeaderOptions {
    /** Attributes to read: keywords, tags, paths or private attributes as `resolveTag` takes them, or resolved specs. Default: DEFAULT_TAGS. */
    tags?: readonly (string | TagSpec)[];
    /**
     * Largest prefix read when the header runs past the first read. Default
     * 8 MiB: far beyond any real header, and it bounds what one file can cost.
     */
    maxHeaderBytes?: number;
    /** Larger re-reads in flight at once. Default 4: they are rare. */
    concurrency?: number;
}
/**
 * Stage: sniffed entries in, records out (same order); the head bytes are
 * dropped here. A view over the header step of the per-file engine
 * (lib/core/inspect.ts): records get their status and error code here.
 */
export declare function readHeader(options?: ReadHeaderOptions): Transform;
