/**
 * The files the merge sends to be read, in walk order, until their records
 * come back: path, walk key, stamp and whether the catalogue had a row, in
 * typed arrays used as a ring. As an object each (with a Buffer and three
 * BigInts), they lived long enough to reach the old generation, where they
 * raised a first run's heap with the size of the tree (peak RSS).
 */
export declare class PendingFiles {
    private capacity;
    private paths;
    private keys;
    private longKeys;
    private keyLengths;
    private stamps;
    /** 1: stamped, 2: the catalogue had a row, 4: the stamp comes with the file's record. */
    private flags;
    private head;
    private count;
    /** Queues a file: its key (`keyLength` bytes of `key`), and its stamp (size, mtime in ns, inode at `stamp[si]`) unless it could not be stat'ed. */
    push(path: string, key: Buffer, keyLength: number, stamp: BigInt64Array | undefined, si: number, existed: boolean, fromRead?: boolean): void;
    /** The path of the first file queued, if any. */
    firstPath(): string | undefined;
    /** The first file's key (a view valid until the next push), stamp (null when it has none) and whether the catalogue had its row. */
    first(): {
        key: Buffer;
        size: bigint | null;
        mtimeNs: bigint | null;
        ino: bigint | null;
        existed: boolean;
        fromRead: boolean;
    };
    /** Drops the first file. */
    shift(): void;
    private grow;
}
