import { isAscii } from 'node:buffer'
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
 * Bounds on what one value can cost in character-set conversion (PS3.5 6.1:
 * a SpecificCharacterSet names at most a few terms; ISO 2022 text switches
 * sets at each run of one script, a few times per name). dicom-character-set
 * makes a decoder per run, so a value that switches at every byte cost time
 * in proportion to its switches: past these bounds the value is read as
 * Latin-1, as a value in a character set we do not know is.
 */
const MAX_CHARSET_LENGTH = 1024
const MAX_CHARSET_SWITCHES = 4096
/** Values longer than this are scanned with Buffer's native search, shorter ones with a loop (no call per value). */
const LONG_VALUE = 256

/**
 * Decodes a text value as pydicom and DICOM readers present it: in the file's
 * character set, each of the backslash-separated values trimmed of padding
 * (spaces, NUL), joined again by `\`. Time linear in the value's length.
 */
export function decodeText(bytes: Uint8Array, vr: string, specificCharacterSet: string | undefined): string {
  let text: string
  if (CHARSET_VRS.has(vr) && specificCharacterSet && !isPlainAscii(bytes) && convertible(bytes, specificCharacterSet)) {
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

/** Within the bounds above: a character set of sane length, and (with code extensions) few switches. */
function convertible(bytes: Uint8Array, specificCharacterSet: string): boolean {
  if (specificCharacterSet.length > MAX_CHARSET_LENGTH) return false
  // One term without ISO 2022 is one decoder call for the whole value.
  if (!specificCharacterSet.includes('\\') && !specificCharacterSet.includes('2022')) return true
  // At most one run per escape sequence and per change between bytes below and above 0x80.
  let switches = 0
  let high = false
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!
    if (c === 0x1b || c > 0x7f !== high) {
      high = c > 0x7f
      if (++switches > MAX_CHARSET_SWITCHES) return false
    }
  }
  return true
}

/**
 * `decodeText(bytes.subarray(start, end), vr, charset)`, without the subarray
 * and with the common case (plain ASCII, one value) trimmed on the bytes and
 * made into a string once: a crawl decodes some twenty values per file.
 *
 * Linear in the value's length, whatever it holds: every step below looks at
 * each byte or character a fixed number of times. (The anchored trims
 * `/[\0 ]+$/` and `/=+$/` they replace backtracked: a run of spaces that did
 * not end the value cost time quadratic in its length, minutes for one file.)
 */
export function decodeTextAt(bytes: Uint8Array, start: number, end: number, vr: string, specificCharacterSet: string | undefined): string {
  const converted = CHARSET_VRS.has(vr) && specificCharacterSet !== undefined && specificCharacterSet !== ''
  let backslash = false
  if (end - start > LONG_VALUE) {
    const value = asBuffer(bytes).subarray(start, end)
    if (converted && (!isAscii(value) || value.indexOf(0x7f) >= 0 || value.indexOf(0x1b) >= 0)) return decodeText(value, vr, specificCharacterSet)
    backslash = value.indexOf(BACKSLASH) >= 0
  } else {
    for (let i = start; i < end; i++) {
      const c = bytes[i]!
      if (converted && (c > 0x7e || c === 0x1b)) return decodeText(bytes.subarray(start, end), vr, specificCharacterSet)
      if (c === BACKSLASH) backslash = true
    }
  }
  // Bytes are characters (ASCII, or Latin-1 for bytes past it): trimmed on the bytes.
  if (backslash && !SINGLE_VALUED.has(vr)) return trimValuesOfBytes(bytes, start, end, vr)
  const e = trimmedEnd(bytes, start, end, vr)
  return asciiText(bytes, trimmedStart(bytes, start, e, vr), e)
}

function asBuffer(b: Uint8Array): Buffer {
  return Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength)
}

/** Text VRs holding one value, backslashes included (PS3.5 6.2). */
const SINGLE_VALUED = new Set(['LT', 'ST', 'UT'])
const SPACE = 0x20
const NUL = 0
const BACKSLASH = 0x5c
const EQUALS = 0x3d

/** End of one value's bytes without its trailing padding (spaces, NUL; a person name's empty groups). */
function trimmedEnd(b: Uint8Array, start: number, end: number, vr: string): number {
  let e = end
  while (e > start && (b[e - 1] === SPACE || b[e - 1] === NUL)) e--
  if (vr === 'PN') while (e > start && b[e - 1] === EQUALS) e-- // "A^B=" reads "A^B", as in pydicom
  return e
}

function trimmedStart(b: Uint8Array, start: number, end: number, vr: string): number {
  let s = start
  if (!KEEP_LEADING.has(vr)) while (s < end && b[s] === SPACE) s++
  return s
}

/**
 * A multi-valued value: each value between backslashes trimmed, joined by
 * `\\` again; a person name's trailing `=` dropped from the whole. One pass
 * over the bytes, copying them into a buffer made into one string: a value's
 * trailing padding is copied, then cut when its end shows it was padding.
 */
function trimValuesOfBytes(b: Uint8Array, start: number, end: number, vr: string): string {
  const keepLeading = KEEP_LEADING.has(vr)
  const out = end - start <= scratch.length ? scratch : Buffer.allocUnsafe(end - start)
  let n = 0
  // Where the output ends if the current value ends here: after its last byte that is not padding.
  let kept = 0
  // Still in the current value's leading spaces, which are dropped.
  let leading = !keepLeading
  for (let i = start; i < end; i++) {
    const c = b[i]!
    if (c === BACKSLASH) {
      n = kept
      out[n++] = BACKSLASH
      kept = n
      leading = !keepLeading
    } else if (c === SPACE || c === NUL) {
      if (leading && c === SPACE) continue
      leading = false
      out[n++] = c
    } else {
      leading = false
      out[n++] = c
      kept = n
    }
  }
  n = kept
  // pydicom drops a trailing empty component group of a person name ("A^B=" reads "A^B").
  if (vr === 'PN') while (n > 0 && out[n - 1] === EQUALS) n--
  return out.toString('latin1', 0, n)
}

/** Reused for values up to 64 KiB (the longest a short-length VR can hold); longer ones get their own. */
const scratch = Buffer.allocUnsafe(64 * 1024)

function asciiText(bytes: Uint8Array, start: number, end: number): string {
  if (end <= start) return ''
  return Buffer.isBuffer(bytes) ? bytes.toString('latin1', start, end) : latin1.decode(bytes.subarray(start, end))
}

function isPlainAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7e || bytes[i] === 0x1b) return false
  return true
}

const SPACE_CHAR = 0x20
const NUL_CHAR = 0

/**
 * The same trims on decoded text (a character set's output), in one pass:
 * values between backslashes trimmed, joined again. The text is copied in
 * pieces only where something was trimmed.
 */
function normalize(text: string, vr: string): string {
  if (SINGLE_VALUED.has(vr)) return text.slice(0, trimEndOfText(text, 0, text.length))
  const keepLeading = KEEP_LEADING.has(vr)
  let out = ''
  // Text from `keptFrom` to `keptTo` still to go out unchanged, backslashes included.
  let keptFrom = 0
  let keptTo = 0
  let from = 0
  for (;;) {
    let to = text.indexOf('\\', from)
    if (to < 0) to = text.length
    const e = trimEndOfText(text, from, to)
    let s = from
    if (!keepLeading) while (s < e && text.charCodeAt(s) === SPACE_CHAR) s++
    if (s === keptTo) {
      keptTo = e
    } else {
      out += text.slice(keptFrom, keptTo)
      keptFrom = s
      keptTo = e
    }
    if (to >= text.length) break
    if (keptTo === to) {
      keptTo = to + 1
    } else {
      out += `${text.slice(keptFrom, keptTo)}\\`
      keptFrom = keptTo = to + 1
    }
    from = to + 1
  }
  out += text.slice(keptFrom, keptTo)
  if (vr !== 'PN') return out
  // pydicom drops a trailing empty component group of a person name ("A^B=" reads "A^B").
  let end = out.length
  while (end > 0 && out.charCodeAt(end - 1) === 0x3d) end--
  return end === out.length ? out : out.slice(0, end)
}

function trimEndOfText(text: string, from: number, to: number): number {
  let e = to
  while (e > from) {
    const c = text.charCodeAt(e - 1)
    if (c !== SPACE_CHAR && c !== NUL_CHAR) break
    e--
  }
  return e
}
