import { type Duplex } from 'node:stream';
/** Runs `items` through one stage and collects what comes out: arrays in, arrays out. */
export declare function runStage<T = unknown>(items: readonly unknown[], stage: Duplex): Promise<T[]>;
/** Same, for a stage whose output is text (CSV, NDJSON). */
export declare function runToText(items: readonly unknown[], stage: Duplex): Promise<string>;
