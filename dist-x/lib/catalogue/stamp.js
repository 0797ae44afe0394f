import { lstatSync, statSync } from 'node:fs';
import { headReaderAddon, nativeAllowed } from '../io/native-parts.js';
/**
 * The native head reader's `stamp` (native/head-reader.c): one `lstat` into
 * three integers and their text. `fs.lstatSync(p, {bigint: true})` builds a
 * Stats object of some twenty BigInts and four Dates for them: with the
 * garbage it left, a fifth of an unchanged re-run's time (docs/DECISIONS.md).
 */
const native = loadNative();
function loadNative() {
    const m = nativeAllowed('head-reader') ? headReaderAddon() : undefined;
    return typeof m?.stamp === 'function' && typeof m.stampFolder === 'function' ? m : undefined;
}
/** A Stamper: from `lstat` (`stat` when following links). */
export function stamper(followSymlinks) {
    const values = new BigInt64Array(3);
    // Three signed 64-bit integers in decimal and two colons: at most 62 bytes.
    const text = Buffer.alloc(64);
    let stamp;
    if (native) {
        stamp = (fsPath) => {
            const n = native.stamp(fsPath, values, followSymlinks, text);
            return n > 0 ? n : -1;
        };
    }
    else {
        const stat = followSymlinks ? statSync : lstatSync;
        stamp = (fsPath) => {
            try {
                const st = stat(fsPath, { bigint: true });
                values[0] = st.size;
                values[1] = st.mtimeNs;
                values[2] = BigInt.asIntN(64, st.ino);
                return text.write(`${values[0]}:${values[1]}:${values[2]}`, 'latin1');
            }
            catch {
                return -1;
            }
        };
    }
    return Object.assign(stamp, { values, text });
}
/**
 * A function that stamps the files `names` of the folder `dir` in one native
 * call (one open of the folder, then `fstatat` per name); undefined without
 * the native part. The function gives undefined when the folder cannot be
 * opened (stamp its files one by one then).
 */
export function folderStamper() {
    if (!native)
        return undefined;
    const stamps = { values: new BigInt64Array(3 * 256), text: Buffer.alloc(64 * 256), ends: new Int32Array(256) };
    return (dir, names) => {
        if (names.length > stamps.ends.length) {
            const n = Math.max(names.length, 2 * stamps.ends.length);
            stamps.values = new BigInt64Array(3 * n);
            stamps.text = Buffer.alloc(64 * n);
            stamps.ends = new Int32Array(n);
        }
        return native.stampFolder(dir, names, stamps.values, stamps.text, stamps.ends) === 0 ? stamps : undefined;
    };
}
/**
 * A chunk of the catalogue's rows (packed as the merge reads them) checked
 * against the files they name, under `root` (a path as the file system
 * takes it): one byte per row, 1 when the file has the row's stamp. The
 * writer thread checks the chunks it reads ahead, so that the merge need
 * not stamp those files (lib/catalogue/merge.ts). Undefined without the
 * native part.
 */
export function checkRows(root, packed, count) {
    if (!native?.checkRows)
        return undefined;
    const marks = new Uint8Array(count);
    return native.checkRows(root, packed, marks) === count ? marks : undefined;
}
//# sourceMappingURL=stamp.js.map