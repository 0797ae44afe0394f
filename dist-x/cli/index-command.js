import { Option } from 'commander';
import { collectList, commonOptions, positiveInt } from './options.js';
const EXAMPLES = `
Examples:
  dicom-crawler index --db archive.sqlite /data/archive
      first run: reads every file; later runs read only new and changed files
  sqlite3 archive.sqlite 'SELECT Modality, count(*) FROM files GROUP BY 1'
      query the catalogue (also while a run writes it)
  dicom-crawler export --db archive.sqlite --table series > series.csv

A file whose size, mtime and inode are unchanged is not opened; files gone are
removed. A run that is killed keeps what it committed: run it again to go on.
Schema: docs/CATALOGUE.md.

Exit codes: 0 finished, 1 finished but some paths could not be read,
2 bad option or root, or --db is not a catalogue (or a newer one),
3 catalogue cannot be written (read-only, disk full), 4 another run is writing
this catalogue, 130/143 interrupted (what was committed stays).`;
/** `dicom-crawler index`: keeps an SQLite catalogue of the roots up to date. */
export function addIndexCommand(program) {
    const cmd = program
        .command('index')
        .description('Keep an SQLite catalogue of the roots: reads only new and changed files, removes files gone.')
        .argument('<root...>', 'folders to index (paths in the catalogue start as given here)')
        .addOption(new Option('--db <file>', 'the catalogue (SQLite), created if missing').makeOptionMandatory())
        .addOption(new Option('--tags <list>', 'attributes to read, written as for the crawl (keywords, tags, sequence paths, private attributes by creator), comma-separated, repeatable; the catalogue keeps every attribute it ever had (default: the default attributes)').argParser(collectList))
        .addOption(new Option('--add-tags <list>', 'attributes to read in addition to the default set (comma-separated, repeatable) (default: none)').argParser(collectList))
        .addOption(new Option('--commit-every <n>', 'commit after this many files written (also at least once a second)').default(2000).argParser(positiveInt('--commit-every')))
        .addOption(new Option('--break-lock', 'take over a catalogue a run on another host is recorded as writing').default(false));
    // With --shard: one catalogue per shard (a catalogue refuses another shard, whose files would count as removed).
    for (const o of commonOptions())
        cmd.addOption(o);
    cmd.addHelpText('after', EXAMPLES);
    cmd.action(async (roots, opts) => {
        // SQLite and the catalogue's modules load only when it runs.
        const { runIndex } = await import('./index-run.js');
        process.exitCode = await runIndex(roots, opts);
    });
    return cmd;
}
//# sourceMappingURL=index-command.js.map