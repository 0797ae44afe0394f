export interface NativeBench {
    ours: string[];
    tree: {
        root: string;
        files: number;
    };
    outDir: string;
    runs: number;
    /** Runs one command on a fresh mount of the network drive stand-in; undefined when it is not available. */
    onNetfs?: <T>(run: (mnt: string) => T) => T;
    netfsFiles?: number;
    note: (text: string) => void;
}
export declare function nativeBench(b: NativeBench): string;
