import type { TagSpec } from './tags.js'
import type { DicomRecord } from '../types.js'

const FORMULA_START = /^[=+\-@\t\r]/
/** A cell with one of these is quoted (RFC 4180: delimiter, quote, line breaks). */
const NEEDS_QUOTES = /[",\n\r]/

/**
 * Formula escaping (for spreadsheets, off unless asked): a cell a spreadsheet
 * would run as a formula gets a leading `'`. Numbers are left alone: `-12.5`
 * is a value in every spreadsheet.
 */
export function escapeFormula(value: string): string {
  return FORMULA_START.test(value) && !isNumber(value) ? `'${value}` : value
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39
const isSign = (c: number) => c === 0x2b || c === 0x2d

/**
 * Whether the text is a decimal number, `[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?`,
 * by one pass over it: as a regular expression the two digit runs
 * backtracked against each other, quadratic in a long run of digits.
 */
export function isNumber(text: string): boolean {
  const n = text.length
  let i = isSign(text.charCodeAt(0)) ? 1 : 0
  let digits = 0
  while (i < n && isDigit(text.charCodeAt(i))) i++, digits++
  if (text.charCodeAt(i) === 0x2e) {
    i++
    while (i < n && isDigit(text.charCodeAt(i))) i++, digits++
  }
  if (digits === 0) return false
  if (i < n && (text.charCodeAt(i) | 0x20) === 0x65) {
    i++
    if (isSign(text.charCodeAt(i))) i++
    const from = i
    while (i < n && isDigit(text.charCodeAt(i))) i++
    if (i === from) return false
  }
  return i === n
}

/** One CSV cell, the value as it is: empty for null, quoted when it holds `"`, `,` or a line break. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return String(value)
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

/** One CSV cell with formula escaping (`escapeFormula`), for spreadsheets. */
export function csvCellEscaped(value: string | number | null | undefined): string {
  return typeof value === 'string' ? csvCell(escapeFormula(value)) : csvCell(value)
}

/**
 * The CSV line of a record (with its `\n`), columns as `recordColumns(tags)`.
 * `escapeFormulas`: cells a spreadsheet would run get a leading `'`.
 */
export function csvLine(record: DicomRecord, tags: readonly TagSpec[], escapeFormulas = false): string {
  const cell = escapeFormulas ? csvCellEscaped : csvCell
  let line = `${cell(record.path)},${csvCell(record.size)},${record.dicom},${cell(record.mime)},${cell(record.modality_class)},${record.class_source ?? ''},${cell(record.error ?? record.skip ?? null)},${record.error_code ?? ''}`
  const values = record.attributes
  for (let i = 0; i < tags.length; i++) line += `,${cell(values[tags[i]!.keyword])}`
  return `${line}\n`
}

/** The header line (with its `\n`). */
export function csvHeader(columns: readonly string[]): string {
  return `${columns.map(csvCell).join(',')}\n`
}
