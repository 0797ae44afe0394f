import { FIXED_FIELDS } from '../core/record-fields.js';
import { columnType, typedValue } from '../core/typed-values.js';
/**
 * The last column of a Parquet file: for each row, the attributes whose text
 * did not parse as their column's type, as a JSON object `{keyword: text}`
 * (null when every value parsed). The typed column holds null there: this
 * column keeps what it could not.
 */
export const UNTYPED_COLUMN = 'untyped';
const STRING = { type: 'BYTE_ARRAY', converted_type: 'UTF8' };
/** Parquet types of the attribute kinds (lib/core/typed-values.ts). */
const LEAF_BY_KIND = Object.freeze({
    integer: { type: 'INT32' },
    bigint: { type: 'INT64' },
    double: { type: 'DOUBLE' },
    date: { type: 'INT32', converted_type: 'DATE' },
    time: { type: 'INT64', logical_type: { type: 'TIME', isAdjustedToUTC: false, unit: 'MICROS' } },
    // The date and time as written in the file: DICOM DT without an offset is local time.
    timestamp: { type: 'INT64', logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: false, unit: 'MICROS' } },
    text: STRING,
});
/** Parquet types of the fixed record fields; a field not named here is a string. */
const FIXED_LEAF = Object.freeze({
    size: { type: 'INT64' },
    mtime: { type: 'INT64', logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' } },
});
/** Kinds whose Parquet values are 64-bit: hyparquet-writer takes them as bigint. */
const INT64_KINDS = new Set(['bigint', 'time', 'timestamp']);
function optional(name, leaf) {
    return { name, repetition_type: 'OPTIONAL', ...leaf };
}
/** A column, or a LIST of elements (the three-level form every reader knows). */
function columnSchema(name, leaf, list) {
    if (!list)
        return [optional(name, leaf)];
    return [
        { name, repetition_type: 'OPTIONAL', converted_type: 'LIST', num_children: 1 },
        { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
        optional('element', leaf),
    ];
}
/**
 * Records -> Parquet columns, one row group at a time: the schema of a tag
 * list, and the column arrays of the rows added since the last `take()`.
 * Pure (no streams, no I/O); `toParquet` writes what it takes.
 */
export class ParquetColumns {
    tags;
    untyped;
    schema;
    names;
    types;
    fixedInt64;
    /** Statistics (min/max per row group, for readers to skip groups) on typed columns only: on text they cost about a third of the writing. */
    statistics;
    columns = [];
    rows = 0;
    constructor(tags, untyped) {
        this.tags = tags;
        this.untyped = untyped;
        this.types = tags.map((t) => columnType(t));
        this.fixedInt64 = FIXED_FIELDS.map((f) => FIXED_LEAF[f]?.type === 'INT64');
        this.names = [...FIXED_FIELDS, ...tags.map((t) => t.keyword), UNTYPED_COLUMN];
        const children = [
            ...FIXED_FIELDS.flatMap((f) => columnSchema(f, FIXED_LEAF[f] ?? STRING, false)),
            ...this.types.flatMap((t) => columnSchema(t.keyword, LEAF_BY_KIND[t.kind], t.list)),
            ...columnSchema(UNTYPED_COLUMN, STRING, false),
        ];
        this.schema = [{ name: 'root', num_children: this.names.length }, ...children];
        this.statistics = [...FIXED_FIELDS.map((f) => f in FIXED_LEAF), ...this.types.map((t) => t.kind !== 'text'), false];
        this.reset();
    }
    reset() {
        this.columns = this.names.map(() => []);
        this.rows = 0;
    }
    /** Adds one record as a row. */
    add(record) {
        const cols = this.columns;
        let c = 0;
        for (let f = 0; f < FIXED_FIELDS.length; f++) {
            const v = fixedValue(record, FIXED_FIELDS[f]);
            cols[c++].push(v === null ? null : this.fixedInt64[f] ? BigInt(v) : typeof v === 'number' ? String(v) : v);
        }
        let kept;
        for (let i = 0; i < this.tags.length; i++) {
            const type = this.types[i];
            const text = record.attributes[this.tags[i].keyword];
            const typed = typedValue(text, type);
            let value = typed;
            if (type.kind !== 'text' && typed !== null) {
                let failed = false;
                const physical = (v) => {
                    if (typeof v === 'string') {
                        failed = true;
                        return null;
                    }
                    return v === null || !INT64_KINDS.has(type.kind) ? v : BigInt(v);
                };
                value = Array.isArray(typed) ? typed.map(physical) : physical(typed);
                if (failed) {
                    ;
                    (kept ??= {})[type.keyword] = text;
                    this.untyped?.add(type.keyword, text, record.path);
                }
            }
            cols[c++].push(value);
        }
        cols[c].push(kept ? JSON.stringify(kept) : null);
        this.rows++;
    }
    /** The rows added since the last call, as hyparquet-writer's column data; starts the next row group. */
    take() {
        const data = this.names.map((name, i) => ({ name, data: this.columns[i], statistics: this.statistics[i] }));
        this.reset();
        return data;
    }
}
function fixedValue(record, field) {
    switch (field) {
        case 'error':
            return record.error ?? record.skip ?? null;
        case 'mtime':
            return record.mtime ? record.mtime.getTime() : null;
        default: {
            const v = record[field];
            return v === undefined || v === null ? null : typeof v === 'number' ? v : String(v);
        }
    }
}
//# sourceMappingURL=parquet-columns.js.map