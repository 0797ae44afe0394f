/**
 * The key that sorts the catalogue's rows in the walk's order: the folder
 * below the root with each `/` as byte 0x01, byte 0x00, then the name, all
 * as bytes. The walk yields a folder's files (by name, bytewise) before its
 * sub-folders (by name, each walked whole); with these separators, bytewise
 * key order is that order, so one pass over the catalogue, sorted by
 * (root, walk_key), meets the rows as the walk meets the files.
 */
export function walkKey(entry) {
    const rel = relativeBytes(entry);
    const cut = rel.lastIndexOf(0x2f);
    const key = Buffer.allocUnsafe(rel.length + 1);
    let n = 0;
    if (cut >= 0) {
        for (let i = 0; i < cut; i++)
            key[n++] = rel[i] === 0x2f ? 0x01 : rel[i];
    }
    key[n++] = 0x00;
    rel.copy(key, n, cut + 1);
    n += rel.length - cut - 1;
    return key.subarray(0, n);
}
/**
 * walkKey() for a stream of entries in walk order, written into one buffer
 * that is reused (`buf`, valid until the next call): the folder's part of
 * the key is written once per folder, and a key becomes a Buffer of its own
 * only when it is kept (the key was a tenth of an unchanged re-run's time).
 * Gives the same bytes as walkKey().
 */
export class KeyWriter {
    buf = Buffer.allocUnsafeSlow(1024);
    /** The folder whose part of the key is in `buf` (undefined: none). */
    folder;
    prefix = 0;
    /** Writes the key of `entry` into `buf`; returns its length. */
    entry(entry) {
        if (typeof entry.fsPath !== 'string' || entry.path === entry.root) {
            const key = walkKey(entry);
            this.folder = undefined;
            this.fit(key.length);
            key.copy(this.buf);
            return key.length;
        }
        const path = entry.path;
        const skip = entry.root.endsWith('/') ? entry.root.length : entry.root.length + 1;
        const cut = path.lastIndexOf('/');
        const dir = cut < skip ? '' : path.slice(skip, cut);
        if (dir !== this.folder)
            this.inFolder(dir);
        return this.name(path.slice(Math.max(cut + 1, skip)));
    }
    /** Sets the folder (below the root, `/`-separated, as paths write it) of the names to come. */
    inFolder(dir) {
        const bytes = Buffer.from(dir);
        this.fit(bytes.length + 1);
        for (let i = 0; i < bytes.length; i++)
            this.buf[i] = bytes[i] === 0x2f ? 0x01 : bytes[i];
        this.buf[bytes.length] = 0x00;
        this.folder = dir;
        this.prefix = bytes.length + 1;
    }
    /** Writes the key of a file `name` in the folder `dir` (below the root, `/`-separated, as paths write it); returns its length. */
    file(dir, name) {
        if (dir !== this.folder)
            this.inFolder(dir);
        return this.name(name);
    }
    /** Writes the key of a file named `name` in the folder set last; returns its length. */
    name(name) {
        this.fit(this.prefix + name.length * 3);
        return this.prefix + this.buf.write(name, this.prefix, 'utf8');
    }
    fit(length) {
        if (length <= this.buf.length)
            return;
        const grown = Buffer.allocUnsafeSlow(Math.max(length, 2 * this.buf.length));
        this.buf.copy(grown, 0, 0, this.prefix);
        this.buf = grown;
    }
}
/** The path below its root, as the bytes the walk sorted by (raw bytes when a name is not UTF-8). */
function relativeBytes(entry) {
    if (entry.path === entry.root)
        return Buffer.alloc(0); // a file given as the root
    const skip = entry.root.endsWith('/') ? entry.root.length : entry.root.length + 1;
    if (typeof entry.fsPath === 'string')
        return Buffer.from(entry.path.slice(skip));
    return entry.fsPath.subarray(Buffer.byteLength(entry.root) + (entry.root.endsWith('/') ? 0 : 1));
}
/** The folder below the root a key stands for (the inverse of walkKey's first part). */
export function keyFolder(key) {
    const end = key.indexOf(0x00);
    const dir = Buffer.from(key.subarray(0, end));
    for (let i = 0; i < dir.length; i++)
        if (dir[i] === 0x01)
            dir[i] = 0x2f;
    return dir.toString('utf8');
}
//# sourceMappingURL=walk-key.js.map