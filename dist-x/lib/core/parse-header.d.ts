import { type RecordErrorCode } from '../errors.js';
import { type Detection, type RawEncoding } from './detect-dicom.js';
import { type TagSpec } from './tags.js';
/** Values keyed by column (the attribute as the user wrote it): `null` when absent, `""` when present but empty. */
export type AttributeValues = Record<string, string | null>;
export interface HeaderResult {
    values: AttributeValues;
    /**
     * The top-level Modality, read whatever was asked (classification needs
     * it): `null` absent; undefined when the header could not be read.
     */
    modality?: string | null;
    /**
     * VRs the file itself gives for attributes the data dictionary does not
     * know (private ones), by column, when written in explicit VR: the VR of
     * the first value found.
     */
    fileVrs?: Record<string, string>;
    /**
     * Attributes asked for lie after the pixel data: read the file from
     * `offset` (the first byte after the pixel data's value) and give the
     * bytes to `parseTail` (one more read; the pixel data is never read).
     */
    tail?: TailHint;
    /** What went wrong and where, when the header could not be parsed to its end. */
    error?: string;
    /** The stable code of `error` (RECORD_ERRORS in lib/errors.ts). */
    code?: RecordErrorCode;
    /**
     * The prefix ended before every wanted attribute was reached and the file is
     * longer: read a larger prefix and parse again.
     */
    needMore: boolean;
}
export interface ParseOptions {
    /** Cap on inflated bytes for deflated files, so a small file cannot inflate without bound. */
    maxInflatedBytes?: number;
    /** No larger prefix will be read: report what this one holds instead of asking for more. */
    final?: boolean;
    /**
     * Find the wanted elements with our header scan, and run dicom-parser's
     * full parse only when the scan is unsure. Default `true`; `false` always
     * runs the full parse (the tests compare the two).
     */
    scan?: boolean;
}
/**
 * Parses the head prefix of a DICOM file (`head`, the first bytes of a file of
 * `fileSize` bytes) and returns the wanted attributes. Never throws: a file
 * that cannot be parsed to its end yields what was read and an error.
 */
export declare function parseHeader(head: Uint8Array, fileSize: number, detection: Detection, tags: readonly TagSpec[], options?: ParseOptions): HeaderResult;
/** Where the elements after the pixel data start in the file, and how they are encoded. */
export interface TailHint {
    offset: number;
    encoding: RawEncoding;
    /** The dataset's SpecificCharacterSet, for text there. */
    charset?: string;
}
/**
 * The attributes after the pixel data, from the bytes that follow it in the
 * file (`tail`, read at `hint.offset`): `result`'s values with them filled
 * in. What cannot be parsed there leaves them absent, and says so.
 */
export declare function parseTail(tail: Uint8Array, hint: TailHint, tags: readonly TagSpec[], result: HeaderResult): HeaderResult;
