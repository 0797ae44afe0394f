import { createRequire } from 'node:module'
import type * as CharacterSets from 'dicom-character-set'

// Loaded at the first value that is not plain ASCII in a declared character set (about 2.4 MB).
let characterSets: typeof CharacterSets | undefined
const require = createRequire(import.meta.url)

/** VRs whose bytes are in the file's SpecificCharacterSet; the rest are ASCII by definition. */
const CHARSET_VRS = new Set(['SH', 'LO', 'ST', 'LT', 'UT', 'PN', 'UC'])
/** Text VRs where leading spaces are significant (PS3.5 6.2); others are trimmed both ends. */
const KEEP_LEADING = new Set(['ST', 'LT', 'UT', 'PN'])

const latin1 = new TextDecoder('latin1')

/**
 * Decodes a text value as pydicom and DICOM readers present it: in the file's
 * character set, each of the backslash-separated values trimmed of padding
 * (spaces, NUL), joined again by `\`.
 */
export function decodeText(bytes: Uint8Array, vr: string, specificCharacterSet: string | undefined): string {
  let text: string
  if (CHARSET_VRS.has(vr) && specificCharacterSet && !isPlainAscii(bytes)) {
    characterSets ??= require('dicom-character-set') as typeof CharacterSets
    try {
      text = characterSets.convertBytes(specificCharacterSet, bytes, { vr })
    } catch {
      try {
        // Writers switch back to ASCII (ESC ( B) under a list that does not name it (pydicom reads such values).
        text = characterSets.convertBytes(`${specificCharacterSet}\\ISO 2022 IR 6`, bytes, { vr })
      } catch {
        // An unknown or broken character set: keep the bytes readable rather than lose the value.
        text = latin1.decode(bytes)
      }
    }
  } else {
    text = latin1.decode(bytes)
  }
  return normalize(text, vr)
}

/**
 * `decodeText(bytes.subarray(start, end), vr, charset)`, without the subarray
 * and with the common case (plain ASCII, one value) trimmed on the bytes and
 * made into a string once: a crawl decodes some twenty values per file.
 */
export function decodeTextAt(bytes: Uint8Array, start: number, end: number, vr: string, specificCharacterSet: string | undefined): string {
  let backslash = false
  for (let i = start; i < end; i++) {
    const c = bytes[i]!
    if (c > 0x7e || c === 0x1b) return decodeText(bytes.subarray(start, end), vr, specificCharacterSet)
    if (c === 0x5c) backslash = true
  }
  if (backslash) return normalize(asciiText(bytes, start, end), vr)
  let e = end
  while (e > start && (bytes[e - 1] === 0x20 || bytes[e - 1] === 0)) e--
  if (vr === 'PN') while (e > start && bytes[e - 1] === 0x3d) e-- // "A^B=" reads "A^B", as in pydicom
  let s = start
  if (!KEEP_LEADING.has(vr) && vr !== 'LT' && vr !== 'ST' && vr !== 'UT') while (s < e && bytes[s] === 0x20) s++
  return asciiText(bytes, s, e)
}

function asciiText(bytes: Uint8Array, start: number, end: number): string {
  if (end <= start) return ''
  return Buffer.isBuffer(bytes) ? bytes.toString('latin1', start, end) : latin1.decode(bytes.subarray(start, end))
}

function isPlainAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7e || bytes[i] === 0x1b) return false
  return true
}

function normalize(text: string, vr: string): string {
  if (vr === 'LT' || vr === 'ST' || vr === 'UT') return trimEnd(text) // single-valued, may contain backslashes
  const keepLeading = KEEP_LEADING.has(vr)
  let out = text.indexOf('\\') < 0 ? trimValue(text, keepLeading) : text.split('\\').map((v) => trimValue(v, keepLeading)).join('\\')
  // pydicom drops a trailing empty component group of a person name ("A^B=" reads "A^B").
  if (vr === 'PN') out = out.replace(/=+$/, '')
  return out
}

function trimValue(v: string, keepLeading: boolean): string {
  return keepLeading ? trimEnd(v) : trimEnd(v).replace(/^ +/, '')
}

function trimEnd(v: string): string {
  return v.replace(/[\0 ]+$/, '')
}
