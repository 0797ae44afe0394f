/**
 * Is this head of a file DICOM? Decides from bytes alone, without libmagic:
 * libmagic calls files with a TIFF preamble `image/tiff` and files without a
 * preamble `application/octet-stream`, so it cannot be the DICOM test.
 */
export type DicomKind = 'part10' | 'raw' | 'none';
/** How a dataset without a file meta header is encoded, found by the raw check. */
export type RawEncoding = 'explicit-le' | 'implicit-le' | 'explicit-be';
export interface Detection {
    kind: DicomKind;
    /** For `raw`: the encoding the first elements parsed with. */
    encoding?: RawEncoding;
}
export declare const TRANSFER_SYNTAX_OF: Readonly<Record<RawEncoding, string>>;
/** The standard VRs, by name. */
export declare const VRS: readonly string[];
/** By a VR's two bytes (`b0 << 8 | b1`): 0 not a VR, SHORT_VR (16-bit length), LONG_VR (32-bit length); no string per element. */
export declare const VR_KIND: Uint8Array<ArrayBuffer>;
export declare const LONG_VR = 2;
export declare function isPart10(head: Uint8Array): boolean;
/** Detects `part10` (DICM at 128, whatever the preamble), `raw` (a dataset at byte 0) or `none`. */
export declare function detectDicom(head: Uint8Array, fileSize?: number): Detection;
/** Tries each encoding on the first elements; the first that reads as a plausible dataset wins. */
export declare function detectRawEncoding(head: Uint8Array, fileSize?: number, how?: {
    afterMeta?: boolean;
}): RawEncoding | undefined;
