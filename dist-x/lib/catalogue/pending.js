/** Bytes of a key kept in its slot; a longer key is kept as a Buffer of its own. */
const SLOT = 128;
/**
 * The files the merge sends to be read, in walk order, until their records
 * come back: path, walk key, stamp and whether the catalogue had a row, in
 * typed arrays used as a ring. As an object each (with a Buffer and three
 * BigInts), they lived long enough to reach the old generation, where they
 * raised a first run's heap with the size of the tree (peak RSS).
 */
export class PendingFiles {
    capacity = 256;
    paths = new Array(this.capacity);
    keys = Buffer.allocUnsafeSlow(this.capacity * SLOT);
    longKeys = new Array(this.capacity);
    keyLengths = new Int32Array(this.capacity);
    stamps = new BigInt64Array(this.capacity * 3);
    /** 1: stamped, 2: the catalogue had a row, 4: the stamp comes with the file's record. */
    flags = new Uint8Array(this.capacity);
    head = 0;
    count = 0;
    /** Queues a file: its key (`keyLength` bytes of `key`), and its stamp (size, mtime in ns, inode at `stamp[si]`) unless it could not be stat'ed. */
    push(path, key, keyLength, stamp, si, existed, fromRead = false) {
        if (this.count === this.capacity)
            this.grow();
        const i = (this.head + this.count++) % this.capacity;
        this.paths[i] = path;
        this.keyLengths[i] = keyLength;
        if (keyLength <= SLOT)
            key.copy(this.keys, i * SLOT, 0, keyLength);
        else
            this.longKeys[i] = Buffer.from(key.subarray(0, keyLength));
        if (stamp) {
            this.stamps[3 * i] = stamp[si];
            this.stamps[3 * i + 1] = stamp[si + 1];
            this.stamps[3 * i + 2] = stamp[si + 2];
        }
        this.flags[i] = (stamp ? 1 : 0) | (existed ? 2 : 0) | (fromRead ? 4 : 0);
    }
    /** The path of the first file queued, if any. */
    firstPath() {
        return this.count ? this.paths[this.head] : undefined;
    }
    /** The first file's key (a view valid until the next push), stamp (null when it has none) and whether the catalogue had its row. */
    first() {
        const i = this.head;
        const length = this.keyLengths[i];
        const key = length <= SLOT ? this.keys.subarray(i * SLOT, i * SLOT + length) : this.longKeys[i];
        const stamped = (this.flags[i] & 1) !== 0;
        return {
            key,
            size: stamped ? this.stamps[3 * i] : null,
            mtimeNs: stamped ? this.stamps[3 * i + 1] : null,
            ino: stamped ? this.stamps[3 * i + 2] : null,
            existed: (this.flags[i] & 2) !== 0,
            fromRead: (this.flags[i] & 4) !== 0,
        };
    }
    /** Drops the first file. */
    shift() {
        const i = this.head;
        this.paths[i] = undefined;
        this.longKeys[i] = undefined;
        this.head = (i + 1) % this.capacity;
        this.count--;
    }
    grow() {
        const old = { paths: this.paths, keys: this.keys, longKeys: this.longKeys, keyLengths: this.keyLengths, stamps: this.stamps, flags: this.flags, capacity: this.capacity };
        this.capacity *= 2;
        this.paths = new Array(this.capacity);
        this.keys = Buffer.allocUnsafeSlow(this.capacity * SLOT);
        this.longKeys = new Array(this.capacity);
        this.keyLengths = new Int32Array(this.capacity);
        this.stamps = new BigInt64Array(this.capacity * 3);
        this.flags = new Uint8Array(this.capacity);
        for (let n = 0; n < this.count; n++) {
            const from = (this.head + n) % old.capacity;
            this.paths[n] = old.paths[from];
            this.longKeys[n] = old.longKeys[from];
            this.keyLengths[n] = old.keyLengths[from];
            old.keys.copy(this.keys, n * SLOT, from * SLOT, from * SLOT + SLOT);
            this.stamps.set(old.stamps.subarray(3 * from, 3 * from + 3), 3 * n);
            this.flags[n] = old.flags[from];
        }
        this.head = 0;
    }
}
//# sourceMappingURL=pending.js.map