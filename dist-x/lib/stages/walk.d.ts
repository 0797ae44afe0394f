import { Readable } from 'node:stream';
import { type Dirent } from 'node:fs';
import { type Shard } from '../parallel/shard.js';
export interface WalkOptions {
    /** Follow symbolic links to files and folders. Default `false`: links are reported as skipped. */
    followSymlinks?: boolean;
    /**
     * With `followSymlinks`, also follow links whose target lies outside every
     * root. Default `false`: such a link is skipped (`SYMLINK_OUTSIDE_ROOTS`),
     * so a crawl stays in the folders it was given (a link to `/`, or
     * `/proc/self/root`, would walk the whole machine).
     */
    followOutsideRoots?: boolean;
    /** Entries buffered ahead of the reader. Default 64: enough to keep readers busy, small enough to stay flat. */
    highWaterMark?: number;
    /**
     * Also yield an entry `{kind: 'directory', folder: true}` for each folder
     * entered, before its files. Default `false`. It lets a consumer see folders
     * that hold no file at all (`summarize` reports empty series folders).
     */
    announceDirs?: boolean;
    /**
     * List folders with blocking calls, for all roots or per root. Default
     * `false`. With synchronous file reads downstream there is nothing to
     * overlap an async listing with, and the event loop sat idle for 11% of a
     * crawl waiting for it.
     */
    sync?: boolean | ((root: string) => boolean);
    /**
     * Folders listed ahead of the reader, this many at once, for all roots or
     * per root (not with `sync`). Default 0: a folder is listed when the walk
     * reaches it. On a network drive each listing is a round trip or more:
     * listed one at a time, only when the reader asked, they left the reads
     * waiting (crawl() lists as many at once as libuv's pool runs there).
     * Listings run in walk order, the folders needed next first, driven by
     * listings finishing, not by the reader's demand, and at most 64 folders
     * are held before the walk reaches them.
     */
    listAhead?: number | ((root: string) => number);
    /**
     * Walk only the folders of one shard (`{ index, count }`): every folder is
     * still listed, to find its sub-folders, but the files (and announcement,
     * and errors) of a folder whose path below the root hashes to another
     * shard are never yielded, so they are never opened. Default: none (all).
     */
    shard?: Shard;
    /**
     * Files never yielded nor counted, matched by identity (device and inode),
     * so any path to them matches: a program's own output files inside the
     * tree it crawls. Paths that do not exist when the walk starts are left
     * out of the list. Default none.
     */
    ignore?: readonly string[];
    /**
     * Called as the walk enters each folder of its shard, in walk order, before
     * any entry of the folder is yielded, with the folder and the directory
     * entries of its files (all but sub-folders, sorted, ignored files left
     * out); returns those to yield, or a promise of them: the others are never
     * yielded, so never opened nor counted. Called with `files` undefined for
     * a folder that cannot be listed (its error entry follows). Not called with
     * `followSymlinks` (files come through links as entries then). Default
     * none. The catalogue passes over unchanged files this way, a folder at a time.
     */
    filterFiles?: (folder: WalkFolder, files: Dirent[] | undefined) => Dirent[] | Promise<Dirent[]>;
}
/** A folder as the walk enters it: its path below the root (`dir`), as written and as opened. */
export interface WalkFolder {
    root: string;
    dir: string;
    path: string;
    fsPath: string | Buffer;
}
/**
 * Walks roots depth-first and yields one entry per non-folder path. Within a
 * folder its files come first, then its sub-folders, each sorted by name
 * (bytewise), so a folder's files are contiguous and the order is the same on
 * every machine. Only readdir is called: the file type comes from the
 * directory entry, and `sniff` gets size and mtime from the open file.
 *
 * A root that does not exist destroys the stream with CrawlerError
 * ROOT_NOT_FOUND. A folder that cannot be read becomes an entry of kind
 * `directory` with `error` set; the walk goes on.
 */
export declare function walk(roots: string | readonly string[], options?: WalkOptions): Readable;
/** The path (as written, and as opened) of a folder's entry `d`, as the walk yields it. */
export declare function entryPath(folder: {
    path: string;
    fsPath: string | Buffer;
}, d: Dirent): {
    path: string;
    fsPath: string | Buffer;
};
/** Compares by code point, which for valid text is the order of its UTF-8 bytes (UTF-16 units are not). */
export declare function compareCodePoints(a: string, b: string): number;
/**
 * A name as written in paths (docs/API.md, "Paths"): UTF-8 where it is valid,
 * each byte that is not written `\xNN` (like `ls -b`), and a backslash
 * written `\\`, so the form is unambiguous and `fsPathOf` turns it back into
 * the bytes to open.
 */
export declare function displayName(raw: Buffer): string;
/**
 * What `fs` opens for a record's `path` (or a summary row's `Path`): the
 * written form turned back into the name on disk. `\\` is a backslash and
 * `\xNN` the byte NN; the result is a Buffer when the name holds bytes that
 * are not UTF-8, a string otherwise.
 *
 *     fs.readFileSync(fsPathOf(record.path))
 */
export declare function fsPathOf(path: string): string | Buffer;
export declare function errorText(e: unknown, what: string): string;
