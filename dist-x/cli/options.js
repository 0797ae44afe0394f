import { statSync } from 'node:fs';
import { Option } from 'commander';
import { CrawlerError, checkPositiveInt } from '../lib/errors.js';
import { DEFAULT_TAGS, resolveTags, splitTagList } from '../lib/core/tags.js';
import { parseShard, SHARD_COUNT_VARIABLE } from '../lib/parallel/shard.js';
/** Options shared by the per-file crawl and `summary`. */
export function commonOptions() {
    return [
        new Option('--templates <file>', 'modality template JSON (default: the bundled modal-templates.json)'),
        new Option('--match <mode>', 'how folder names match template identifiers').choices(['token', 'substring']).default('token'),
        new Option('--follow-symlinks', 'follow symbolic links (each real folder is walked once) that lead inside the roots').default(false),
        new Option('--follow-outside-roots', 'with --follow-symlinks, also follow links that lead outside every root').default(false),
        new Option('--concurrency <n>', 'files read at once, 1 to 4096; 1 reads synchronously (default: per root, 1 on a local disk, 32 on a network file system)').argParser(positiveInt('--concurrency')),
        new Option('--jobs <n>', "threads that read, parse and write the files, 1 to 256 (default: the machine's cores less one, after a crawl's first 3 seconds)").argParser(positiveInt('--jobs', 256)),
        new Option('--stats <file>', 'write the end summary as JSON to this file (default: none)'),
        new Option('--shard <part>', 'crawl one shard of the folders: K/N (K from 0 to N-1), or auto (Kubernetes Indexed Job, SLURM job array) (default: all)'),
        new Option('--shard-count <n>', `shard count for --shard auto in a Kubernetes Indexed Job (default: $${SHARD_COUNT_VARIABLE})`).argParser(positiveInt('--shard-count')),
        new Option('-q, --quiet', 'no progress line and no end summary on stderr').default(false),
    ];
}
/** The library's one whole-number check, for an argument given as text. */
export function positiveInt(name, max = 4096) {
    return (value) => checkPositiveInt(name, value, max);
}
/** The shard to crawl, from --shard and --shard-count (and the environment for `auto`); checked before any output. */
export function resolveShard(opts) {
    return opts.shard === undefined ? undefined : parseShard(opts.shard, process.env, opts.shardCount);
}
/** Collects repeatable, comma-separated lists of attributes (`--tags A,B --tags C`); commas inside `[Creator]` and `(gggg,eeee)` stay. */
export function collectList(value, previous) {
    return [...(previous ?? []), ...splitTagList(value)];
}
export function resolveTagOptions(tags, addTags) {
    if (tags && tags.length === 0)
        throw new CrawlerError('BAD_OPTION', '--tags needs at least one keyword');
    return resolveTags([...(tags ?? DEFAULT_TAGS), ...(addTags ?? [])]);
}
/** Every root must exist before anything is written: a typo stops the run with exit 2. */
export function checkRoots(roots) {
    for (const root of roots) {
        try {
            statSync(root);
        }
        catch (e) {
            const code = e.code;
            throw new CrawlerError('ROOT_NOT_FOUND', code === 'ENOENT' ? `root not found: ${root}` : `root cannot be read: ${root} (${code})`);
        }
    }
}
//# sourceMappingURL=options.js.map