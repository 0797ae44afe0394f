import { existsSync, openSync, readSync, closeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CrawlerError } from '../errors.js';
import { DEFAULT_TAGS } from '../core/tags.js';
import { columnType, quoteId } from './values.js';
import { tuneConnection } from './pragmas.js';
/**
 * The catalogue's schema (docs/CATALOGUE.md). `PRAGMA user_version` is the
 * schema version; MIGRATIONS[v] takes a catalogue from version v to v + 1.
 * A catalogue newer than this code is refused, never written.
 */
export const SCHEMA_VERSION = 1;
/** `PRAGMA application_id`: "DCMC", so `file(1)` and we can tell a catalogue from any other SQLite file. */
export const APPLICATION_ID = 0x44434d43;
/**
 * The attributes every catalogue holds, whatever the run asks for: the
 * `series`, `studies` and `patients` views group and describe by them. All
 * are default attributes, in the default order.
 */
const NOT_GROUPED = new Set(['SOPClassUID', 'PatientSex', 'PatientAge', 'SeriesNumber', 'ProtocolName', 'TransferSyntaxUID']);
export const GROUP_TAGS = Object.freeze(DEFAULT_TAGS.filter((k) => !NOT_GROUPED.has(k)));
const CREATE = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) STRICT;
CREATE TABLE attributes (
  position INTEGER PRIMARY KEY,
  keyword TEXT NOT NULL UNIQUE,
  tag TEXT NOT NULL,
  vr TEXT,
  column_type TEXT NOT NULL,
  since_generation INTEGER NOT NULL
) STRICT;
CREATE TABLE roots (root TEXT PRIMARY KEY, last_seen TEXT, last_run INTEGER) STRICT;
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  started TEXT NOT NULL,
  ended TEXT,
  status TEXT NOT NULL,
  roots TEXT NOT NULL,
  options TEXT NOT NULL,
  tags TEXT NOT NULL,
  added INTEGER, changed INTEGER, removed INTEGER, unchanged INTEGER, errors INTEGER
) STRICT;
CREATE TABLE files (
  root TEXT NOT NULL,
  walk_key BLOB NOT NULL,
  path TEXT NOT NULL,
  folder TEXT NOT NULL,
  size INTEGER,
  mtime_ns INTEGER,
  inode INTEGER,
  status TEXT NOT NULL,
  error_code TEXT,
  error TEXT,
  dicom TEXT NOT NULL,
  mime TEXT,
  modality_class TEXT,
  class_source TEXT,
  first_seen TEXT NOT NULL,
  last_read TEXT NOT NULL,
  generation INTEGER NOT NULL,
  run INTEGER NOT NULL,
  PRIMARY KEY (root, walk_key)
) WITHOUT ROWID;
`;
/**
 * The grouping views' SQL over a table of files (`files`, or the union of
 * several catalogues' files on export): computed when read, so they can
 * never disagree with the files. Dropped and made again each time (an
 * `index` run, an export), so a catalogue takes the views of the program
 * that last wrote it. Written for SQLite 3.37 and later, the `sqlite3` and
 * Python of current Linux distributions (a view another program cannot
 * parse makes the whole file unreadable to it): the sorted, distinct
 * modality lists are made from each group's JSON array, as
 * `group_concat(DISTINCT x ORDER BY x)` (SQLite 3.44) would make them.
 */
export function groupViews(source, prefix = '') {
    const sortedList = (column) => `(SELECT group_concat(value) FROM (SELECT DISTINCT value FROM json_each(g.${column}) WHERE value IS NOT NULL ORDER BY value)) AS ${column}`;
    const view = (name, uid, lead, desc, when) => `DROP VIEW IF EXISTS ${prefix}${name};
CREATE VIEW ${prefix}${name} AS SELECT ${lead.split(', ').map((c) => c.replace(/.* AS /, '')).join(', ')}, files, instances, duplicates, folders, first_folder, min_instance, max_instance, first_time, last_time,
  ${sortedList('modality')}, ${sortedList('modality_class')}, ${desc}, bytes
FROM (SELECT ${lead}, count(*) AS files,
  count(DISTINCT SOPInstanceUID) AS instances,
  count(SOPInstanceUID) - count(DISTINCT SOPInstanceUID) AS duplicates,
  count(DISTINCT root || '/' || folder) AS folders,
  min(folder) AS first_folder,
  min(InstanceNumber) AS min_instance,
  max(InstanceNumber) AS max_instance,
  min(${when}) AS first_time,
  max(${when}) AS last_time,
  json_group_array(Modality) AS modality,
  json_group_array(modality_class) AS modality_class,
  min(${desc}) AS ${desc},
  sum(size) AS bytes
FROM ${source} WHERE ${uid} IS NOT NULL AND ${uid} <> '' GROUP BY ${uid}) AS g;
`;
    const acquired = "coalesce(AcquisitionDate, StudyDate) || coalesce(' ' || coalesce(AcquisitionTime, StudyTime), '')";
    const studied = "StudyDate || coalesce(' ' || StudyTime, '')";
    return [
        view('series', 'SeriesInstanceUID', 'SeriesInstanceUID, min(StudyInstanceUID) AS StudyInstanceUID, min(PatientID) AS PatientID', 'SeriesDescription', acquired),
        view('studies', 'StudyInstanceUID', 'StudyInstanceUID, min(PatientID) AS PatientID, count(DISTINCT SeriesInstanceUID) AS series', 'StudyDescription', studied),
        view('patients', 'PatientID', 'PatientID, min(PatientName) AS PatientName, count(DISTINCT StudyInstanceUID) AS studies, count(DISTINCT SeriesInstanceUID) AS series', 'StudyDescription', studied),
    ].join('');
}
/** Version v -> v + 1. Each runs in the transaction that sets the new user_version. */
const MIGRATIONS = {
    0: (db) => {
        // The attribute columns and the grouping views come with the first run,
        // in the order of the attributes it asks for (docs/CATALOGUE.md).
        db.exec(CREATE);
        db.prepare("INSERT INTO meta (key, value) VALUES ('generation', '1'), ('settings', '')").run();
    },
};
/** SQLite's 16-byte header: a file that does not start with it is not a catalogue. */
const SQLITE_MAGIC = 'SQLite format 3\0';
/**
 * better-sqlite3, loaded by the first catalogue opened: loaded up front it
 * cost every run of the command, a plain crawl too: the command on an empty
 * folder took 100 ms of CPU against 86 ms without it (medians of 20).
 */
const sqlite = () => createRequire(import.meta.url)('better-sqlite3');
/**
 * Opens (or, for writing, creates) a catalogue and brings its schema up to
 * date. Throws CrawlerError: NOT_A_CATALOGUE (some other file, or another
 * program's SQLite database), CATALOGUE_TOO_NEW (made by a newer version),
 * CATALOGUE_UNWRITABLE (read-only file or folder, disk full), with the
 * catalogue as it was.
 */
export function openCatalogue(file, options = {}) {
    const exists = existsSync(file);
    if (options.readonly && !exists)
        throw new CrawlerError('NOT_A_CATALOGUE', `catalogue not found: ${file}`);
    if (exists)
        checkHeader(file);
    let db;
    try {
        db = new (sqlite())(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    }
    catch (e) {
        throw catalogueError(e, file);
    }
    try {
        const appId = db.pragma('application_id', { simple: true });
        const version = db.pragma('user_version', { simple: true });
        const empty = db.prepare("SELECT count(*) AS n FROM sqlite_schema").get().n === 0;
        if (appId !== APPLICATION_ID && !(empty && version === 0)) {
            throw new CrawlerError('NOT_A_CATALOGUE', `not a dicom-crawler catalogue: ${file} (an SQLite database of another program)`);
        }
        if (version > SCHEMA_VERSION) {
            throw new CrawlerError('CATALOGUE_TOO_NEW', `catalogue ${file} has schema version ${version}; this dicom-crawler reads up to ${SCHEMA_VERSION}: upgrade dicom-crawler`);
        }
        if (options.readonly) {
            if (version < SCHEMA_VERSION)
                throw new CrawlerError('NOT_A_CATALOGUE', `catalogue ${file} has schema version ${version}: run \`dicom-crawler index\` on it once to update it`);
            return db;
        }
        // WAL: readers query while a run writes (docs/CATALOGUE.md).
        db.pragma('journal_mode = WAL');
        tuneConnection(db);
        if (version < SCHEMA_VERSION)
            migrate(db, version);
        return db;
    }
    catch (e) {
        db.close();
        throw catalogueError(e, file);
    }
}
function migrate(db, from) {
    db.transaction(() => {
        for (let v = from; v < SCHEMA_VERSION; v++)
            MIGRATIONS[v](db);
        db.pragma(`application_id = ${APPLICATION_ID}`);
        db.pragma(`user_version = ${SCHEMA_VERSION}`);
    }).immediate();
}
function checkHeader(file) {
    let fd;
    try {
        fd = openSync(file, 'r');
        const head = Buffer.alloc(16);
        const n = readSync(fd, head, 0, 16, 0);
        // An empty file is a new catalogue (SQLite treats it so).
        if (n > 0 && head.toString('latin1') !== SQLITE_MAGIC)
            throw new CrawlerError('NOT_A_CATALOGUE', `not a dicom-crawler catalogue: ${file} (not an SQLite database)`);
    }
    catch (e) {
        if (e instanceof CrawlerError)
            throw e;
        throw new CrawlerError('CATALOGUE_UNWRITABLE', `cannot read catalogue ${file}: ${e.message}`);
    }
    finally {
        if (fd !== undefined)
            closeSync(fd);
    }
}
/** SQLite's errors on opening or writing, as one line and a stable code. */
export function catalogueError(e, file) {
    if (e instanceof CrawlerError)
        return e;
    const code = e.code ?? '';
    const message = e.message;
    if (code === 'SQLITE_READONLY_ROLLBACK' || code === 'SQLITE_READONLY_RECOVERY') {
        return new CrawlerError('CATALOGUE_UNWRITABLE', `catalogue ${file} must first recover from an interrupted run: run \`dicom-crawler index\` on it once (${code})`, { cause: e });
    }
    if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') {
        return new CrawlerError('CATALOGUE_UNWRITABLE', `cannot write catalogue ${file}: read-only or no permission (${code})`, { cause: e });
    }
    if (code === 'SQLITE_FULL' || code.startsWith('SQLITE_IOERR')) {
        return new CrawlerError('CATALOGUE_UNWRITABLE', `cannot write catalogue ${file}: ${code === 'SQLITE_FULL' ? 'disk full' : 'input/output error'} (${code}); it holds what was committed before`, { cause: e });
    }
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
        return new CrawlerError('NOT_A_CATALOGUE', `not a dicom-crawler catalogue: ${file} (${code})`, { cause: e });
    }
    if (code === 'SQLITE_BUSY')
        return new CrawlerError('CATALOGUE_BUSY', `catalogue ${file} is locked by another program (${code})`, { cause: e });
    return e instanceof Error ? e : new Error(message);
}
export function catalogueAttributes(db) {
    return db.prepare('SELECT keyword, tag, vr, column_type, since_generation FROM attributes ORDER BY position').all();
}
/** Adds a typed column per attribute (in the open transaction). */
export function addAttributes(db, tags, generation) {
    const insert = db.prepare('INSERT INTO attributes (keyword, tag, vr, column_type, since_generation) VALUES (?, ?, ?, ?, ?)');
    for (const t of tags) {
        const type = columnType(t);
        // Numeric columns are declared without a type, so SQLite keeps each value
        // as stored: a number when it writes back to the file's text, else that
        // text ("012", "1.50", "3\\4"); an INTEGER or REAL affinity would convert it.
        db.exec(`ALTER TABLE files ADD COLUMN ${quoteId(t.keyword)}${type === 'TEXT' ? ' TEXT' : ''}`);
        insert.run(t.keyword, t.tag, t.vr ?? null, type, generation);
    }
}
export function getMeta(db, key) {
    return db.prepare('SELECT value FROM meta WHERE key = ?').get(key)?.value;
}
export function setMeta(db, key, value) {
    if (value === null)
        db.prepare('DELETE FROM meta WHERE key = ?').run(key);
    else
        db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
//# sourceMappingURL=schema.js.map