/**
 * Attribute values in and out of the catalogue's typed columns. Until the
 * crawl types its values itself, this is the one place that does: a value
 * of a numeric VR is stored as a number when the number writes back to the
 * same text (so an export gives the crawl's bytes), otherwise as text;
 * multi-values (`\`-joined) and dates stay text.
 */

const INTEGER_VRS = new Set(['IS', 'SL', 'SS', 'UL', 'US', 'SV', 'UV'])
const REAL_VRS = new Set(['DS', 'FL', 'FD'])

/** The declared SQLite type of an attribute's column. */
export function columnType(vr: string | undefined | null): 'INTEGER' | 'REAL' | 'TEXT' {
  if (vr && INTEGER_VRS.has(vr)) return 'INTEGER'
  if (vr && REAL_VRS.has(vr)) return 'REAL'
  return 'TEXT'
}

/** A record's attribute value as stored in a column of this type. */
export function toColumn(value: string | null | undefined, type: string): string | number | bigint | null {
  if (value === null || value === undefined) return null
  if (type === 'TEXT' || value === '') return value
  const n = Number(value)
  if (!Number.isFinite(n) || String(n) !== value) return value
  if (type === 'REAL') return n
  // A JavaScript number is bound as REAL: an integer goes as a BigInt.
  return Number.isSafeInteger(n) ? BigInt(n) : value
}

/** A stored value as the crawl writes it (text), so an export equals the crawl's output. */
export function fromColumn(value: unknown): string | null {
  if (value === null || value === undefined) return null
  return typeof value === 'string' ? value : String(value)
}
