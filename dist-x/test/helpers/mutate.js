/**
 * A seeded mutator of DICOM files for the fuzz test: same seed, same mutants,
 * so any failure replays with `FUZZ_SEED=<seed>` (and `FUZZ_FILES`).
 *
 * Mutations aim where parsers break: truncation at element boundaries and
 * around the preamble, flipped bytes in the header, length fields set to
 * huge values, odd VRs, and deeply nested undefined-length sequences.
 */
/** mulberry32: tiny, fast, good enough to spread mutations; deterministic across platforms. */
export function rng(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** Length values that break naive readers: near 2^32, the undefined length, sign-bit values, odd ones. */
export const HUGE_LENGTHS = [0xfffffff0, 0xffffffff, 0xfffffffe, 0x7fffffff, 0x80000000, 0x10000000, 0xffff, 0xfffe, 0x7fff, 0x0001ffff];
const LONG_VRS = new Set(['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'SQ', 'UC', 'UN', 'UR', 'UT', 'SV', 'UV']);
const ODD_VRS = ['SQ', 'UN', 'OB', 'XX', '\0\0', '  ', 'ox', 'UT', 'AT', 'FD', 'US', 'ZZ', '\xff\xff'];
/**
 * Element positions found by walking the bytes as explicit (or implicit)
 * little endian from the meta header on: enough to aim mutations, no more.
 * Stops at the first thing that does not look like an element.
 */
export function elementSpots(b, max = 400) {
    const spots = [];
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const part10 = b.length >= 132 && b[128] === 0x44 && b[129] === 0x49 && b[130] === 0x43 && b[131] === 0x4d;
    let pos = part10 ? 132 : 0;
    while (pos + 8 <= b.length && spots.length < max) {
        const vr = String.fromCharCode(b[pos + 4], b[pos + 5]);
        const explicit = /^[A-Z]{2}$/.test(vr);
        let header;
        let length;
        if (explicit && LONG_VRS.has(vr)) {
            if (pos + 12 > b.length)
                break;
            spots.push({ offset: pos, lengthAt: pos + 8, lengthBytes: 4, vrAt: pos + 4 });
            length = view.getUint32(pos + 8, true);
            header = 12;
        }
        else if (explicit) {
            spots.push({ offset: pos, lengthAt: pos + 6, lengthBytes: 2, vrAt: pos + 4 });
            length = view.getUint16(pos + 6, true);
            header = 8;
        }
        else {
            spots.push({ offset: pos, lengthAt: pos + 4, lengthBytes: 4, vrAt: undefined });
            length = view.getUint32(pos + 4, true);
            header = 8;
        }
        // Undefined length (a sequence): step into it, its items are elements too.
        if (length === 0xffffffff)
            pos += header + (b[pos + header] === 0xfe && b[pos + header + 1] === 0xff ? 8 : 0);
        else
            pos += header + length;
    }
    return spots;
}
/** Nested undefined-length sequences, `depth` deep, as explicit LE bytes (tag (0040,A730) ContentSequence). */
export function nestedSequences(depth, explicit = true) {
    const open = explicit
        ? Buffer.from([0x40, 0x00, 0x30, 0xa7, 0x53, 0x51, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xfe, 0xff, 0x00, 0xe0, 0xff, 0xff, 0xff, 0xff])
        : Buffer.from([0x40, 0x00, 0x30, 0xa7, 0xff, 0xff, 0xff, 0xff, 0xfe, 0xff, 0x00, 0xe0, 0xff, 0xff, 0xff, 0xff]);
    // Item delimiter then sequence delimiter; left off on some levels so the nesting never closes.
    const close = Buffer.from([0xfe, 0xff, 0x0d, 0xe0, 0, 0, 0, 0, 0xfe, 0xff, 0xdd, 0xe0, 0, 0, 0, 0]);
    const parts = [];
    for (let i = 0; i < depth; i++)
        parts.push(open);
    for (let i = 0; i < Math.floor(depth / 2); i++)
        parts.push(close);
    return Buffer.concat(parts);
}
/** One mutant of `seed` (an intact file), chosen by `random`. */
export function mutate(seed, random) {
    const pick = (list) => list[Math.floor(random() * list.length)];
    const int = (n) => Math.floor(random() * n);
    const spots = elementSpots(seed);
    const spot = spots.length ? pick(spots) : undefined;
    const b = Buffer.from(seed);
    const kind = pick(['truncate', 'truncate', 'flip', 'flip', 'huge-length', 'huge-length', 'odd-vr', 'nest', 'splice', 'zero-run']);
    switch (kind) {
        case 'truncate': {
            const interesting = [0, 1, 7, 8, 127, 128, 129, 131, 132, 133, 139, 140, 144];
            const cut = random() < 0.6 && spot ? Math.max(0, spot.offset + int(14) - 2) : random() < 0.5 ? pick(interesting) : int(b.length + 1);
            return { bytes: b.subarray(0, Math.min(cut, b.length)), kind, note: `truncated at ${cut}` };
        }
        case 'flip': {
            // Mostly in the header, where the parser looks; now and then anywhere.
            const span = Math.min(b.length, random() < 0.8 ? 2048 : b.length);
            const n = 1 + int(8);
            const at = [];
            for (let i = 0; i < n && span > 0; i++) {
                const p = int(span);
                b[p] = random() < 0.5 ? b[p] ^ (1 << int(8)) : int(256);
                at.push(p);
            }
            return { bytes: b, kind, note: `bytes changed at ${at.join(',')}` };
        }
        case 'huge-length': {
            if (!spot)
                return { bytes: b, kind, note: 'no element found' };
            const value = pick(HUGE_LENGTHS);
            if (spot.lengthBytes === 4)
                b.writeUInt32LE(value, spot.lengthAt);
            else
                b.writeUInt16LE(value & 0xffff, spot.lengthAt);
            return { bytes: b, kind, note: `length at ${spot.lengthAt} set to 0x${value.toString(16)}` };
        }
        case 'odd-vr': {
            if (!spot || spot.vrAt === undefined)
                return { bytes: b, kind, note: 'no explicit VR found' };
            const vr = pick(ODD_VRS);
            b[spot.vrAt] = vr.charCodeAt(0) & 0xff;
            b[spot.vrAt + 1] = vr.charCodeAt(1) & 0xff;
            return { bytes: b, kind, note: `VR at ${spot.vrAt} set to ${JSON.stringify(vr)}` };
        }
        case 'nest': {
            const at = spot ? spot.offset : Math.min(b.length, 132);
            const depth = pick([50, 500, 5000, 20000]);
            const explicit = spot?.vrAt !== undefined;
            const nested = nestedSequences(depth, explicit);
            return { bytes: Buffer.concat([b.subarray(0, at), nested, b.subarray(at)]), kind, note: `${depth} nested sequences at ${at}` };
        }
        case 'splice': {
            // A slice of the file copied over another place: real-looking elements in the wrong spot.
            const from = int(b.length);
            const len = 1 + int(256);
            const to = spot ? spot.offset : int(b.length);
            b.set(seed.subarray(from, Math.min(from + len, seed.length)).subarray(0, Math.max(0, b.length - to)), to);
            return { bytes: b, kind, note: `${len} bytes from ${from} copied to ${to}` };
        }
        case 'zero-run': {
            const at = spot ? spot.offset : int(b.length);
            const len = 1 + int(64);
            b.fill(random() < 0.5 ? 0 : 0xff, at, Math.min(b.length, at + len));
            return { bytes: b, kind, note: `${len} bytes set at ${at}` };
        }
    }
}
//# sourceMappingURL=mutate.js.map