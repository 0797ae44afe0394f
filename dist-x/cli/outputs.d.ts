import { AtomicFile } from './atomic-output.js';
/**
 * The `--stats` file, opened with the other outputs before any file is read
 * (a wrong path is found at once, not after hours of crawl) and written
 * whole at the end, the way the records are; `-` is stdout.
 */
export interface StatsOutput {
    /** Writes the JSON and renames the file into place, synchronously (also from a signal's handler). */
    write(value: object): void;
    /** Removes the temp file (the run failed before its summary). */
    discard(): void;
    /** The file being written, for the crawl to leave out; undefined for stdout. */
    readonly file?: AtomicFile;
}
/**
 * Opens `--stats`. `stdoutTaken`: the records go to stdout, so `--stats -`
 * would mix the two and is refused (exit 2).
 */
export declare function openStats(target: string | undefined, stdoutTaken: boolean): Promise<StatsOutput | undefined>;
/**
 * Files this run writes, which its crawl must never read as part of the
 * archive: temp files, their targets (an earlier run's output), and stdout
 * when the shell sent it to a file (`dicom-crawler root > root/files.csv`).
 */
export declare function ownFiles(files: ReadonlyArray<AtomicFile | undefined>): string[];
/**
 * Creates `dir` and its missing parents. Node's recursive mkdir loops for
 * ever where mkdir answers ENOENT under a parent that exists (a path under
 * /proc, a stale mount), holding the process; here each folder is made
 * once, and a refusal is one line and exit 3.
 */
export declare function makeFolder(dir: string): void;
