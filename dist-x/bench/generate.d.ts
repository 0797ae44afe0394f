/** Bumped when the generated tree changes, so stale trees are rebuilt. */
export declare const GENERATOR_VERSION = 1;
export interface GenerateOptions {
    files: number;
    seed: number;
    out: string;
    /** Folder of pydicom's test files. */
    corpus: string;
}
export interface TreeManifest {
    version: number;
    seed: number;
    files: number;
    dicom: number;
    noise: number;
    series: number;
    bytes: number;
    linksFrom?: string;
    /** Each series written: its SeriesInstanceUID and how many files carry it (images, and a dataset without preamble). */
    seriesList?: Array<{
        uid: string;
        files: number;
    }>;
}
/** Writes the tree and its manifest; returns the manifest. */
export declare function generate(opts: GenerateOptions): TreeManifest;
/**
 * The scale tree: `entries` files as hard links to the files of `from`, in
 * copies of its folder structure (`copy-NNN/...`), each file `repeats` times.
 * Costs directory entries only, no file data.
 */
export declare function linkTree(from: string, out: string, entries: number, keep?: (name: string) => boolean, repeats?: number): TreeManifest;
/** The manifest of a tree, when the tree is there and was made by this generator version. */
export declare function readManifest(out: string): TreeManifest | undefined;
