import { type Duplex } from 'node:stream';
import { CrawlStats } from './core/stats.js';
import { type WalkOptions } from './stages/walk.js';
import { type InspectOptions } from './core/inspect.js';
import { UntypedCounts } from './core/typed-values.js';
import { type Shard } from './parallel/shard.js';
import type { DicomRecord, FileEntry } from './types.js';
/** What to crawl and how: the engine's options (tags, templates, match, headBytes, maxHeaderBytes) and the crawl's own. */
export interface CrawlOptions extends InspectOptions {
    /** Emit records for files that are not DICOM and for skipped paths too. Default `false`. */
    allFiles?: boolean;
    /** Follow symbolic links (loops and repeats are walked once). Default `false`. */
    followSymlinks?: boolean;
    /** With `followSymlinks`, also follow links whose target lies outside every root. Default `false`: they are skipped. */
    followOutsideRoots?: boolean;
    /**
     * Files read at once, for every root. Default: chosen per root from its file
     * system (statfs): 1 (blocking reads) on a local disk, 32 on a network
     * file system (NFS, SMB/CIFS, FUSE, Lustre, GPFS, CephFS, BeeGFS, 9p, ...;
     * lib/io/fs-type.ts). `stats.readModes` says what each root got.
     */
    concurrency?: number;
    /**
     * With `allFiles`: records of files that are not DICOM carry libmagic's MIME
     * type. Default `true`. `false`: they leave at once with `mime: null`, and
     * libmagic names them only for the counts (`stats`), so the records behind
     * them never wait for it (`summarize` needs no MIME types).
     */
    recordMime?: boolean;
    /**
     * With `recordMime: false`: called with the record of a file that is not
     * DICOM once libmagic has named it, when the record itself went out
     * without its MIME type (`mime: null`, status `not-dicom`). Default none.
     * The catalogue writes the type into the file's row this way.
     */
    onNamed?: (record: DicomRecord) => void;
    /**
     * Also yield one record per folder entered (`folder: true`, `path` the
     * folder), before its files; stats ignore them. Default `false`. `summarize`
     * needs them to report folders that hold no file.
     */
    announceDirs?: boolean;
    /** Files the crawl never reads nor counts (its own output inside the tree): see WalkOptions.ignore. Default none. */
    ignore?: readonly string[];
    /**
     * Called for every entry of the walk, in walk order, before it is opened.
     * `false`: the entry is not opened, yields no record and is not counted.
     * Default: every entry is read. The catalogue uses it to pass over files
     * it already holds unchanged (lib/catalogue/).
     */
    select?: (entry: FileEntry) => boolean;
    /**
     * The walk's `filterFiles` (WalkOptions): called as the walk enters each
     * folder, in walk order, with the directory entries of its files; those it
     * does not return are never opened, yield no record and are not counted.
     * Default none. The catalogue passes over unchanged files this way, a folder
     * at a time, before they become entries.
     */
    filterFiles?: WalkOptions['filterFiles'];
    /**
     * Crawl one shard of the folders: `{ index, count }`, `'K/N'`, or `'auto'`
     * (a Kubernetes Indexed Job's or SLURM array's task, from the environment).
     * `count` runs, one per index, give every file exactly once (docs/CLI.md,
     * "Shards across machines"). Default: none, every folder.
     */
    shard?: Shard | string;
    /**
     * Yield text instead of records: the CSV (header first) or NDJSON lines of
     * the records, as `toCsv` / `toNdjson` with the same `tags` write them
     * (`escapeFormulas` as toCsv's). Default: records.
     */
    format?: 'csv' | 'ndjson';
    /** With `format: 'csv'`: toCsv's option of the same name. Default `false`. */
    escapeFormulas?: boolean;
    /**
     * Threads that read, parse, classify (and, with `format`, write) the files,
     * each running the per-file job on batches of 256 entries, while this
     * thread walks and emits in walk order (lib/parallel/jobs.ts). The output
     * is the same whatever the number. Default: the machine's cores less one
     * (`os.availableParallelism() - 1`, at least 1: a one-thread crawl already
     * keeps most of a second core busy with V8's collector and compiler and
     * libmagic), the workers started after the crawl's first 3
     * seconds (a shorter crawl would not repay their start; this thread runs
     * the batches until one is ready); a number given starts them at once. 1: everything on this thread. Worker threads are
     * used for roots read with blocking reads (local disks) and when the native
     * MIME namer is built; otherwise the crawl runs on this thread.
     */
    jobs?: number;
}
/**
 * The record stream of a crawl (text with `format`), with its live
 * accounting. Emits `stats` (a CrawlSummary) before `end`. With `format:
 * 'ndjson'`, `untyped` counts the values that did not parse as their
 * column's type (as toNdjson's).
 */
export type CrawlStream = Duplex & {
    stats: CrawlStats;
    untyped?: UntypedCounts;
};
/**
 * Walks `roots` and yields one record per DICOM file (and per file that had an
 * error), classified by the templates: the walk, then the per-file engine
 * (lib/core/inspect.ts) and the accounting as one stage, joined with
 * `stream.pipeline`. Options are checked here, before any file is read; a bad
 * one throws CrawlerError.
 */
export declare function crawl(roots: string | readonly string[], options?: CrawlOptions): CrawlStream;
