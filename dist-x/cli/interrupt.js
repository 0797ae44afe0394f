import { AtomicFile } from './atomic-output.js';
import { colorsFor } from './progress.js';
import { formatSummary } from './report.js';
/** Exit code of a run stopped by each signal (128 + its number), as shells report it. */
export const SIGNAL_EXIT = Object.freeze({ SIGINT: 130, SIGTERM: 143 });
/** Thrown into a run that a signal stopped; the CLI turns it into 130 or 143. */
export class Interrupted extends Error {
    signal;
    constructor(signal) {
        super(`interrupted by ${signal}`);
        this.signal = signal;
        this.name = 'Interrupted';
    }
}
let received;
const stoppers = new Set();
/**
 * SIGINT and SIGTERM: the first ends the run that is under way at once
 * (its temp files removed, the partial summary written, 130/143); with no
 * run, the process ends at once too. Then our listeners are removed, so a
 * second signal takes the default action and ends the process at once, even
 * while the main thread is held in a slow read or a stuck call (a temp file
 * left that way is removed by the next run to the same output).
 */
export function installSignalHandlers() {
    const onSignal = (signal) => {
        received = signal;
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
        if (stoppers.size === 0) {
            AtomicFile.discardAll();
            process.exit(SIGNAL_EXIT[signal]);
        }
        // Innermost first: a crawl stops its progress line before its run ends the process.
        for (const stop of [...stoppers].reverse())
            stop(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
}
/** Calls `stop` when a first signal arrives while it is registered; returns the call that unregisters it. */
export function onInterrupt(stop) {
    if (received)
        stop(received);
    stoppers.add(stop);
    return () => stoppers.delete(stop);
}
/**
 * Resolves after every signal that has already reached the process was
 * handled, then throws Interrupted if one was. Node hands a signal to its
 * listener on a later turn of the event loop, and a run whose last files are
 * read with blocking calls can reach its end without one: checked just
 * before an output is renamed into place, a signal that arrived during the
 * last read stops the rename (exit 130 means the final name was not touched).
 * Two turns: a signal is picked up in the poll phase between them.
 */
export async function throwIfInterrupted() {
    for (let turn = 0; turn < 2; turn++)
        await new Promise((resolve) => setImmediate(resolve));
    if (received)
        throw new Interrupted(received);
}
/** The signal received so far, if any. */
export function interruptedBy() {
    return received;
}
/** The line after the partial summary: what the signal left of the output (`targets`: files not written). */
export function interruptedLine(signal, targets) {
    return `interrupted by ${signal}: ${targets.length ? `${targets.join(', ')} left as before` : 'the records written so far are whole'}\n`;
}
/** A run stopped by a signal: the partial summary on stderr and in `--stats`, then 130 or 143 at once. */
export function endInterrupted(signal, summary, quiet, targets, writeStats) {
    if (!quiet)
        process.stderr.write(('filesSeen' in summary ? formatSummary(summary, colorsFor(process.stderr)) : '') + interruptedLine(signal, targets));
    try {
        writeStats({ ...summary, interrupted: signal });
    }
    catch (e) {
        process.stderr.write(`dicom-crawler: ${e.message}\n`);
    }
    process.exit(SIGNAL_EXIT[signal]);
}
//# sourceMappingURL=interrupt.js.map