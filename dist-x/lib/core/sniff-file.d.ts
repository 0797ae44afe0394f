import type { Head } from './read-head.js';
import type { FileEntry, SniffedEntry } from '../types.js';
/**
 * Sniffing from bytes already read, without libmagic: the pure part of the
 * engine's first step (lib/core/inspect.ts reads and names).
 */
export declare const INODE_MIME: Readonly<Record<string, string>>;
/** Entries that are never opened: folder markers, errors from the walk, links, FIFOs, devices. */
export declare function notOpened(entry: FileEntry): SniffedEntry | undefined;
/**
 * What a file is from its head. A regular file that is not DICOM keeps its
 * head and `mime: null` until libmagic names it (`needsMime`).
 */
export declare function sniffHead(entry: FileEntry, head: Head): SniffedEntry;
/** A regular file that is not DICOM and still waits for its MIME type. */
export declare function needsMime(sniffed: SniffedEntry): boolean;
