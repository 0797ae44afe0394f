export interface ShardBench {
    /** The command to run: node, its flags, the CLI. */
    command: string[];
    root: string;
    outDir: string;
    count: number;
}
export interface ShardResult {
    count: number;
    records: number;
    parts: number[];
    missing: number;
    twice: number;
    largestToMean: number;
    text: string;
}
export declare function shardBench(b: ShardBench): ShardResult;
