import { setFlagsFromString } from 'node:v8';
/**
 * Keeps this process's V8 heap small for a long crawl, whatever flags Node
 * was started with (docs/DECISIONS.md, "A small heap set at run time").
 *
 * Both settings are read by V8 each time it sizes the heap, so they take
 * effect when set after start-up, unlike `--max-semi-space-size`:
 * - the young generation is not grown beyond the size it starts with (1 MiB
 *   semi-spaces): a crawl makes many short-lived objects and keeps almost none;
 * - the old generation may grow only a small multiple of what survived the
 *   last full collection (`--optimize-for-size`).
 *
 * The `dicom-crawler` command calls it first thing. It changes the whole
 * process, so the library never calls it for you: a program that embeds the
 * crawl may call it once at start. Calling it again does nothing more.
 */
export function smallHeap() {
    if (done)
        return;
    done = true;
    setFlagsFromString('--semi-space-growth-factor=1');
    setFlagsFromString('--optimize-for-size');
}
/**
 * Sets the flags of smallHeap() again, if it was called: starting a worker
 * thread puts V8's flags back to their values at start-up (measured on
 * Node 20: with a worker started, the young generation of this thread grew
 * to 16 MiB). Called when a worker of the crawl or of the catalogue's writer
 * is online.
 */
export function keepSmallHeap() {
    if (!done)
        return;
    setFlagsFromString('--semi-space-growth-factor=1');
    setFlagsFromString('--optimize-for-size');
}
let done = false;
//# sourceMappingURL=small-heap.js.map