import type { TagSpec } from './tags.js'
import { columnType, typedValue, type TypedValue } from './typed-values.js'
import { NDJSON_TYPING } from './ndjson-line.js'
import type { DicomRecord } from '../types.js'

/** The fixed fields of every output record, in order, before the attributes. */
export const FIXED_FIELDS = Object.freeze(['path', 'size', 'dicom', 'mime', 'modality_class', 'class_source', 'error', 'error_code'] as const)

/** Output column names: fixed fields, then attribute keywords. */
export function recordColumns(tags: readonly TagSpec[]): string[] {
  return [...FIXED_FIELDS, ...tags.map((t) => t.keyword)]
}

/**
 * A record as one flat object in column order: attribute values as text, as
 * CSV writes them, or with `{ typed: true }` typed as NDJSON writes them
 * (numbers and lists, lib/core/typed-values.ts).
 */
export function flattenRecord(record: DicomRecord, tags: readonly TagSpec[], options: { typed?: boolean } = {}): Record<string, TypedValue> {
  const out: Record<string, TypedValue> = {
    path: record.path,
    size: record.size,
    dicom: record.dicom,
    mime: record.mime,
    modality_class: record.modality_class,
    class_source: record.class_source,
    error: record.error ?? record.skip ?? null,
    error_code: record.error_code,
  }
  for (const t of tags) {
    const text = record.attributes[t.keyword] ?? null
    out[t.keyword] = options.typed ? typedValue(text, columnType(t, NDJSON_TYPING)) : text
  }
  return out
}
