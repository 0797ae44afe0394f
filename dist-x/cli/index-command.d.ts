import { Command } from 'commander';
import { type CommonCliOptions } from './options.js';
export interface IndexCliOptions extends CommonCliOptions {
    db: string;
    tags?: string[];
    addTags?: string[];
    commitEvery: number;
    breakLock: boolean;
}
/** `dicom-crawler index`: keeps an SQLite catalogue of the roots up to date. */
export declare function addIndexCommand(program: Command): Command;
