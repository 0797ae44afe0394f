import type { Duplex } from 'node:stream'
import { chainUnchecked } from 'stream-chain'
import { stringify } from 'csv-stringify'
import { flattenRecord, recordColumns } from '../core/record-fields.js'
import { toTagSpecs } from './read-header.js'
import type { SerializeOptions } from './to-ndjson.js'
import type { DicomRecord } from '../types.js'

const FORMULA_START = /^[=+\-@\t\r]/
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/**
 * Formula escaping: a cell a spreadsheet would run as a formula gets a
 * leading `'`. Numbers are left alone: `-12.5` is a value in every
 * spreadsheet, and quoting it would break pandas and DuckDB types.
 */
export function escapeFormula(value: string): string {
  return FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value
}

/**
 * Stage: records in, CSV text out (RFC 4180 quoting, header always, UTF-8,
 * `\n` line ends). Absent and empty attributes are both empty cells.
 */
export function toCsv(options: SerializeOptions = {}): Duplex {
  const tags = toTagSpecs(options.tags)
  const columns = recordColumns(tags)
  const toRow = (record: DicomRecord) => {
    const flat = flattenRecord(record, tags)
    for (const k in flat) {
      const v = flat[k]
      if (typeof v === 'string') flat[k] = escapeFormula(v)
    }
    return flat
  }
  return chainUnchecked([toRow, stringify({ header: true, columns, cast: { number: (n: number) => String(n) } })])
}
