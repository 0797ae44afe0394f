import type { TagSpec } from './tags.js'
import type { DicomRecord } from '../types.js'

/** The fixed fields of every output record, in order, before the attributes. */
export const FIXED_FIELDS = Object.freeze(['path', 'size', 'dicom', 'mime', 'modality_class', 'class_source', 'error', 'error_code'] as const)

/** Output column names: fixed fields, then attribute keywords. */
export function recordColumns(tags: readonly TagSpec[]): string[] {
  return [...FIXED_FIELDS, ...tags.map((t) => t.keyword)]
}

/** A record as one flat object in column order (what NDJSON and CSV write). */
export function flattenRecord(record: DicomRecord, tags: readonly TagSpec[]): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {
    path: record.path,
    size: record.size,
    dicom: record.dicom,
    mime: record.mime,
    modality_class: record.modality_class,
    class_source: record.class_source,
    error: record.error ?? record.skip ?? null,
    error_code: record.error_code,
  }
  for (const t of tags) out[t.keyword] = record.attributes[t.keyword] ?? null
  return out
}
