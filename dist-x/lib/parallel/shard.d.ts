/**
 * One part of a crawl split across machines: shard `index` of `count`
 * (0 <= index < count). Folders are dealt to shards by a stable hash of their
 * path below the root, so `count` runs with the same roots give every file
 * exactly once, each run's output a complete file of its own.
 */
export interface Shard {
    index: number;
    count: number;
}
/** Largest shard count accepted: far beyond any array job, small enough to catch a typo. */
export declare const MAX_SHARDS = 100000;
/**
 * The variables `auto` reads, in this order: a Kubernetes Indexed Job's pod
 * index (its count is not given to the pod: from the `count` argument or
 * DICOM_CRAWLER_SHARD_COUNT), then a SLURM job array's task.
 */
export declare const SHARD_COUNT_VARIABLE = "DICOM_CRAWLER_SHARD_COUNT";
/**
 * `K/N`, or `auto` (from the environment: Kubernetes Indexed Jobs, SLURM job
 * arrays). `count` is the shard count for a Kubernetes index when the
 * variable is not set. A bad value or an `auto` with neither scheduler's
 * variables throws CrawlerError BAD_OPTION, before any file is read.
 */
export declare function parseShard(text: string, env?: NodeJS.ProcessEnv, count?: number): Shard;
/** A shard given as data (the library's option): checked as `--shard K/N` is. */
export declare function checkShard(shard: Shard, what?: string): Shard;
/**
 * The shard a folder belongs to: 32-bit FNV-1a of its path below the root
 * (UTF-8, `/`-separated, `''` for the root itself), modulo the count. The
 * same on every machine, whatever the root is called or where it is mounted.
 * Once per folder, never per file.
 */
export declare function shardOfFolder(dir: string, count: number): number;
