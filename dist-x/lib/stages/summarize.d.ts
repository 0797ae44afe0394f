import { Transform, type Duplex } from 'node:stream';
import { type Templates } from '../core/templates.js';
import type { PathMatch } from '../core/classify.js';
export interface SummarizeOptions {
    /**
     * Templates, or a template file: the same as the crawl's, used to class
     * folders that hold no DICOM file. Default: the bundled `modal-templates.json`.
     */
    templates?: Templates | string;
    /** `token` (default) or `substring` (the old tool's rule): as for `classify`. */
    match?: PathMatch;
    /**
     * Sort rows by `Study Date`, then `Acquisition Time` (empty last), ties by `Path`, and emit
     * them at the end. Default `true` (the classic table). `false`: emit each
     * folder's row as soon as the walk has left the folder, in walk order,
     * holding nothing per folder once it is done.
     */
    sort?: boolean;
}
/**
 * Stage: per-file records in (from crawl() with `allFiles` and `announceDirs`,
 * in walk order), one SummaryRow per folder out. A folder is finished when a
 * record of another folder arrives (the walk yields a folder's files together):
 * its per-folder working state is dropped then, so memory grows with the
 * number of folders, never with the number of files.
 */
export declare function summarize(options?: SummarizeOptions): Transform;
/**
 * Stage: SummaryRows in, CSV text out with the SUMMARY_COLUMNS header (always
 * written, even for no rows), RFC 4180 quoting, cells a spreadsheet would run
 * as formulas escaped as in `toCsv`.
 */
export declare function summaryToCsv(): Duplex;
