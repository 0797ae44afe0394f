import { VRS } from './detect-dicom.js';
/**
 * Where the scan found the wanted elements: for slot `i`, `found[i]` is 1
 * and the value is `length[i]` bytes at `offset[i]`, explicit VR `vr[i]`
 * (its two bytes, `b0 << 8 | b1`; 0 for implicit VR). One set of slots is
 * reused from file to file: no object per element.
 */
export class ScanSlots {
    found;
    offset;
    length;
    vr;
    /** The last top-level tag scanned (-1: none). */
    lastTag = -1;
    /** The scan stopped at the pixel data. */
    reachedPixels = false;
    /** The scan gave up because an element runs past the bytes (at `lastTag`, or after it when its header is cut). */
    ranOut = false;
    constructor(size) {
        this.found = new Uint8Array(size);
        this.offset = new Float64Array(size);
        this.length = new Float64Array(size);
        this.vr = new Uint16Array(size);
    }
    reset() {
        this.found.fill(0);
        this.lastTag = -1;
        this.reachedPixels = false;
        this.ranOut = false;
    }
}
/** The standard VRs' names, one string each (comparing two is comparing references); the scan keeps no other code. */
const VR_NAMES = new Map(VRS.map((vr) => [(vr.charCodeAt(0) << 8) | vr.charCodeAt(1), vr]));
/** The two characters of a VR code from `ScanSlots.vr`. */
export function vrName(code) {
    return VR_NAMES.get(code) ?? String.fromCharCode(code >> 8, code & 0xff);
}
const PIXEL_DATA = 0x7fe00010;
const ITEM = 0xfffee000;
const ITEM_END = 0xfffee00d;
const SEQUENCE_END = 0xfffee0dd;
const UNDEFINED = 0xffffffff;
/**
 * Length-field size of each explicit VR as dicom-parser reads it, by the VR's
 * two bytes (`b0 << 8 | b1`): 2 or 4; 0 for a VR we will not guess at (not a
 * standard VR, or OV/SV/UV, whose 32-bit length dicom-parser 1.8 does not know).
 */
const VR_LENGTH_SIZE = new Uint8Array(65536);
for (const vr of ['AE', 'AS', 'AT', 'CS', 'DA', 'DS', 'DT', 'FL', 'FD', 'IS', 'LO', 'LT', 'PN', 'SH', 'SL', 'SS', 'ST', 'TM', 'UI', 'UL', 'US']) {
    VR_LENGTH_SIZE[(vr.charCodeAt(0) << 8) | vr.charCodeAt(1)] = 2;
}
for (const vr of ['OB', 'OD', 'OL', 'OW', 'SQ', 'OF', 'UC', 'UR', 'UT', 'UN']) {
    VR_LENGTH_SIZE[(vr.charCodeAt(0) << 8) | vr.charCodeAt(1)] = 4;
}
const SQ = (0x53 << 8) | 0x51;
/**
 * Scans `b` from `start` (top level) to `end` (default: the end of `b`),
 * filling `out` (reset first) with the wanted elements. Returns false when
 * the bytes are not clean enough to be sure of the result.
 */
export function scanElements(b, start, explicit, wanted, out, end = b.length) {
    out.reset();
    const after = wanted.after ?? Infinity;
    const filter = filterOf(wanted.slots);
    let pos = start;
    let previous = -1;
    while (pos < end) {
        if (pos + 8 > end)
            return ranOutAt(out);
        const tag = tagAt(b, pos);
        // Tags go up in a sane dataset; anything else is left to dicom-parser and its messages.
        if (tag <= previous)
            return false;
        previous = tag;
        let dataOffset;
        let length;
        let vrCode = 0;
        if (explicit) {
            vrCode = (b[pos + 4] << 8) | b[pos + 5];
            const size = VR_LENGTH_SIZE[vrCode];
            if (size === 2) {
                length = b[pos + 6] | (b[pos + 7] << 8);
                dataOffset = pos + 8;
            }
            else if (size === 4) {
                if (pos + 12 > end)
                    return ranOutAt(out);
                length = u32(b, pos + 8);
                dataOffset = pos + 12;
            }
            else {
                return false;
            }
        }
        else {
            length = u32(b, pos + 4);
            dataOffset = pos + 8;
        }
        out.lastTag = tag;
        const slot = filter[Math.imul(tag, HASH) >>> 16] === 1 ? wanted.slots.get(tag) : undefined;
        if (slot !== undefined) {
            out.found[slot] = 1;
            out.offset[slot] = dataOffset;
            out.length[slot] = length;
            out.vr[slot] = vrCode;
        }
        if (tag === PIXEL_DATA) {
            // dicom-parser stops at the pixel data (untilTag) having read its header only.
            out.reachedPixels = true;
            return true;
        }
        let next;
        if (explicit ? vrCode === SQ : isImplicitSequence(b, tag, length, dataOffset, end)) {
            nestedRanOut = false;
            next = skipSequence(b, dataOffset, length, explicit, end, 0);
            if (next < 0 && nestedRanOut)
                return ranOutAt(out);
            // dicom-parser gives a sequence of undefined length the length up to its delimiter.
            if (slot !== undefined && length === UNDEFINED && next >= 0)
                out.length[slot] = next - 8 - dataOffset;
        }
        else if (length === UNDEFINED) {
            return false;
        }
        else {
            next = dataOffset + length;
        }
        if (next < 0)
            return false;
        // The element past the wanted ones is read through like dicom-parser reads it
        // (a broken sequence there makes its parse fail), then the scan stops.
        if (tag > after)
            return true;
        if (next > end)
            return ranOutAt(out);
        pos = next;
    }
    return true;
}
/**
 * A first test of whether a tag is wanted, without a Map lookup for each of
 * a header's elements: one byte per 16-bit hash of the tag, 1 where a wanted
 * tag falls. Kept per slot map (one per list of tags asked for).
 */
const HASH = 0x9e3779b1 | 0;
const filters = new WeakMap();
function filterOf(slots) {
    let filter = filters.get(slots);
    if (!filter) {
        filter = new Uint8Array(65536);
        for (const tag of slots.keys())
            filter[Math.imul(tag, HASH) >>> 16] = 1;
        filters.set(slots, filter);
    }
    return filter;
}
function ranOutAt(out) {
    out.ranOut = true;
    return false;
}
/** Set when a walk inside a sequence gave up because the bytes ended (`ranOut`, -1). */
let nestedRanOut = false;
function ranOut() {
    nestedRanOut = true;
    return -1;
}
function tagAt(b, pos) {
    return ((b[pos] | (b[pos + 1] << 8)) * 0x10000 + (b[pos + 2] | (b[pos + 3] << 8))) >>> 0;
}
function u32(b, pos) {
    return (b[pos] | (b[pos + 1] << 8) | (b[pos + 2] << 16)) + b[pos + 3] * 0x1000000;
}
/**
 * dicom-parser's implicit-VR rule: a value that starts with an item or a
 * sequence delimiter is a sequence (private tags only when of undefined length).
 */
function isImplicitSequence(b, tag, length, dataOffset, end) {
    if (dataOffset + 4 > end)
        return false;
    const next = tagAt(b, dataOffset);
    if (next !== ITEM && next !== SEQUENCE_END)
        return false;
    const privateTag = ((tag >>> 16) & 1) === 1;
    return !privateTag || length === UNDEFINED;
}
/** Sequences nested deeper than this are left to dicom-parser (real files nest a few levels). */
const MAX_DEPTH = 32;
/**
 * The number of items of a sequence (its value at `dataOffset`), walked as
 * the scan skips it, with no object per item; -1 when the walk is unsure
 * (dicom-parser then reads it).
 */
export function countItems(b, dataOffset, length, explicit) {
    const count = { items: 0 };
    return skipSequence(b, dataOffset, length, explicit, b.length, 0, count) < 0 ? -1 : count.items;
}
/** Skips a sequence's items; returns the offset after it, or -1 when unsure. Counts its items into `count`. */
function skipSequence(b, dataOffset, length, explicit, end, depth, count) {
    if (depth > MAX_DEPTH)
        return -1;
    let pos = dataOffset;
    if (length !== UNDEFINED) {
        const stop = dataOffset + length;
        if (stop > end)
            return ranOut();
        while (pos < stop) {
            pos = skipItem(b, pos, explicit, stop, depth);
            if (pos < 0)
                return -1;
            if (count)
                count.items++;
        }
        // Items that do not fill their sequence exactly: dicom-parser would carry on from where they ended.
        return pos === stop ? pos : -1;
    }
    for (;;) {
        if (pos + 8 > end)
            return ranOut();
        const tag = tagAt(b, pos);
        if (tag === SEQUENCE_END)
            return pos + 8;
        pos = skipItem(b, pos, explicit, end, depth);
        if (pos < 0)
            return -1;
        if (count)
            count.items++;
    }
}
/** Skips one item (FFFE,E000) and its nested dataset; -1 when unsure. */
function skipItem(b, pos, explicit, end, depth) {
    if (pos + 8 > end)
        return ranOut();
    if (tagAt(b, pos) !== ITEM)
        return -1;
    const length = u32(b, pos + 4);
    const start = pos + 8;
    if (length !== UNDEFINED) {
        const stop = start + length;
        if (stop > end)
            return ranOut();
        return skipNested(b, start, explicit, stop, false, depth);
    }
    return skipNested(b, start, explicit, end, true, depth);
}
/**
 * Skips the elements of an item's dataset: to `end` exactly, or (undefined
 * length) through the item delimiter. Returns the offset after, or -1.
 */
function skipNested(b, pos, explicit, end, toDelimiter, depth) {
    while (pos < end) {
        if (pos + 8 > end)
            return ranOut();
        const tag = tagAt(b, pos);
        if (toDelimiter && tag === ITEM_END)
            return u32(b, pos + 4) === 0 ? pos + 8 : -1;
        if ((tag >>> 16) === 0xfffe)
            return -1;
        let dataOffset;
        let length;
        let sequence;
        if (explicit) {
            const vrCode = (b[pos + 4] << 8) | b[pos + 5];
            const size = VR_LENGTH_SIZE[vrCode];
            if (size === 2) {
                length = b[pos + 6] | (b[pos + 7] << 8);
                dataOffset = pos + 8;
            }
            else if (size === 4) {
                if (pos + 12 > end)
                    return ranOut();
                length = u32(b, pos + 8);
                dataOffset = pos + 12;
            }
            else {
                return -1;
            }
            sequence = vrCode === SQ;
        }
        else {
            length = u32(b, pos + 4);
            dataOffset = pos + 8;
            sequence = isImplicitSequence(b, tag, length, dataOffset, end);
        }
        if (sequence) {
            pos = skipSequence(b, dataOffset, length, explicit, end, depth + 1);
            if (pos < 0)
                return -1;
        }
        else {
            if (length === UNDEFINED)
                return -1;
            pos = dataOffset + length;
            if (pos > end)
                return ranOut();
        }
    }
    // An item of undefined length whose delimiter is not in the bytes.
    if (toDelimiter)
        return ranOut();
    return pos !== end ? -1 : pos;
}
//# sourceMappingURL=scan-elements.js.map