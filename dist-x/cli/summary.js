import { statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { pipeline } from 'node:stream/promises';
import { chainUnchecked } from 'stream-chain';
import { crawl } from '../lib/crawl.js';
import { summarize, summaryToCsv } from '../lib/stages/summarize.js';
import { SUMMARY_TAGS } from '../lib/core/summary.js';
import { resolveTags } from '../lib/core/tags.js';
import { CrawlerError } from '../lib/errors.js';
import { Progress } from './progress.js';
import { loadTemplates } from '../lib/core/templates.js';
import { AtomicFile, checkStdoutOpen } from './atomic-output.js';
import { endInterrupted, onInterrupt, throwIfInterrupted } from './interrupt.js';
import { makeFolder, openStats, ownFiles } from './outputs.js';
import { checkRoots, resolveShard } from './options.js';
import { formatSummary } from './report.js';
/** The classic file name, written into each root. */
export const SUMMARY_FILE = 'modal_data.csv';
export async function runSummary(roots, opts) {
    // Everything that can be wrong with the command is found before any folder is read.
    const templates = loadTemplates(opts.templates);
    checkRoots(roots);
    const shard = resolveShard(opts);
    // Shards running at once must not write into the roots they crawl, nor over each other's file.
    if (shard && !opts.stdout && opts.outputDir === undefined)
        throw new CrawlerError('BAD_OPTION', 'summary --shard writes one part per shard: use --output-dir DIR (or --stdout)');
    const jobs = opts.stdout ? [{ roots }] : roots.map((root, i) => ({ roots: [root], target: partName(targetFor(root, roots, i, opts.outputDir), shard) }));
    if (opts.stdout)
        checkStdoutOpen();
    if (opts.outputDir)
        makeFolder(opts.outputDir);
    let stats;
    const discardAll = () => {
        for (const job of jobs)
            job.out?.discard();
        stats?.discard();
    };
    const reports = [];
    // From here a signal ends the run at once (after the crawl under way has said where it stopped):
    // no table renamed into place, the partial summary in --stats, 130/143.
    const stopOnSignal = onInterrupt((signal) => {
        for (const job of jobs)
            job.out?.discard();
        endInterrupted(signal, { roots: reports }, opts.quiet, jobs.flatMap((job) => (job.target ? [job.target] : [])), (s) => stats?.write(s));
    });
    try {
        stats = await openStats(opts.stats, opts.stdout);
        for (const job of jobs)
            if (job.target)
                job.out = await openTarget(job.target, opts.outputDir === undefined);
    }
    catch (e) {
        stopOnSignal();
        discardAll();
        throw e;
    }
    const own = ownFiles([...jobs.map((job) => job.out), stats?.file]);
    let unreadable = 0;
    try {
        for (const job of jobs) {
            const { rows, stats } = await summarizeJob(job, templates, opts, own, shard);
            reports.push({ roots: job.roots, output: job.target ?? '-', rows, stats });
            unreadable += stats.unreadableDirs + stats.unreadableFiles;
            if (!opts.quiet)
                process.stderr.write(`${job.target ?? 'stdout'}: ${rows} ${rows === 1 ? 'folder' : 'folders'}\n${formatSummary(stats)}`);
        }
        // Every table is renamed into place only when all are complete: 130 or 143 means none was touched.
        await throwIfInterrupted();
        for (const job of jobs)
            job.out?.commit();
    }
    catch (e) {
        stopOnSignal();
        discardAll();
        throw e;
    }
    // A signal after the renames no longer stops the run (it has nothing left to undo): it ends with its own code.
    stopOnSignal();
    onInterrupt(() => { });
    stats?.write({ roots: reports, interrupted: null });
    return unreadable > 0 ? 1 : 0;
}
async function summarizeJob(job, templates, opts, own, shard) {
    const records = crawl(job.roots, {
        tags: resolveTags([...SUMMARY_TAGS]),
        templates,
        match: opts.match,
        allFiles: true,
        // Summary rows count the other files but show no MIME types: their records need not wait for libmagic.
        recordMime: false,
        announceDirs: true,
        followSymlinks: opts.followSymlinks,
        followOutsideRoots: opts.followOutsideRoots,
        concurrency: opts.concurrency,
        ...(opts.jobs !== undefined ? { jobs: opts.jobs } : {}),
        // Our own output (the temp files being written, an earlier modal_data.csv) is not part of the archive.
        ignore: [...own, ...job.roots.map((root) => join(root, SUMMARY_FILE))],
        ...(shard ? { shard } : {}),
    });
    let stats;
    records.on('stats', (s) => (stats = s));
    const progress = Progress.wanted({ quiet: opts.quiet, toFile: Boolean(job.out) }) ? new Progress(records.stats).start() : undefined;
    let rows = 0;
    // Plain functions in a chain, not async generators: those cost a promise per record.
    const counted = (row) => {
        rows++;
        return row;
    };
    // A signal ends the run from runSummary's handler; this crawl first says where it stopped.
    const stopOnSignal = onInterrupt(() => {
        progress?.stop();
        if (!opts.quiet)
            process.stderr.write(`${job.target ?? 'stdout'}: stopped\n${formatSummary(records.stats.toJSON())}`);
    });
    try {
        await pipeline(records, summarize({ templates, match: opts.match }), chainUnchecked([counted]), summaryToCsv(), job.out ? job.out.stream : process.stdout);
    }
    catch (e) {
        progress?.stop();
        throw e;
    }
    finally {
        stopOnSignal();
    }
    progress?.stop(true);
    return { rows, stats: stats ?? records.stats.toJSON() };
}
/**
 * `<root>/modal_data.csv`, or in `--output-dir` `<root name>-modal_data.csv`;
 * when two different roots share a name, each gets 8 hex digits of its full
 * path's hash, so roots never collide and the name stays the same run to run.
 */
export function targetFor(root, roots, index, outputDir) {
    if (outputDir === undefined) {
        if (!statSync(root).isDirectory()) {
            throw new CrawlerError('ROOT_NOT_DIRECTORY', `${root} is not a folder: modal_data.csv is written into each root; use --output-dir DIR or --stdout`);
        }
        return join(root, SUMMARY_FILE);
    }
    const full = resolve(root);
    const name = rootName(full);
    const clash = roots.some((other, j) => j !== index && rootName(resolve(other)) === name && resolve(other) !== full);
    // node:crypto is loaded only here: a dozen internal modules that start-up otherwise never needs.
    const createHash = clash ? createRequire(import.meta.url)('node:crypto').createHash : undefined;
    const suffix = createHash ? `-${createHash('sha256').update(full).digest('hex').slice(0, 8)}` : '';
    return join(outputDir, `${name}${suffix}-${SUMMARY_FILE}`);
}
/** A shard's part: `siteA-modal_data.csv` -> `siteA-modal_data.shard-2-of-8.csv`. */
function partName(target, shard) {
    return shard ? target.replace(/\.csv$/, `.shard-${shard.index}-of-${shard.count}.csv`) : target;
}
function rootName(full) {
    return basename(full).replace(/[^\p{L}\p{N}._-]+/gu, '_') || 'root';
}
async function openTarget(target, inRoot) {
    try {
        return await AtomicFile.open(target);
    }
    catch (e) {
        if (inRoot && e instanceof CrawlerError) {
            throw new CrawlerError('OUTPUT_FAILED', `${e.message}; modal_data.csv is written into each root: use --output-dir DIR to write it elsewhere (or --stdout)`);
        }
        throw e;
    }
}
//# sourceMappingURL=summary.js.map