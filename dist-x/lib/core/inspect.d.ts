import { type PathMatch } from './classify.js';
import { type TagSpec } from './tags.js';
import { type Templates } from './templates.js';
import type { DicomRecord, FileEntry, SniffedEntry } from '../types.js';
/**
 * The per-file engine: the only place where a file entry becomes a record.
 * `inspect()` runs the whole job (read the head, decide DICOM or not, name
 * the rest with libmagic, parse the header, read a larger prefix when it must,
 * classify, set status and error code); `crawl()` and the public stages
 * (`sniff`, `readHeader`, `classify`, each a view over one of its steps) all
 * call it, and so would a worker thread. The reads go through
 * lib/core/read-head.ts only: `readHeadSync` (blocking, the default) and
 * `readHead` (asynchronous, `--concurrency` above 1).
 */
export interface InspectOptions {
    /** Attributes to read (keywords or 8-hex-digit tags, or resolved specs). Default: DEFAULT_TAGS. */
    tags?: readonly (string | TagSpec)[];
    /** Templates, or a template file. Default: the bundled `modal-templates.json`. */
    templates?: Templates | string;
    /** Path matching for classes: `token` (default) or `substring` (the old tool's rule). */
    match?: PathMatch;
    /** Bytes read from each file's head. Default 4 KiB (one read block, docs/DECISIONS.md). */
    headBytes?: number;
    /** Largest header prefix read for one file. Default 8 MiB: far beyond any real header, and it bounds what one file can cost. */
    maxHeaderBytes?: number;
    /** Records carry the file's stamp (size, mtime in ns, inode) where the native blocking reader read it (`index`). Default `false`. */
    stamps?: boolean;
}
/** The engine's settings, checked once (`engine()`), then shared by every file. */
export interface Engine {
    readonly tags: readonly TagSpec[];
    readonly templates: Templates;
    readonly match: PathMatch;
    readonly headBytes: number;
    readonly maxHeaderBytes: number;
    readonly stamps: boolean;
}
export declare const MATCH_MODES: readonly PathMatch[];
/** Checks the options and resolves tags and templates; a bad one throws CrawlerError (BAD_OPTION, BAD_TAG, BAD_TEMPLATE). */
export declare function engine(options?: InspectOptions): Engine;
export declare function toTagSpecs(tags: readonly (string | TagSpec)[] | undefined): readonly TagSpec[];
/** How `inspect` reads. */
export interface ReadPlan {
    /**
     * Blocking reads (the default on local disks). With `scratch`, the head is
     * read into it: valid only until the next read into the same buffer.
     */
    sync: boolean;
    scratch?: Buffer;
    /**
     * For a file that is not DICOM (libmagic takes milliseconds): given, the
     * record with its MIME type is handed to it as a promise, and when it takes
     * it (returns true), `inspect` returns at once the same record with `mime:
     * null`. Absent or refused, `inspect` waits for the name.
     */
    later?: (named: Promise<DicomRecord>) => boolean;
}
/**
 * One file entry to its record: a value at once in the common case (a DICOM
 * file whose header lies in its first read, read blocking), a promise when it
 * must wait (an asynchronous read, libmagic, a larger prefix). Never throws
 * or rejects for the file's own problems: they become the record's `status`,
 * `error` and `error_code`.
 */
export declare function inspect(entry: FileEntry, e: Engine, plan?: ReadPlan): DicomRecord | Promise<DicomRecord>;
/**
 * `inspect` with an asynchronous read and no promise per file: `done` gets
 * the record, or its promise when the file waits for libmagic or a larger
 * prefix (network drives: the read goes to the reader threads in a batch,
 * and comes back in the reused arena, parsed before `done` returns).
 * `readers`: reads at once on the reader threads (readHeadInto).
 */
export declare function inspectInto(entry: FileEntry, e: Engine, done: (record: DicomRecord | Promise<DicomRecord>) => void, readers?: number): void;
/** The rest of the job once a file is sniffed (and named): header, class, status. */
export declare function fromSniffed(sniffed: SniffedEntry, e: Engine): DicomRecord | Promise<DicomRecord>;
/** Reads one file's head asynchronously and decides what it is, naming non-DICOM files with libmagic; never rejects for a file's own problems. */
export declare function sniffEntry(entry: FileEntry, headBytes: number): Promise<SniffedEntry>;
/**
 * One blocking head read and the verdict, without libmagic (`needsMime` tells
 * whether it is still wanted); never throws for the file's own problems.
 */
export declare function sniffFileSync(entry: FileEntry, headBytes: number, scratch?: Buffer, stamp?: boolean): SniffedEntry;
/**
 * Names a file that is not DICOM with libmagic; the head is not carried on.
 * `reused`: the head lies in a buffer that is reused, or shared with other
 * files' heads, so libmagic (which reads it later, on another thread) must
 * have a copy of its own.
 */
export declare function withMime(sniffed: SniffedEntry, reused?: boolean): Promise<SniffedEntry>;
/** A record for an entry that is not (or could not be read as) DICOM. */
export declare function plainRecord(entry: SniffedEntry, tags: readonly TagSpec[]): DicomRecord;
/**
 * Parses one sniffed entry into a record: from the head it carries, or from a
 * larger prefix when the wanted attributes lie beyond it (bounded by
 * `maxHeaderBytes`). Returns a value at once in the common case, a promise
 * only when it must read again.
 */
export declare function readEntryHeader(entry: SniffedEntry, tags: readonly TagSpec[], maxHeaderBytes: number): DicomRecord | Promise<DicomRecord>;
/** Sets `modality_class` and `class_source` on a DICOM record; other records are returned unchanged. */
export declare function classifyRecord(record: DicomRecord, templates: Templates, match: PathMatch): DicomRecord;
