import { type TypedSpec } from '../core/typed-values.js';
/**
 * Attribute values in and out of the catalogue's typed columns. The kind of
 * a column comes from the crawl's own typing (lib/core/typed-values.ts): a
 * single-valued integer, count or length is INTEGER, a single-valued real
 * REAL, everything else (lists, dates, text) TEXT. A value is stored as a
 * number only when the number writes back to the same text, so an export
 * gives the crawl's bytes; otherwise as that text.
 */
/** The declared SQLite type of an attribute's column. */
export declare function columnType(spec: TypedSpec): 'INTEGER' | 'REAL' | 'TEXT';
/** A record's attribute value as stored in a column of this type. */
export declare function toColumn(value: string | null | undefined, type: string): string | number | bigint | null;
/** A stored value as the crawl writes it (text), so an export equals the crawl's output. */
export declare function fromColumn(value: unknown): string | null;
/** A column's name quoted for SQL. */
export declare function quoteId(name: string): string;
/** A text written into SQL as a literal. */
export declare function quoteText(text: string): string;
