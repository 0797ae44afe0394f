import { Command } from 'commander';
/** `dicom-crawler summary`: one row per series folder, the classic modal_data.csv. */
export declare function addSummaryCommand(program: Command): Command;
