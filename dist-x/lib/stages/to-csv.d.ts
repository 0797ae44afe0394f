import type { Transform } from 'node:stream';
import type { SerializeOptions } from './to-ndjson.js';
export { escapeFormula } from '../core/csv-line.js';
export interface CsvOptions extends SerializeOptions {
    /**
     * Prefix cells a spreadsheet would run as formulas (`=`, `+`, `-`, `@`, tab,
     * CR first, and not a plain number) with `'`. Default `false`: values are
     * written as they are, as pandas, DuckDB and csv-parse need them.
     */
    escapeFormulas?: boolean;
}
/**
 * Stage: records in, CSV text out (RFC 4180 quoting, header always, UTF-8,
 * `\n` line ends). Values are written as they are; absent and empty
 * attributes are both empty cells. Lines leave in chunks of up to 64 KiB, at
 * the latest at the end of each event-loop turn.
 *
 * The lines are written by `csvLine` (lib/core/csv-line.ts), not by
 * csv-stringify: for the same bytes, csv-stringify allocated about 13 KB per
 * row, a third of all a crawl allocates (docs/DECISIONS.md).
 */
export declare function toCsv(options?: CsvOptions): Transform;
