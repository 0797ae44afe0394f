import type { TagSpec } from './tags.js'
import type { DicomRecord } from '../types.js'

/** `,"Keyword":` for each attribute, made once per tag list. */
const keyParts = new WeakMap<readonly TagSpec[], string[]>()

function keysOf(tags: readonly TagSpec[]): string[] {
  let keys = keyParts.get(tags)
  if (!keys) {
    keys = tags.map((t) => `,${JSON.stringify(t.keyword)}:`)
    keyParts.set(tags, keys)
  }
  return keys
}

function json(value: string | number | null | undefined): string {
  return value === null || value === undefined ? 'null' : typeof value === 'number' ? String(value) : JSON.stringify(value)
}

/**
 * The NDJSON line of a record (with its `\n`): exactly
 * `JSON.stringify(flattenRecord(record, tags)) + '\n'`, written without the
 * intermediate object (a test compares the two).
 */
export function ndjsonLine(record: DicomRecord, tags: readonly TagSpec[]): string {
  const keys = keysOf(tags)
  const values = record.attributes
  let line = `{"path":${json(record.path)},"size":${json(record.size)},"dicom":${json(record.dicom)},"mime":${json(record.mime)},"modality_class":${json(record.modality_class)},"class_source":${json(record.class_source)},"error":${json(record.error ?? record.skip ?? null)},"error_code":${json(record.error_code)}`
  for (let i = 0; i < tags.length; i++) line += keys[i]! + json(values[tags[i]!.keyword])
  return `${line}}\n`
}
