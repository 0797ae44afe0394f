import { isNumber } from './typed-values.js';
export { isNumber };
const FORMULA_START = /^[=+\-@\t\r]/;
/** A cell with one of these is quoted (RFC 4180: delimiter, quote, line breaks). */
const NEEDS_QUOTES = /[",\n\r]/;
/**
 * Formula escaping (for spreadsheets, off unless asked): a cell a spreadsheet
 * would run as a formula gets a leading `'`. Numbers are left alone: `-12.5`
 * is a value in every spreadsheet.
 */
export function escapeFormula(value) {
    return FORMULA_START.test(value) && !isNumber(value) ? `'${value}` : value;
}
/** One CSV cell, the value as it is: empty for null, quoted when it holds `"`, `,` or a line break. */
export function csvCell(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'number')
        return String(value);
    return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
/** One CSV cell with formula escaping (`escapeFormula`), for spreadsheets. */
export function csvCellEscaped(value) {
    return typeof value === 'string' ? csvCell(escapeFormula(value)) : csvCell(value);
}
/**
 * The CSV line of a record (with its `\n`), columns as `recordColumns(tags)`.
 * `escapeFormulas`: cells a spreadsheet would run get a leading `'`.
 */
export function csvLine(record, tags, escapeFormulas = false) {
    const cell = escapeFormulas ? csvCellEscaped : csvCell;
    let line = `${cell(record.path)},${csvCell(record.size)},${record.dicom},${cell(record.mime)},${cell(record.modality_class)},${record.class_source ?? ''},${cell(record.error ?? record.skip ?? null)},${record.error_code ?? ''}`;
    const values = record.attributes;
    for (let i = 0; i < tags.length; i++)
        line += `,${cell(values[tags[i].keyword])}`;
    return `${line}\n`;
}
/** The header line (with its `\n`). */
export function csvHeader(columns) {
    return `${columns.map(csvCell).join(',')}\n`;
}
//# sourceMappingURL=csv-line.js.map