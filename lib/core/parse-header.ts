import { createRequire } from 'node:module'
import type { DataSet, Element } from 'dicom-parser'
import { describeThrown, type RecordErrorCode } from '../errors.js'
import { detectRawEncoding, LONG_VRS, type Detection, type RawEncoding } from './detect-dicom.js'
import { decodeTextAt } from './decode-text.js'
import { dictionaryVr, type TagSpec } from './tags.js'
import { ScanSlots, scanElements, vrName, type ScanWanted } from './scan-elements.js'

/** Values keyed by keyword: `null` when absent, `""` when present but empty. */
export type AttributeValues = Record<string, string | null>

export interface HeaderResult {
  values: AttributeValues
  /** What went wrong and where, when the header could not be parsed to its end. */
  error?: string
  /** The stable code of `error` (RECORD_ERRORS in lib/errors.ts). */
  code?: RecordErrorCode
  /**
   * The prefix ended before every wanted attribute was reached and the file is
   * longer: read a larger prefix and parse again.
   */
  needMore: boolean
}

export interface ParseOptions {
  /** Cap on inflated bytes for deflated files, so a small file cannot inflate without bound. */
  maxInflatedBytes?: number
  /** No larger prefix will be read: report what this one holds instead of asking for more. */
  final?: boolean
  /**
   * Find the wanted elements with our header scan, and run dicom-parser's
   * full parse only when the scan is unsure. Default `true`; `false` always
   * runs the full parse (the tests compare the two).
   */
  scan?: boolean
}

// Loaded with require, and only when our scan hands a file over: importing
// this CommonJS bundle as ESM cost about 9 MB more resident memory (Node 20
// analyses its exports), and loading it (with node:zlib) at start-up, time.
const require = createRequire(import.meta.url)
let loadedParser: typeof import('dicom-parser') | undefined
const dicomParserModule = (): typeof import('dicom-parser') => (loadedParser ??= require('dicom-parser') as typeof import('dicom-parser'))

const PIXEL_DATA = 'x7fe00010'
const CHARSET_TAG = 0x00080005
const TRANSFER_SYNTAX_TAG = 0x00020010
const IMPLICIT_LE = '1.2.840.10008.1.2'
const EXPLICIT_BE = '1.2.840.10008.1.2.2'
const DEFLATED = '1.2.840.10008.1.2.1.99'
const DEFAULT_MAX_INFLATED = 64 * 1024 * 1024

const NUMERIC_VRS: Record<string, (ds: DataSet, key: string, i: number) => number | undefined> = {
  US: (ds, k, i) => ds.uint16(k, i),
  SS: (ds, k, i) => ds.int16(k, i),
  UL: (ds, k, i) => ds.uint32(k, i),
  SL: (ds, k, i) => ds.int32(k, i),
  FL: (ds, k, i) => ds.float(k, i),
  FD: (ds, k, i) => ds.double(k, i),
}
const NUMERIC_SIZE: Record<string, number> = { US: 2, SS: 2, UL: 4, SL: 4, FL: 4, FD: 8 }
const BINARY_VRS = new Set(['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'SQ', 'UN', 'SV', 'UV'])

interface Parsed {
  meta?: DataSet
  body?: DataSet
  failure?: string
  /** Offsets in messages are file offsets, except in a deflated body. */
  inflated: boolean
}

/**
 * Parses the head prefix of a DICOM file (`head`, the first bytes of a file of
 * `fileSize` bytes) and returns the wanted top-level attributes. Never throws:
 * a file that cannot be parsed to its end yields what was read and an error.
 */
export function parseHeader(
  head: Uint8Array,
  fileSize: number,
  detection: Detection,
  tags: readonly TagSpec[],
  options: ParseOptions = {},
): HeaderResult {
  const wholeFile = head.length >= fileSize
  // The common case: our header scan and values read straight from the bytes.
  // Anything it is unsure of goes to dicom-parser's parse below, with its messages.
  if (options.scan !== false) {
    const fast = parseScanned(head, fileSize, detection, tags, wholeFile, options)
    if (fast) return fast
  }
  const parsed = detection.kind === 'raw' ? parseRaw(head, fileSize, detection.encoding) : parsePart10(head, fileSize, options)
  const values: AttributeValues = {}
  const { meta, body, failure } = parsed
  if (!meta && !body) {
    for (const t of tags) values[t.keyword] = null
    return { values, error: `cannot parse header: ${failure}`, code: 'HEADER_UNPARSABLE', needMore: false }
  }
  const reachedPixels = body?.elements[PIXEL_DATA] !== undefined
  const lastTag = body ? lastTopLevel(body).number : 0
  const maxWanted = tags.reduce((m, t) => Math.max(m, t.number), 0)
  const readAllWanted = reachedPixels || lastTag >= maxWanted
  if (!wholeFile && !options.final && !readAllWanted) return { values, needMore: true }

  const charset = body ? readCharset(body) : undefined
  const problems: string[] = []
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!
    const ds = t.number < 0x00030000 ? meta : body
    const el = ds?.elements[t.key]
    if (!ds || !el || el.dataOffset === undefined) {
      values[t.keyword] = null
      continue
    }
    if (el.length > 0 && el.dataOffset + el.length > ds.byteArray.length) {
      values[t.keyword] = null
      problems.push(`${t.keyword} value at offset ${el.dataOffset} runs past the end of the ${wholeFile ? 'file' : 'read limit'}`)
      continue
    }
    values[t.keyword] = elementValue(ds, el, t, charset)
  }
  // A parse that stopped at the end of a prefix after every wanted attribute is not an error:
  // the rest of the file was never meant to be read.
  if (failure && (wholeFile || !readAllWanted)) {
    const what = wholeFile ? 'truncated or malformed header' : 'header larger than the read limit, or malformed'
    return { values, error: `${what}: ${failure}${describeWhere(body ?? meta, parsed.inflated)}`, code: wholeFile ? 'HEADER_MALFORMED' : 'HEADER_TOO_LARGE', needMore: false }
  }
  if (problems.length) return { values, error: `truncated: ${problems.join('; ')}`, code: 'VALUE_TRUNCATED', needMore: false }
  return { values, needMore: false }
}

/** How the scan reads one list of tags: slots for the meta group and the dataset, where a prefix may stop. */
interface Plan {
  meta: ScanWanted
  metaOut: ScanSlots
  whole: ScanWanted
  prefix: ScanWanted
  bodyOut: ScanSlots
  maxWanted: number
}
/** TransferSyntaxUID and SpecificCharacterSet take slot 0 of the meta group's and the dataset's slots. */
const TS_SLOT = 0
const CHARSET_SLOT = 0
const plans = new WeakMap<readonly TagSpec[], Plan>()
function planFor(tags: readonly TagSpec[]): Plan {
  let plan = plans.get(tags)
  if (!plan) {
    const metaSlots = new Map<number, number>([[TRANSFER_SYNTAX_TAG, TS_SLOT]])
    const bodySlots = new Map<number, number>([[CHARSET_TAG, CHARSET_SLOT]])
    for (const t of tags) {
      const slots = t.number < 0x00030000 ? metaSlots : bodySlots
      if (!slots.has(t.number)) slots.set(t.number, slots.size)
    }
    const after = tags.reduce((m, t) => Math.max(m, t.number), CHARSET_TAG)
    plan = {
      meta: { slots: metaSlots },
      metaOut: new ScanSlots(metaSlots.size),
      whole: { slots: bodySlots },
      // A prefix may stop right after the last wanted tag; past the pixel data there is nothing to stop for.
      prefix: after >= 0x7fe00010 ? { slots: bodySlots } : { slots: bodySlots, after },
      bodyOut: new ScanSlots(bodySlots.size),
      maxWanted: tags.reduce((m, t) => Math.max(m, t.number), 0),
    }
    plans.set(tags, plan)
  }
  return plan
}

/**
 * parseHeader by our header scan (lib/core/scan-elements.ts), reading the
 * values straight from the bytes: no object per element, no DataSet. Returns
 * undefined, and dicom-parser parses instead, for anything but clean little
 * endian data: big endian, deflated, a meta group cut short, bytes the scan
 * is unsure of, an AT value. The results equal dicom-parser's (tested on
 * pydicom's corpus and on fuzzed files).
 */
function parseScanned(head: Uint8Array, fileSize: number, detection: Detection, tags: readonly TagSpec[], wholeFile: boolean, options: ParseOptions): HeaderResult | undefined {
  const plan = planFor(tags)
  let start = 0
  let encoding: RawEncoding
  let haveMeta = false
  if (detection.kind === 'raw') {
    const enc = detection.encoding ?? detectRawEncoding(head, fileSize)
    if (!enc) return undefined
    encoding = enc
  } else {
    start = metaEnd(head)
    if (head.length < 132 || start >= head.length || !scanElements(head, 132, true, plan.meta, plan.metaOut, start)) return undefined
    haveMeta = true
    const m = plan.metaOut
    const declared = m.found[TS_SLOT] ? fixedString(head, m.offset[TS_SLOT]!, m.length[TS_SLOT]!) : undefined
    if (declared === DEFLATED) return undefined
    encoding = datasetEncoding(head, start, fileSize, declared)
  }
  if (encoding === 'explicit-be' || start >= head.length) return undefined
  const body = plan.bodyOut
  if (!scanElements(head, start, encoding === 'explicit-le', wholeFile ? plan.whole : plan.prefix, body)) return undefined
  const values: AttributeValues = {}
  const readAllWanted = body.reachedPixels || body.lastTag >= plan.maxWanted
  if (!wholeFile && !options.final && !readAllWanted) return { values, needMore: true }
  const cs = CHARSET_SLOT
  const charset = body.found[cs] && body.length[cs]! > 0 && body.offset[cs]! + body.length[cs]! <= head.length ? decodeTextAt(head, body.offset[cs]!, body.offset[cs]! + body.length[cs]!, 'CS', undefined) : undefined
  let problems: string[] | undefined
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!
    const inMeta = t.number < 0x00030000
    const out = inMeta ? plan.metaOut : body
    const slot = (inMeta ? plan.meta : plan.whole).slots.get(t.number)!
    if ((inMeta && !haveMeta) || !out.found[slot]) {
      values[t.keyword] = null
      continue
    }
    const offset = out.offset[slot]!
    const length = out.length[slot]!
    if (length > 0 && offset + length > head.length) {
      values[t.keyword] = null
      ;(problems ??= []).push(`${t.keyword} value at offset ${offset} runs past the end of the ${wholeFile ? 'file' : 'read limit'}`)
      continue
    }
    const value = valueAt(head, offset, length, out.vr[slot]!, t, charset)
    if (value === undefined) return undefined
    values[t.keyword] = value
  }
  if (problems) return { values, error: `truncated: ${problems.join('; ')}`, code: 'VALUE_TRUNCATED', needMore: false }
  return { values, needMore: false }
}

/** dicom-parser's `string()`: the bytes up to the first NUL, one char each, trimmed. */
function fixedString(b: Uint8Array, offset: number, length: number): string | undefined {
  if (length === 0) return undefined
  let end = offset
  while (end < offset + length && b[end] !== 0) end++
  // Latin-1 maps each byte to the char of the same code, as String.fromCharCode does.
  // Any Uint8Array is viewed as a Buffer (no copy): spreading a long value into
  // String.fromCharCode's arguments overflowed the stack (RangeError).
  const bytes = Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength)
  return bytes.toString('latin1', offset, end).trim()
}

/** elementValue, from the bytes; undefined for what only dicom-parser's DataSet reads (AT). */
function valueAt(b: Uint8Array, offset: number, length: number, vrCode: number, spec: TagSpec, charset: string | undefined): string | null | undefined {
  let vr = vrCode ? vrName(vrCode) : undefined
  // Implicit VR says nothing, and UN hides the real VR: the dictionary knows it.
  if (!vr || vr === 'UN') vr = spec.vr ?? dictionaryVr(spec.key) ?? 'UN'
  if (length === 0) return ''
  const size = NUMERIC_SIZE[vr]
  if (size) {
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength)
    const read = LE_READERS[vr]!
    const count = Math.floor(length / size)
    let text = ''
    for (let i = 0; i < count; i++) text += (i ? '\\' : '') + String(read(view, offset + i * size))
    return text
  }
  if (vr === 'AT') return undefined
  if (BINARY_VRS.has(vr)) return null // bulk or nested data has no one-line text form
  return decodeTextAt(b, offset, offset + length, vr, charset)
}

const LE_READERS: Record<string, (v: DataView, at: number) => number> = {
  US: (v, at) => v.getUint16(at, true),
  SS: (v, at) => v.getInt16(at, true),
  UL: (v, at) => v.getUint32(at, true),
  SL: (v, at) => v.getInt32(at, true),
  FL: (v, at) => v.getFloat32(at, true),
  FD: (v, at) => v.getFloat64(at, true),
}

function parseRaw(head: Uint8Array, fileSize: number, encoding: RawEncoding | undefined): Parsed {
  const enc = encoding ?? detectRawEncoding(head, fileSize)
  if (!enc) return { failure: 'no recognisable dataset at byte 0', inflated: false }
  return { ...parseBody(head, 0, enc), inflated: false }
}

function parsePart10(head: Uint8Array, fileSize: number, options: ParseOptions): Parsed {
  // The meta group ends where group 0002 ends; dicom-parser would read on
  // through a dataset that starts with a lower (odd) group.
  const start = metaEnd(head)
  let meta: DataSet
  try {
    meta = dicomParserModule().readPart10Header(head.subarray(0, Math.min(start, head.length)))
  } catch (e) {
    return { failure: `file meta header: ${describeThrown(e)}`, inflated: false }
  }
  // A damaged length can make the element run past the bytes: dicom-parser's
  // string() then throws a plain string, so the bounds are checked first.
  const ts = meta.elements.x00020010
  const declared = ts && ts.dataOffset + ts.length <= meta.byteArray.length ? meta.string('x00020010')?.replace(/\0/g, '').trim() : undefined
  if (declared === DEFLATED) {
    let inflated: Uint8Array
    try {
      const zlib = require('node:zlib') as typeof import('node:zlib')
      inflated = zlib.inflateRawSync(head.subarray(start), {
        // A prefix ends mid-stream: return what inflates instead of failing.
        finishFlush: zlib.constants.Z_SYNC_FLUSH,
        maxOutputLength: options.maxInflatedBytes ?? DEFAULT_MAX_INFLATED,
      })
    } catch (e) {
      return { meta, failure: `deflated dataset cannot be inflated: ${describeThrown(e)}`, inflated: true }
    }
    return { meta, ...parseBody(inflated, 0, 'explicit-le'), inflated: true }
  }
  const encoding = datasetEncoding(head, start, fileSize, declared)
  if (start >= head.length) return { meta, inflated: false, ...(start > fileSize ? { failure: 'file ends inside the file meta header' } : {}) }
  return { meta, ...parseBody(head, start, encoding), inflated: false }
}

/**
 * How the dataset after the meta group is encoded. Some writers declare one
 * encoding and write another (pydicom reads such files by looking at the
 * first element): the bytes win when they disagree with the declaration.
 */
function datasetEncoding(head: Uint8Array, start: number, fileSize: number, declared: string | undefined): RawEncoding {
  const seen = start < head.length ? detectRawEncoding(head.subarray(start), fileSize - start, { afterMeta: true }) : undefined
  const declaredEncoding: RawEncoding | undefined =
    declared === IMPLICIT_LE ? 'implicit-le' : declared === EXPLICIT_BE ? 'explicit-be' : declared ? 'explicit-le' : undefined
  return seen ?? declaredEncoding ?? 'explicit-le'
}

/** Offset of the first byte after the group 0002 meta header (always explicit little endian). */
function metaEnd(b: Uint8Array): number {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength)
  let pos = 132
  while (pos + 8 <= b.length && view.getUint16(pos, true) === 0x0002) {
    const vr = String.fromCharCode(b[pos + 4]!, b[pos + 5]!)
    if (LONG_VRS.has(vr)) {
      if (pos + 12 > b.length) return b.length + 1
      pos += 12 + view.getUint32(pos + 8, true)
    } else {
      pos += 8 + view.getUint16(pos + 6, true)
    }
  }
  // Bytes ran out at an element boundary: only the group length can tell a
  // complete meta header from one cut short.
  if (pos >= b.length && b.length >= 144 && view.getUint32(128, false) === 0x4449434d && view.getUint16(132, true) === 2 && view.getUint16(134, true) === 0) {
    const declared = 144 + view.getUint32(140, true)
    if (declared > pos) return declared
  }
  return pos
}

function parseBody(bytes: Uint8Array, start: number, encoding: RawEncoding): { body?: DataSet; failure?: string } {
  const dicomParser = dicomParserModule()
  const parser = encoding === 'explicit-be' ? dicomParser.bigEndianByteArrayParser : dicomParser.littleEndianByteArrayParser
  let stream: InstanceType<typeof dicomParser.ByteStream>
  try {
    stream = new dicomParser.ByteStream(parser, bytes, start)
  } catch (e) {
    return { failure: describeThrown(e) }
  }
  const body = new (dicomParser as unknown as { DataSet: new (p: unknown, b: Uint8Array, e: object) => DataSet }).DataSet(parser, bytes, {})
  body.warnings = stream.warnings
  try {
    if (encoding === 'implicit-le') {
      dicomParser.parseDicomDataSetImplicit(body, stream, bytes.length, { untilTag: PIXEL_DATA })
    } else {
      dicomParser.parseDicomDataSetExplicit(body, stream, bytes.length, { untilTag: PIXEL_DATA })
    }
  } catch (e) {
    return { body, failure: describeThrown(e) }
  }
  return { body }
}


function lastTopLevel(ds: DataSet): { key: string; number: number } {
  // Keys are 'x' + 8 lower-case hex digits: string order is tag order, so no parse per key.
  let key = ''
  for (const k in ds.elements) if (k > key) key = k
  return { key, number: key ? parseInt(key.slice(1), 16) : -1 }
}

function readCharset(ds: DataSet): string | undefined {
  const el = ds.elements.x00080005
  if (!el || el.length === 0 || el.dataOffset + el.length > ds.byteArray.length) return undefined
  return decodeTextAt(ds.byteArray, el.dataOffset, el.dataOffset + el.length, 'CS', undefined)
}

function elementValue(ds: DataSet, el: Element, spec: TagSpec, charset: string | undefined): string | null {
  let vr = el.vr
  // Implicit VR says nothing, and UN hides the real VR: the dictionary knows it.
  if (!vr || vr === 'UN') vr = spec.vr ?? dictionaryVr(el.tag) ?? 'UN'
  if (el.length === 0) return ''
  const numeric = NUMERIC_VRS[vr]
  if (numeric) {
    const count = Math.floor(el.length / NUMERIC_SIZE[vr]!)
    const parts: string[] = []
    for (let i = 0; i < count; i++) parts.push(String(numeric(ds, el.tag, i)))
    return parts.join('\\')
  }
  if (vr === 'AT') return ds.attributeTag(el.tag)?.slice(1).toUpperCase() ?? null
  if (BINARY_VRS.has(vr)) return null // bulk or nested data has no one-line text form
  return decodeTextAt(ds.byteArray, el.dataOffset, el.dataOffset + el.length, vr, charset)
}

function describeWhere(ds: DataSet | undefined, inflated: boolean): string {
  const last = ds ? lastTopLevel(ds) : undefined
  const el = last?.key ? ds?.elements[last.key] : undefined
  if (!last || !el) return ' (before the first element)'
  const tag = `(${last.key.slice(1, 5).toUpperCase()},${last.key.slice(5).toUpperCase()})`
  return ` (after element ${tag} at ${inflated ? 'inflated ' : ''}offset ${el.dataOffset})`
}
