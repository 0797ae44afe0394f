/** The per-file target. */
export declare const HOSTILE_TARGET_MS = 50;
export interface HostileTiming {
    name: string;
    valueBytes: number;
    ms: number;
    correct: boolean;
}
/** Times every pattern in every slot at each size (explicit VR at most 64 KiB, implicit VR any). */
export declare function timeHostile(sizes: readonly number[], runs: number, onFile?: (t: HostileTiming) => void): Promise<HostileTiming[]>;
/**
 * A sequence of empty items (test/helpers/hostile-values.ts `manyItemsFile`)
 * crawled alone: in tag order with the default columns and with its item
 * count as a column, out of order (dicom-parser reads it, to its bound), and
 * with a path column into it (dicom-parser reads its items, to theirs).
 */
export declare function timeSequences(sizes: readonly number[], runs: number): Promise<string>;
/** The PERFORMANCE.md table: per size, the slowest files and how many met the target. */
export declare function hostileTable(timings: readonly HostileTiming[]): string;
/** Explicit VR's largest value, 1 MiB, and the largest value whose file fits the 8 MiB header cap. */
export declare const HOSTILE_SIZES: readonly number[];
/** The docs/PERFORMANCE.md section (bench/run.ts `--hostile`). */
export declare function hostileSection(runs: number, machine: string): Promise<{
    id: string;
    text: string;
}>;
