import { Transform } from 'node:stream';
import { ParquetColumns } from '../formats/parquet-columns.js';
import { UntypedCounts } from '../core/typed-values.js';
import { checkPositiveInt } from '../errors.js';
import { toTagSpecs } from './read-header.js';
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
export function toParquet(options = {}) {
    const tags = toTagSpecs(options.tags);
    const rowGroupSize = options.rowGroupSize ?? 10_000;
    checkPositiveInt('rowGroupSize', rowGroupSize);
    const untyped = new UntypedCounts();
    const columns = new ParquetColumns(tags, untyped);
    let writer;
    const writeGroup = () => {
        if (columns.rows)
            writer.write({ columnData: columns.take(), rowGroupSize: Infinity });
    };
    const stream = new Transform({
        writableObjectMode: true,
        readableObjectMode: false,
        // The writer's module loads only when a Parquet file is asked for.
        construct(callback) {
            import('hyparquet-writer').then(({ ByteWriter, ParquetWriter }) => {
                const bytes = new ByteWriter(1 << 16);
                // Each row group's bytes leave when it is written: the buffer is reused (`index`
                // restarts) while `offset` keeps counting the file's bytes.
                bytes.flush = () => {
                    if (bytes.index)
                        stream.push(Buffer.from(new Uint8Array(bytes.buffer, 0, bytes.index)));
                    bytes.index = 0;
                };
                bytes.finish = bytes.flush;
                writer = new ParquetWriter({ writer: bytes, schema: columns.schema, createdBy: 'dicom-crawler' });
                callback();
            }, callback);
        },
        transform(record, _enc, callback) {
            try {
                columns.add(record);
                if (columns.rows >= rowGroupSize)
                    writeGroup();
            }
            catch (e) {
                return callback(e);
            }
            callback();
        },
        flush(callback) {
            try {
                writeGroup();
                writer.finish();
            }
            catch (e) {
                return callback(e);
            }
            callback();
        },
    });
    stream.untyped = untyped;
    return stream;
}
//# sourceMappingURL=to-parquet.js.map