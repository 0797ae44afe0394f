import type { CrawlSummary } from '../lib/core/stats.js';
import type { Colors } from './progress.js';
/** The end summary on stderr: counts that add up, and where to look when they do not. */
export declare function formatSummary(s: CrawlSummary, colors?: Colors): string;
