/**
 * Is this head of a file DICOM? Decides from bytes alone, without libmagic:
 * libmagic calls files with a TIFF preamble `image/tiff` and files without a
 * preamble `application/octet-stream`, so it cannot be the DICOM test.
 */
export const TRANSFER_SYNTAX_OF = Object.freeze({
    'implicit-le': '1.2.840.10008.1.2',
    'explicit-le': '1.2.840.10008.1.2.1',
    'explicit-be': '1.2.840.10008.1.2.2',
});
/** The standard VRs, by name. */
export const VRS = [
    'AE', 'AS', 'AT', 'CS', 'DA', 'DS', 'DT', 'FL', 'FD', 'IS', 'LO', 'LT', 'OB', 'OD', 'OF', 'OL', 'OV', 'OW',
    'PN', 'SH', 'SL', 'SQ', 'SS', 'ST', 'SV', 'TM', 'UC', 'UI', 'UL', 'UN', 'UR', 'US', 'UT', 'UV',
];
/** VRs whose explicit form has 2 reserved bytes and a 32-bit length. */
const LONG_VRS = ['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'SQ', 'UC', 'UN', 'UR', 'UT', 'SV', 'UV'];
/** By a VR's two bytes (`b0 << 8 | b1`): 0 not a VR, SHORT_VR (16-bit length), LONG_VR (32-bit length); no string per element. */
export const VR_KIND = new Uint8Array(65536);
const SHORT_VR = 1;
export const LONG_VR = 2;
for (const vr of VRS)
    VR_KIND[(vr.charCodeAt(0) << 8) | vr.charCodeAt(1)] = LONG_VRS.includes(vr) ? LONG_VR : SHORT_VR;
/**
 * Groups a dataset without meta header may plausibly start with: the meta
 * group itself, identification (0008), patient (0010), acquisition (0018),
 * relationship (0020), image (0028). A text, gzip, JSON or ELF file starts
 * with bytes that make none of these.
 */
const FIRST_GROUPS = new Set([0x0002, 0x0008, 0x0010, 0x0018, 0x0020, 0x0028]);
/** How many elements must parse in a row before a raw dataset is believed. */
const RAW_ELEMENTS_NEEDED = 3;
export function isPart10(head) {
    return head.length >= 132 && head[128] === 0x44 && head[129] === 0x49 && head[130] === 0x43 && head[131] === 0x4d;
}
/** Detects `part10` (DICM at 128, whatever the preamble), `raw` (a dataset at byte 0) or `none`. */
export function detectDicom(head, fileSize = head.length) {
    if (isPart10(head))
        return { kind: 'part10' };
    const encoding = detectRawEncoding(head, fileSize);
    return encoding ? { kind: 'raw', encoding } : { kind: 'none' };
}
const ENCODINGS = Object.freeze(['explicit-le', 'explicit-be', 'implicit-le']);
/** Tries each encoding on the first elements; the first that reads as a plausible dataset wins. */
export function detectRawEncoding(head, fileSize = head.length, how = {}) {
    if (head.length < 8)
        return undefined;
    const afterMeta = how.afterMeta === true;
    for (let i = 0; i < ENCODINGS.length; i++) {
        if (walksAsDataset(head, fileSize, ENCODINGS[i], afterMeta))
            return ENCODINGS[i];
    }
    return undefined;
}
/**
 * After a meta header the bytes are known to be DICOM: any group may come
 * first, private ones included; only the encoding is in question.
 */
function walksAsDataset(b, fileSize, enc, afterMeta) {
    const le = enc !== 'explicit-be';
    let pos = 0;
    let previous = -1;
    let count = 0;
    while (count < RAW_ELEMENTS_NEEDED) {
        if (pos === fileSize && count > 0)
            return true; // a tiny dataset that ended cleanly
        if (pos + 8 > b.length)
            return false;
        const group = u16(b, pos, le);
        const element = u16(b, pos + 2, le);
        const tag = group * 0x10000 + element;
        if (count === 0 && !afterMeta && !FIRST_GROUPS.has(group))
            return false;
        if (tag <= previous || (group % 2 === 1 && !afterMeta) || group === 0xfffe)
            return false;
        let length;
        let header;
        if (enc === 'implicit-le') {
            length = u32(b, pos + 4, true);
            header = 8;
        }
        else {
            const kind = VR_KIND[(b[pos + 4] << 8) | b[pos + 5]];
            if (kind === 0)
                return false;
            if (kind === LONG_VR) {
                if (pos + 12 > b.length)
                    return false;
                if (b[pos + 6] !== 0 || b[pos + 7] !== 0)
                    return false;
                length = u32(b, pos + 8, le);
                header = 12;
            }
            else {
                length = u16(b, pos + 6, le);
                header = 8;
            }
        }
        // An undefined-length sequence cannot be skipped here: believe what came before it.
        if (length === 0xffffffff)
            return count >= 1 || afterMeta;
        if (pos + header + length > fileSize)
            return false;
        previous = tag;
        pos += header + length;
        count++;
    }
    return true;
}
function u16(b, p, le) {
    return le ? b[p] | (b[p + 1] << 8) : (b[p] << 8) | b[p + 1];
}
function u32(b, p, le) {
    return le ? (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16)) + b[p + 3] * 0x1000000 : b[p] * 0x1000000 + ((b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3]);
}
//# sourceMappingURL=detect-dicom.js.map