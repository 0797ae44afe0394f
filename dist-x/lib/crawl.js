import { availableParallelism } from 'node:os';
import { pipeline } from 'node:stream';
import { CrawlStats } from './core/stats.js';
import { walk } from './stages/walk.js';
import { MIME_WINDOW, yieldEvery } from './stages/sniff.js';
import { engine, inspect, inspectInto } from './core/inspect.js';
import { checkChoice, checkPositiveInt } from './errors.js';
import { inWorkers } from './parallel/jobs.js';
import { nativeNamerBuilt } from './core/mime.js';
import { csvHeader } from './core/csv-line.js';
import { recordColumns } from './core/record-fields.js';
import { UntypedCounts } from './core/typed-values.js';
import { toCsv } from './stages/to-csv.js';
import { toNdjson } from './stages/to-ndjson.js';
import { LATER, orderedParallel } from './util/ordered-parallel.js';
import { checkShard, parseShard } from './parallel/shard.js';
import { networkListAhead, FILES_PER_READER, readModes } from './io/fs-type.js';
/** Files that are not DICOM named by libmagic while the crawl goes on (each holds a copy of its 4 KiB head). */
const MAX_DETACHED = 256;
/**
 * Walks `roots` and yields one record per DICOM file (and per file that had an
 * error), classified by the templates: the walk, then the per-file engine
 * (lib/core/inspect.ts) and the accounting as one stage, joined with
 * `stream.pipeline`. Options are checked here, before any file is read; a bad
 * one throws CrawlerError.
 */
export function crawl(roots, options = {}) {
    const e = engine(options);
    if (options.concurrency !== undefined)
        checkPositiveInt('concurrency', options.concurrency, 4096);
    const shard = typeof options.shard === 'string' ? parseShard(options.shard) : options.shard && checkShard(options.shard);
    const format = options.format === undefined ? undefined : checkChoice('format', options.format, FORMATS);
    const jobs = options.jobs === undefined ? Math.max(1, availableParallelism() - 1) : checkPositiveInt('jobs', options.jobs, 256);
    const stats = new CrawlStats();
    // Blocking reads on local disks, many at once on network drives: per root.
    stats.readModes = readModes(typeof roots === 'string' ? [roots] : roots, options.concurrency);
    const modeOf = new Map(stats.readModes.map((m) => [m.root, m]));
    const blocking = (root) => (modeOf.get(root)?.concurrency ?? 1) === 1;
    const concurrency = Math.max(...stats.readModes.map((m) => m.concurrency), 1);
    const listAhead = networkListAhead();
    const source = walk(roots, {
        followSymlinks: options.followSymlinks ?? false,
        followOutsideRoots: options.followOutsideRoots ?? false,
        announceDirs: options.announceDirs ?? false,
        sync: blocking,
        listAhead: (root) => (blocking(root) ? 0 : listAhead),
        ignore: options.ignore ?? [],
        ...(shard ? { shard } : {}),
        ...(options.filterFiles ? { filterFiles: options.filterFiles } : {}),
    });
    const header = format === 'csv' ? csvHeader(recordColumns(e.tags)) : undefined;
    if (jobs > 1 && stats.readModes.every((m) => m.concurrency === 1) && nativeNamerBuilt()) {
        const untyped = format === 'ndjson' ? new UntypedCounts() : undefined;
        const setup = { engine: e, output: format ?? 'records', escapeFormulas: options.escapeFormulas ?? false, allFiles: options.allFiles ?? false, recordMime: options.recordMime ?? true, reportNamed: options.onNamed !== undefined };
        const stage = inWorkers(setup, jobs, {
            ...(header ? { header } : {}),
            ...(options.select ? { select: options.select } : {}),
            ...(options.onNamed ? { onNamed: options.onNamed } : {}),
            ...(untyped ? { untyped } : {}),
            startAfterMs: options.jobs === undefined ? START_AFTER_MS : 0,
        });
        stage.stats.readModes = stats.readModes;
        if (untyped)
            stage.untyped = untyped;
        pipeline(source, stage, () => { });
        return stage;
    }
    const readersOf = (root) => modeOf.get(root)?.concurrency ?? concurrency;
    const records = crawlHere(source, e, stats, blocking, readersOf, concurrency, options);
    if (!format)
        return records;
    // The same text as the worker threads write: the serializer after the records.
    const ndjson = format === 'ndjson' ? toNdjson({ tags: e.tags }) : undefined;
    const text = (ndjson ?? toCsv({ tags: e.tags, escapeFormulas: options.escapeFormulas ?? false }));
    text.stats = stats;
    if (ndjson)
        text.untyped = ndjson.untyped;
    records.on('stats', (summary) => text.emit('stats', summary));
    pipeline(records, text, () => { });
    return text;
}
const FORMATS = Object.freeze(['csv', 'ndjson']);
/**
 * With the default `jobs`: how long this thread crawls alone before the
 * workers start. A worker costs about 0.4 s of CPU to start and compile our
 * code; a crawl that is over in a few seconds does not repay it
 * (docs/DECISIONS.md, "Several cores: `--jobs`").
 */
const START_AFTER_MS = 3000;
/** The crawl on this thread: the engine and the accounting as one stage after the walk. */
function crawlHere(source, e, stats, blocking, readersOf, concurrency, options) {
    const keep = (record) => (stats.keep(record, options.allFiles) ? record : undefined);
    // Files that are not DICOM are counted, not written, by default: while
    // libmagic names one (3-4 ms for a text file) the records behind it need
    // not wait for it. Up to MAX_DETACHED are named this way; the end of the
    // crawl waits for them, so the counts are complete.
    const detached = new Set();
    const detach = (work) => {
        const tracked = work.catch((err) => files.destroy(err)).finally(() => detached.delete(tracked));
        detached.add(tracked);
    };
    // With `allFiles` and `recordMime` (the default), the record waits for its
    // MIME type, in walk order; otherwise the named record goes only into the counts.
    const waitForMime = options.allFiles && options.recordMime !== false;
    let handedOver = false;
    const later = (named) => {
        if (waitForMime || detached.size >= MAX_DETACHED)
            return false;
        const onNamed = options.onNamed;
        detach(named.then((record) => (stats.add(record), onNamed?.(record))));
        return (handedOver = true);
    };
    const breathe = yieldEvery(25);
    const onEnd = async (stream) => {
        while (detached.size)
            await Promise.all(detached);
        stats.end();
        stream.emit('stats', stats.toJSON());
    };
    // Blocking reads go into one buffer, parsed before the next read: a new
    // 4 KiB buffer per file was an ArrayBuffer for the GC to track and free.
    const plan = { sync: true, scratch: Buffer.allocUnsafe(e.headBytes), later };
    const select = options.select;
    const files = orderedParallel((entry, settle) => {
        // Entries passed over still let the event loop turn (signals, timers).
        if (select && !select(entry))
            return breathe(undefined);
        if (!blocking(entry.root)) {
            // Asynchronous reads (network drives): a callback, no promise per file.
            inspectInto(entry, e, (record) => settle(null, record instanceof Promise ? record.then(keep) : keep(record)), readersOf(entry.root));
            return LATER;
        }
        handedOver = false;
        const record = inspect(entry, e, plan);
        // A re-read settles as a promise: it too lets the loop turn, or a run of large headers holds off signals.
        if (record instanceof Promise)
            return record.then((r) => breathe(keep(r)));
        // A record handed to `later` is counted when named: here it is only written (or not).
        return breathe(handedOver ? (options.allFiles ? record : undefined) : keep(record));
    }, 
    // Even with blocking reads, let libmagic (milliseconds per non-DICOM file,
    // on its own threads) name a few files while the next ones are read.
    // Asynchronous reads: a file waits for each reader thread beside the one it reads.
    Math.max(concurrency === 1 ? 1 : concurrency * FILES_PER_READER, MIME_WINDOW), 
    // Blocking reads hold results only behind libmagic and the event loop's
    // turns: as few as before, so records (and a catalogue's commits) flow evenly.
    { onEnd, ...(concurrency === 1 ? { reorder: MIME_WINDOW } : {}) });
    // The stage itself is the crawl's stream: wrapped in a chain of one it cost a
    // stream hop per record (docs/DECISIONS.md).
    const stages = files;
    stages.stats = stats;
    // pipeline destroys every stage when one fails, and hands the error to the returned stream.
    pipeline(source, stages, () => { });
    return stages;
}
//# sourceMappingURL=crawl.js.map