import { Option } from 'commander';
import { commonOptions } from './options.js';
const EXAMPLES = `
Examples:
  dicom-crawler summary /data/siteA
      writes /data/siteA/modal_data.csv
  dicom-crawler summary --output-dir reports/ /data/siteA /data/siteB
      writes reports/siteA-modal_data.csv and reports/siteB-modal_data.csv
  dicom-crawler summary --stdout /data/siteA | csvlook -I --snifflimit 0
      one table for all roots on stdout

Rows: one per folder that directly holds DICOM files with a modality class,
and one per folder whose name matches a template but holds no readable DICOM
(empty values). Sorted by Study Date, then Acquisition Time (each with
empty values last), then by Path.`;
/** `dicom-crawler summary`: one row per series folder, the classic modal_data.csv. */
export function addSummaryCommand(program) {
    const cmd = program
        .command('summary')
        .description('One row per series folder: writes <root>/modal_data.csv for each root.')
        .argument('<root...>', 'folders to summarize (Path in the table starts as given here)')
        .addOption(new Option('--output-dir <dir>', 'write <name>-modal_data.csv per root into this folder instead of into each root'))
        .addOption(new Option('--stdout', 'write one table for all roots to stdout instead of files').default(false).conflicts('outputDir'));
    for (const o of commonOptions())
        cmd.addOption(o);
    cmd.addHelpText('after', EXAMPLES);
    cmd.action(async (roots, opts) => {
        // The summary's own modules (and stream-chain, csv-stringify) load only
        // when it runs: a per-file crawl never needs them (about 3 MB).
        const { runSummary } = await import('./summary.js');
        process.exitCode = await runSummary(roots, opts);
    });
    return cmd;
}
//# sourceMappingURL=summary-command.js.map