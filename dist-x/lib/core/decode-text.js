import { asBuffer } from '../util/as-buffer.js';
import { isAscii } from 'node:buffer';
import { createRequire } from 'node:module';
// Loaded at the first value that is not plain ASCII in a declared character set (about 2.4 MB).
let characterSets;
const require = createRequire(import.meta.url);
/*
 * VR tests as comparisons, not Set lookups: some five per value, twenty
 * values per file. VR strings are the literals of scan-elements' table.
 */
/** VRs whose bytes are in the file's SpecificCharacterSet; the rest are ASCII by definition. */
const charsetVr = (vr) => vr === 'LO' || vr === 'SH' || vr === 'PN' || vr === 'LT' || vr === 'ST' || vr === 'UT' || vr === 'UC';
/** Text VRs where leading spaces are significant (PS3.5 6.2); others are trimmed both ends. */
const keepsLeading = (vr) => vr === 'PN' || vr === 'LT' || vr === 'ST' || vr === 'UT';
/**
 * Bytes as characters 0-255 (ISO 8859-1), by Buffer: what Node 20's
 * `TextDecoder('latin1')` gave too (test/hostile.test.ts), at a fraction of
 * its cost (88 ms for one 8 MiB value).
 */
function latin1(bytes) {
    return asBuffer(bytes).toString('latin1');
}
/**
 * Bounds on what one value can cost in character-set conversion (PS3.5 6.1:
 * a SpecificCharacterSet names at most a few terms; ISO 2022 text switches
 * sets at each run of one script, a few times per name). dicom-character-set
 * makes a decoder per run, so a value that switches at every byte cost time
 * in proportion to its switches: past these bounds the value is read as
 * Latin-1, as a value in a character set we do not know is.
 */
const MAX_CHARSET_LENGTH = 1024;
const MAX_CHARSET_SWITCHES = 4096;
/** Values longer than this are scanned with Buffer's native search, shorter ones with a loop (no call per value). */
const LONG_VALUE = 256;
/**
 * Decodes a text value as pydicom and DICOM readers present it: in the file's
 * character set, each of the backslash-separated values trimmed of padding
 * (spaces, NUL), joined again by `\`. Time linear in the value's length.
 */
export function decodeText(bytes, vr, specificCharacterSet) {
    return charsetVr(vr) && specificCharacterSet && !isPlainAscii(bytes) ? decodeConverted(bytes, vr, specificCharacterSet) : normalize(latin1(bytes), vr);
}
/** decodeText of a value known to hold bytes past ASCII (or ESC), of a VR in the file's character set. */
function decodeConverted(bytes, vr, specificCharacterSet) {
    let text;
    if (convertible(bytes, specificCharacterSet)) {
        characterSets ??= require('dicom-character-set');
        const way = termDecoder(specificCharacterSet);
        try {
            text = way === null ? characterSets.convertBytes(specificCharacterSet, bytes, { vr }) : way instanceof TextDecoder ? way.decode(bytes) : decodeSingleByte(bytes, way);
        }
        catch {
            try {
                // Writers switch back to ASCII (ESC ( B) under a list that does not name it (pydicom reads such values).
                text = characterSets.convertBytes(`${specificCharacterSet}\\ISO 2022 IR 6`, bytes, { vr });
            }
            catch {
                // An unknown or broken character set: keep the bytes readable rather than lose the value.
                text = latin1(bytes);
            }
        }
    }
    else {
        text = latin1(bytes);
    }
    return normalize(text, vr);
}
const termDecoders = new Map();
/** The last value's character set and its decoder: a file's values, and most files of a series, share one. */
let lastCharset;
let lastDecoder = null;
function termDecoder(specificCharacterSet) {
    if (specificCharacterSet === lastCharset)
        return lastDecoder;
    const term = specificCharacterSet.trim().toUpperCase();
    let decoder = termDecoders.get(term);
    if (decoder === undefined) {
        const set = Object.hasOwn(characterSets.characterSets, term) ? characterSets.characterSets[term] : undefined;
        // Unknown terms are not kept: the map holds only the library's own (a file's bytes never grow it).
        if (!set)
            return null;
        decoder = !set.encoding || set.extension || set.encoding === 'shift-jis' ? null : set.multiByte || set.encoding === 'utf-8' ? new TextDecoder(set.encoding) : byteTable(set.encoding);
        termDecoders.set(term, decoder);
    }
    lastCharset = specificCharacterSet;
    lastDecoder = decoder;
    return decoder;
}
/** The table of a one-byte character set, or 'latin1' when it is ISO 8859-1's; a TextDecoder if some byte is not one character. */
function byteTable(encoding) {
    const decoder = new TextDecoder(encoding);
    const table = new Uint16Array(256);
    let identity = true;
    for (let b = 0; b < 256; b++) {
        const c = decoder.decode(Uint8Array.of(b));
        if (c.length !== 1)
            return decoder;
        table[b] = c.charCodeAt(0);
        identity &&= table[b] === b;
    }
    return identity ? 'latin1' : table;
}
function decodeSingleByte(bytes, table) {
    if (table === 'latin1')
        return latin1(bytes);
    const units = new Uint16Array(bytes.length);
    for (let i = 0; i < bytes.length; i++)
        units[i] = table[bytes[i]];
    return Buffer.from(units.buffer, 0, units.byteLength).toString('utf16le');
}
/** Within the bounds above: a character set of sane length, and (with code extensions) few switches. */
function convertible(bytes, specificCharacterSet) {
    if (specificCharacterSet.length > MAX_CHARSET_LENGTH)
        return false;
    // One term without ISO 2022 is one decoder call for the whole value.
    if (!specificCharacterSet.includes('\\') && !specificCharacterSet.includes('2022'))
        return true;
    // At most one run per escape sequence and per change between bytes below and above 0x80.
    let switches = 0;
    let high = false;
    for (let i = 0; i < bytes.length; i++) {
        const c = bytes[i];
        if (c === 0x1b || c > 0x7f !== high) {
            high = c > 0x7f;
            if (++switches > MAX_CHARSET_SWITCHES)
                return false;
        }
    }
    return true;
}
/**
 * `decodeText(bytes.subarray(start, end), vr, charset)`, without the subarray
 * and with the common case (plain ASCII, one value) trimmed on the bytes and
 * made into a string once: a crawl decodes some twenty values per file.
 *
 * Linear in the value's length, whatever it holds: every step below looks at
 * each byte or character a fixed number of times. (The anchored trims
 * `/[\0 ]+$/` and `/=+$/` they replace backtracked: a run of spaces that did
 * not end the value cost time quadratic in its length, minutes for one file.)
 */
export function decodeTextAt(bytes, start, end, vr, specificCharacterSet) {
    const converted = charsetVr(vr) && specificCharacterSet !== undefined && specificCharacterSet !== '';
    let backslash = false;
    if (end - start > LONG_VALUE) {
        const value = asBuffer(bytes).subarray(start, end);
        if (converted && !isPlainAscii(value))
            return decodeConverted(value, vr, specificCharacterSet);
        backslash = value.indexOf(BACKSLASH) >= 0;
    }
    else {
        for (let i = start; i < end; i++) {
            const c = bytes[i];
            if (converted && (c > 0x7e || c === 0x1b))
                return decodeConverted(bytes.subarray(start, end), vr, specificCharacterSet);
            if (c === BACKSLASH)
                backslash = true;
        }
    }
    // Bytes are characters (ASCII, or Latin-1 for bytes past it): trimmed on the bytes.
    if (backslash && !singleValued(vr))
        return trimValuesOfBytes(bytes, start, end, vr);
    const e = trimmedEnd(bytes, start, end, vr);
    return asciiText(bytes, trimmedStart(bytes, start, e, vr), e);
}
/** Text VRs holding one value, backslashes included (PS3.5 6.2). */
const singleValued = (vr) => vr === 'LT' || vr === 'ST' || vr === 'UT';
const SPACE = 0x20;
const NUL = 0;
const BACKSLASH = 0x5c;
const EQUALS = 0x3d;
/** End of one value's bytes without its trailing padding (spaces, NUL; a person name's empty groups). */
function trimmedEnd(b, start, end, vr) {
    const e = runStart(b, start, end, SPACE, NUL);
    return vr === 'PN' ? runStart(b, start, e, EQUALS, EQUALS) : e; // "A^B=" reads "A^B", as in pydicom
}
function trimmedStart(b, start, end, vr) {
    return keepsLeading(vr) ? start : runEnd(b, start, end, SPACE, SPACE);
}
/**
 * Runs are scanned a byte at a time for their first bytes, then four bytes
 * at a time through a 32-bit view of the same memory, and past 4 KiB by
 * blocks: the run so far compared (Buffer's native compare) with as many
 * bytes next to it, up to 64 KiB; equal, they belong to the run too. Hostile
 * values are runs megabytes long, real ones a few bytes. A block that
 * differs ends the blocks: the words find where in it the run stops.
 */
const WORDS_AFTER = 64;
const BLOCKS_AFTER = 4096;
const MAX_BLOCK = 64 * 1024;
/** Whether the four bytes of `w` are all `a` or `c` (the same byte, or NUL and a byte of one bit set: space). */
function wordInRun(w, a, c) {
    return a === c ? w === a * 0x01010101 : (w & ~((a | c) * 0x01010101)) === 0;
}
/** End of the run of bytes `a` or `c` from `i` (`a` equal to `c`, or `c` NUL and `a` a space). */
function runEnd(v, i, end, a, c) {
    const from = i;
    const stop = Math.min(end, i + WORDS_AFTER);
    for (; i < stop; i++) {
        const x = v[i];
        if (x !== a && x !== c)
            return i;
    }
    i = wordsEnd(v, i, Math.min(end, from + BLOCKS_AFTER), a, c);
    if (i < from + BLOCKS_AFTER || i === end)
        return i;
    for (;;) {
        const size = Math.min(i - from, MAX_BLOCK, end - i);
        if (size === 0 || asBuffer(v).compare(v, i, i + size, i - size, i) !== 0)
            break;
        i += size;
    }
    return wordsEnd(v, i, end, a, c);
}
/** `runEnd` past its first bytes: whole aligned words, the bytes around them one by one. */
function wordsEnd(v, i, end, a, c) {
    const base = v.byteOffset;
    while (i < end && (base + i) % 4 !== 0 && (v[i] === a || v[i] === c))
        i++;
    if ((base + i) % 4 === 0 && end - i >= 4) {
        const words = new Uint32Array(v.buffer, 0, (base + end) >>> 2);
        let j = (base + i) >>> 2;
        while (j < words.length && wordInRun(words[j], a, c))
            j++;
        i = j * 4 - base;
    }
    while (i < end && (v[i] === a || v[i] === c))
        i++;
    return i;
}
/** Start of the run of bytes `a` or `c` that ends at `i`, not before `start` (as in `runEnd`). */
function runStart(v, start, i, a, c) {
    const to = i;
    const stop = Math.max(start, i - WORDS_AFTER);
    for (; i > stop; i--) {
        const x = v[i - 1];
        if (x !== a && x !== c)
            return i;
    }
    i = wordsStart(v, Math.max(start, to - BLOCKS_AFTER), i, a, c);
    if (i > to - BLOCKS_AFTER || i === start)
        return i;
    for (;;) {
        const size = Math.min(to - i, MAX_BLOCK, i - start);
        if (size === 0 || asBuffer(v).compare(v, i - size, i, i, i + size) !== 0)
            break;
        i -= size;
    }
    return wordsStart(v, start, i, a, c);
}
function wordsStart(v, start, i, a, c) {
    const base = v.byteOffset;
    while (i > start && (base + i) % 4 !== 0 && (v[i - 1] === a || v[i - 1] === c))
        i--;
    if ((base + i) % 4 === 0 && i - start >= 4) {
        const first = (base + start + 3) >>> 2;
        const words = new Uint32Array(v.buffer, 0, (base + i) >>> 2);
        let j = words.length;
        while (j > first && wordInRun(words[j - 1], a, c))
            j--;
        i = j * 4 - base;
    }
    while (i > start && (v[i - 1] === a || v[i - 1] === c))
        i--;
    return i;
}
/**
 * A multi-valued value: each value between backslashes trimmed, joined by
 * `\\` again; a person name's trailing `=` dropped from the whole. One pass
 * over the bytes, copying them into a buffer made into one string: a value's
 * trailing padding is copied, then cut when its end shows it was padding.
 * A run of one byte (spaces, NULs, backslashes, any byte) is, past its first
 * bytes, measured by blocks (`runEnd`) and copied or dropped at once: hostile
 * values are such runs, megabytes long.
 */
function trimValuesOfBytes(bytes, start, end, vr) {
    const keepLeading = keepsLeading(vr);
    const out = end - start <= scratch.length ? scratch : Buffer.allocUnsafe(end - start);
    st.n = 0;
    st.kept = 0;
    st.leading = !keepLeading;
    let i = start;
    while (i < end) {
        // 64 bytes in the plain loop, then a look for a run: the next byte equal to those 1, 32 and 64 before it.
        const stop = Math.min(end, i + WORDS_AFTER);
        feed(bytes, i, stop, out, keepLeading);
        i = stop;
        if (i >= end)
            break;
        const c = bytes[i];
        if (c !== bytes[i - 1] || c !== bytes[i - 32] || c !== bytes[i - WORDS_AFTER]) {
            // Or a run of a short pattern (` \\` repeated: a value boundary every other byte).
            const p = shortPeriod(bytes, i);
            if (p)
                i = periodicRun(bytes, i, end, p, out, keepLeading);
            continue;
        }
        // A long run: its bytes at once, as the loop would have treated them.
        const e = runEnd(bytes, i, end, c, c);
        if (c === BACKSLASH) {
            st.n = st.kept + e - i;
            out.fill(BACKSLASH, st.kept, st.n);
            st.kept = st.n;
            st.leading = !keepLeading;
        }
        else if (!(st.leading && c === SPACE)) {
            out.fill(c, st.n, st.n + e - i);
            st.n += e - i;
            st.leading = false;
            if (c !== NUL && c !== SPACE)
                st.kept = st.n;
        }
        i = e;
    }
    let n = st.kept;
    // pydicom drops a trailing empty component group of a person name ("A^B=" reads "A^B").
    if (vr === 'PN')
        n = runStart(out, 0, n, EQUALS, EQUALS);
    return out.toString('latin1', 0, n);
}
/**
 * The state of `trimValuesOfBytes` between pieces: bytes written (`n`), where
 * the output ends if the current value ends here (`kept`: after its last byte
 * that is not padding), and whether the current value's leading spaces are
 * still being dropped.
 */
const st = { n: 0, kept: 0, leading: false };
/** The byte loop of `trimValuesOfBytes` over bytes `i` to `stop`. */
function feed(bytes, i, stop, out, keepLeading) {
    let n = st.n;
    let kept = st.kept;
    let leading = st.leading;
    for (; i < stop; i++) {
        const c = bytes[i];
        if (c === BACKSLASH) {
            n = kept;
            out[n++] = BACKSLASH;
            kept = n;
            leading = !keepLeading;
        }
        else if (c === SPACE || c === NUL) {
            if (leading && c === SPACE)
                continue;
            leading = false;
            out[n++] = c;
        }
        else {
            leading = false;
            out[n++] = c;
            kept = n;
        }
    }
    st.n = n;
    st.kept = kept;
    st.leading = leading;
}
/** Periods `shortPeriod` looks for: a pattern of 2 to 8 bytes repeated. */
const MAX_PERIOD = 8;
/** The period of the 64 bytes before `i`, if they repeat a pattern of 2 to 8 bytes; else 0. */
function shortPeriod(bytes, i) {
    for (let p = 2; p <= MAX_PERIOD; p++) {
        if (bytes[i - 1] !== bytes[i - 1 - p] || bytes[i - 2] !== bytes[i - 2 - p] || bytes[i - 33] !== bytes[i - 33 - p])
            continue;
        if (asBuffer(bytes).compare(bytes, i - WORDS_AFTER, i - p, i - WORDS_AFTER + p, i) === 0)
            return p;
    }
    return 0;
}
/**
 * A run that repeats the `p` bytes before `i`: two periods through the byte
 * loop; if the second left the state as the first did (the same bytes kept
 * and pending, the same leading-space state), every further whole period
 * does the same, so its output is copied (by doubling) instead of made.
 * Returns where the byte loop goes on. Linear: the run is scanned ahead only
 * once it settled, and then consumed whole.
 */
function periodicRun(bytes, i, end, p, out, keepLeading) {
    // Two more periods first (cheap to check): a run that does not settle is not scanned ahead.
    if (end - i < 4 * p || asBuffer(bytes).compare(bytes, i, i + 2 * p, i - p, i + p) !== 0)
        return i;
    feed(bytes, i, i + p, out, keepLeading);
    const n1 = st.n;
    const kept1 = st.kept;
    const leading1 = st.leading;
    feed(bytes, i + p, i + 2 * p, out, keepLeading);
    i += 2 * p;
    const d = st.kept - kept1;
    const q = st.n - st.kept;
    if (st.leading !== leading1 || st.n - n1 !== d || n1 - kept1 !== q)
        return i;
    for (let k = 0; k < q; k++)
        if (out[kept1 + k] !== out[st.kept + k])
            return i;
    const more = Math.floor(periodicExtent(bytes, i, end, p) / p);
    if (d > 0 && more > 0) {
        // The bytes kept per period, out[kept1, kept1 + d), repeated `more` times after the second; the pending ones after them.
        const pending = out.toString('latin1', st.kept, st.n);
        const from = st.kept;
        const total = more * d;
        for (let done = 0; done < total;) {
            const chunk = Math.min(total - done, from + done - kept1);
            out.copyWithin(from + done, kept1, kept1 + chunk);
            done += chunk;
        }
        st.kept = from + total;
        st.n = st.kept + out.write(pending, st.kept, 'latin1');
    }
    return i + more * p;
}
/** How many bytes from `i` go on repeating the period `p` (each byte equal to the one `p` before it). */
function periodicExtent(bytes, i, end, p) {
    const b = asBuffer(bytes);
    let e = i;
    // Blocks, doubling, compared with the block `p` bytes before (native compare); then byte by byte.
    for (let size = WORDS_AFTER;; size = Math.min(size * 2, MAX_BLOCK)) {
        const n = Math.min(size, end - e);
        if (n === 0 || b.compare(bytes, e, e + n, e - p, e - p + n) !== 0)
            break;
        e += n;
    }
    while (e < end && bytes[e] === bytes[e - p])
        e++;
    return e - i;
}
/** Reused for values up to 64 KiB (the longest a short-length VR can hold); longer ones get their own. */
const scratch = Buffer.allocUnsafe(64 * 1024);
function asciiText(bytes, start, end) {
    if (end <= start)
        return '';
    return asBuffer(bytes).toString('latin1', start, end);
}
function isPlainAscii(bytes) {
    if (bytes.length > LONG_VALUE) {
        const b = asBuffer(bytes);
        return isAscii(b) && b.indexOf(0x7f) < 0 && b.indexOf(0x1b) < 0;
    }
    for (let i = 0; i < bytes.length; i++)
        if (bytes[i] > 0x7e || bytes[i] === 0x1b)
            return false;
    return true;
}
const SPACE_CHAR = 0x20;
const NUL_CHAR = 0;
/**
 * The same trims on decoded text (a character set's output), in one pass:
 * values between backslashes trimmed, joined again. The text is copied in
 * pieces only where something was trimmed.
 */
function normalize(text, vr) {
    if (singleValued(vr))
        return text.slice(0, trimEndOfText(text, 0, text.length));
    const keepLeading = keepsLeading(vr);
    let out = '';
    // Text from `keptFrom` to `keptTo` still to go out unchanged, backslashes included.
    let keptFrom = 0;
    let keptTo = 0;
    let from = 0;
    for (;;) {
        let to = text.indexOf('\\', from);
        if (to < 0)
            to = text.length;
        const e = trimEndOfText(text, from, to);
        let s = from;
        if (!keepLeading)
            while (s < e && text.charCodeAt(s) === SPACE_CHAR)
                s++;
        if (s === keptTo) {
            keptTo = e;
        }
        else {
            out += text.slice(keptFrom, keptTo);
            keptFrom = s;
            keptTo = e;
        }
        if (to >= text.length)
            break;
        if (keptTo === to) {
            keptTo = to + 1;
        }
        else {
            out += `${text.slice(keptFrom, keptTo)}\\`;
            keptFrom = keptTo = to + 1;
        }
        from = to + 1;
    }
    out += text.slice(keptFrom, keptTo);
    if (vr !== 'PN')
        return out;
    // pydicom drops a trailing empty component group of a person name ("A^B=" reads "A^B").
    let end = out.length;
    while (end > 0 && out.charCodeAt(end - 1) === 0x3d)
        end--;
    return end === out.length ? out : out.slice(0, end);
}
function trimEndOfText(text, from, to) {
    let e = to;
    while (e > from) {
        const c = text.charCodeAt(e - 1);
        if (c !== SPACE_CHAR && c !== NUL_CHAR)
            break;
        e--;
    }
    return e;
}
//# sourceMappingURL=decode-text.js.map