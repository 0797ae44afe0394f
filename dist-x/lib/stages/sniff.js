import { sniffEntry, sniffFileSync, withMime } from '../core/inspect.js';
import { needsMime } from '../core/sniff-file.js';
import { checkPositiveInt, withDefaults } from '../errors.js';
import { orderedParallel } from '../util/ordered-parallel.js';
export { sniffEntry, withMime };
/** Files that may wait for libmagic at once when reads are synchronous. */
export const MIME_WINDOW = 16;
/**
 * Blocking reads can run for seconds without the event loop turning: the
 * returned function passes a value through, but every `ms` milliseconds as a
 * promise settled on the next turn, so signals, timers (progress) and output
 * keep going.
 */
export function yieldEvery(ms) {
    let lastYield = Date.now();
    return (value) => {
        const now = Date.now();
        if (now - lastYield < ms)
            return value;
        lastYield = now;
        return new Promise((resolve) => setImmediate(() => resolve(value)));
    };
}
const DEFAULTS = Object.freeze({ headBytes: 4 * 1024, concurrency: 1, keepNonDicom: false });
/**
 * The same with a blocking read: returns at once for DICOM files, and a
 * promise only when libmagic must name a file that is not DICOM.
 */
export function sniffEntrySync(entry, headBytes) {
    const sniffed = sniffFileSync(entry, headBytes);
    return needsMime(sniffed) ? withMime(sniffed) : sniffed;
}
/**
 * Stage: file entries in, sniffed entries out (same order). DICOM is decided
 * from the bytes (DICM at 128, or a plausible dataset at byte 0); libmagic
 * names everything else. A view over the first step of the per-file engine
 * (lib/core/inspect.ts).
 */
export function sniff(options = {}) {
    const opts = withDefaults(DEFAULTS, options);
    checkPositiveInt('headBytes', opts.headBytes);
    checkPositiveInt('concurrency', opts.concurrency, 4096);
    const keep = (sniffed) => {
        if (!opts.keepNonDicom && sniffed.dicom === 'none') {
            stream.emit('skip', sniffed);
            return undefined;
        }
        return sniffed;
    };
    // Concurrency 1 reads synchronously: on local disks the per-file callbacks,
    // not the disk, were the cost (docs/DECISIONS.md).
    const breathe = yieldEvery(25);
    const stream = orderedParallel((entry) => {
        const sniffed = opts.concurrency === 1 ? sniffEntrySync(entry, opts.headBytes) : sniffEntry(entry, opts.headBytes);
        if (sniffed instanceof Promise)
            return sniffed.then(keep);
        return breathe(keep(sniffed));
        // Even with blocking reads, let libmagic (milliseconds per non-DICOM file,
        // on its own threads) name a few files while the next ones are read.
    }, Math.max(opts.concurrency, MIME_WINDOW));
    return stream;
}
//# sourceMappingURL=sniff.js.map