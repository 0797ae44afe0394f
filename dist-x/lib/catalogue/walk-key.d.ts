import type { FileEntry } from '../types.js';
/**
 * The key that sorts the catalogue's rows in the walk's order: the folder
 * below the root with each `/` as byte 0x01, byte 0x00, then the name, all
 * as bytes. The walk yields a folder's files (by name, bytewise) before its
 * sub-folders (by name, each walked whole); with these separators, bytewise
 * key order is that order, so one pass over the catalogue, sorted by
 * (root, walk_key), meets the rows as the walk meets the files.
 */
export declare function walkKey(entry: Pick<FileEntry, 'path' | 'fsPath' | 'root' | 'dir'>): Buffer;
/**
 * walkKey() for a stream of entries in walk order, written into one buffer
 * that is reused (`buf`, valid until the next call): the folder's part of
 * the key is written once per folder, and a key becomes a Buffer of its own
 * only when it is kept (the key was a tenth of an unchanged re-run's time).
 * Gives the same bytes as walkKey().
 */
export declare class KeyWriter {
    buf: Buffer;
    /** The folder whose part of the key is in `buf` (undefined: none). */
    private folder;
    private prefix;
    /** Writes the key of `entry` into `buf`; returns its length. */
    entry(entry: Pick<FileEntry, 'path' | 'fsPath' | 'root' | 'dir'>): number;
    /** Sets the folder (below the root, `/`-separated, as paths write it) of the names to come. */
    inFolder(dir: string): void;
    /** Writes the key of a file `name` in the folder `dir` (below the root, `/`-separated, as paths write it); returns its length. */
    file(dir: string, name: string): number;
    /** Writes the key of a file named `name` in the folder set last; returns its length. */
    name(name: string): number;
    private fit;
}
/** The folder below the root a key stands for (the inverse of walkKey's first part). */
export declare function keyFolder(key: Buffer): string;
