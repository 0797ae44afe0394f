import type { Transform } from 'node:stream';
import type { TagSpec } from '../core/tags.js';
import { UntypedCounts } from '../core/typed-values.js';
export interface SerializeOptions {
    /** The attributes, in column order: the same list given to readHeader. Default: DEFAULT_TAGS. */
    tags?: readonly (string | TagSpec)[];
}
/** A serializer that types values, with its live count of values that did not parse as their column's type. */
export type TypedSerializer = Transform & {
    untyped: UntypedCounts;
};
/**
 * Stage: records in, NDJSON text out, one JSON object per line; absent
 * attributes are `null`. Values are typed (lib/core/typed-values.ts): numbers
 * for IS, DS, US, UL, SS, SL, FL, FD, SV, UV; lists for attributes that may
 * hold several values; a value that does not parse as a number stays text and
 * is counted in `stream.untyped`. Lines leave in chunks of up to 64 KiB, at
 * the latest at the end of each event-loop turn.
 */
export declare function toNdjson(options?: SerializeOptions): TypedSerializer;
