/**
 * dicom-crawler: DICOM archives into tables, as composable Node streams.
 * Each stage is a factory returning a stream; crawl() chains them.
 */
export { crawl, type CrawlOptions, type CrawlStream } from './crawl.js';
export { walk, fsPathOf, type WalkOptions } from './stages/walk.js';
export { sniff, sniffEntry, type SniffOptions } from './stages/sniff.js';
export { readHeader, readEntryHeader, type ReadHeaderOptions } from './stages/read-header.js';
export { classify, type ClassifyOptions } from './stages/classify.js';
export { toCsv, escapeFormula, type CsvOptions } from './stages/to-csv.js';
export { toNdjson, type SerializeOptions, type TypedSerializer } from './stages/to-ndjson.js';
export { toParquet, type ParquetOptions } from './stages/to-parquet.js';
export { columnType, typedValue, parseValue, parseDate, parseTime, parseDateTime, hasUntyped, isoDate, isoTime, isoDateTime, UntypedCounts } from './core/typed-values.js';
export type { ColumnType, ValueKind, TypedValue, TypedScalar, UntypedExample } from './core/typed-values.js';
export { MULTI_VALUED } from './core/value-multiplicity.js';
export { summarize, summaryToCsv, type SummarizeOptions } from './stages/summarize.js';
export { SUMMARY_COLUMNS, SUMMARY_TAGS, compareRows, type SummaryRow } from './core/summary.js';
export { detectDicom, type Detection, type DicomKind } from './core/detect-dicom.js';
export { parseHeader, type HeaderResult, type AttributeValues } from './core/parse-header.js';
export { decodeText } from './core/decode-text.js';
export { resolveTag, resolveTags, DEFAULT_TAGS, type TagSpec } from './core/tags.js';
export { loadTemplates, parseTemplates, DEFAULT_TEMPLATES_FILE, type Templates, type ModalityClass } from './core/templates.js';
export { classify as classifyFile, classifyPath, type Classification, type PathMatch } from './core/classify.js';
export { parseShard, shardOfFolder, type Shard } from './parallel/shard.js';
export { CrawlStats, type CrawlSummary } from './core/stats.js';
export { recordColumns, flattenRecord, FIXED_FIELDS } from './core/record-fields.js';
export { CrawlerError, EXIT_CODES, RECORD_ERRORS, type ErrorCode, type RecordErrorCode } from './errors.js';
export { inspect, engine, type Engine, type InspectOptions, type ReadPlan } from './core/inspect.js';
export type { FileEntry, SniffedEntry, DicomRecord, EntryKind, RecordStatus } from './types.js';
export { indexArchive, type IndexOptions, type IndexRun, type IndexSummary, type CatalogueCounts } from './catalogue/update.js';
export { exportCatalogue, EXPORT_TABLES, type ExportOptions, type ExportTable, type ExportFormat } from './catalogue/export.js';
export { openCatalogue, SCHEMA_VERSION } from './catalogue/schema.js';
export { smallHeap } from './util/small-heap.js';
