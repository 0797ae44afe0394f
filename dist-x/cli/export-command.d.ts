import { Command } from 'commander';
export interface ExportCliOptions {
    db: string[];
    table: 'files' | 'series' | 'studies' | 'patients';
    format: 'csv' | 'ndjson' | 'parquet';
    output?: string;
    allFiles: boolean;
}
/** `dicom-crawler export`: a catalogue's table as CSV, NDJSON or Parquet. */
export declare function addExportCommand(program: Command): Command;
