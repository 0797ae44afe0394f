import { ndjsonLine } from '../core/ndjson-line.js';
import { UntypedCounts } from '../core/typed-values.js';
import { toTagSpecs } from './read-header.js';
import { textBatches } from '../util/text-batches.js';
/**
 * Stage: records in, NDJSON text out, one JSON object per line; absent
 * attributes are `null`. Values are typed (lib/core/typed-values.ts): numbers
 * for IS, DS, US, UL, SS, SL, FL, FD, SV, UV; lists for attributes that may
 * hold several values; a value that does not parse as a number stays text and
 * is counted in `stream.untyped`. Lines leave in chunks of up to 64 KiB, at
 * the latest at the end of each event-loop turn.
 */
export function toNdjson(options = {}) {
    const tags = toTagSpecs(options.tags);
    const untyped = new UntypedCounts();
    const stream = textBatches((record) => ndjsonLine(record, tags, untyped));
    stream.untyped = untyped;
    return stream;
}
//# sourceMappingURL=to-ndjson.js.map