import { columnType, hasUntyped, typedValue } from './typed-values.js';
const columnsByTags = new WeakMap();
/** NDJSON: numbers for the numeric VRs, lists for multi-valued attributes, dates and times as text. */
export const NDJSON_TYPING = Object.freeze({ datesAsText: true });
function columnsOf(tags) {
    let columns = columnsByTags.get(tags);
    if (!columns) {
        columns = tags.map((t) => {
            const type = columnType(t, NDJSON_TYPING);
            return { key: `,${JSON.stringify(t.keyword)}:`, type, plain: type.kind === 'text' && !type.list };
        });
        columnsByTags.set(tags, columns);
    }
    return columns;
}
function json(value) {
    return value === null || value === undefined ? 'null' : typeof value === 'number' ? String(value) : jsonString(value);
}
/**
 * `JSON.stringify(text)`, with the common case taken without the call (some
 * 25 values a line): a string with no `"`, `\`, control character or
 * surrogate is written as it is between quotes, as JSON.stringify writes it;
 * any other goes to JSON.stringify (escapes, lone surrogates as `\uXXXX`).
 */
export function jsonString(text) {
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff))
            return JSON.stringify(text);
    }
    return `"${text}"`;
}
/**
 * The NDJSON line of a record (with its `\n`): exactly
 * `JSON.stringify(flattenRecord(record, tags, { typed: true })) + '\n'`, written
 * without the intermediate object (a test compares the two). Values are typed
 * by `typedValue` (lib/core/typed-values.ts); a value that does not parse as
 * its column's type is written as its text and counted in `untyped`.
 */
export function ndjsonLine(record, tags, untyped) {
    const columns = columnsOf(tags);
    const values = record.attributes;
    let line = `{"path":${json(record.path)},"size":${json(record.size)},"dicom":${json(record.dicom)},"mime":${json(record.mime)},"modality_class":${json(record.modality_class)},"class_source":${json(record.class_source)},"error":${json(record.error ?? record.skip ?? null)},"error_code":${json(record.error_code)}`;
    for (let i = 0; i < tags.length; i++) {
        const column = columns[i];
        const text = values[tags[i].keyword];
        if (column.plain || text === null || text === undefined) {
            line += column.key + json(text);
            continue;
        }
        const typed = typedValue(text, column.type);
        if (untyped && hasUntyped(typed, column.type))
            untyped.add(column.type.keyword, text, record.path);
        line += column.key + (Array.isArray(typed) ? JSON.stringify(typed) : json(typed));
    }
    return `${line}}\n`;
}
//# sourceMappingURL=ndjson-line.js.map