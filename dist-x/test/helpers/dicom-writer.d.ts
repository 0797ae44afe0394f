/** One data element. `value` is an array of items (each a list of elements) when `vr` is SQ. */
export type El = {
    /** 8 hex digits, group then element: `'00100020'`. */
    tag: string;
    vr: string;
    /**
     * Strings are encoded with `opts.charset`; a Uint8Array is written untouched, which is how
     * text in other character sets (ISO 2022 escapes) and pixel data get in.
     */
    value: string | number | number[] | Uint8Array | El[][];
};
export type Syntax = 'explicit-le' | 'implicit-le' | 'explicit-be' | 'deflated';
export interface WriteOptions {
    syntax?: Syntax;
    /** 'none-raw': no preamble, no DICM, no meta group; the data set starts at byte 0. */
    preamble?: 'zero' | 'tiff' | 'none-raw';
    /** Write the (0002,xxxx) file meta group; default true unless preamble is 'none-raw'. */
    meta?: boolean;
    /** Defaults to the (0008,0016) string value of `elements`. */
    sopClassUID?: string;
    /** Defaults to the (0008,0018) string value of `elements`. */
    sopInstanceUID?: string;
    /**
     * How string values become bytes. Must agree with the SpecificCharacterSet the caller writes:
     * 'latin1' for ISO_IR 100, 'utf8' for ISO_IR 192. Default 'utf8' (identical for ASCII).
     */
    charset?: 'latin1' | 'utf8';
}
/** Root of every UID the fixtures invent, so they can never collide with real studies. */
export declare const UID_ROOT = "1.2.826.0.1.3680043.10.543";
/** A UID under UID_ROOT; parts are numeric components. Throws past the 64-character limit. */
export declare function uid(...parts: (string | number)[]): string;
export declare const TRANSFER_SYNTAX: Record<Syntax, string>;
/** Serialise `elements` as a DICOM file (or bare data set). Deterministic: same input, same bytes. */
export declare function writeDicom(elements: El[], opts?: WriteOptions): Buffer;
/**
 * A (7FE0,0010) OW element of `bytes` bytes. Real images are a small header followed by a large
 * pixel payload; fixtures need that shape so "stop reading before the pixels" is observable.
 * The bytes are not swapped for explicit-be, so the 16-bit words read differently there; nothing
 * looks at the pixel values.
 */
export declare function pixelData(bytes: number): El;
