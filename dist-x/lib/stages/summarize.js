import { Transform } from 'node:stream';
import { chainUnchecked } from 'stream-chain';
import { createRequire } from 'node:module';
import { addRecord, closeFolder, compareRows, folderOf, folderRow, isBelow, newFolder, reopenFolder, SUMMARY_COLUMNS } from '../core/summary.js';
import { loadTemplates } from '../core/templates.js';
import { checkChoice } from '../errors.js';
import { MATCH_MODES } from '../core/inspect.js';
import { escapeFormula } from './to-csv.js';
const require = createRequire(import.meta.url);
/**
 * Stage: per-file records in (from crawl() with `allFiles` and `announceDirs`,
 * in walk order), one SummaryRow per folder out. A folder is finished when a
 * record of another folder arrives (the walk yields a folder's files together):
 * its per-folder working state is dropped then, so memory grows with the
 * number of folders, never with the number of files.
 */
export function summarize(options = {}) {
    const templates = typeof options.templates === 'object' ? options.templates : loadTemplates(options.templates);
    const match = options.match ?? 'token';
    checkChoice('match', match, MATCH_MODES);
    const sort = options.sort ?? true;
    // Every folder seen, so a folder seen again (input not in walk order) is merged, not reported twice.
    const folders = new Map();
    let current;
    const finish = (stream, state) => {
        closeFolder(state);
        if (sort)
            return;
        // Input out of walk order would bring a folder back: it then gets a second row with its running totals.
        const row = folderRow(state, templates, match);
        if (row)
            stream.push(row);
    };
    return new Transform({
        objectMode: true,
        transform(record, _enc, callback) {
            const where = folderOf(record);
            if (current?.path !== where.path) {
                if (current) {
                    if (isBelow(current.path, where.path))
                        current.hasSubfolders = true;
                    finish(this, current);
                }
                const seen = folders.get(where.path);
                if (seen)
                    reopenFolder(seen);
                current = seen ?? newFolder(where.path, where.rel);
                folders.set(where.path, current);
            }
            // Sub-folders walked by another shard never arrive here: the announcement says they exist.
            if (record.subfolders)
                current.hasSubfolders = true;
            addRecord(current, record, where.kind);
            callback();
        },
        flush(callback) {
            if (current)
                finish(this, current);
            if (sort) {
                const rows = [];
                for (const state of folders.values()) {
                    const row = folderRow(state, templates, match);
                    if (row)
                        rows.push(row);
                }
                folders.clear();
                rows.sort(compareRows);
                for (const row of rows)
                    this.push(row);
            }
            callback();
        },
    });
}
/**
 * Stage: SummaryRows in, CSV text out with the SUMMARY_COLUMNS header (always
 * written, even for no rows), RFC 4180 quoting, cells a spreadsheet would run
 * as formulas escaped as in `toCsv`.
 */
export function summaryToCsv() {
    const escape = (row) => {
        const out = {};
        for (const c of SUMMARY_COLUMNS) {
            const v = row[c];
            out[c] = typeof v === 'string' ? escapeFormula(v) : v;
        }
        return out;
    };
    // Loaded here, not at import: the per-file crawl does not need it (about 1.4 MB).
    const { stringify } = require('csv-stringify');
    return chainUnchecked([escape, stringify({ header: true, columns: [...SUMMARY_COLUMNS], cast: { number: (n) => String(n) } })]);
}
//# sourceMappingURL=summarize.js.map