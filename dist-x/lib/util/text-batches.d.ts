import { Transform } from 'node:stream';
/**
 * A Transform from objects to text that joins the text of many objects into
 * larger chunks: one write syscall per row cost as much as reading the file's
 * header. A chunk is passed on when it reaches 64 KiB, or at the end of the
 * current event-loop turn, so a slow crawl still shows its rows promptly.
 * `header` is sent first, even when no object comes.
 */
export declare function textBatches<T>(toText: (item: T) => string, options?: {
    header?: string;
}): Transform;
