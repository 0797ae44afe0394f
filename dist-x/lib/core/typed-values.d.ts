/**
 * What an attribute column holds once typed, from its VR:
 * - `integer` (32-bit): IS, SS, US, SL, and SQ (a sequence asked by name is its item count)
 * - `bigint` (64-bit): UL, SV, UV, and the binary VRs OB, OD, OF, OL, OV, OW
 *   (their value is their length in bytes)
 * - `double`: DS, FL, FD
 * - `date` (DA), `time` (TM), `timestamp` (DT)
 * - `text`: every other VR, UN, and attributes whose VR is unknown
 */
export type ValueKind = 'integer' | 'bigint' | 'double' | 'date' | 'time' | 'timestamp' | 'text';
/** How one attribute column is typed. */
export interface ColumnType {
    /** The column's name: the TagSpec's keyword. */
    readonly keyword: string;
    readonly vr: string | undefined;
    readonly kind: ValueKind;
    /**
     * True when the column holds a list of values: the dictionary allows more
     * than one (ImageType `2-n`, ImagePositionPatient `3`), the multiplicity is
     * unknown (private and unknown tags), or the column is a path through every
     * item of a sequence. A list column always holds a list, also for one
     * value, so every row has the same shape.
     */
    readonly list: boolean;
}
/** The parts of a TagSpec the typing reads (a path's steps: whether each takes every item). */
export interface TypedSpec {
    readonly keyword: string;
    readonly tag: string;
    readonly vr: string | undefined;
    readonly path?: readonly {
        readonly item?: number;
    }[];
}
/** One typed value: a number for the numeric, date and time kinds, text otherwise. */
export type TypedScalar = number | string | null;
/**
 * A typed attribute value: `null` when absent, a scalar, or an array for a
 * list column. In a column of a kind other than `text`, an element that is a
 * string is text that did not parse as that kind, kept as it was
 * (`hasUntyped`).
 */
export type TypedValue = TypedScalar | TypedScalar[];
/**
 * The typing of an attribute column, from its spec: the VR (the data
 * dictionary's, or a private attribute's leaf), the tag, and for a path its
 * steps. `datesAsText`: DA, TM and DT stay text (NDJSON: JSON has no date
 * type, and the text is exact).
 */
export declare function columnType(spec: TypedSpec, options?: {
    datesAsText?: boolean;
}): ColumnType;
/**
 * Types one attribute value as the record holds it (`null` absent, `""`
 * empty, values joined by `\`):
 * - absent: `null`
 * - a list column: an array, one element per value (`""` gives `[]`)
 * - a scalar column: the value; `""` stays `""` for text and is `null` for the other kinds
 * - each value of a numeric, date or time kind: its number (see `parseValue`),
 *   or, when it does not parse, its text unchanged; an empty one in a list is `null`
 * - a scalar column of another kind whose value holds a `\` (more values
 *   than the dictionary allows): the whole text, unchanged
 */
export declare function typedValue(text: string | null | undefined, type: ColumnType): TypedValue;
/**
 * One value's number, or undefined when it does not parse as its kind:
 * - integer kinds: a whole number within the VR's range
 * - `double`: a decimal number (DS syntax), finite
 * - `date`: days since 1970-01-01 (`YYYYMMDD`, or ACR-NEMA's `YYYY.MM.DD`; a real calendar day)
 * - `time`: microseconds since midnight (`HH`, `HHMM`, `HHMMSS`, `HHMMSS.F` to 6 digits;
 *   ACR-NEMA's `HH:MM:SS` too)
 * - `timestamp`: microseconds since 1970-01-01T00:00, the date and time as
 *   written (`YYYY` to `YYYYMMDDHHMMSS.FFFFFF`); a value with a UTC offset
 *   (`&ZZXX`) does not parse, as one column cannot mix local and UTC times
 * - `text`: undefined
 */
export declare function parseValue(text: string, type: Pick<ColumnType, 'kind' | 'vr'>): number | undefined;
/** DA: days since 1970-01-01, or undefined. */
export declare function parseDate(text: string): number | undefined;
/** TM: microseconds since midnight, or undefined. */
export declare function parseTime(text: string): number | undefined;
/** DT without a UTC offset: microseconds since 1970-01-01T00:00 as written, or undefined. */
export declare function parseDateTime(text: string): number | undefined;
/** True when a typed value of a kind other than `text` kept some text that did not parse. */
export declare function hasUntyped(value: TypedValue, type: ColumnType): boolean;
/** ISO 8601 text of a `date` value (days since 1970-01-01): `2024-01-05`. */
export declare function isoDate(days: number): string;
/** ISO 8601 text of a `time` value (microseconds since midnight): `08:30:00.123456`, fraction only when there is one. */
export declare function isoTime(us: number): string;
/** ISO 8601 text of a `timestamp` value (microseconds since 1970-01-01T00:00, no zone): `2024-01-05T08:30:00`. */
export declare function isoDateTime(us: number): string;
/**
 * Counts, per column, the values that did not parse as their column's kind,
 * with the first one seen; bounded by the number of columns.
 */
export declare class UntypedCounts {
    private readonly byColumn;
    add(keyword: string, text: string, path: string): void;
    get size(): number;
    /** Adds the counts of a part of the crawl that came after everything counted so far (a worker thread's batch). */
    merge(part: Record<string, UntypedExample>): void;
    /** Column -> count and first example, largest count first. */
    toJSON(): Record<string, UntypedExample>;
}
/** How many values of a column did not parse, and the first of them (its text and file). */
export interface UntypedExample {
    count: number;
    value: string;
    path: string;
}
/**
 * Whether the text is a decimal number, `[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?`,
 * by one pass over it: as a regular expression the two digit runs
 * backtracked against each other, quadratic in a long run of digits.
 */
export declare function isNumber(text: string): boolean;
