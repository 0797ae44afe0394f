import { AtomicFile } from './atomic-output.js'

export type StopSignal = 'SIGINT' | 'SIGTERM'

/** Exit code of a run stopped by each signal (128 + its number), as shells report it. */
export const SIGNAL_EXIT: Readonly<Record<StopSignal, number>> = Object.freeze({ SIGINT: 130, SIGTERM: 143 })

/** Thrown into a run that a signal stopped; the CLI turns it into 130 or 143. */
export class Interrupted extends Error {
  constructor(readonly signal: StopSignal) {
    super(`interrupted by ${signal}`)
    this.name = 'Interrupted'
  }
}

let received: StopSignal | undefined
const stoppers = new Set<(signal: StopSignal) => void>()

/**
 * SIGINT and SIGTERM: the first stops the run that is under way (it ends
 * with the partial summary, the temp files removed and 130/143); with no run
 * to stop, the process ends at once. Then our listeners are removed, so a
 * second signal takes the default action and ends the process at once, even
 * while the main thread is held in a slow read or a stuck call (a temp file
 * left that way is removed by the next run to the same output).
 */
export function installSignalHandlers(): void {
  const onSignal = (signal: StopSignal): void => {
    received = signal
    process.removeListener('SIGINT', onSignal)
    process.removeListener('SIGTERM', onSignal)
    if (stoppers.size === 0) {
      AtomicFile.discardAll()
      process.exit(SIGNAL_EXIT[signal])
    }
    for (const stop of [...stoppers]) stop(signal)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
}

/** Calls `stop` when a first signal arrives while it is registered; returns the call that unregisters it. */
export function onInterrupt(stop: (signal: StopSignal) => void): () => void {
  if (received) stop(received)
  stoppers.add(stop)
  return () => stoppers.delete(stop)
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
export async function throwIfInterrupted(): Promise<void> {
  for (let turn = 0; turn < 2; turn++) await new Promise<void>((resolve) => setImmediate(resolve))
  if (received) throw new Interrupted(received)
}

/** `work`, or Interrupted as soon as a signal arrives (an output that waits for a reader, a FIFO). */
export function untilInterrupted<T>(work: Promise<T>): Promise<T> {
  let stop: () => void = () => {}
  const stopped = new Promise<never>((_, reject) => {
    stop = onInterrupt((signal) => reject(new Interrupted(signal)))
  })
  return Promise.race([work, stopped]).finally(stop)
}

/** The signal received so far, if any. */
export function interruptedBy(): StopSignal | undefined {
  return received
}

/** The line after the partial summary: what the signal left of the output (`targets`: files not written). */
export function interruptedLine(e: Interrupted, targets: readonly string[]): string {
  return `interrupted by ${e.signal}: ${targets.length ? `${targets.join(', ')} left as before` : 'the records written so far are whole'}\n`
}
