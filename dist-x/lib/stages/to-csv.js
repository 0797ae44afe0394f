import { csvHeader, csvLine } from '../core/csv-line.js';
import { recordColumns } from '../core/record-fields.js';
import { toTagSpecs } from './read-header.js';
import { textBatches } from '../util/text-batches.js';
export { escapeFormula } from '../core/csv-line.js';
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
export function toCsv(options = {}) {
    const tags = toTagSpecs(options.tags);
    const escape = options.escapeFormulas ?? false;
    return textBatches((record) => csvLine(record, tags, escape), { header: csvHeader(recordColumns(tags)) });
}
//# sourceMappingURL=to-csv.js.map