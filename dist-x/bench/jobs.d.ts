export interface JobsBenchSetup {
    /** The bundled command (dist/cli/dicom-crawler.js). */
    cli: string;
    small: {
        root: string;
        files: number;
    };
    /** The 1M-entry tree, when asked for. */
    big?: {
        root: string;
        files: number;
    };
    outDir: string;
    runs: number;
    /** Whether dicomtocsv is there. */
    peer: boolean;
    machine: string;
    tags: readonly string[];
}
export declare function jobsBench(s: JobsBenchSetup): string;
