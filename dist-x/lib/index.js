/**
 * dicom-crawler: DICOM archives into tables, as composable Node streams.
 * Each stage is a factory returning a stream; crawl() chains them.
 */
export { crawl } from './crawl.js';
export { walk, fsPathOf } from './stages/walk.js';
export { sniff, sniffEntry } from './stages/sniff.js';
export { readHeader, readEntryHeader } from './stages/read-header.js';
export { classify } from './stages/classify.js';
export { toCsv, escapeFormula } from './stages/to-csv.js';
export { toNdjson } from './stages/to-ndjson.js';
export { toParquet } from './stages/to-parquet.js';
export { columnType, typedValue, parseValue, parseDate, parseTime, parseDateTime, hasUntyped, isoDate, isoTime, isoDateTime, UntypedCounts } from './core/typed-values.js';
export { MULTI_VALUED } from './core/value-multiplicity.js';
export { summarize, summaryToCsv } from './stages/summarize.js';
export { SUMMARY_COLUMNS, SUMMARY_TAGS, compareRows } from './core/summary.js';
export { detectDicom } from './core/detect-dicom.js';
export { parseHeader } from './core/parse-header.js';
export { decodeText } from './core/decode-text.js';
export { resolveTag, resolveTags, DEFAULT_TAGS } from './core/tags.js';
export { loadTemplates, parseTemplates, DEFAULT_TEMPLATES_FILE } from './core/templates.js';
export { classify as classifyFile, classifyPath } from './core/classify.js';
export { parseShard, shardOfFolder } from './parallel/shard.js';
export { CrawlStats } from './core/stats.js';
export { recordColumns, flattenRecord, FIXED_FIELDS } from './core/record-fields.js';
export { CrawlerError, EXIT_CODES, RECORD_ERRORS } from './errors.js';
export { inspect, engine } from './core/inspect.js';
export { indexArchive } from './catalogue/update.js';
export { exportCatalogue, EXPORT_TABLES } from './catalogue/export.js';
export { openCatalogue, SCHEMA_VERSION } from './catalogue/schema.js';
export { smallHeap } from './util/small-heap.js';
//# sourceMappingURL=index.js.map