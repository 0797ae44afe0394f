/** The project root: tests run from it (`npm test`). */
export declare const PROJECT_ROOT: string;
/** The built command beside this compiled test tree (dist/cli/dicom-crawler.js, the bundled CLI that `bin` installs). */
export declare const CLI: string;
export declare const SAMPLE: string;
/** pydicom's corpus, shared beside the project; absent for a user who cloned only the project. */
export declare const CORPUS: string;
export declare const HAVE_CORPUS: boolean;
export declare const CORPUS_SKIP: string | boolean;
export declare const here: (url: string) => string;
