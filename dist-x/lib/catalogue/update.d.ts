import { type CrawlOptions } from '../crawl.js';
import type { CrawlStats, CrawlSummary } from '../core/stats.js';
export interface IndexOptions extends Omit<CrawlOptions, 'select' | 'filterFiles' | 'allFiles' | 'recordMime' | 'announceDirs' | 'format' | 'escapeFormulas' | 'stamps'> {
    /**
     * Commit after this many files written or removed. Default 2000: a commit
     * costs about as much as a few hundred rows, and a killed run reads at most
     * this many files again.
     */
    batchFiles?: number;
    /** Commit at least this often (milliseconds) while files are written. Default 1000. */
    batchMs?: number;
    /** Take over the catalogue from a writer recorded on another host (whose liveness cannot be checked). Default `false`. */
    breakLock?: boolean;
}
/** What a run did to the catalogue. */
export interface CatalogueCounts {
    /** Files new to the catalogue, read. */
    added: number;
    /** Files whose size, mtime or inode changed (or that lack attributes asked for), read again. */
    changed: number;
    /** Files in the catalogue the walk no longer met, deleted. */
    removed: number;
    /** Files whose size, mtime and inode are as catalogued: not opened. */
    unchanged: number;
    /** Files read in this run whose record has an error. */
    errors: number;
    /** Catalogued files kept because their folder could not be listed this run (not counted as removed). */
    kept: number;
}
export interface IndexSummary extends CrawlSummary {
    catalogue: CatalogueCounts & {
        run: number;
        /** Why every file is read again in this run, if it is (new attributes, other templates). */
        rereadAll: string | null;
    };
}
/** A run of `index`: the live counts, and the summary when it ends. */
export interface IndexRun {
    /** The crawl's accounting of the files read (new and changed ones). */
    stats: CrawlStats;
    counts: CatalogueCounts;
    /** Why every file is read again in this run, if it is. */
    rereadAll: string | null;
    /** Resolves when the run is committed and the catalogue closed; rejects with CrawlerError or a crawl error. */
    done: Promise<IndexSummary>;
    /** Commits what was written, marks the run interrupted and closes the catalogue (for signals). */
    stop(): void;
}
/**
 * Brings the catalogue `db` up to date with `roots`: walks them, reads the
 * files that are new or changed (size, mtime in ns or inode differ), removes
 * the rows of files gone, and leaves the others unopened. Checks, opening
 * and locking happen here, before any file is read: a problem throws
 * CrawlerError. Writes are committed in batches, so a run killed at any
 * moment leaves a consistent catalogue and the next run reads only what was
 * not committed.
 */
export declare function indexArchive(roots: string | readonly string[], db: string, options?: IndexOptions): IndexRun;
