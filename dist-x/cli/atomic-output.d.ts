import { Writable } from 'node:stream';
/**
 * A file written under a temporary name beside its target
 * (`.NAME.PID.tmp`) and renamed into place only when complete, so a reader
 * never sees half a file and an interrupted run leaves the old file as it
 * was. The file's data is flushed to disk (fsync) before the rename and the
 * folder's entry after it, so a power loss leaves the old file or the whole
 * new one, never an empty file under the final name. A run killed outright
 * (SIGKILL, power loss) cannot remove its temp file: the next run to the
 * same target removes those of processes that no longer exist. (Linux's
 * O_TMPFILE, a file with no name until linked, would need linkat(2) with
 * AT_EMPTY_PATH, which Node does not offer.)
 */
export declare class AtomicFile {
    private readonly fd;
    readonly target: string;
    readonly temp: string;
    readonly stream: Writable;
    private done;
    private constructor();
    /**
     * Opens the temp file; resolves once it exists, so a bad folder fails before
     * any work. A target that exists and is not a regular file (`/dev/stdout`, a
     * FIFO, `/dev/full`) is written in place: renaming over it would replace the
     * device or pipe with a plain file.
     */
    static open(target: string): Promise<AtomicFile>;
    /** Renames the finished temp file onto the target. */
    commit(): void;
    /**
     * Writes `text` as the whole file and renames it into place, all at once:
     * for a small file (the end summary) written while a signal is handled,
     * when no later turn of the event loop may come.
     */
    commitText(text: string): void;
    /** Removes the temp file; the target is left untouched. */
    discard(): void;
    /** Temp files still open, for cleanup on signals. */
    static readonly live: Set<AtomicFile>;
    /** Temp files being created (the open is on Node's thread pool): a run stopped meanwhile removes them too. */
    private static readonly opening;
    static discardAll(): void;
}
/** `-` names stdout, as in most Unix tools. */
export declare function isStdout(target: string | undefined): boolean;
/**
 * Refuses a stdout that was closed (`>&-`): Node then opens /dev/null in its
 * place (read-write, where a shell's `> /dev/null` is write-only), so the
 * records would vanish and the run end with 0. Linux only (/proc); elsewhere
 * the check passes.
 */
export declare function checkStdoutOpen(): void;
export declare function describeWriteError(e: NodeJS.ErrnoException): string;
