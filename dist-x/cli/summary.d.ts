import { type CommonCliOptions } from './options.js';
/** The classic file name, written into each root. */
export declare const SUMMARY_FILE = "modal_data.csv";
export interface SummaryCliOptions extends CommonCliOptions {
    outputDir?: string;
    stdout: boolean;
}
export declare function runSummary(roots: string[], opts: SummaryCliOptions): Promise<number>;
/**
 * `<root>/modal_data.csv`, or in `--output-dir` `<root name>-modal_data.csv`;
 * when two different roots share a name, each gets 8 hex digits of its full
 * path's hash, so roots never collide and the name stays the same run to run.
 */
export declare function targetFor(root: string, roots: readonly string[], index: number, outputDir: string | undefined): string;
