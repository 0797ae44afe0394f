import { errorKind } from '../core/stats.js'
import type { DicomRecord } from '../types.js'

/** A file's outcome as the catalogue stores it. */
export type FileStatus = 'ok' | 'error' | 'not-dicom' | 'skipped'

/**
 * The `status` and `error_code` columns of a record. Derived here from the
 * record's `error`, `skip` and `dicom` fields, in this one function, until
 * records carry a typed status and code of their own.
 */
export function recordStatus(record: DicomRecord): { status: FileStatus; error_code: string | null } {
  if (record.error) return { status: 'error', error_code: errorKind(record.error) }
  if (record.skip) return { status: 'skipped', error_code: null }
  if (record.dicom === 'none') return { status: 'not-dicom', error_code: null }
  return { status: 'ok', error_code: null }
}
