import { Transform } from 'node:stream';
/** Text is passed on in chunks of at most this many bytes (a longer single line goes alone). */
const BATCH = 64 * 1024;
/**
 * A Transform from objects to text that joins the text of many objects into
 * larger chunks: one write syscall per row cost as much as reading the file's
 * header. A chunk is passed on when it reaches 64 KiB, or at the end of the
 * current event-loop turn, so a slow crawl still shows its rows promptly.
 * `header` is sent first, even when no object comes.
 */
export function textBatches(toText, options = {}) {
    // Lines are copied into a buffer at once rather than joined as a string: a
    // 64 KiB string built of hundreds of short ones outlived young-generation
    // collections, and the lines with it, so the old generation filled with them.
    // The buffer is kept and each chunk copied out of it when sent: a buffer
    // filled over hundreds of records was itself promoted before it was sent,
    // and its 64 KiB waited for a full collection after being written, while a
    // copy made at the push dies young when the writer is synchronous (stdout
    // to a file or pipe, the CLI's --output): docs/DECISIONS.md.
    const buf = Buffer.allocUnsafe(BATCH);
    let used = 0;
    let scheduled;
    const stream = new Transform({
        writableObjectMode: true,
        readableObjectMode: false,
        transform(item, _enc, callback) {
            let text;
            try {
                text = toText(item);
            }
            catch (e) {
                return callback(e);
            }
            add(text);
            callback();
        },
        flush(callback) {
            send();
            callback();
        },
    });
    function add(text) {
        // At most 3 bytes per UTF-16 unit: when it may not fit, send what there is first.
        if (used + text.length * 3 > BATCH) {
            send();
            if (text.length * 3 > BATCH) {
                stream.push(Buffer.from(text, 'utf8'));
                return;
            }
        }
        used += buf.write(text, used, 'utf8');
        scheduled ??= setImmediate(send);
    }
    function send() {
        if (scheduled)
            clearImmediate(scheduled);
        scheduled = undefined;
        if (used === 0 || stream.destroyed)
            return;
        const out = Buffer.from(buf.subarray(0, used));
        used = 0;
        stream.push(out);
    }
    if (options.header)
        add(options.header);
    return stream;
}
//# sourceMappingURL=text-batches.js.map