import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { CrawlerError } from '../errors.js';
/** The attributes read when the user names none. */
export const DEFAULT_TAGS = Object.freeze([
    'SOPClassUID',
    'SOPInstanceUID',
    'Modality',
    'PatientID',
    'PatientName',
    'PatientSex',
    'PatientAge',
    'StudyDate',
    'StudyTime',
    'AcquisitionDate',
    'AcquisitionTime',
    'StudyInstanceUID',
    'SeriesInstanceUID',
    'SeriesNumber',
    'InstanceNumber',
    'SeriesDescription',
    'StudyDescription',
    'ProtocolName',
    'TransferSyntaxUID',
]);
/**
 * The file meta group (PS3.6 table 7-1) and the DICOMDIR's directory group
 * 0004 (PS3.6 table 8-1) are missing from the data dictionary package, which
 * covers only the dataset's other groups; TransferSyntaxUID is a default tag.
 */
const META_ELEMENTS = Object.freeze({
    '00020000': { keyword: 'FileMetaInformationGroupLength', vr: 'UL' },
    '00020001': { keyword: 'FileMetaInformationVersion', vr: 'OB' },
    '00020002': { keyword: 'MediaStorageSOPClassUID', vr: 'UI' },
    '00020003': { keyword: 'MediaStorageSOPInstanceUID', vr: 'UI' },
    '00020010': { keyword: 'TransferSyntaxUID', vr: 'UI' },
    '00020012': { keyword: 'ImplementationClassUID', vr: 'UI' },
    '00020013': { keyword: 'ImplementationVersionName', vr: 'SH' },
    '00020016': { keyword: 'SourceApplicationEntityTitle', vr: 'AE' },
    '00020017': { keyword: 'SendingApplicationEntityTitle', vr: 'AE' },
    '00020018': { keyword: 'ReceivingApplicationEntityTitle', vr: 'AE' },
    '00020100': { keyword: 'PrivateInformationCreatorUID', vr: 'UI' },
    '00020102': { keyword: 'PrivateInformation', vr: 'OB' },
    '00041130': { keyword: 'FileSetID', vr: 'CS' },
    '00041141': { keyword: 'FileSetDescriptorFileID', vr: 'CS' },
    '00041142': { keyword: 'SpecificCharacterSetOfFileSetDescriptorFile', vr: 'CS' },
    '00041200': { keyword: 'OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity', vr: 'UL' },
    '00041202': { keyword: 'OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity', vr: 'UL' },
    '00041212': { keyword: 'FileSetConsistencyFlag', vr: 'US' },
    '00041220': { keyword: 'DirectoryRecordSequence', vr: 'SQ' },
    '00041400': { keyword: 'OffsetOfTheNextDirectoryRecord', vr: 'UL' },
    '00041410': { keyword: 'RecordInUseFlag', vr: 'US' },
    '00041420': { keyword: 'OffsetOfReferencedLowerLevelDirectoryEntity', vr: 'UL' },
    '00041430': { keyword: 'DirectoryRecordType', vr: 'CS' },
    '00041432': { keyword: 'PrivateRecordUID', vr: 'UI' },
    '00041500': { keyword: 'ReferencedFileID', vr: 'CS' },
    '00041504': { keyword: 'MRDRDirectoryRecordOffset', vr: 'UL' },
    '00041510': { keyword: 'ReferencedSOPClassUIDInFile', vr: 'UI' },
    '00041511': { keyword: 'ReferencedSOPInstanceUIDInFile', vr: 'UI' },
    '00041512': { keyword: 'ReferencedTransferSyntaxUIDInFile', vr: 'UI' },
    '0004151A': { keyword: 'ReferencedRelatedGeneralSOPClassUIDInFile', vr: 'UI' },
    '00041600': { keyword: 'NumberOfReferences', vr: 'UL' },
});
/**
 * The attributes nearly every run asks for (the default and summary ones, and
 * SpecificCharacterSet), so resolving them does not load the whole
 * dictionary: that took about 25 ms of a run's start-up. A test keeps this
 * table equal to the dictionary.
 */
export const COMMON_ELEMENTS = Object.freeze({
    SOPClassUID: ['00080016', 'UI'],
    SOPInstanceUID: ['00080018', 'UI'],
    Modality: ['00080060', 'CS'],
    PatientID: ['00100020', 'LO'],
    PatientName: ['00100010', 'PN'],
    PatientSex: ['00100040', 'CS'],
    PatientAge: ['00101010', 'AS'],
    StudyDate: ['00080020', 'DA'],
    StudyTime: ['00080030', 'TM'],
    AcquisitionDate: ['00080022', 'DA'],
    AcquisitionTime: ['00080032', 'TM'],
    StudyInstanceUID: ['0020000D', 'UI'],
    SeriesInstanceUID: ['0020000E', 'UI'],
    SeriesNumber: ['00200011', 'IS'],
    InstanceNumber: ['00200013', 'IS'],
    SeriesDescription: ['0008103E', 'LO'],
    StudyDescription: ['00081030', 'LO'],
    ProtocolName: ['00181030', 'LO'],
    SpecificCharacterSet: ['00080005', 'CS'],
});
/**
 * The data dictionary (@iwharris/dicom-data-dictionary) reduced to keyword ->
 * [tag, VR] by scripts/compact-dictionary.mjs: the package itself costs about
 * 27 MB of memory once loaded, this table about 1 MB. Read when a keyword or
 * tag outside COMMON_ELEMENTS is asked for.
 */
let byKeyword;
export function dictionary() {
    byKeyword ??= JSON.parse(readFileSync(join(PACKAGE_ROOT, 'dist', 'lib', 'core', 'dictionary.json'), 'utf8')).elements;
    return byKeyword;
}
let byTag;
let byLowerKeyword;
function lookup(key) {
    const metaTag = Object.keys(META_ELEMENTS).find((t) => t === key.toUpperCase() || META_ELEMENTS[t].keyword.toLowerCase() === key.toLowerCase());
    if (metaTag)
        return { ...META_ELEMENTS[metaTag], tag: metaTag };
    const common = Object.hasOwn(COMMON_ELEMENTS, key) ? COMMON_ELEMENTS[key] : undefined;
    if (common)
        return { keyword: key, tag: common[0], vr: common[1] };
    const BY_KEYWORD = dictionary();
    let keyword = Object.hasOwn(BY_KEYWORD, key) ? key : undefined;
    if (!keyword && /^[0-9A-Fa-f]{8}$/.test(key)) {
        byTag ??= new Map(Object.entries(BY_KEYWORD).map(([k, [tag]]) => [tag, k]));
        keyword = byTag.get(key.toUpperCase());
    }
    else if (!keyword) {
        // Keywords in any case: no two standard keywords differ only by case (a test checks it).
        byLowerKeyword ??= new Map(Object.keys(BY_KEYWORD).map((k) => [k.toLowerCase(), k]));
        keyword = byLowerKeyword.get(key.toLowerCase());
    }
    const entry = keyword ? BY_KEYWORD[keyword] : undefined;
    return keyword && entry ? { keyword, tag: entry[0], vr: entry[1] } : undefined;
}
/** `00280010`, `0028,0010`, `(0028,0010)`, `0x00280010`, any case. */
const HEX_TAG = /^\(?(?:0x)?([0-9A-Fa-f]{4}),?([0-9A-Fa-f]{4})\)?$/;
/** The tag part of a private step: `0019,xx03`, `0019xx03`, `(0019,xx03)`; two hex digits in place of `xx` are taken as `xx`. */
const PRIVATE_TAG = /^\(?(?:0x)?([0-9A-Fa-f]{4}),?(?:xx|XX|[0-9A-Fa-f]{2})([0-9A-Fa-f]{2})\)?$/;
/** `[Creator]` before a step, `[N]` after it. */
const STEP = /^(?:\[([^\]]*)\])?([^[\]]+?)(?:\[(\d+)\])?$/;
const HINT = 'use a keyword like PatientID, a tag like 00100020 or (0010,0020), a path like ReferencedSeriesSequence/SeriesInstanceUID, or a private attribute like [GEMS_ACQU_01]0019,xx03';
/**
 * Resolves one attribute as the user wrote it: a keyword (any case), a tag
 * (`00280010`, `(0028,0010)`, `0028,0010`, `0x00280010`), a path through
 * sequences (`Seq/Attr`, `Seq[0]/Inner/Attr`; `.` works as `/`), a private
 * attribute by creator (`[Creator]gggg,xxee`), or a path ending in one.
 * Throws CrawlerError('BAD_TAG') naming what it cannot resolve.
 */
export function resolveTag(name) {
    const text = name.trim();
    const parts = splitOutsideBrackets(text, (c) => c === '/' || c === '.');
    const steps = parts.map((part) => resolveStep(part, name));
    for (let i = 0; i < steps.length - 1; i++) {
        const s = steps[i];
        if (!s.creator && s.vr !== undefined && s.vr !== 'SQ' && s.vr !== 'UN') {
            throw new CrawlerError('BAD_TAG', `"${name}": ${parts[i]} is not a sequence (VR ${s.vr}), so no attribute lies inside it`);
        }
    }
    const leaf = steps[steps.length - 1];
    if (leaf.item !== undefined)
        throw new CrawlerError('BAD_TAG', `"${name}": an item number [N] goes after a sequence that another step follows, e.g. Seq[0]/Attr`);
    const first = steps[0];
    if (steps.length === 1 && !first.creator)
        return makeSpec(text, leaf.hex, leaf.vr, first.tag);
    const number = first.creator ? (first.tag | 0xff00) >>> 0 : first.tag;
    if (number < 0x00030000)
        throw new CrawlerError('BAD_TAG', `"${name}": paths and private attributes are read from the dataset, not the file meta group`);
    const path = Object.freeze(steps.map((s) => Object.freeze({ tag: s.tag, ...(s.creator !== undefined ? { creator: s.creator } : {}), ...(s.item !== undefined ? { item: s.item } : {}) })));
    return Object.freeze({ ...makeSpec(text, leaf.hex, leaf.vr, number), path });
}
function resolveStep(part, name) {
    const m = STEP.exec(part.trim());
    if (!m)
        throw new CrawlerError('BAD_TAG', `cannot read "${part}" in "${name}" (${HINT})`);
    const creator = m[1];
    const body = m[2].trim();
    const item = m[3] === undefined ? undefined : Number(m[3]);
    if (creator !== undefined) {
        const p = PRIVATE_TAG.exec(body);
        if (!p || !creator.trim())
            throw new CrawlerError('BAD_TAG', `"${name}": a private attribute is written [Creator]gggg,xxee, e.g. [GEMS_ACQU_01]0019,xx03`);
        const group = parseInt(p[1], 16);
        if ((group & 1) === 0 || group < 9)
            throw new CrawlerError('BAD_TAG', `"${name}": group ${p[1]} is not a private group (private groups are odd, from 0009)`);
        const hex = `${p[1]}XX${p[2]}`.toUpperCase();
        return { tag: ((group << 16) | parseInt(p[2], 16)) >>> 0, creator: creator.trim(), item, vr: undefined, hex };
    }
    const hexMatch = HEX_TAG.exec(body);
    if (hexMatch) {
        const hex = `${hexMatch[1]}${hexMatch[2]}`.toUpperCase();
        return { tag: parseInt(hex, 16), item, vr: firstVr(lookup(hex)?.vr), hex };
    }
    const known = /^[A-Za-z][A-Za-z0-9]*$/.test(body) ? lookup(body) : undefined;
    if (!known)
        throw new CrawlerError('BAD_TAG', `unknown DICOM keyword "${body}"${body === name.trim() ? '' : ` in "${name}"`} (${HINT})`);
    if (!/^[0-9A-F]{8}$/.test(known.tag)) {
        throw new CrawlerError('BAD_TAG', `"${body}" is a repeating-group attribute (${known.tag}); name one tag of it in hex, e.g. 60003000`);
    }
    return { tag: parseInt(known.tag, 16), item, vr: firstVr(known.vr), hex: known.tag };
}
/** Dictionary VRs like "US or SS" or "OB or OW": the first. */
function firstVr(vr) {
    return (vr ? vr.split(/\s+or\s+|\s*\/\s*/)[0]?.trim() : undefined) || undefined;
}
function makeSpec(column, tag, vr, number) {
    return Object.freeze({ keyword: column, tag, key: `x${tag.toLowerCase()}`, vr, number });
}
/** Splits at the characters `at` says, except inside `[...]` or `(...)`. */
function splitOutsideBrackets(text, at) {
    const out = [];
    let depth = 0;
    let from = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '[' || c === '(')
            depth++;
        else if ((c === ']' || c === ')') && depth > 0)
            depth--;
        else if (depth === 0 && at(c)) {
            out.push(text.slice(from, i));
            from = i + 1;
        }
    }
    out.push(text.slice(from));
    return out;
}
/**
 * Splits a comma-separated list of attributes as the CLI takes them: a comma
 * inside `[Creator]` or `(gggg,eeee)` does not split, and `0028,0010` (two
 * halves of one tag, neither an attribute alone) stays one tag.
 */
export function splitTagList(value) {
    const pieces = splitOutsideBrackets(value, (c) => c === ',').map((s) => s.trim());
    const out = [];
    for (let i = 0; i < pieces.length; i++) {
        const piece = pieces[i];
        const next = pieces[i + 1];
        // `gggg` (or `...]gggg`, `.../gggg`) followed by `eeee` or `xxee`: one tag written with a comma.
        if (next !== undefined && /(^|[\]/.])(0x)?[0-9A-Fa-f]{4}$/.test(piece) && /^([0-9A-Fa-f]{2}|xx|XX)[0-9A-Fa-f]{2}([/.[]|$)/.test(next)) {
            out.push(`${piece},${next}`);
            i++;
        }
        else if (piece)
            out.push(piece);
    }
    return out;
}
/** A path's steps written the one way (`0040A730/[GEMS]0019XX03[0]`), so two spellings of one attribute are one column. */
function canonical(spec) {
    if (!spec.path)
        return spec.tag;
    return spec.path.map((s) => `${s.creator !== undefined ? `[${s.creator}]` : ''}${s.tag.toString(16).padStart(8, '0')}${s.item !== undefined ? `[${s.item}]` : ''}`).join('/');
}
/** Resolves a list, dropping repeats (the same attribute however written; the first spelling names the column) but keeping the user's order. */
export function resolveTags(names) {
    const seen = new Set();
    const out = [];
    for (const name of names) {
        if (typeof name === 'string' && !name.trim())
            continue;
        const spec = typeof name === 'string' ? resolveTag(name) : name;
        const key = canonical(spec);
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(spec);
    }
    return Object.freeze(out);
}
/** VR of a tag from the dictionary, for elements read without an explicit VR. */
export function dictionaryVr(key) {
    let vr = vrCache.get(key);
    if (vr === undefined) {
        vr = firstVr(lookup(key.slice(1))?.vr) ?? '';
        vrCache.set(key, vr);
    }
    return vr || undefined;
}
// Bounded by the number of distinct tags in the dictionary, not by files.
const vrCache = new Map();
//# sourceMappingURL=tags.js.map