import { type IndexSummary } from '../lib/catalogue/update.js';
import type { IndexCliOptions } from './index-command.js';
export declare function runIndex(roots: string[], opts: IndexCliOptions): Promise<number>;
/** The end summary: what changed in the catalogue, then the crawl's summary of the files read. */
export declare function formatIndexSummary(db: string, s: IndexSummary): string;
