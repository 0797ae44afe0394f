import { Option } from 'commander';
import { collectList } from './options.js';
const EXAMPLES = `
Examples:
  dicom-crawler export --db archive.sqlite > files.csv
      one row per DICOM file, as the crawl writes it
  dicom-crawler export --db archive.sqlite --table series --format ndjson
      one JSON object per series (grouped by SeriesInstanceUID)
  dicom-crawler export --db shard1.sqlite --db shard2.sqlite --table studies -o studies.csv
      several catalogues (one per shard) read as one

Exit codes: 0 written, 2 bad option or --db is not a catalogue (or a newer
one), 3 output could not be written.`;
/** `dicom-crawler export`: a catalogue's table as CSV, NDJSON or Parquet. */
export function addExportCommand(program) {
    const cmd = program
        .command('export')
        .description("Write a catalogue's table (files, series, studies, patients) as CSV, NDJSON or Parquet.")
        .addOption(new Option('--db <file>', 'catalogue to read; repeat (or comma-separate) to read several as one').argParser(collectList).makeOptionMandatory())
        .addOption(new Option('--table <name>', 'what to write').choices(['files', 'series', 'studies', 'patients']).default('files'))
        .addOption(new Option('-f, --format <format>', 'output format (parquet: --table files only)').choices(['csv', 'ndjson', 'parquet']).default('csv'))
        .addOption(new Option('-o, --output <file>', 'write to this file, via a temp name renamed when complete (default: stdout)'))
        .addOption(new Option('--all-files', 'with --table files: also files that are not DICOM and paths skipped').default(false));
    cmd.addHelpText('after', EXAMPLES);
    cmd.action(async (opts) => {
        const { runExport } = await import('./export-run.js');
        process.exitCode = await runExport(opts);
    });
    return cmd;
}
//# sourceMappingURL=export-command.js.map