import { Option } from 'commander';
import { type TagSpec } from '../lib/core/tags.js';
import { type Shard } from '../lib/parallel/shard.js';
/** What commander gives for the options both commands share (commonOptions). */
export interface CommonCliOptions {
    templates?: string;
    match: 'token' | 'substring';
    followSymlinks: boolean;
    followOutsideRoots: boolean;
    concurrency?: number;
    jobs?: number;
    stats?: string;
    quiet: boolean;
    shard?: string;
    shardCount?: number;
}
/** Options shared by the per-file crawl and `summary`. */
export declare function commonOptions(): Option[];
/** The library's one whole-number check, for an argument given as text. */
export declare function positiveInt(name: string, max?: number): (value: string) => number;
/** The shard to crawl, from --shard and --shard-count (and the environment for `auto`); checked before any output. */
export declare function resolveShard(opts: Pick<CommonCliOptions, 'shard' | 'shardCount'>): Shard | undefined;
/** Collects repeatable, comma-separated lists of attributes (`--tags A,B --tags C`); commas inside `[Creator]` and `(gggg,eeee)` stay. */
export declare function collectList(value: string, previous: string[] | undefined): string[];
export declare function resolveTagOptions(tags: string[] | undefined, addTags: string[] | undefined): readonly TagSpec[];
/** Every root must exist before anything is written: a typo stops the run with exit 2. */
export declare function checkRoots(roots: readonly string[]): void;
