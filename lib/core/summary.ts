import { classifyPath, type PathMatch } from './classify.js'
import type { Templates } from './templates.js'
import type { DicomRecord } from '../types.js'

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
] as const)

export type SummaryColumn = (typeof SUMMARY_COLUMNS)[number]

/** One row per folder. Counts are numbers, everything else text (`''` when absent). */
export interface SummaryRow {
  Modality: string
  Path: string
  DCM_Count: number
  'Study Date': string
  'Acquisition Time': string
  Subject_ID: string
  Subject_Sex: string
  Subject_Age: string
  Other_Count: number
  Error_Count: number
  Series_Count: number
  StudyInstanceUID: string
  SeriesInstanceUID: string
  Class_Source: string
}

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
] as const)

/** Summary column -> attribute keyword of the folder's first file. */
const VALUE_COLUMNS = Object.freeze([
  ['Study Date', 'StudyDate'],
  ['Acquisition Time', 'AcquisitionTime'],
  ['Subject_ID', 'PatientID'],
  ['Subject_Sex', 'PatientSex'],
  ['Subject_Age', 'PatientAge'],
  ['StudyInstanceUID', 'StudyInstanceUID'],
  ['SeriesInstanceUID', 'SeriesInstanceUID'],
] as const)

type FirstValues = Record<(typeof VALUE_COLUMNS)[number][1], string>

/**
 * What is known about one folder while its records pass. Holds counters, the
 * values of one file, and (while the folder is open) the set of series UIDs:
 * nothing per file survives the folder.
 */
export interface FolderState {
  /** The folder as the user gave its root (the `Path` column). */
  path: string
  /** The folder relative to its root, for path classification. */
  rel: string
  dcm: number
  other: number
  errors: number
  /** Distinct classes of the folder's DICOM files, in order of first appearance. */
  classes: string[]
  sources: string[]
  /** Series UIDs while the folder is open; `null` once finished (the count is kept in `seriesCount`). */
  series: Set<string> | null
  seriesCount: number
  first: FirstValues | null
  /** Whether `first` came from a file read without error. */
  firstReadable: boolean
  /** Something below this folder arrived: a folder with sub-folders and no files is a container, not a series folder. */
  hasSubfolders: boolean
  /** The folder itself could not be read. */
  unreadable: boolean
}

/** Where a record belongs: the folder it describes (announcement, unreadable folder) or the folder holding it. */
export function folderOf(record: Pick<DicomRecord, 'path' | 'root' | 'dir' | 'status' | 'error_code'>): { path: string; rel: string; kind: 'folder' | 'unreadable-folder' | 'file' } {
  if (record.status === 'folder') return { path: record.path, rel: record.dir, kind: 'folder' }
  if (record.error_code === 'UNREADABLE_FOLDER') {
    return { path: record.path, rel: relativeTo(record.root, record.path), kind: 'unreadable-folder' }
  }
  // A single file given as root: its folder is the one holding it.
  if (record.dir === '' && record.path === record.root) {
    const cut = record.path.lastIndexOf('/')
    return { path: cut > 0 ? record.path.slice(0, cut) : cut === 0 ? '/' : '.', rel: '', kind: 'file' }
  }
  return { path: joinFolder(record.root, record.dir), rel: record.dir, kind: 'file' }
}

/** `root` joined with a relative folder the way the walk joins paths (no doubled `/`). */
export function joinFolder(root: string, rel: string): string {
  if (!rel) return root
  return root.endsWith('/') ? root + rel : `${root}/${rel}`
}

function relativeTo(root: string, path: string): string {
  if (path === root || !path.startsWith(root)) return ''
  return path.slice(root.length).replace(/^\/+/, '')
}

/** True when `child` is strictly below `parent`. */
export function isBelow(parent: string, child: string): boolean {
  const prefix = parent.endsWith('/') ? parent : `${parent}/`
  return child.length > prefix.length && child.startsWith(prefix)
}

export function newFolder(path: string, rel: string): FolderState {
  return { path, rel, dcm: 0, other: 0, errors: 0, classes: [], sources: [], series: new Set(), seriesCount: 0, first: null, firstReadable: false, hasSubfolders: false, unreadable: false }
}

/**
 * Accounts one record in its folder's state. Files: DICOM (readable or not)
 * count in DCM_Count, all others (not DICOM, unreadable, skipped links and
 * devices) in Other_Count; any file with an error also counts in Error_Count.
 */
export function addRecord(state: FolderState, record: DicomRecord, kind: 'folder' | 'unreadable-folder' | 'file'): void {
  if (kind === 'folder') return
  if (kind === 'unreadable-folder') {
    state.unreadable = true
    state.errors++
    return
  }
  const failed = record.status === 'error'
  if (failed) state.errors++
  if (record.dicom === 'none') {
    state.other++
    return
  }
  state.dcm++
  if (record.modality_class && !state.classes.includes(record.modality_class)) state.classes.push(record.modality_class)
  if (record.class_source && !state.sources.includes(record.class_source)) state.sources.push(record.class_source)
  const series = record.attributes.SeriesInstanceUID
  if (series) (state.series ??= new Set()).add(series)
  // Values come from the first file read without error, or the first DICOM file when none was.
  if (state.first === null || (!state.firstReadable && !failed)) {
    state.first = pickValues(record)
    state.firstReadable = !failed
  }
}

function pickValues(record: DicomRecord): FirstValues {
  const out = {} as FirstValues
  for (const [, keyword] of VALUE_COLUMNS) out[keyword] = record.attributes[keyword] ?? ''
  return out
}

/** Drops the folder's per-file working state (the series set); the counters stay. */
export function closeFolder(state: FolderState): void {
  if (state.series) {
    state.seriesCount += state.series.size
    state.series = null
  }
}

/**
 * Opens a finished folder again, for input not in walk order. Its first
 * series is seeded so it is not counted twice; another series split across
 * both visits is (documented: Series_Count may then overcount).
 */
export function reopenFolder(state: FolderState): void {
  if (state.series) return
  const first = state.first?.SeriesInstanceUID
  state.series = new Set(first ? [first] : [])
  if (first) state.seriesCount--
}

/**
 * The folder's row, or `null` when the folder is not reported. Reported: a
 * folder holding DICOM files with a class, and a folder whose path matches a
 * template (the empty, broken or non-DICOM folder) unless it only holds
 * sub-folders. A folder whose DICOM files have several classes gets them all,
 * joined by `+` in order of first appearance (`CT+PET`), never just one.
 */
export function folderRow(state: FolderState, templates: Templates, match: PathMatch): SummaryRow | null {
  const files = state.dcm + state.other
  let modality = state.classes.join('+')
  let source = state.sources.join('+')
  if (!modality) {
    const pathClass = classifyPath(templates, state.rel, match)
    if (!pathClass) return null
    // A parent folder (study, patient) whose name matches: its series folders are the rows.
    if (files === 0 && state.hasSubfolders && !state.unreadable) return null
    modality = pathClass
    source = 'path'
  }
  const first = state.first
  const row: SummaryRow = {
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
  }
  return row
}

/**
 * Row order: `Study Date`, then `Acquisition Time` (both text as stored,
 * `YYYYMMDD` and `HHMMSS.FFFFFF`, which sort as they read), each ascending
 * with empty values last, then `Path`. A time of day alone put 08:00 on one
 * day before 09:00 on a day years earlier.
 */
export function compareRows(a: SummaryRow, b: SummaryRow): number {
  return compareFilledFirst(a['Study Date'], b['Study Date']) || compareFilledFirst(a['Acquisition Time'], b['Acquisition Time']) || (a.Path < b.Path ? -1 : a.Path > b.Path ? 1 : 0)
}

/** Ascending, empty values after every filled one. */
function compareFilledFirst(a: string, b: string): number {
  if (a === b) return 0
  if (!a) return 1
  if (!b) return -1
  return a < b ? -1 : 1
}
