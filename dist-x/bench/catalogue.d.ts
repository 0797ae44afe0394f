import type { TreeManifest } from './generate.js';
/** What bench/run.ts lends: its measuring and reporting, so both benchmarks measure alike. */
export interface BenchKit {
    median: (xs: number[]) => number;
    note: (text: string) => void;
    machine: () => string;
    writeSection: (id: string, text: string) => void;
    /** The CLI with the Node flags of its shebang line. */
    command: string[];
    outDir: string;
}
export interface BenchTool {
    name: string;
    cmd: string[];
}
interface Tree {
    root: string;
    manifest: TreeManifest;
}
export declare function catalogueBench(kit: BenchKit, trees: Array<{
    label: string;
    tree: Tree;
    runs: number;
}>): string;
export {};
