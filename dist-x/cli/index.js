#!/usr/bin/env node
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../lib/package-root.js';
import { pipeline } from 'node:stream/promises';
import { Command, CommanderError, Option } from 'commander';
import { crawl } from '../lib/crawl.js';
import { toParquet } from '../lib/stages/to-parquet.js';
import { CrawlerError, EXIT_CODES } from '../lib/errors.js';
import { CrawlStats } from '../lib/core/stats.js';
import { AtomicFile, checkStdoutOpen, describeWriteError, isStdout } from './atomic-output.js';
import { endInterrupted, installSignalHandlers, interruptedBy, Interrupted, onInterrupt, SIGNAL_EXIT, throwIfInterrupted } from './interrupt.js';
import { openStats, ownFiles } from './outputs.js';
import { checkRoots, collectList, commonOptions, resolveShard, resolveTagOptions } from './options.js';
import { loadTemplates } from '../lib/core/templates.js';
import { formatSummary } from './report.js';
import { addSummaryCommand } from './summary-command.js';
import { addIndexCommand } from './index-command.js';
import { addExportCommand } from './export-command.js';
import { colorsFor, Progress } from './progress.js';
import { defaultAttributesHelp } from './help.js';
import { smallHeap } from '../lib/util/small-heap.js';
const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8'));
/** Exit codes, documented in docs/CLI.md. */
export const EXIT = Object.freeze({ ok: 0, someUnreadable: 1, usage: 2, output: 3, sigint: 130, sigterm: 143 });
const EXAMPLES = `
Examples:
  dicom-crawler /data/archive > files.csv
      one CSV row per DICOM file, default attributes
  dicom-crawler --format ndjson --add-tags Manufacturer,BodyPartExamined /data | jq -r .Modality | sort | uniq -c
      NDJSON with two extra attributes, counted by modality
  dicom-crawler summary --output-dir reports/ /data/siteA /data/siteB
      one row per series folder, reports/<name>-modal_data.csv per root

Exit codes: 0 finished, 1 finished but some paths could not be read,
2 bad option, template or root, 3 output could not be written,
130/143 interrupted (SIGINT/SIGTERM).`;
export function buildProgram() {
    const program = new Command();
    program
        .name('dicom-crawler')
        // Options after `summary` belong to it, not to the per-file command that shares their names.
        .enablePositionalOptions()
        .description('Crawl folders of DICOM files into one record per file (CSV, NDJSON or Parquet on stdout).')
        // -v is what people type; -V (commander's default) still works, unlisted.
        .version(pkg.version, '-v, --version')
        .addOption(new Option('-V').hideHelp())
        // `dicom-crawler help [command]`: the word is not taken for a root (a root named help is ./help).
        .helpCommand(true)
        .argument('<root...>', 'folders to crawl (paths in the output start as given here)')
        .addOption(new Option('-f, --format <format>', 'output format').choices(['csv', 'ndjson', 'parquet']).default('csv'))
        .addOption(new Option('-o, --output <file>', 'write to this file, via a temp name renamed when complete (default: stdout)'))
        .addOption(new Option('--tags <list>', 'attributes to read: keywords, tags ((0010,0020), 00100020), paths into sequences (Seq/Attr, Seq[0]/Attr) or private attributes ([Creator]gggg,xxee), comma-separated, repeatable; each column is named as written (default: the default attributes, listed below)').argParser(collectList))
        .addOption(new Option('--add-tags <list>', 'attributes to read in addition to the default set (comma-separated, repeatable) (default: none)').argParser(collectList))
        .addOption(new Option('--escape-formulas', "CSV for spreadsheets: prefix cells that would run as formulas (=, +, -, @ first) with '").default(false))
        .addOption(new Option('--all-files', 'also write records for files that are not DICOM and paths skipped').default(false));
    for (const o of commonOptions())
        program.addOption(o);
    program.addHelpText('after', EXAMPLES + defaultAttributesHelp());
    addSummaryCommand(program);
    addIndexCommand(program);
    addExportCommand(program);
    program.on('option:V', () => {
        process.stdout.write(`${pkg.version}\n`);
        throw new CommanderError(0, 'commander.version', pkg.version);
    });
    program.action(async (roots, opts) => {
        process.exitCode = await runCrawl(roots, opts);
    });
    return program;
}
async function runCrawl(roots, opts) {
    // Everything that can be wrong with the command is found before any file is read.
    const tags = resolveTagOptions(opts.tags, opts.addTags);
    const templates = loadTemplates(opts.templates);
    checkRoots(roots);
    if (opts.format === 'parquet' && isStdout(opts.output) && process.stdout.isTTY) {
        throw new CrawlerError('BAD_OPTION', '--format parquet writes a binary file: give --output FILE or redirect stdout');
    }
    // Typed outputs hold no formulas: the option would do nothing there.
    if (opts.escapeFormulas && opts.format !== 'csv')
        throw new CrawlerError('BAD_OPTION', `--escape-formulas applies to CSV only, not to --format ${opts.format}`);
    const shard = resolveShard(opts);
    const toStdout = isStdout(opts.output);
    if (toStdout)
        checkStdoutOpen();
    let records;
    let progress;
    let stats;
    let out;
    // From here a signal ends the run at once, whatever it is doing: the output
    // is removed, the partial summary written (the crawl's streams are not
    // waited for: files already queued would be read first).
    const stopOnSignal = onInterrupt((signal) => {
        progress?.stop();
        out?.discard();
        endInterrupted(signal, (records?.stats ?? new CrawlStats()).toJSON(), opts.quiet, out ? [out.target] : [], (s) => stats?.write(s));
    });
    try {
        stats = await openStats(opts.stats, toStdout);
        out = toStdout ? undefined : await AtomicFile.open(opts.output);
    }
    catch (e) {
        stopOnSignal();
        stats?.discard();
        throw e;
    }
    records = crawl(roots, {
        tags,
        templates,
        match: opts.match,
        allFiles: opts.allFiles,
        followSymlinks: opts.followSymlinks,
        followOutsideRoots: opts.followOutsideRoots,
        concurrency: opts.concurrency,
        ...(opts.jobs !== undefined ? { jobs: opts.jobs } : {}),
        ...(shard ? { shard } : {}),
        ignore: ownFiles([out, stats?.file]),
        // CSV and NDJSON are written by the crawl itself (by its worker threads, with --jobs); Parquet from its records.
        ...(opts.format !== 'parquet' ? { format: opts.format, escapeFormulas: opts.escapeFormulas } : {}),
    });
    progress = Progress.wanted({ quiet: opts.quiet, toFile: Boolean(out) }) ? new Progress(records.stats).start() : undefined;
    let summary;
    records.on('stats', (s) => (summary = s));
    const parquet = opts.format === 'parquet' ? toParquet({ tags }) : undefined;
    const untyped = parquet?.untyped ?? records.untyped;
    try {
        if (parquet)
            await pipeline(records, parquet, out ? out.stream : process.stdout);
        else
            await pipeline(records, out ? out.stream : process.stdout);
        // A signal that came during the last reads is handled here, before the rename.
        if (out)
            await throwIfInterrupted();
        out?.commit();
    }
    catch (e) {
        stopOnSignal();
        progress?.stop();
        out?.discard();
        stats?.discard();
        throw e;
    }
    // A signal after the rename no longer stops the run (it has nothing left to undo): it ends with its own code.
    stopOnSignal();
    onInterrupt(() => { });
    progress?.stop(true);
    summary ??= records.stats.toJSON();
    if (untyped?.size)
        summary = { ...summary, untypedValues: untyped.toJSON() };
    if (!opts.quiet)
        process.stderr.write(formatSummary(summary, colorsFor(process.stderr)));
    stats?.write({ ...summary, interrupted: null });
    return summary.unreadableDirs + summary.unreadableFiles > 0 ? EXIT.someUnreadable : EXIT.ok;
}
/**
 * Whether this file is the program Node was asked to run. Node starts the
 * real file behind any link (an installed command is a link, maybe renamed:
 * `ln -s .../dicom-crawler.js ~/bin/dcmcrawl`), and a path may hold `#` or
 * `%`, which a URL built by hand reads as a fragment or an escape: so the
 * real paths are compared, never names or URLs.
 */
export function isMainModule(argv1) {
    if (!argv1)
        return false;
    const self = realpathSync(fileURLToPath(import.meta.url));
    // `node dist/cli/dicom-crawler` runs dicom-crawler.js: Node adds the extension.
    for (const candidate of [argv1, `${argv1}.js`]) {
        try {
            if (realpathSync(candidate) === self)
                return true;
        }
        catch {
            // Not there under this name: try the next.
        }
    }
    return false;
}
/** Runs the CLI; returns the exit code instead of exiting, so it can be tested in-process too. */
export async function main(argv) {
    const program = buildProgram();
    program.exitOverride();
    program.configureOutput({
        writeErr: (s) => process.stderr.write(s),
        outputError: (s, write) => write(`dicom-crawler: ${s.replace(/^error: /, '').trim()}\nRun 'dicom-crawler --help' for usage.\n`),
    });
    // Sub-commands were made before these settings: give them the same error handling.
    for (const sub of program.commands)
        sub.exitOverride().configureOutput(program.configureOutput());
    try {
        await program.parseAsync(argv);
        return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
    }
    catch (e) {
        return exitCodeFor(e);
    }
}
function exitCodeFor(e) {
    if (e instanceof CommanderError) {
        if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help')
            return EXIT.ok;
        return EXIT.usage;
    }
    if (e instanceof Interrupted)
        return SIGNAL_EXIT[e.signal];
    const err = e;
    if (err?.code === 'EPIPE' || err?.code === 'ERR_STREAM_PREMATURE_CLOSE')
        return EXIT.ok; // reader went away (`| head`)
    if (e instanceof CrawlerError) {
        // A catalogue that is not one, or too new, is no matter of usage: no pointer to --help.
        const usage = EXIT_CODES[e.code] === EXIT.usage && !e.code.includes('CATALOGUE');
        process.stderr.write(`dicom-crawler: ${e.message}\n${usage ? "Run 'dicom-crawler --help' for usage.\n" : ''}`);
        return EXIT_CODES[e.code];
    }
    if (err?.syscall === 'write' || err?.code === 'ENOSPC') {
        process.stderr.write(`dicom-crawler: cannot write output: ${describeWriteError(err)}\n`);
        return EXIT.output;
    }
    process.stderr.write(`dicom-crawler: ${err?.message ?? String(e)}\n`);
    return 1;
}
if (isMainModule(process.argv[1])) {
    // The heap settings the command used to take from its `#!` line, set here so
    // that they hold however it is started (docs/DECISIONS.md).
    smallHeap();
    installSignalHandlers();
    // Whatever ends the process (a signal, a closed pipe), no temp file of this run stays.
    process.on('exit', () => AtomicFile.discardAll());
    process.stdout.on('error', (e) => {
        if (e.code === 'EPIPE')
            process.exit(EXIT.ok);
    });
    main(process.argv).then((code) => {
        // Stopped by a signal: reads still in flight must not keep the process.
        if (interruptedBy())
            process.exit(code);
        process.exitCode = code;
    });
}
//# sourceMappingURL=index.js.map