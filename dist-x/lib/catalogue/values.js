import { columnType as typedColumn } from '../core/typed-values.js';
/**
 * Attribute values in and out of the catalogue's typed columns. The kind of
 * a column comes from the crawl's own typing (lib/core/typed-values.ts): a
 * single-valued integer, count or length is INTEGER, a single-valued real
 * REAL, everything else (lists, dates, text) TEXT. A value is stored as a
 * number only when the number writes back to the same text, so an export
 * gives the crawl's bytes; otherwise as that text.
 */
/** The declared SQLite type of an attribute's column. */
export function columnType(spec) {
    const { kind, list } = typedColumn(spec);
    if (list)
        return 'TEXT';
    if (kind === 'integer' || kind === 'bigint')
        return 'INTEGER';
    return kind === 'double' ? 'REAL' : 'TEXT';
}
/** A record's attribute value as stored in a column of this type. */
export function toColumn(value, type) {
    if (value === null || value === undefined)
        return null;
    if (type === 'TEXT' || value === '')
        return value;
    const n = Number(value);
    if (!Number.isFinite(n) || String(n) !== value)
        return value;
    if (type === 'REAL')
        return n;
    // A JavaScript number is bound as REAL: an integer goes as a BigInt.
    return Number.isSafeInteger(n) ? BigInt(n) : value;
}
/** A stored value as the crawl writes it (text), so an export equals the crawl's output. */
export function fromColumn(value) {
    if (value === null || value === undefined)
        return null;
    return typeof value === 'string' ? value : String(value);
}
/** A column's name quoted for SQL. */
export function quoteId(name) {
    return `"${name.replaceAll('"', '""')}"`;
}
/** A text written into SQL as a literal. */
export function quoteText(text) {
    return `'${text.replaceAll("'", "''")}'`;
}
//# sourceMappingURL=values.js.map