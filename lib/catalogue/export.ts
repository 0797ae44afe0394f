import { Readable, type Transform } from 'node:stream'
import type Database from 'better-sqlite3'
import { CrawlerError } from '../errors.js'
import { csvCell, csvHeader, csvLine } from '../core/csv-line.js'
import { ndjsonLine } from '../core/ndjson-line.js'
import { recordColumns } from '../core/record-fields.js'
import { resolveTag, type TagSpec } from '../core/tags.js'
import { textBatches } from '../util/text-batches.js'
import { toParquet } from '../stages/to-parquet.js'
import type { DicomKind, DicomRecord } from '../types.js'
import { catalogueAttributes, catalogueError, groupViews, openCatalogue } from './schema.js'
import { fromColumn, quoteId } from './values.js'

export type ExportTable = 'files' | 'series' | 'studies' | 'patients'
export type ExportFormat = 'csv' | 'ndjson' | 'parquet'

export interface ExportOptions {
  /** What to write. Default `files`: one record per file, as the crawl writes it. */
  table?: ExportTable
  /** Default `csv`. */
  format?: ExportFormat
  /** With `files`: also files that are not DICOM and paths skipped (as the crawl's `allFiles`). Default `false`. */
  allFiles?: boolean
}

export const EXPORT_TABLES: readonly ExportTable[] = Object.freeze(['files', 'series', 'studies', 'patients'])

/** SQLite attaches at most this many catalogues to one connection (its default limit). */
const MAX_CATALOGUES = 10

/**
 * Streams a table of one catalogue, or of several read as one (one per
 * shard), as CSV or NDJSON text: row by row from SQLite, in constant memory.
 * `files` rows are written by the crawl's own serializers, so they have the
 * crawl's columns, order (walk order within each root) and values; the
 * grouping tables are computed over all the catalogues' files together.
 * Opens the catalogues read-only and checks them before returning: a problem
 * throws CrawlerError.
 */
export function exportCatalogue(dbs: string | readonly string[], options: ExportOptions = {}): Readable {
  const files = typeof dbs === 'string' ? [dbs] : [...dbs]
  const table = options.table ?? 'files'
  const format = options.format ?? 'csv'
  if (files.length === 0) throw new CrawlerError('BAD_OPTION', 'no catalogue given')
  if (files.length > MAX_CATALOGUES) throw new CrawlerError('BAD_OPTION', `at most ${MAX_CATALOGUES} catalogues can be read as one, got ${files.length}`)
  if (!EXPORT_TABLES.includes(table)) throw new CrawlerError('BAD_OPTION', `unknown table "${table}" (one of ${EXPORT_TABLES.join(', ')})`)
  if (format !== 'csv' && format !== 'ndjson' && format !== 'parquet') throw new CrawlerError('BAD_OPTION', `unknown format "${format}" (csv, ndjson or parquet)`)
  if (format === 'parquet' && table !== 'files') throw new CrawlerError('BAD_OPTION', `--format parquet writes the files table only (its records typed as the crawl types them), not ${table}`)
  // Each is opened alone first: its own checks, its own message.
  const attributes: TagSpec[] = []
  for (const file of files) {
    const db = openCatalogue(file, { readonly: true })
    // Columns are named as the attribute was asked (`0020000E` and `SeriesInstanceUID` are two columns).
    const have = new Set(attributes.map((t) => t.keyword))
    const more = catalogueAttributes(db).filter((a) => !have.has(a.keyword))
    attributes.push(...more.map((a) => resolveTag(a.keyword)))
    db.close()
  }
  const db = openCatalogue(files[0]!, { readonly: true })
  let rows: Iterable<Record<string, unknown>>
  let toText: (row: Record<string, unknown>) => string
  let header: string | undefined
  let parquet: Transform | undefined
  try {
    files.slice(1).forEach((file, i) => db.prepare(`ATTACH DATABASE ? AS ${quoteId(`shard${i + 1}`)}`).run(file))
    const names = ['main', ...files.slice(1).map((_, i) => `shard${i + 1}`)]
    const fileColumns = ['root', 'walk_key', 'path', 'folder', 'size', 'status', 'error_code', 'error', 'dicom', 'mime', 'modality_class', 'class_source', ...attributes.map((t) => t.keyword)]
    // Each catalogue's files with the union's columns (NULL where one lacks an attribute).
    const selects = names.map((name) => {
      const own = new Set(db.prepare(`SELECT name FROM ${quoteId(name)}.pragma_table_info('files')`).pluck().all() as string[])
      return `SELECT ${fileColumns.map((c) => (own.has(c) ? quoteId(c) : `NULL AS ${quoteId(c)}`)).join(', ')} FROM ${quoteId(name)}.files`
    })
    db.exec(`CREATE TEMP VIEW all_files AS ${selects.join(' UNION ALL ')}`)
    if (table === 'files') {
      const where = options.allFiles ? '' : "WHERE status IN ('ok', 'error')"
      rows = db.prepare(`SELECT * FROM temp.all_files ${where} ORDER BY root, walk_key`).iterate() as Iterable<Record<string, unknown>>
      const tags = attributes
      if (format === 'parquet') {
        // The crawl's own Parquet writer, fed the records the crawl would have made.
        parquet = toParquet({ tags })
        toText = () => ''
      } else if (format === 'csv') {
        header = csvHeader(recordColumns(tags))
        toText = (row) => csvLine(asRecord(row, tags), tags)
      } else toText = (row) => ndjsonLine(asRecord(row, tags), tags)
    } else {
      db.exec(groupViews('all_files', 'temp.'))
      const uid = table === 'series' ? 'SeriesInstanceUID' : table === 'studies' ? 'StudyInstanceUID' : 'PatientID'
      const stmt = db.prepare(`SELECT * FROM temp.${table} ORDER BY ${uid}`)
      const columns = stmt.columns().map((c) => c.name)
      rows = stmt.iterate() as Iterable<Record<string, unknown>>
      if (format === 'csv') {
        header = csvHeader(columns)
        toText = (row) => `${columns.map((c) => csvCell(row[c] as string | number | null)).join(',')}\n`
      } else toText = (row) => `${JSON.stringify(row)}\n`
    }
  } catch (e) {
    db.close()
    throw catalogueError(e, files[0]!)
  }
  const source = Readable.from(closing(rows, db), { objectMode: true, highWaterMark: 64 })
  if (parquet) {
    const tags = attributes
    const records = source.map((row: Record<string, unknown>) => asRecord(row, tags))
    records.on('error', (e) => parquet!.destroy(catalogueError(e, files[0]!)))
    return records.pipe(parquet)
  }
  const text: Transform = textBatches(toText, header === undefined ? {} : { header })
  source.on('error', (e) => text.destroy(catalogueError(e, files[0]!)))
  return source.pipe(text)
}

/** Iterates, and closes the catalogue when done or abandoned. */
function* closing(rows: Iterable<Record<string, unknown>>, db: Database.Database): Generator<Record<string, unknown>> {
  try {
    yield* rows
  } finally {
    db.close()
  }
}

/** A catalogue row as the record the crawl would have written for the file. */
function asRecord(row: Record<string, unknown>, tags: readonly TagSpec[]): DicomRecord {
  const attributes: Record<string, string | null> = {}
  for (const t of tags) attributes[t.keyword] = fromColumn(row[t.keyword])
  return {
    path: row.path as string,
    root: row.root as string,
    dir: row.folder as string,
    size: row.size as number | null,
    mtime: null,
    dicom: row.dicom as DicomKind,
    mime: row.mime as string | null,
    modality_class: row.modality_class as string | null,
    class_source: row.class_source as DicomRecord['class_source'],
    error: row.error as string | null,
    status: row.status as DicomRecord['status'],
    error_code: row.error_code as DicomRecord['error_code'],
    attributes,
  }
}
