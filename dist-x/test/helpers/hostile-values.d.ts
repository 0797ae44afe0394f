/**
 * Hostile values: DICOM files whose text values are long runs of what value
 * handling trims, splits or converts (spaces, NULs, backslashes, `=`, bytes
 * past ASCII, character-set switches), in every text VR the default
 * attributes read, in explicit VR (the 2-byte length caps a value at 64 KiB)
 * and implicit VR (a 4-byte length: up to the header cap). Each comes with
 * the value a reader must give back. Used by test/hostile.test.ts and by the
 * benchmark (bench/hostile.ts).
 */
import { type Syntax } from './dicom-writer.js';
/** The default attribute of each text VR the defaults read, and SpecificCharacterSet. */
export declare const HOSTILE_SLOTS: readonly [{
    readonly keyword: "SpecificCharacterSet";
    readonly tag: "00080005";
    readonly vr: "CS";
}, {
    readonly keyword: "SOPInstanceUID";
    readonly tag: "00080018";
    readonly vr: "UI";
}, {
    readonly keyword: "StudyDate";
    readonly tag: "00080020";
    readonly vr: "DA";
}, {
    readonly keyword: "StudyTime";
    readonly tag: "00080030";
    readonly vr: "TM";
}, {
    readonly keyword: "Modality";
    readonly tag: "00080060";
    readonly vr: "CS";
}, {
    readonly keyword: "PatientName";
    readonly tag: "00100010";
    readonly vr: "PN";
}, {
    readonly keyword: "PatientID";
    readonly tag: "00100020";
    readonly vr: "LO";
}, {
    readonly keyword: "PatientAge";
    readonly tag: "00101010";
    readonly vr: "AS";
}, {
    readonly keyword: "SeriesNumber";
    readonly tag: "00200011";
    readonly vr: "IS";
}];
export type HostileSlot = (typeof HOSTILE_SLOTS)[number];
interface Pattern {
    name: string;
    /** SpecificCharacterSet the file declares (not used when the hostile slot is the character set itself). */
    charset?: string;
    /** The value's bytes, `n` bytes long or about that. */
    bytes: (n: number) => Buffer;
    /** What a reader gives back for these bytes in this VR. */
    expected: (n: number, vr: string) => string;
}
/** Each pattern is the shape that made a regular expression backtrack, or a loop do work per byte. */
export declare const HOSTILE_PATTERNS: readonly Pattern[];
export interface HostileFile {
    name: string;
    syntax: Syntax;
    slot: HostileSlot;
    /** Bytes of the hostile value. */
    valueBytes: number;
    bytes: Buffer;
    /** Every default text attribute as a reader must give it back. */
    expected: Record<string, string>;
}
/** The largest even length an explicit-VR text value can have (2-byte length). */
export declare const EXPLICIT_MAX = 65534;
/**
 * One file: `pattern` in `slot`, `n` bytes (rounded down to even), the other
 * default attributes ordinary.
 */
export declare function hostileFile(pattern: Pattern, slot: HostileSlot, syntax: Syntax, n: number): HostileFile;
/**
 * The corpus: every pattern in every slot, explicit VR at the 64 KiB value
 * cap and implicit VR at `implicitBytes` (default 1 MiB).
 */
export declare function hostileFiles(implicitBytes?: number): Generator<HostileFile>;
/** The file of the report: PatientName `A\` + spaces + `X`, implicit VR, 1 MiB. */
export declare function patientNameSpaces(bytes?: number): HostileFile;
export interface ManyItemsFile {
    name: string;
    bytes: Buffer;
    /** Items in the sequence. */
    items: number;
}
/**
 * A header that is one sequence of empty items, `n` bytes of them (16 bytes
 * each), in ReferencedImageSequence between Modality and PatientID, implicit
 * VR. `outOfOrder`: an element after PatientID with a lower tag, so our scan
 * leaves the header to dicom-parser, which reads every item.
 */
export declare function manyItemsFile(n: number, outOfOrder: boolean): ManyItemsFile;
export {};
