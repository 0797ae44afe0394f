/**
 * Stamps a file: its size, mtime in nanoseconds and inode (its 64 bits as
 * signed, as SQLite stores it), what the catalogue compares to pass over an
 * unchanged file. Returns the length of the stamp's text in `text`, or -1
 * when the file cannot be stat'ed (gone, unreadable: the read then says why).
 * Both `values` and `text` are shared by every call: read them before the next.
 */
export interface Stamper {
    (fsPath: string | Buffer): number;
    /** size, mtime in ns, inode. */
    readonly values: BigInt64Array;
    /** The three as SQLite writes INTEGERs as text, `size:mtime_ns:inode`: compared with the catalogue's rows byte for byte, no number made. */
    readonly text: Buffer;
}
/** A Stamper: from `lstat` (`stat` when following links). */
export declare function stamper(followSymlinks: boolean): Stamper;
/**
 * The stamps of a folder's files, as a Stamper gives them without following
 * links: file i's three integers at `values[3i]`, its text in `text` from
 * `ends[i - 1]` (0 for the first) to `ends[i]`, empty when it cannot be
 * stat'ed. Shared by every call: read them before the next.
 */
export interface FolderStamps {
    values: BigInt64Array;
    text: Buffer;
    ends: Int32Array;
}
/**
 * A function that stamps the files `names` of the folder `dir` in one native
 * call (one open of the folder, then `fstatat` per name); undefined without
 * the native part. The function gives undefined when the folder cannot be
 * opened (stamp its files one by one then).
 */
export declare function folderStamper(): ((dir: string | Buffer, names: string[]) => FolderStamps | undefined) | undefined;
/**
 * A chunk of the catalogue's rows (packed as the merge reads them) checked
 * against the files they name, under `root` (a path as the file system
 * takes it): one byte per row, 1 when the file has the row's stamp. The
 * writer thread checks the chunks it reads ahead, so that the merge need
 * not stamp those files (lib/catalogue/merge.ts). Undefined without the
 * native part.
 */
export declare function checkRows(root: string, packed: Buffer, count: number): Uint8Array | undefined;
