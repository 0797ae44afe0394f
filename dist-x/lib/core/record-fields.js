import { columnType, typedValue } from './typed-values.js';
import { NDJSON_TYPING } from './ndjson-line.js';
/** The fixed fields of every output record, in order, before the attributes. */
export const FIXED_FIELDS = Object.freeze(['path', 'size', 'dicom', 'mime', 'modality_class', 'class_source', 'error', 'error_code']);
/** Output column names: fixed fields, then attribute keywords. */
export function recordColumns(tags) {
    return [...FIXED_FIELDS, ...tags.map((t) => t.keyword)];
}
/**
 * A record as one flat object in column order: attribute values as text, as
 * CSV writes them, or with `{ typed: true }` typed as NDJSON writes them
 * (numbers and lists, lib/core/typed-values.ts).
 */
export function flattenRecord(record, tags, options = {}) {
    const out = {
        path: record.path,
        size: record.size,
        dicom: record.dicom,
        mime: record.mime,
        modality_class: record.modality_class,
        class_source: record.class_source,
        error: record.error ?? record.skip ?? null,
        error_code: record.error_code,
    };
    for (const t of tags) {
        const text = record.attributes[t.keyword] ?? null;
        out[t.keyword] = options.typed ? typedValue(text, columnType(t, NDJSON_TYPING)) : text;
    }
    return out;
}
//# sourceMappingURL=record-fields.js.map