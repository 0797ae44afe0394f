#!/usr/bin/env node
// Feeds records into a database as they stream: here DuckDB (npm install
// @duckdb/node-api), through its appender. Any client with a bulk insert fits
// the same loop (better-sqlite3 with a prepared statement in a transaction,
// pg with COPY FROM STDIN, ...).
//   node examples/to-duckdb.mjs fixtures/sample files.duckdb
import { DuckDBInstance } from '@duckdb/node-api'
import { crawl } from 'dicom-crawler'

const [root, dbFile] = process.argv.slice(2)
if (!root || !dbFile) {
  console.error('usage: node examples/to-duckdb.mjs ROOT DATABASE.duckdb')
  process.exit(2)
}
const tags = ['Modality', 'PatientID', 'StudyInstanceUID', 'SeriesInstanceUID', 'SeriesDescription', 'StudyDate']

const db = await DuckDBInstance.create(dbFile)
const connection = await db.connect()
await connection.run('DROP TABLE IF EXISTS files')
await connection.run(`CREATE TABLE files (
  path VARCHAR PRIMARY KEY, size BIGINT, dicom VARCHAR, modality_class VARCHAR, error VARCHAR,
  ${tags.map((t) => `"${t}" VARCHAR`).join(', ')})`)

const appender = await connection.createAppender('files')
const text = (v) => (v === null || v === undefined ? appender.appendNull() : appender.appendVarchar(v))
const records = crawl([root], { tags })
for await (const r of records) {
  text(r.path)
  if (r.size === null) appender.appendNull()
  else appender.appendBigInt(BigInt(r.size))
  text(r.dicom)
  text(r.modality_class)
  text(r.error)
  for (const t of tags) text(r.attributes[t])
  appender.endRow()
}
appender.closeSync() // flushes the last rows

const result = await connection.runAndReadAll(
  'SELECT modality_class, count(*)::INTEGER AS files, count(DISTINCT SeriesInstanceUID)::INTEGER AS series FROM files WHERE error IS NULL GROUP BY ALL ORDER BY files DESC, modality_class',
)
for (const row of result.getRowObjectsJson()) console.log(`${row.modality_class}\t${row.files} files\t${row.series} series`)
console.error(`${records.stats.filesSeen} files seen, ${records.stats.dicom} DICOM, stored in ${dbFile} (table files)`)
connection.closeSync()
db.closeSync()
