import { classifyPath } from './classify.js';
/** The columns of `modal_data.csv`, in order: the classic eight, then the extra ones. */
export const SUMMARY_COLUMNS = Object.freeze([
    'Modality',
    'Path',
    'DCM_Count',
    'Study Date',
    'Acquisition Time',
    'Subject_ID',
    'Subject_Sex',
    'Subject_Age',
    'Other_Count',
    'Error_Count',
    'Series_Count',
    'StudyInstanceUID',
    'SeriesInstanceUID',
    'Class_Source',
]);
/** Attributes the summary reads from each file (Modality for the class): what to pass to crawl() as `tags`. */
export const SUMMARY_TAGS = Object.freeze([
    'Modality',
    'StudyDate',
    'AcquisitionTime',
    'PatientID',
    'PatientSex',
    'PatientAge',
    'StudyInstanceUID',
    'SeriesInstanceUID',
]);
/** Summary column -> attribute keyword of the folder's first file. */
const VALUE_COLUMNS = Object.freeze([
    ['Study Date', 'StudyDate'],
    ['Acquisition Time', 'AcquisitionTime'],
    ['Subject_ID', 'PatientID'],
    ['Subject_Sex', 'PatientSex'],
    ['Subject_Age', 'PatientAge'],
    ['StudyInstanceUID', 'StudyInstanceUID'],
    ['SeriesInstanceUID', 'SeriesInstanceUID'],
]);
/** Where a record belongs: the folder it describes (announcement, unreadable folder) or the folder holding it. */
export function folderOf(record) {
    if (record.status === 'folder')
        return { path: record.path, rel: record.dir, kind: 'folder' };
    if (record.error_code === 'UNREADABLE_FOLDER') {
        return { path: record.path, rel: relativeTo(record.root, record.path), kind: 'unreadable-folder' };
    }
    // A single file given as root: its folder is the one holding it.
    if (record.dir === '' && record.path === record.root) {
        const cut = record.path.lastIndexOf('/');
        return { path: cut > 0 ? record.path.slice(0, cut) : cut === 0 ? '/' : '.', rel: '', kind: 'file' };
    }
    return { path: joinFolder(record.root, record.dir), rel: record.dir, kind: 'file' };
}
/** `root` joined with a relative folder the way the walk joins paths (no doubled `/`). */
export function joinFolder(root, rel) {
    if (!rel)
        return root;
    return root.endsWith('/') ? root + rel : `${root}/${rel}`;
}
function relativeTo(root, path) {
    if (path === root || !path.startsWith(root))
        return '';
    return path.slice(root.length).replace(/^\/+/, '');
}
/** True when `child` is strictly below `parent`. */
export function isBelow(parent, child) {
    const prefix = parent.endsWith('/') ? parent : `${parent}/`;
    return child.length > prefix.length && child.startsWith(prefix);
}
export function newFolder(path, rel) {
    return { path, rel, dcm: 0, other: 0, errors: 0, classes: [], sources: [], series: new Set(), seriesCount: 0, first: null, firstReadable: false, hasSubfolders: false, unreadable: false };
}
/**
 * Accounts one record in its folder's state. Files: DICOM (readable or not)
 * count in DCM_Count, all others (not DICOM, unreadable, skipped links and
 * devices) in Other_Count; any file with an error also counts in Error_Count.
 */
export function addRecord(state, record, kind) {
    if (kind === 'folder')
        return;
    if (kind === 'unreadable-folder') {
        state.unreadable = true;
        state.errors++;
        return;
    }
    const failed = record.status === 'error';
    if (failed)
        state.errors++;
    if (record.dicom === 'none') {
        state.other++;
        return;
    }
    state.dcm++;
    if (record.modality_class && !state.classes.includes(record.modality_class))
        state.classes.push(record.modality_class);
    if (record.class_source && !state.sources.includes(record.class_source))
        state.sources.push(record.class_source);
    const series = record.attributes.SeriesInstanceUID;
    if (series)
        (state.series ??= new Set()).add(series);
    // Values come from the first file read without error, or the first DICOM file when none was.
    if (state.first === null || (!state.firstReadable && !failed)) {
        state.first = pickValues(record);
        state.firstReadable = !failed;
    }
}
function pickValues(record) {
    const out = {};
    for (const [, keyword] of VALUE_COLUMNS)
        out[keyword] = record.attributes[keyword] ?? '';
    return out;
}
/** Drops the folder's per-file working state (the series set); the counters stay. */
export function closeFolder(state) {
    if (state.series) {
        state.seriesCount += state.series.size;
        state.series = null;
    }
}
/**
 * Opens a finished folder again, for input not in walk order. Its first
 * series is seeded so it is not counted twice; another series split across
 * both visits is (documented: Series_Count may then overcount).
 */
export function reopenFolder(state) {
    if (state.series)
        return;
    const first = state.first?.SeriesInstanceUID;
    state.series = new Set(first ? [first] : []);
    if (first)
        state.seriesCount--;
}
/**
 * The folder's row, or `null` when the folder is not reported. Reported: a
 * folder holding DICOM files with a class, and a folder whose path matches a
 * template (the empty, broken or non-DICOM folder) unless it only holds
 * sub-folders. A folder whose DICOM files have several classes gets them all,
 * joined by `+` in order of first appearance (`CT+PET`), never just one.
 */
export function folderRow(state, templates, match) {
    const files = state.dcm + state.other;
    let modality = state.classes.join('+');
    let source = state.sources.join('+');
    if (!modality) {
        const pathClass = classifyPath(templates, state.rel, match);
        if (!pathClass)
            return null;
        // A parent folder (study, patient) whose name matches: its series folders are the rows.
        if (files === 0 && state.hasSubfolders && !state.unreadable)
            return null;
        modality = pathClass;
        source = 'path';
    }
    const first = state.first;
    const row = {
        Modality: modality,
        Path: state.path,
        DCM_Count: state.dcm,
        'Study Date': first?.StudyDate ?? '',
        'Acquisition Time': first?.AcquisitionTime ?? '',
        Subject_ID: first?.PatientID ?? '',
        Subject_Sex: first?.PatientSex ?? '',
        Subject_Age: first?.PatientAge ?? '',
        Other_Count: state.other,
        Error_Count: state.errors,
        Series_Count: state.seriesCount + (state.series?.size ?? 0),
        StudyInstanceUID: first?.StudyInstanceUID ?? '',
        SeriesInstanceUID: first?.SeriesInstanceUID ?? '',
        Class_Source: source,
    };
    return row;
}
/**
 * Row order: `Study Date`, then `Acquisition Time` (both text as stored,
 * `YYYYMMDD` and `HHMMSS.FFFFFF`, which sort as they read), each ascending
 * with empty values last, then `Path`. A time of day alone put 08:00 on one
 * day before 09:00 on a day years earlier.
 */
export function compareRows(a, b) {
    return compareFilledFirst(a['Study Date'], b['Study Date']) || compareFilledFirst(a['Acquisition Time'], b['Acquisition Time']) || (a.Path < b.Path ? -1 : a.Path > b.Path ? 1 : 0);
}
/** Ascending, empty values after every filled one. */
function compareFilledFirst(a, b) {
    if (a === b)
        return 0;
    if (!a)
        return 1;
    if (!b)
        return -1;
    return a < b ? -1 : 1;
}
//# sourceMappingURL=summary.js.map