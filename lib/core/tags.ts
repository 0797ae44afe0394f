import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PACKAGE_ROOT } from '../package-root.js'
import { CrawlerError } from '../errors.js'

/** An attribute to read, resolved once from a keyword or an 8-hex-digit tag. */
export interface TagSpec {
  /** Standard keyword (`PatientID`), or the tag itself (`00091001`) when the dictionary has none. */
  readonly keyword: string
  /** Tag as 8 upper-case hex digits, `00100020`. */
  readonly tag: string
  /** dicom-parser's element key, `x00100020`. */
  readonly key: string
  /** VR from the data dictionary; used when the file does not say (implicit VR, or UN). */
  readonly vr: string | undefined
  /** Numeric tag, for ordering and the "have we read far enough" check. */
  readonly number: number
}

/** The attributes read when the user names none. */
export const DEFAULT_TAGS: readonly string[] = Object.freeze([
  'SOPClassUID',
  'SOPInstanceUID',
  'Modality',
  'PatientID',
  'PatientName',
  'PatientSex',
  'PatientAge',
  'StudyDate',
  'StudyTime',
  'AcquisitionDate',
  'AcquisitionTime',
  'StudyInstanceUID',
  'SeriesInstanceUID',
  'SeriesNumber',
  'InstanceNumber',
  'SeriesDescription',
  'StudyDescription',
  'ProtocolName',
  'TransferSyntaxUID',
])

/**
 * The file meta group (PS3.6 table 7-1) is missing from the data dictionary
 * package, which covers only the dataset; TransferSyntaxUID is a default tag.
 */
const META_ELEMENTS: Readonly<Record<string, { keyword: string; vr: string }>> = Object.freeze({
  '00020000': { keyword: 'FileMetaInformationGroupLength', vr: 'UL' },
  '00020001': { keyword: 'FileMetaInformationVersion', vr: 'OB' },
  '00020002': { keyword: 'MediaStorageSOPClassUID', vr: 'UI' },
  '00020003': { keyword: 'MediaStorageSOPInstanceUID', vr: 'UI' },
  '00020010': { keyword: 'TransferSyntaxUID', vr: 'UI' },
  '00020012': { keyword: 'ImplementationClassUID', vr: 'UI' },
  '00020013': { keyword: 'ImplementationVersionName', vr: 'SH' },
  '00020016': { keyword: 'SourceApplicationEntityTitle', vr: 'AE' },
  '00020017': { keyword: 'SendingApplicationEntityTitle', vr: 'AE' },
  '00020018': { keyword: 'ReceivingApplicationEntityTitle', vr: 'AE' },
  '00020100': { keyword: 'PrivateInformationCreatorUID', vr: 'UI' },
  '00020102': { keyword: 'PrivateInformation', vr: 'OB' },
})

/**
 * The attributes nearly every run asks for (the default and summary ones, and
 * SpecificCharacterSet), so resolving them does not load the whole
 * dictionary: that took about 25 ms of a run's start-up. A test keeps this
 * table equal to the dictionary.
 */
export const COMMON_ELEMENTS: Readonly<Record<string, readonly [string, string]>> = Object.freeze({
  SOPClassUID: ['00080016', 'UI'],
  SOPInstanceUID: ['00080018', 'UI'],
  Modality: ['00080060', 'CS'],
  PatientID: ['00100020', 'LO'],
  PatientName: ['00100010', 'PN'],
  PatientSex: ['00100040', 'CS'],
  PatientAge: ['00101010', 'AS'],
  StudyDate: ['00080020', 'DA'],
  StudyTime: ['00080030', 'TM'],
  AcquisitionDate: ['00080022', 'DA'],
  AcquisitionTime: ['00080032', 'TM'],
  StudyInstanceUID: ['0020000D', 'UI'],
  SeriesInstanceUID: ['0020000E', 'UI'],
  SeriesNumber: ['00200011', 'IS'],
  InstanceNumber: ['00200013', 'IS'],
  SeriesDescription: ['0008103E', 'LO'],
  StudyDescription: ['00081030', 'LO'],
  ProtocolName: ['00181030', 'LO'],
  SpecificCharacterSet: ['00080005', 'CS'],
})

/**
 * The data dictionary (@iwharris/dicom-data-dictionary) reduced to keyword ->
 * [tag, VR] by scripts/compact-dictionary.mjs: the package itself costs about
 * 27 MB of memory once loaded, this table about 1 MB. Read when a keyword or
 * tag outside COMMON_ELEMENTS is asked for.
 */
let byKeyword: Record<string, [string, string]> | undefined
export function dictionary(): Readonly<Record<string, readonly [string, string]>> {
  byKeyword ??= (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'dist', 'lib', 'core', 'dictionary.json'), 'utf8')) as { elements: Record<string, [string, string]> }).elements
  return byKeyword
}
let byTag: Map<string, string> | undefined

function lookup(key: string): { keyword: string; vr: string; tag: string } | undefined {
  const metaTag = Object.keys(META_ELEMENTS).find((t) => t === key.toUpperCase() || META_ELEMENTS[t]!.keyword === key)
  if (metaTag) return { ...META_ELEMENTS[metaTag]!, tag: metaTag }
  const common = Object.hasOwn(COMMON_ELEMENTS, key) ? COMMON_ELEMENTS[key] : undefined
  if (common) return { keyword: key, tag: common[0], vr: common[1] }
  const BY_KEYWORD = dictionary()
  let keyword = Object.hasOwn(BY_KEYWORD, key) ? key : undefined
  if (!keyword && /^[0-9A-Fa-f]{8}$/.test(key)) {
    byTag ??= new Map(Object.entries(BY_KEYWORD).map(([k, [tag]]) => [tag, k]))
    keyword = byTag.get(key.toUpperCase())
  }
  const entry = keyword ? BY_KEYWORD[keyword] : undefined
  return keyword && entry ? { keyword, tag: entry[0], vr: entry[1] } : undefined
}

const HEX_TAG = /^\(?([0-9A-Fa-f]{4}),?([0-9A-Fa-f]{4})\)?$/

/** Resolves one keyword or tag; throws CrawlerError('BAD_TAG') for an unknown keyword. */
export function resolveTag(name: string): TagSpec {
  const trimmed = name.trim()
  const hex = HEX_TAG.exec(trimmed)
  if (hex) {
    const tag = `${hex[1]}${hex[2]}`.toUpperCase()
    const known = lookup(tag)
    return makeSpec(known?.keyword || tag, tag, known?.vr)
  }
  const known = /^[A-Za-z][A-Za-z0-9]*$/.test(trimmed) ? lookup(trimmed) : undefined
  if (!known || known.keyword !== trimmed) {
    throw new CrawlerError('BAD_TAG', `unknown DICOM keyword "${name}" (use a standard keyword like PatientID, or an 8-hex-digit tag like 00100020)`)
  }
  const tag = known.tag
  if (!/^[0-9A-F]{8}$/.test(tag)) {
    throw new CrawlerError('BAD_TAG', `"${name}" is a repeating-group attribute (${known.tag}); name one tag of it in hex, e.g. 60003000`)
  }
  return makeSpec(known.keyword, tag, known.vr)
}

function makeSpec(keyword: string, tag: string, vr: string | undefined): TagSpec {
  // Dictionary VRs like "US or SS" or "OB or OW": keep the first; only text matters here.
  const firstVr = vr ? vr.split(/\s+or\s+|\s*\/\s*/)[0]?.trim() : undefined
  return Object.freeze({ keyword, tag, key: `x${tag.toLowerCase()}`, vr: firstVr || undefined, number: parseInt(tag, 16) })
}

/** Resolves a list, dropping repeats but keeping the user's order. */
export function resolveTags(names: readonly string[]): readonly TagSpec[] {
  const seen = new Set<string>()
  const out: TagSpec[] = []
  for (const name of names) {
    if (!name.trim()) continue
    const spec = resolveTag(name)
    if (seen.has(spec.tag)) continue
    seen.add(spec.tag)
    out.push(spec)
  }
  return Object.freeze(out)
}

/** VR of a tag from the dictionary, for elements read without an explicit VR. */
export function dictionaryVr(key: string): string | undefined {
  let vr = vrCache.get(key)
  if (vr === undefined) {
    vr = lookup(key.slice(1))?.vr.split(/\s+or\s+/)[0]?.trim() ?? ''
    vrCache.set(key, vr)
  }
  return vr || undefined
}
// Bounded by the number of distinct tags in the dictionary, not by files.
const vrCache = new Map<string, string>()
