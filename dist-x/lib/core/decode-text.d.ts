/**
 * Decodes a text value as pydicom and DICOM readers present it: in the file's
 * character set, each of the backslash-separated values trimmed of padding
 * (spaces, NUL), joined again by `\`. Time linear in the value's length.
 */
export declare function decodeText(bytes: Uint8Array, vr: string, specificCharacterSet: string | undefined): string;
/**
 * `decodeText(bytes.subarray(start, end), vr, charset)`, without the subarray
 * and with the common case (plain ASCII, one value) trimmed on the bytes and
 * made into a string once: a crawl decodes some twenty values per file.
 *
 * Linear in the value's length, whatever it holds: every step below looks at
 * each byte or character a fixed number of times. (The anchored trims
 * `/[\0 ]+$/` and `/=+$/` they replace backtracked: a run of spaces that did
 * not end the value cost time quadratic in its length, minutes for one file.)
 */
export declare function decodeTextAt(bytes: Uint8Array, start: number, end: number, vr: string, specificCharacterSet: string | undefined): string;
