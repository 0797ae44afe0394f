import type { TagSpec } from './tags.js';
import { isNumber } from './typed-values.js';
import type { DicomRecord } from '../types.js';
export { isNumber };
/**
 * Formula escaping (for spreadsheets, off unless asked): a cell a spreadsheet
 * would run as a formula gets a leading `'`. Numbers are left alone: `-12.5`
 * is a value in every spreadsheet.
 */
export declare function escapeFormula(value: string): string;
/** One CSV cell, the value as it is: empty for null, quoted when it holds `"`, `,` or a line break. */
export declare function csvCell(value: string | number | null | undefined): string;
/** One CSV cell with formula escaping (`escapeFormula`), for spreadsheets. */
export declare function csvCellEscaped(value: string | number | null | undefined): string;
/**
 * The CSV line of a record (with its `\n`), columns as `recordColumns(tags)`.
 * `escapeFormulas`: cells a spreadsheet would run get a leading `'`.
 */
export declare function csvLine(record: DicomRecord, tags: readonly TagSpec[], escapeFormulas?: boolean): string;
/** The header line (with its `\n`). */
export declare function csvHeader(columns: readonly string[]): string;
