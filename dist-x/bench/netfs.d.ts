export interface NetfsTool {
    name: string;
    cmd: string[];
    /** Mount the intact-only tree instead (gdcmscanner aborts on truncated files). */
    clean?: boolean;
    runs?: number;
    limit?: boolean;
}
export interface NetfsBench {
    tools: string;
    benchDir: string;
    tree: {
        root: string;
        files: number;
    };
    clean: {
        root: string;
        files: number;
    };
    ours: string[];
    peers: NetfsTool[];
    runs: number;
    note: (text: string) => void;
}
/** Builds delayfs and limit once (build.sh installs libfuse3 when it can). */
export declare function netfsTools(tools: string, out: string): boolean;
/** Runs `run` on a fresh delayfs mount of `src` (1 ms per round trip; `env` may add the tail), unmounted after. */
export declare function netfsMount<T>(tools: string, benchDir: string, src: string, env: Record<string, string>, run: (mnt: string) => T): T;
/** The table for docs/PERFORMANCE.md, and the ratios the targets are about. */
export declare function netfsBench(b: NetfsBench): {
    text: string;
    ratios: Record<string, number>;
};
