export type StopSignal = 'SIGINT' | 'SIGTERM';
/** Exit code of a run stopped by each signal (128 + its number), as shells report it. */
export declare const SIGNAL_EXIT: Readonly<Record<StopSignal, number>>;
/** Thrown into a run that a signal stopped; the CLI turns it into 130 or 143. */
export declare class Interrupted extends Error {
    readonly signal: StopSignal;
    constructor(signal: StopSignal);
}
/**
 * SIGINT and SIGTERM: the first ends the run that is under way at once
 * (its temp files removed, the partial summary written, 130/143); with no
 * run, the process ends at once too. Then our listeners are removed, so a
 * second signal takes the default action and ends the process at once, even
 * while the main thread is held in a slow read or a stuck call (a temp file
 * left that way is removed by the next run to the same output).
 */
export declare function installSignalHandlers(): void;
/** Calls `stop` when a first signal arrives while it is registered; returns the call that unregisters it. */
export declare function onInterrupt(stop: (signal: StopSignal) => void): () => void;
/**
 * Resolves after every signal that has already reached the process was
 * handled, then throws Interrupted if one was. Node hands a signal to its
 * listener on a later turn of the event loop, and a run whose last files are
 * read with blocking calls can reach its end without one: checked just
 * before an output is renamed into place, a signal that arrived during the
 * last read stops the rename (exit 130 means the final name was not touched).
 * Two turns: a signal is picked up in the poll phase between them.
 */
export declare function throwIfInterrupted(): Promise<void>;
/** The signal received so far, if any. */
export declare function interruptedBy(): StopSignal | undefined;
/** The line after the partial summary: what the signal left of the output (`targets`: files not written). */
export declare function interruptedLine(signal: StopSignal, targets: readonly string[]): string;
/** A run stopped by a signal: the partial summary on stderr and in `--stats`, then 130 or 143 at once. */
export declare function endInterrupted(signal: StopSignal, summary: object, quiet: boolean, targets: readonly string[], writeStats: (s: object) => void): never;
