import type { DicomRecord, RecordStatus } from '../../lib/types.js'

/** The status the engine gives a record with these fields (for records made by hand in tests). */
export function statusOf(r: Pick<DicomRecord, 'error' | 'dicom'> & { folder?: true; skip?: string }): RecordStatus {
  if (r.folder) return 'folder'
  if (r.error) return 'error'
  if (r.skip) return 'skipped'
  return r.dicom === 'none' ? 'not-dicom' : 'ok'
}
