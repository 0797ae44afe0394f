import type { ExportCliOptions } from './export-command.js';
export declare function runExport(opts: ExportCliOptions): Promise<number>;
