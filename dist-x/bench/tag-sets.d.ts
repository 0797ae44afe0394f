export declare const TAG_SETS: ReadonlyArray<readonly [name: string, args: readonly string[]]>;
/** Crawls `root` under each tag set `runs` times (in turn) with `command`; the markdown table, and whether every outcome agreed. */
export declare function tagSets(command: readonly string[], root: string, runs: number): {
    table: string;
    same: boolean;
};
