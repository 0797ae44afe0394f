import { count as n } from './count.js';
import { writeFileSync } from 'node:fs';
import { indexArchive } from '../lib/catalogue/update.js';
import { CrawlerError } from '../lib/errors.js';
import { loadTemplates } from '../lib/core/templates.js';
import { describeWriteError } from './atomic-output.js';
import { checkRoots, resolveShard, resolveTagOptions } from './options.js';
import { colorsFor, Progress } from './progress.js';
import { formatSummary } from './report.js';
export async function runIndex(roots, opts) {
    // Everything that can be wrong with the command is found before any file is read.
    const tags = resolveTagOptions(opts.tags, opts.addTags);
    const templates = loadTemplates(opts.templates);
    checkRoots(roots);
    const shard = resolveShard(opts);
    const run = indexArchive(roots, opts.db, {
        ...(shard ? { shard } : {}),
        tags,
        templates,
        match: opts.match,
        followSymlinks: opts.followSymlinks,
        followOutsideRoots: opts.followOutsideRoots,
        concurrency: opts.concurrency,
        ...(opts.jobs !== undefined ? { jobs: opts.jobs } : {}),
        batchFiles: opts.commitEvery,
        breakLock: opts.breakLock,
    });
    // Interrupted (SIGINT, SIGTERM, an exit anywhere): commit what was written, mark the run.
    const onExit = () => run.stop();
    process.once('exit', onExit);
    if (run.rereadAll && !opts.quiet)
        process.stderr.write(`dicom-crawler: catalogue ${opts.db}: ${run.rereadAll}\n`);
    const progress = Progress.wanted({ quiet: opts.quiet, toFile: true }) ? new Progress(run.stats, { unchanged: () => run.counts.unchanged }).start() : undefined;
    let summary;
    try {
        summary = await run.done;
    }
    finally {
        progress?.stop(true);
        process.off('exit', onExit);
    }
    if (!opts.quiet)
        process.stderr.write(formatIndexSummary(opts.db, summary));
    if (opts.stats) {
        try {
            writeFileSync(opts.stats, JSON.stringify(summary, null, 2) + '\n');
        }
        catch (e) {
            throw new CrawlerError('OUTPUT_FAILED', `cannot write ${opts.stats}: ${describeWriteError(e)}`);
        }
    }
    return summary.unreadableDirs + summary.unreadableFiles > 0 ? 1 : 0;
}
/** The end summary: what changed in the catalogue, then the crawl's summary of the files read. */
export function formatIndexSummary(db, s) {
    const c = s.catalogue;
    const total = c.added + c.changed + c.unchanged;
    let text = `catalogue ${db}: ${n(total)} files: ${n(c.added)} added, ${n(c.changed)} changed, ${n(c.removed)} removed, ${n(c.unchanged)} unchanged` + (c.kept ? `; ${n(c.kept)} kept under folders that could not be read` : '') + ` in ${s.elapsedSeconds.toFixed(2)} s\n`;
    if (s.filesSeen > 0 || s.unreadableDirs > 0)
        text += `read: ${formatSummary(s, colorsFor(process.stderr))}`;
    return text;
}
//# sourceMappingURL=index-run.js.map