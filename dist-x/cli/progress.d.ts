import pc from 'picocolors';
import type { CrawlStats } from '../lib/core/stats.js';
/** picocolors' colour functions, or their no-op twins. */
export type Colors = ReturnType<typeof pc.createColors>;
/**
 * Colour only for a terminal, and never when NO_COLOR is set to anything but
 * "" (no-color.org). picocolors' own check looks at stdout, but everything
 * coloured here goes to stderr, so the stream in question is passed in.
 */
export declare function colorsFor(stream: {
    isTTY?: boolean;
}, env?: NodeJS.ProcessEnv): Colors;
/** What one progress line shows; a plain snapshot so the line can be tested without a terminal. */
export interface ProgressSnapshot {
    filesSeen: number;
    dicom: number;
    errors: number;
    elapsedSeconds: number;
    /** The folder being read, relative to its root; '' at a root. */
    currentDir: string;
    /** The crawl is over: the line shows `done` where the folder was. */
    done: boolean;
    /** `index`: files passed over unchanged (not opened), counted among the files and in the rate. */
    unchanged?: number;
}
/** `75` -> `1:15`, `3725` -> `1:02:05`. */
export declare function formatElapsed(seconds: number): string;
/** Keeps the end of a path, where the series folder is: `…/STUDY_X/SERIES_006_CT`. */
export declare function shortenPath(path: string, room: number): string;
/**
 * One progress line, at most `width` columns (colour codes aside):
 * `12,345 files | 11,002 DICOM | 3 errors | 2,345 files/s | 0:05 | PAT001/STUDY_1/SERIES_2`.
 */
export declare function formatProgress(p: ProgressSnapshot, width: number, colors?: Colors): string;
/** What stdout is: a terminal, a pipe or socket (another program reads it), or a file or device. */
export type StdoutKind = 'terminal' | 'pipe' | 'file';
export declare function stdoutKind(): StdoutKind;
export interface ProgressOptions {
    /** Where the line is drawn. Default process.stderr. */
    stream?: NodeJS.WriteStream;
    colors?: Colors;
    /** `index`: the count of files passed over unchanged, read on the line's clock. */
    unchanged?: () => number;
}
/**
 * The live progress line on stderr. It reads the crawl's counters on its own
 * clock (FPS times a second) instead of being told about each file, so a
 * crawl of millions of files pays nothing per file for it.
 */
export declare class Progress {
    private readonly stats;
    private readonly bar;
    private done;
    private stopped;
    private readonly onExit;
    private readonly unchanged;
    constructor(stats: CrawlStats, options?: ProgressOptions);
    /**
     * A progress line only helps on a terminal, and only if rows are not drawn
     * on the same one: not when stdout is that terminal, and not when it is a
     * pipe, whose reader (`| head`, `| less`, `| jq`) most often prints on the
     * same terminal, where the line would be drawn into its rows. With records
     * in a file (`> files.csv`, `--output`, `/dev/null`) it is drawn.
     */
    static wanted(opts: {
        quiet: boolean;
        toFile: boolean;
    }, stderr?: {
        isTTY?: boolean;
    }, stdout?: StdoutKind): boolean;
    start(): this;
    /** Draws the final state (`done` when the crawl completed) and leaves it on screen. */
    stop(completed?: boolean): void;
    private snapshot;
}
