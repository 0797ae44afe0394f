import type { DicomRecord, RecordStatus } from '../../lib/types.js';
/** The status the engine gives a record with these fields (for records made by hand in tests). */
export declare function statusOf(r: Pick<DicomRecord, 'error' | 'dicom'> & {
    folder?: true;
    skip?: string;
}): RecordStatus;
