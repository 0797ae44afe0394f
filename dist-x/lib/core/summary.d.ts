import { type PathMatch } from './classify.js';
import type { Templates } from './templates.js';
import type { DicomRecord } from '../types.js';
/** The columns of `modal_data.csv`, in order: the classic eight, then the extra ones. */
export declare const SUMMARY_COLUMNS: readonly ["Modality", "Path", "DCM_Count", "Study Date", "Acquisition Time", "Subject_ID", "Subject_Sex", "Subject_Age", "Other_Count", "Error_Count", "Series_Count", "StudyInstanceUID", "SeriesInstanceUID", "Class_Source"];
export type SummaryColumn = (typeof SUMMARY_COLUMNS)[number];
/** One row per folder. Counts are numbers, everything else text (`''` when absent). */
export interface SummaryRow {
    Modality: string;
    Path: string;
    DCM_Count: number;
    'Study Date': string;
    'Acquisition Time': string;
    Subject_ID: string;
    Subject_Sex: string;
    Subject_Age: string;
    Other_Count: number;
    Error_Count: number;
    Series_Count: number;
    StudyInstanceUID: string;
    SeriesInstanceUID: string;
    Class_Source: string;
}
/** Attributes the summary reads from each file (Modality for the class): what to pass to crawl() as `tags`. */
export declare const SUMMARY_TAGS: readonly ["Modality", "StudyDate", "AcquisitionTime", "PatientID", "PatientSex", "PatientAge", "StudyInstanceUID", "SeriesInstanceUID"];
/** Summary column -> attribute keyword of the folder's first file. */
declare const VALUE_COLUMNS: readonly [readonly ["Study Date", "StudyDate"], readonly ["Acquisition Time", "AcquisitionTime"], readonly ["Subject_ID", "PatientID"], readonly ["Subject_Sex", "PatientSex"], readonly ["Subject_Age", "PatientAge"], readonly ["StudyInstanceUID", "StudyInstanceUID"], readonly ["SeriesInstanceUID", "SeriesInstanceUID"]];
type FirstValues = Record<(typeof VALUE_COLUMNS)[number][1], string>;
/**
 * What is known about one folder while its records pass. Holds counters, the
 * values of one file, and (while the folder is open) the set of series UIDs:
 * nothing per file survives the folder.
 */
export interface FolderState {
    /** The folder as the user gave its root (the `Path` column). */
    path: string;
    /** The folder relative to its root, for path classification. */
    rel: string;
    dcm: number;
    other: number;
    errors: number;
    /** Distinct classes of the folder's DICOM files, in order of first appearance. */
    classes: string[];
    sources: string[];
    /** Series UIDs while the folder is open; `null` once finished (the count is kept in `seriesCount`). */
    series: Set<string> | null;
    seriesCount: number;
    first: FirstValues | null;
    /** Whether `first` came from a file read without error. */
    firstReadable: boolean;
    /** Something below this folder arrived: a folder with sub-folders and no files is a container, not a series folder. */
    hasSubfolders: boolean;
    /** The folder itself could not be read. */
    unreadable: boolean;
}
/** Where a record belongs: the folder it describes (announcement, unreadable folder) or the folder holding it. */
export declare function folderOf(record: Pick<DicomRecord, 'path' | 'root' | 'dir' | 'status' | 'error_code'>): {
    path: string;
    rel: string;
    kind: 'folder' | 'unreadable-folder' | 'file';
};
/** `root` joined with a relative folder the way the walk joins paths (no doubled `/`). */
export declare function joinFolder(root: string, rel: string): string;
/** True when `child` is strictly below `parent`. */
export declare function isBelow(parent: string, child: string): boolean;
export declare function newFolder(path: string, rel: string): FolderState;
/**
 * Accounts one record in its folder's state. Files: DICOM (readable or not)
 * count in DCM_Count, all others (not DICOM, unreadable, skipped links and
 * devices) in Other_Count; any file with an error also counts in Error_Count.
 */
export declare function addRecord(state: FolderState, record: DicomRecord, kind: 'folder' | 'unreadable-folder' | 'file'): void;
/** Drops the folder's per-file working state (the series set); the counters stay. */
export declare function closeFolder(state: FolderState): void;
/**
 * Opens a finished folder again, for input not in walk order. Its first
 * series is seeded so it is not counted twice; another series split across
 * both visits is (documented: Series_Count may then overcount).
 */
export declare function reopenFolder(state: FolderState): void;
/**
 * The folder's row, or `null` when the folder is not reported. Reported: a
 * folder holding DICOM files with a class, and a folder whose path matches a
 * template (the empty, broken or non-DICOM folder) unless it only holds
 * sub-folders. A folder whose DICOM files have several classes gets them all,
 * joined by `+` in order of first appearance (`CT+PET`), never just one.
 */
export declare function folderRow(state: FolderState, templates: Templates, match: PathMatch): SummaryRow | null;
/**
 * Row order: `Study Date`, then `Acquisition Time` (both text as stored,
 * `YYYYMMDD` and `HHMMSS.FFFFFF`, which sort as they read), each ascending
 * with empty values last, then `Path`. A time of day alone put 08:00 on one
 * day before 09:00 on a day years earlier.
 */
export declare function compareRows(a: SummaryRow, b: SummaryRow): number;
export {};
