import { type El, type WriteOptions } from './dicom-writer.js';
export interface Instance {
    modality: string;
    patient: string;
    sex: string;
    age: string;
    studyDate: string;
    /** Omitted: no AcquisitionTime element. */
    time?: string;
    study: number;
    series: number;
    n: number;
}
export declare function elements(i: Instance): El[];
export declare function dicomFile(i: Instance, opts?: WriteOptions): Buffer;
export declare const P1: {
    patient: string;
    sex: string;
    age: string;
    studyDate: string;
    study: number;
};
export declare const P2: {
    patient: string;
    sex: string;
    age: string;
    studyDate: string;
    study: number;
};
export declare const P3: {
    patient: string;
    sex: string;
    age: string;
    studyDate: string;
    study: number;
};
/** Relative path -> contents (a folder when `null`). */
export declare function treeFiles(): Array<[string, Buffer | null]>;
/** Writes the tree into a new temporary folder (readable by everyone, for the read-only test) and returns its path. */
export declare function buildSummaryTree(): string;
