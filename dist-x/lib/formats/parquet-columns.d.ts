import type { ColumnSource, SchemaElement } from 'hyparquet-writer';
import type { TagSpec } from '../core/tags.js';
import { type UntypedCounts } from '../core/typed-values.js';
import type { DicomRecord } from '../types.js';
/**
 * The last column of a Parquet file: for each row, the attributes whose text
 * did not parse as their column's type, as a JSON object `{keyword: text}`
 * (null when every value parsed). The typed column holds null there: this
 * column keeps what it could not.
 */
export declare const UNTYPED_COLUMN = "untyped";
/**
 * Records -> Parquet columns, one row group at a time: the schema of a tag
 * list, and the column arrays of the rows added since the last `take()`.
 * Pure (no streams, no I/O); `toParquet` writes what it takes.
 */
export declare class ParquetColumns {
    private readonly tags;
    private readonly untyped?;
    readonly schema: SchemaElement[];
    readonly names: readonly string[];
    private readonly types;
    private readonly fixedInt64;
    /** Statistics (min/max per row group, for readers to skip groups) on typed columns only: on text they cost about a third of the writing. */
    private readonly statistics;
    private columns;
    rows: number;
    constructor(tags: readonly TagSpec[], untyped?: UntypedCounts | undefined);
    private reset;
    /** Adds one record as a row. */
    add(record: DicomRecord): void;
    /** The rows added since the last call, as hyparquet-writer's column data; starts the next row group. */
    take(): ColumnSource[];
}
