import type { DicomRecord } from '../types.js';
import type { UntypedExample } from './typed-values.js';
import type { RootReadMode } from '../io/fs-type.js';
export interface CountWithExample {
    count: number;
    example: string;
}
/** The end-of-run accounting, as JSON (`--stats FILE`) and on the crawl stream's `stats` event. */
export interface CrawlSummary {
    /** Every non-folder path the walk met: files, links, FIFOs, sockets, devices. */
    filesSeen: number;
    /** Readable DICOM files (records without error). */
    dicom: number;
    /** Files whose record carries an error: unreadable, vanished, truncated, malformed. */
    errors: number;
    /** Paths skipped without a record by default: not DICOM, not a regular file, link not followed. */
    skipped: number;
    /** Folders that could not be read (not counted in filesSeen). */
    unreadableDirs: number;
    /** Files that could not be opened or read (part of `errors`); with unreadableDirs, makes exit code 1. */
    unreadableFiles: number;
    byKind: {
        part10: number;
        raw: number;
    };
    byClass: Record<string, number>;
    notDicomByMime: Record<string, number>;
    skippedByReason: Record<string, number>;
    errorsByKind: Record<string, CountWithExample>;
    /** Up to 20 folders and files that could not be read, with why. */
    unreadable: Array<{
        path: string;
        error: string;
    }>;
    elapsedSeconds: number;
    filesPerSecond: number;
    /** True when `filesSeen === dicom + errors + skipped`: nothing was lost. */
    balanced: boolean;
    /**
     * Typed output (NDJSON, Parquet) only, when some value did not parse as its
     * column's type: per column, how many, and the first (its text and file).
     */
    untypedValues?: Record<string, UntypedExample>;
    /** How each root was read: its file system, blocking (`local`) or many reads at once (`network`). */
    readModes: RootReadMode[];
    /** Threads that read and parsed files: 1, or the crawl's own thread and its worker threads (`jobs`). */
    threads: number;
}
/**
 * The counts of part of a crawl (one batch of a worker thread), as plain data
 * for a message: `CrawlStats.delta()` makes it, `merge()` adds it.
 */
export interface StatsDelta {
    counts: [filesSeen: number, dicom: number, errors: number, skipped: number, unreadableDirs: number, unreadableFiles: number, part10: number, raw: number];
    byClass: Array<[string, number]>;
    notDicomByMime: Array<[string, number]>;
    skippedByReason: Array<[string, number]>;
    errorsByKind: Array<[string, CountWithExample]>;
    unreadable: Array<{
        path: string;
        error: string;
    }>;
    currentDir: string;
}
/** Counts records as they pass; holds counters and bounded examples only, never per-file state. */
export declare class CrawlStats {
    filesSeen: number;
    dicom: number;
    errors: number;
    skipped: number;
    unreadableDirs: number;
    unreadableFiles: number;
    readonly byKind: {
        part10: number;
        raw: number;
    };
    readonly byClass: Map<string, number>;
    readonly notDicomByMime: Map<string, number>;
    readonly skippedByReason: Map<string, number>;
    readonly errorsByKind: Map<string, CountWithExample>;
    readonly unreadable: Array<{
        path: string;
        error: string;
    }>;
    /** The folder of the last record, for progress displays. */
    currentDir: string;
    /** How each root is read (set by crawl()). */
    readModes: RootReadMode[];
    threads: number;
    private readonly started;
    private ended;
    /** Accounts one record; whether it goes out: in the default output (readable DICOM or error), with `allFiles` every file, and folder markers. */
    keep(record: DicomRecord, allFiles: boolean | undefined): boolean;
    /** Accounts one record; returns whether it belongs in the default output (readable DICOM or error). */
    add(record: DicomRecord): boolean;
    /** These counts as data, for merging into another CrawlStats (the worker threads' batches). */
    delta(): StatsDelta;
    /** Adds the counts of a part that came after everything counted so far (examples keep walk order). */
    merge(d: StatsDelta): void;
    end(): void;
    get elapsedSeconds(): number;
    toJSON(): CrawlSummary;
    private keepUnreadable;
}
/**
 * The name an error is counted under: its code's label, with the system's
 * error code when there is one ("cannot read file: EACCES"); `truncated` for
 * every truncated value, whatever the attribute.
 */
export declare function errorKind(record: Pick<DicomRecord, 'error' | 'error_code'>): string;
