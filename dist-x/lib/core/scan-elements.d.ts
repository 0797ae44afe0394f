/**
 * A scan of the element headers of a little-endian dataset that notes where
 * the top-level elements a caller wants are (offset, length, VR), so their
 * values can be read straight from the bytes.
 *
 * It follows dicom-parser's own rules (which explicit VRs have a 32-bit
 * length; implicit VR: a sequence is an element whose value starts with an
 * item or sequence delimiter; items of defined and undefined length), but it
 * builds no object at all. It is exact or it gives up: whenever a file is
 * anything but clean (a length past the end, a VR dicom-parser would size
 * differently, tags out of order, an undefined length outside a sequence, an
 * item that does not fill its sequence) it returns false, and the caller
 * runs dicom-parser's parse, with its
 * messages. So results never differ from dicom-parser's on any file; the
 * equivalence is tested on pydicom's corpus and on fuzzed files.
 */
export interface ScanWanted {
    /** Top-level tags to keep, each with its slot in a `ScanSlots`. */
    readonly slots: ReadonlyMap<number, number>;
    /**
     * Stop at the first top-level element past this tag (its tag is still
     * reported as the last one, so the caller knows every wanted tag was
     * passed). Undefined: scan to the pixel data or the end of the bytes.
     */
    readonly after?: number;
}
/**
 * Where the scan found the wanted elements: for slot `i`, `found[i]` is 1
 * and the value is `length[i]` bytes at `offset[i]`, explicit VR `vr[i]`
 * (its two bytes, `b0 << 8 | b1`; 0 for implicit VR). One set of slots is
 * reused from file to file: no object per element.
 */
export declare class ScanSlots {
    readonly found: Uint8Array;
    readonly offset: Float64Array;
    readonly length: Float64Array;
    readonly vr: Uint16Array;
    /** The last top-level tag scanned (-1: none). */
    lastTag: number;
    /** The scan stopped at the pixel data. */
    reachedPixels: boolean;
    /** The scan gave up because an element runs past the bytes (at `lastTag`, or after it when its header is cut). */
    ranOut: boolean;
    constructor(size: number);
    reset(): void;
}
/** The two characters of a VR code from `ScanSlots.vr`. */
export declare function vrName(code: number): string;
/**
 * Scans `b` from `start` (top level) to `end` (default: the end of `b`),
 * filling `out` (reset first) with the wanted elements. Returns false when
 * the bytes are not clean enough to be sure of the result.
 */
export declare function scanElements(b: Uint8Array, start: number, explicit: boolean, wanted: ScanWanted, out: ScanSlots, end?: number): boolean;
/**
 * The number of items of a sequence (its value at `dataOffset`), walked as
 * the scan skips it, with no object per item; -1 when the walk is unsure
 * (dicom-parser then reads it).
 */
export declare function countItems(b: Uint8Array, dataOffset: number, length: number, explicit: boolean): number;
