/**
 * Hostile values: DICOM files whose text values are long runs of what value
 * handling trims, splits or converts (spaces, NULs, backslashes, `=`, bytes
 * past ASCII, character-set switches), in every text VR the default
 * attributes read, in explicit VR (the 2-byte length caps a value at 64 KiB)
 * and implicit VR (a 4-byte length: up to the header cap). Each comes with
 * the value a reader must give back. Used by test/hostile.test.ts and by the
 * benchmark (bench/hostile.ts).
 */
import { uid, writeDicom } from './dicom-writer.js';
/** The default attribute of each text VR the defaults read, and SpecificCharacterSet. */
export const HOSTILE_SLOTS = Object.freeze([
    { keyword: 'SpecificCharacterSet', tag: '00080005', vr: 'CS' },
    { keyword: 'SOPInstanceUID', tag: '00080018', vr: 'UI' },
    { keyword: 'StudyDate', tag: '00080020', vr: 'DA' },
    { keyword: 'StudyTime', tag: '00080030', vr: 'TM' },
    { keyword: 'Modality', tag: '00080060', vr: 'CS' },
    { keyword: 'PatientName', tag: '00100010', vr: 'PN' },
    { keyword: 'PatientID', tag: '00100020', vr: 'LO' },
    { keyword: 'PatientAge', tag: '00101010', vr: 'AS' },
    { keyword: 'SeriesNumber', tag: '00200011', vr: 'IS' },
]);
/** Leading spaces are kept in these VRs (PS3.5 6.2), trimmed in the others. */
const KEEP_LEADING = new Set(['PN', 'LT', 'ST', 'UT']);
const latin1 = (s) => Buffer.from(s, 'latin1');
const run = (c, n) => c.repeat(Math.max(0, n));
/** Each pattern is the shape that made a regular expression backtrack, or a loop do work per byte. */
export const HOSTILE_PATTERNS = Object.freeze([
    {
        // `A\` + spaces + `X`: the trailing trim /[\0 ]+$/ tried every space of the run.
        name: 'spaces',
        bytes: (n) => latin1(`A\\${run(' ', n - 3)}X`),
        expected: (n, vr) => (KEEP_LEADING.has(vr) ? `A\\${run(' ', n - 3)}X` : 'A\\X'),
    },
    {
        name: 'nuls',
        bytes: (n) => latin1(`A\\${run('\0', n - 3)}X`),
        expected: (n) => `A\\${run('\0', n - 3)}X`,
    },
    {
        name: 'backslashes',
        bytes: (n) => latin1(run('\\', n)),
        expected: (n) => run('\\', n),
    },
    {
        // The person-name trim /=+$/ on a run of `=` that does not end the value.
        name: 'equals',
        bytes: (n) => latin1(`A${run('=', n - 2)}X`),
        expected: (n) => `A${run('=', n - 2)}X`,
    },
    {
        name: 'trailing-equals',
        bytes: (n) => latin1(`A^B${run('=', n - 3)}`),
        expected: (n, vr) => (vr === 'PN' ? 'A^B' : `A^B${run('=', n - 3)}`),
    },
    {
        // Bytes past ASCII take the character-set path; then spaces that do not end a value.
        name: 'latin1-spaces',
        charset: 'ISO_IR 100',
        bytes: (n) => Buffer.concat([Buffer.from([0xe9]), latin1(`${run(' ', n - 5)}X\\ Y`)]),
        expected: (n, vr) => `é${run(' ', n - 5)}X\\${KEEP_LEADING.has(vr) ? ' ' : ''}Y`,
    },
    {
        // ASCII and Latin-1 in turn under code extensions: a run of one byte each.
        name: 'iso2022-switches',
        charset: 'ISO 2022 IR 6\\ISO 2022 IR 100',
        bytes: (n) => latin1(run('Aé', n >> 1)),
        expected: (n) => run('Aé', n >> 1),
    },
    {
        // An escape sequence (ESC - A: Latin-1 into G1) every three bytes. Past 4096
        // switches a value is read as Latin-1 (lib/core/decode-text.ts), as in VRs
        // outside the character set.
        name: 'iso2022-escapes',
        charset: 'ISO 2022 IR 6\\ISO 2022 IR 100',
        bytes: (n) => latin1(`${run('\x1b-A', Math.floor((n - 1) / 3))}é`),
        expected: (n) => `${run('\x1b-A', Math.floor((n - 1) / 3))}é`,
    },
    {
        // A cell that starts like a formula and then is nearly a number: the CSV number check.
        name: 'formula-digits',
        bytes: (n) => latin1(`-${run('1', n - 2)}x`),
        expected: (n) => `-${run('1', n - 2)}x`,
    },
    {
        // A value of values that are each one pad: the most work per byte for the trim of multi-valued values.
        name: 'padded-values',
        bytes: (n) => latin1(run(' \\', n >> 1)),
        expected: (n) => run('\\', n >> 1),
    },
    {
        // Bytes past ASCII in a file that declares no character set: read as Latin-1.
        name: 'high-bytes',
        bytes: (n) => latin1(`${run('\xff', n - 2)}\\ `),
        expected: (n) => `${run('ÿ', n - 2)}\\`,
    },
]);
/** The largest even length an explicit-VR text value can have (2-byte length). */
export const EXPLICIT_MAX = 0xfffe;
/**
 * One file: `pattern` in `slot`, `n` bytes (rounded down to even), the other
 * default attributes ordinary.
 */
export function hostileFile(pattern, slot, syntax, n) {
    const size = n & ~1;
    const value = pattern.bytes(size);
    const normal = {
        SpecificCharacterSet: pattern.charset ?? '',
        SOPInstanceUID: uid(14, 1),
        StudyDate: '20240102',
        StudyTime: '101112',
        Modality: 'CT',
        PatientName: 'Doe^Jane',
        PatientID: 'HOSTILE1',
        PatientAge: '042Y',
        SeriesNumber: '3',
    };
    const elements = [{ tag: '00080016', vr: 'UI', value: '1.2.840.10008.5.1.4.1.1.2' }];
    for (const s of HOSTILE_SLOTS) {
        if (s === slot)
            elements.push({ tag: s.tag, vr: s.vr, value: new Uint8Array(value) });
        else if (normal[s.keyword])
            elements.push({ tag: s.tag, vr: s.vr, value: normal[s.keyword] });
    }
    // An odd value gets a pad byte from the writer (a space; NUL for UI): padding, trimmed.
    const expected = { ...normal, [slot.keyword]: pattern.expected(size, slot.vr) };
    return { name: `${pattern.name}-${slot.vr}-${slot.keyword}-${syntax}-${size}`, syntax, slot, valueBytes: value.length, bytes: writeDicom(elements, { syntax }), expected };
}
/**
 * The corpus: every pattern in every slot, explicit VR at the 64 KiB value
 * cap and implicit VR at `implicitBytes` (default 1 MiB).
 */
export function* hostileFiles(implicitBytes = 1 << 20) {
    for (const pattern of HOSTILE_PATTERNS) {
        for (const slot of HOSTILE_SLOTS) {
            // A hostile SpecificCharacterSet replaces the pattern's declared one.
            const p = slot.keyword === 'SpecificCharacterSet' ? { ...pattern, charset: undefined } : pattern;
            yield hostileFile(p, slot, 'explicit-le', EXPLICIT_MAX);
            yield hostileFile(p, slot, 'implicit-le', implicitBytes);
        }
    }
}
/** The file of the report: PatientName `A\` + spaces + `X`, implicit VR, 1 MiB. */
export function patientNameSpaces(bytes = 1 << 20) {
    return hostileFile(HOSTILE_PATTERNS[0], HOSTILE_SLOTS.find((s) => s.keyword === 'PatientName'), 'implicit-le', bytes);
}
/** An empty item of undefined length and its delimiter: 16 bytes, little endian. */
const EMPTY_ITEM = Buffer.from('feff00e0fffffffffeff0de000000000', 'hex');
/**
 * A header that is one sequence of empty items, `n` bytes of them (16 bytes
 * each), in ReferencedImageSequence between Modality and PatientID, implicit
 * VR. `outOfOrder`: an element after PatientID with a lower tag, so our scan
 * leaves the header to dicom-parser, which reads every item.
 */
export function manyItemsFile(n, outOfOrder) {
    const items = Math.floor(n / EMPTY_ITEM.length);
    const elements = [
        { tag: '00080016', vr: 'UI', value: '1.2.840.10008.5.1.4.1.1.2' },
        { tag: '00080060', vr: 'CS', value: 'CT' },
        { tag: '00081140', vr: 'SQ', value: [[]] },
        { tag: '00100020', vr: 'LO', value: 'SEQUENCE' },
    ];
    const one = writeDicom(elements, { syntax: 'implicit-le' });
    const at = one.indexOf(EMPTY_ITEM);
    const parts = [one.subarray(0, at), Buffer.alloc(items * EMPTY_ITEM.length).fill(EMPTY_ITEM), one.subarray(at + EMPTY_ITEM.length)];
    // (0008,0005) SpecificCharacterSet, empty, after (0010,0020): out of order.
    if (outOfOrder)
        parts.push(Buffer.from('080005000000000000', 'hex').subarray(0, 8));
    return { name: `items-${outOfOrder ? 'out-of-order' : 'in-order'}-implicit-le-${n}`, bytes: Buffer.concat(parts), items };
}
//# sourceMappingURL=hostile-values.js.map