import type { SerializeOptions, TypedSerializer } from './to-ndjson.js';
export interface ParquetOptions extends SerializeOptions {
    /**
     * Rows per row group. Default 10,000: a row group's columns are held until
     * it is written, so this bounds the memory (a few MB), and readers still
     * get groups large enough to skip by their statistics.
     */
    rowGroupSize?: number;
}
/**
 * Stage: records in, a Parquet file's bytes out. Columns: the fixed fields
 * (`size` INT64, the rest strings), one typed column per attribute
 * (lib/core/typed-values.ts: DA as DATE, TM as TIME, DT as TIMESTAMP, integer
 * VRs as INT32/INT64, DS/FL/FD as DOUBLE, multi-valued attributes as LIST, the
 * rest strings), then `untyped`: per row, the text of the values that did not
 * parse as their column's type (their typed column is null), counted in
 * `stream.untyped`. Written by hyparquet-writer one row group at a time, so
 * memory does not grow with the number of records; the footer (the schema and
 * where each row group lies) comes at the end.
 */
export declare function toParquet(options?: ParquetOptions): TypedSerializer;
