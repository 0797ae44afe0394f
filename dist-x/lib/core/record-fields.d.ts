import type { TagSpec } from './tags.js';
import { type TypedValue } from './typed-values.js';
import type { DicomRecord } from '../types.js';
/** The fixed fields of every output record, in order, before the attributes. */
export declare const FIXED_FIELDS: readonly ["path", "size", "dicom", "mime", "modality_class", "class_source", "error", "error_code"];
/** Output column names: fixed fields, then attribute keywords. */
export declare function recordColumns(tags: readonly TagSpec[]): string[];
/**
 * A record as one flat object in column order: attribute values as text, as
 * CSV writes them, or with `{ typed: true }` typed as NDJSON writes them
 * (numbers and lists, lib/core/typed-values.ts).
 */
export declare function flattenRecord(record: DicomRecord, tags: readonly TagSpec[], options?: {
    typed?: boolean;
}): Record<string, TypedValue>;
