import { Readable } from 'node:stream';
export type ExportTable = 'files' | 'series' | 'studies' | 'patients';
export type ExportFormat = 'csv' | 'ndjson' | 'parquet';
export interface ExportOptions {
    /** What to write. Default `files`: one record per file, as the crawl writes it. */
    table?: ExportTable;
    /** Default `csv`. */
    format?: ExportFormat;
    /** With `files`: also files that are not DICOM and paths skipped (as the crawl's `allFiles`). Default `false`. */
    allFiles?: boolean;
}
export declare const EXPORT_TABLES: readonly ExportTable[];
/**
 * Streams a table of one catalogue, or of several read as one (one per
 * shard), as CSV or NDJSON text: row by row from SQLite, in constant memory.
 * `files` rows are written by the crawl's own serializers, so they have the
 * crawl's columns, order (walk order within each root) and values; the
 * grouping tables are computed over all the catalogues' files together.
 * Opens the catalogues read-only and checks them before returning: a problem
 * throws CrawlerError.
 */
export declare function exportCatalogue(dbs: string | readonly string[], options?: ExportOptions): Readable;
