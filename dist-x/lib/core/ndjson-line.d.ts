import type { TagSpec } from './tags.js';
import { type UntypedCounts } from './typed-values.js';
import type { DicomRecord } from '../types.js';
/** NDJSON: numbers for the numeric VRs, lists for multi-valued attributes, dates and times as text. */
export declare const NDJSON_TYPING: Readonly<{
    datesAsText: true;
}>;
/**
 * `JSON.stringify(text)`, with the common case taken without the call (some
 * 25 values a line): a string with no `"`, `\`, control character or
 * surrogate is written as it is between quotes, as JSON.stringify writes it;
 * any other goes to JSON.stringify (escapes, lone surrogates as `\uXXXX`).
 */
export declare function jsonString(text: string): string;
/**
 * The NDJSON line of a record (with its `\n`): exactly
 * `JSON.stringify(flattenRecord(record, tags, { typed: true })) + '\n'`, written
 * without the intermediate object (a test compares the two). Values are typed
 * by `typedValue` (lib/core/typed-values.ts); a value that does not parse as
 * its column's type is written as its text and counted in `untyped`.
 */
export declare function ndjsonLine(record: DicomRecord, tags: readonly TagSpec[], untyped?: UntypedCounts): string;
