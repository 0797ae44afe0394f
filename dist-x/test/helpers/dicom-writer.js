/**
 * A tiny DICOM writer for tests and for the committed sample tree.
 *
 * It exists so fixtures are built from readable element lists instead of opaque binary blobs,
 * and so tests can produce exactly the awkward encodings real archives contain (implicit VR,
 * big endian, deflate, vendor TIFF preambles, files with no preamble at all) without a DICOM
 * toolkit as a dependency. It is deliberately dumb: no dictionary, the caller names every VR.
 */
import zlib from 'node:zlib';
/** Root of every UID the fixtures invent, so they can never collide with real studies. */
export const UID_ROOT = '1.2.826.0.1.3680043.10.543';
/** A UID under UID_ROOT; parts are numeric components. Throws past the 64-character limit. */
export function uid(...parts) {
    const out = [UID_ROOT, ...parts].join('.');
    if (out.length > 64 || !/^[0-9.]+$/.test(out))
        throw new Error(`bad UID ${out}`);
    return out;
}
export const TRANSFER_SYNTAX = {
    'implicit-le': '1.2.840.10008.1.2',
    'explicit-le': '1.2.840.10008.1.2.1',
    'explicit-be': '1.2.840.10008.1.2.2',
    'deflated': '1.2.840.10008.1.2.1.99',
};
const SHORT_VRS = new Set('AE AS AT CS DA DS DT FL FD IS LO LT PN SH SL SS ST TM UI UL US'.split(' '));
const LONG_VRS = new Set('OB OD OF OL OW SQ UC UN UR UT'.split(' '));
/** VRs whose padding is NUL rather than space (UI by the standard, binary ones because they are not text). */
const NUL_PADDED = new Set('UI OB OD OF OL OW UN'.split(' '));
const NUMERIC = {
    US: [2, (b, v, le) => (le ? b.writeUInt16LE(v) : b.writeUInt16BE(v))],
    SS: [2, (b, v, le) => (le ? b.writeInt16LE(v) : b.writeInt16BE(v))],
    UL: [4, (b, v, le) => (le ? b.writeUInt32LE(v) : b.writeUInt32BE(v))],
    SL: [4, (b, v, le) => (le ? b.writeInt32LE(v) : b.writeInt32BE(v))],
    FL: [4, (b, v, le) => (le ? b.writeFloatLE(v) : b.writeFloatBE(v))],
    FD: [8, (b, v, le) => (le ? b.writeDoubleLE(v) : b.writeDoubleBE(v))],
    // AT as numbers 0xGGGGEEEE: group then element, each in the syntax's byte order.
    AT: [4, (b, v, le) => {
            if (le) {
                b.writeUInt16LE(v >>> 16);
                b.writeUInt16LE(v & 0xffff, 2);
            }
            else
                b.writeUInt32BE(v);
        }],
};
function u16(v, le) {
    const b = Buffer.alloc(2);
    if (le)
        b.writeUInt16LE(v);
    else
        b.writeUInt16BE(v);
    return b;
}
function u32(v, le) {
    const b = Buffer.alloc(4);
    if (le)
        b.writeUInt32LE(v);
    else
        b.writeUInt32BE(v);
    return b;
}
function tagBytes(tag, le) {
    return Buffer.concat([u16(tag >>> 16, le), u16(tag & 0xffff, le)]);
}
function parseTag(tag) {
    if (!/^[0-9a-fA-F]{8}$/.test(tag))
        throw new Error(`tag must be 8 hex digits: ${tag}`);
    return parseInt(tag, 16);
}
/** The value bytes, padded to even length as the standard requires of every element. */
function valueBytes(el, enc) {
    const { vr, value } = el;
    let raw;
    if (value instanceof Uint8Array)
        raw = Buffer.from(value);
    else if (typeof value === 'number' || (Array.isArray(value) && value.every((v) => typeof v === 'number'))) {
        const nums = [value].flat();
        const numeric = NUMERIC[vr];
        if (numeric) {
            const [size, write] = numeric;
            raw = Buffer.concat(nums.map((n) => { const b = Buffer.alloc(size); write(b, n, enc.le); return b; }));
        }
        else if (SHORT_VRS.has(vr) || vr === 'UC' || vr === 'UT')
            raw = Buffer.from(nums.join('\\'), 'latin1');
        else
            throw new Error(`${el.tag}: numbers are not a valid value for VR ${vr}`);
    }
    else if (typeof value === 'string')
        raw = Buffer.from(value, enc.charset);
    else
        throw new Error(`${el.tag}: item arrays are only valid for SQ, not ${vr}`);
    return raw.length % 2 ? Buffer.concat([raw, Buffer.from([NUL_PADDED.has(vr) ? 0 : 0x20])]) : raw;
}
/** Sequences always get undefined lengths: readers must then walk items rather than skip them. */
function encodeElements(elements, enc) {
    const sorted = [...elements].sort((a, b) => parseTag(a.tag) - parseTag(b.tag));
    const undefinedLength = u32(0xffffffff, enc.le);
    return Buffer.concat(sorted.flatMap((el) => {
        const tag = tagBytes(parseTag(el.tag), enc.le);
        if (!SHORT_VRS.has(el.vr) && !LONG_VRS.has(el.vr))
            throw new Error(`${el.tag}: unknown VR ${el.vr}`);
        const head = enc.explicit
            ? [tag, Buffer.from(el.vr, 'latin1'), ...(LONG_VRS.has(el.vr) ? [Buffer.alloc(2)] : [])]
            : [tag];
        if (el.vr === 'SQ') {
            if (!Array.isArray(el.value) || !el.value.every(Array.isArray))
                throw new Error(`${el.tag}: SQ needs items`);
            const items = el.value.flatMap((item) => [
                tagBytes(0xfffee000, enc.le), undefinedLength,
                encodeElements(item, enc),
                tagBytes(0xfffee00d, enc.le), u32(0, enc.le),
            ]);
            return [...head, undefinedLength, ...items, tagBytes(0xfffee0dd, enc.le), u32(0, enc.le)];
        }
        const value = valueBytes(el, enc);
        if (enc.explicit && SHORT_VRS.has(el.vr)) {
            if (value.length > 0xffff)
                throw new Error(`${el.tag}: ${value.length} bytes is too long for VR ${el.vr}`);
            return [...head, u16(value.length, enc.le), value];
        }
        return [...head, u32(value.length, enc.le), value];
    }));
}
/** Some vendors (and dual-format writers) put a TIFF header in the preamble; readers must not care. */
function tiffPreamble() {
    const b = Buffer.alloc(128);
    b.write('II*\0', 0, 'latin1');
    b.writeUInt32LE(8, 4); // first IFD right after the header: zero entries, no next IFD
    return b;
}
function stringValue(elements, tag) {
    const v = elements.find((e) => e.tag.toUpperCase() === tag)?.value;
    return typeof v === 'string' ? v : undefined;
}
/** Serialise `elements` as a DICOM file (or bare data set). Deterministic: same input, same bytes. */
export function writeDicom(elements, opts = {}) {
    const syntax = opts.syntax ?? 'explicit-le';
    const preamble = opts.preamble ?? 'zero';
    const withMeta = opts.meta ?? preamble !== 'none-raw';
    const charset = opts.charset ?? 'utf8';
    if (elements.some((e) => e.tag.startsWith('0002')))
        throw new Error('meta elements are written by writeDicom itself');
    // Without a meta group nothing could tell a reader the bytes are deflated: no such files exist.
    if (syntax === 'deflated' && !withMeta)
        throw new Error('a deflated data set needs the meta group');
    const le = syntax !== 'explicit-be';
    let dataset = encodeElements(elements, { explicit: syntax !== 'implicit-le', le, charset });
    if (syntax === 'deflated')
        dataset = zlib.deflateRawSync(dataset, { level: 9 });
    const parts = [];
    if (preamble !== 'none-raw')
        parts.push(preamble === 'tiff' ? tiffPreamble() : Buffer.alloc(128), Buffer.from('DICM'));
    if (withMeta) {
        const metaEnc = { explicit: true, le: true, charset: 'latin1' };
        const body = encodeElements([
            { tag: '00020001', vr: 'OB', value: new Uint8Array([0, 1]) },
            { tag: '00020002', vr: 'UI', value: opts.sopClassUID ?? stringValue(elements, '00080016') ?? '' },
            { tag: '00020003', vr: 'UI', value: opts.sopInstanceUID ?? stringValue(elements, '00080018') ?? '' },
            { tag: '00020010', vr: 'UI', value: TRANSFER_SYNTAX[syntax] },
            { tag: '00020012', vr: 'UI', value: uid(0, 1) },
            { tag: '00020013', vr: 'SH', value: 'DCMCRAWL_TEST' },
        ], metaEnc);
        parts.push(encodeElements([{ tag: '00020000', vr: 'UL', value: body.length }], metaEnc), body);
    }
    parts.push(dataset);
    return Buffer.concat(parts);
}
/**
 * A (7FE0,0010) OW element of `bytes` bytes. Real images are a small header followed by a large
 * pixel payload; fixtures need that shape so "stop reading before the pixels" is observable.
 * The bytes are not swapped for explicit-be, so the 16-bit words read differently there; nothing
 * looks at the pixel values.
 */
export function pixelData(bytes) {
    if (!Number.isInteger(bytes) || bytes < 0 || bytes % 2)
        throw new Error('OW pixel data needs an even byte count');
    const data = new Uint8Array(bytes);
    for (let i = 0; i < bytes; i++)
        data[i] = (i * 7 + (i >> 8)) & 0xff;
    return { tag: '7FE00010', vr: 'OW', value: data };
}
//# sourceMappingURL=dicom-writer.js.map