import type Database from 'better-sqlite3';
import { type TagSpec } from '../core/tags.js';
/**
 * The catalogue's schema (docs/CATALOGUE.md). `PRAGMA user_version` is the
 * schema version; MIGRATIONS[v] takes a catalogue from version v to v + 1.
 * A catalogue newer than this code is refused, never written.
 */
export declare const SCHEMA_VERSION = 1;
/** `PRAGMA application_id`: "DCMC", so `file(1)` and we can tell a catalogue from any other SQLite file. */
export declare const APPLICATION_ID = 1145261379;
export declare const GROUP_TAGS: readonly string[];
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
export declare function groupViews(source: string, prefix?: string): string;
export interface OpenOptions {
    /** Open for reading only (export): never creates, never migrates, never writes. */
    readonly?: boolean;
}
/**
 * Opens (or, for writing, creates) a catalogue and brings its schema up to
 * date. Throws CrawlerError: NOT_A_CATALOGUE (some other file, or another
 * program's SQLite database), CATALOGUE_TOO_NEW (made by a newer version),
 * CATALOGUE_UNWRITABLE (read-only file or folder, disk full), with the
 * catalogue as it was.
 */
export declare function openCatalogue(file: string, options?: OpenOptions): Database.Database;
/** SQLite's errors on opening or writing, as one line and a stable code. */
export declare function catalogueError(e: unknown, file: string): Error;
export interface CatalogueAttribute {
    keyword: string;
    tag: string;
    vr: string | null;
    column_type: string;
    since_generation: number;
}
export declare function catalogueAttributes(db: Database.Database): CatalogueAttribute[];
/** Adds a typed column per attribute (in the open transaction). */
export declare function addAttributes(db: Database.Database, tags: readonly TagSpec[], generation: number): void;
export declare function getMeta(db: Database.Database, key: string): string | undefined;
export declare function setMeta(db: Database.Database, key: string, value: string | null): void;
