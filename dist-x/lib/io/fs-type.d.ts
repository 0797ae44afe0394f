/**
 * How a root is read: `local` with blocking reads, one file at a time (a warm
 * local disk answers in microseconds: callbacks would cost more than they
 * hide), or `network` with many reads in flight (each open is a round trip to
 * a server: only overlap hides it).
 */
export type ReadMode = 'local' | 'network';
/**
 * statfs(2) `f_type` of the file systems whose every open, listing and read is
 * a round trip (Linux include/uapi/linux/magic.h, and coreutils' stat.c for
 * those the kernel tree does not hold: Lustre, GPFS, BeeGFS, panfs). FUSE is
 * here because most FUSE mounts people crawl are remote (sshfs, s3fs,
 * rclone, gcsfuse, virtiofs); 9p because it is how VMs and WSL see host
 * folders.
 */
export declare const NETWORK_FILE_SYSTEMS: ReadonlyMap<number, string>;
export interface RootFileSystem {
    /** statfs `f_type` (0 when it could not be read). */
    type: number;
    /** A short name for network file systems (`nfs`, `smb2`, `fuse`, ...), else the type in hex. */
    name: string;
    mode: ReadMode;
}
/**
 * The file system of a root, and whether it is read as a network drive.
 * Never throws: a root whose file system cannot be asked (another platform,
 * an error) is taken for a local disk, the behaviour before this check.
 */
export declare function rootFileSystem(root: string): RootFileSystem;
/** Files read at once on a network drive by default: about where the stand-in's limit levels off (docs/PERFORMANCE.md). */
export declare const NETWORK_CONCURRENCY = 32;
/**
 * Files handed to each reader thread at once on asynchronous reads: one
 * being read, one waiting, so a thread takes its next file as soon as it is
 * done. With only the files being read handed over, each thread waited, file
 * after file, for JavaScript's thread to take its result and hand it another,
 * and that thread is busy parsing (and, on a loaded machine, often not
 * running at all).
 */
export declare const FILES_PER_READER = 2;
/**
 * Folders listed at once ahead of the walk on a network drive (walk option
 * `listAhead`): as many as libuv's pool runs at once (`UV_THREADPOOL_SIZE`,
 * default 4), at most 16. Listings beyond the pool's threads wait in its
 * queue, first come first served, so the folders the walk needs next waited
 * behind later ones: 16 at once on 4 threads took the first file of the
 * stand-in 40 ms after the root was opened, 4 at once 20 ms.
 */
export declare function networkListAhead(): number;
/** How one root is read, as the end summary and `--stats` report it. */
export interface RootReadMode {
    root: string;
    /** `nfs`, `smb2`, `fuse`, ... for network file systems; `ext4`, `xfs`, ... or statfs's type in hex for the rest. */
    fileSystem: string;
    mode: ReadMode;
    /** Files read at once: 1 is blocking reads. */
    concurrency: number;
    /** `detected` from the file system, or `option` when `concurrency` was given. */
    chosen: 'detected' | 'option';
}
/**
 * Each root's read mode: with `concurrency` given, that for every root;
 * without, blocking reads on local disks and NETWORK_CONCURRENCY reads at
 * once on network file systems.
 */
export declare function readModes(roots: readonly string[], concurrency?: number): RootReadMode[];
