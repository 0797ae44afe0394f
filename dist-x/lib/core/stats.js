import { RECORD_ERRORS } from '../errors.js';
/** How many example paths are kept per kind: the summary stays the same size on any tree. */
const EXAMPLES_KEPT = 20;
/** Counts records as they pass; holds counters and bounded examples only, never per-file state. */
export class CrawlStats {
    filesSeen = 0;
    dicom = 0;
    errors = 0;
    skipped = 0;
    unreadableDirs = 0;
    unreadableFiles = 0;
    byKind = { part10: 0, raw: 0 };
    byClass = new Map();
    notDicomByMime = new Map();
    skippedByReason = new Map();
    errorsByKind = new Map();
    unreadable = [];
    /** The folder of the last record, for progress displays. */
    currentDir = '';
    /** How each root is read (set by crawl()). */
    readModes = [];
    threads = 1;
    started = process.hrtime.bigint();
    ended;
    /** Accounts one record; whether it goes out: in the default output (readable DICOM or error), with `allFiles` every file, and folder markers. */
    keep(record, allFiles) {
        return this.add(record) || allFiles === true || record.folder === true;
    }
    /** Accounts one record; returns whether it belongs in the default output (readable DICOM or error). */
    add(record) {
        // A folder announcement is not a path the walk met as a file: counting it would unbalance the totals.
        if (record.status === 'folder')
            return false;
        if (record.error_code === 'UNREADABLE_FOLDER') {
            this.unreadableDirs++;
            this.keepUnreadable(record);
            return false;
        }
        this.filesSeen++;
        this.currentDir = record.dir;
        switch (record.status) {
            case 'error': {
                this.errors++;
                const kind = errorKind(record);
                const seen = this.errorsByKind.get(kind);
                if (seen)
                    seen.count++;
                else
                    this.errorsByKind.set(kind, { count: 1, example: record.path });
                // A DICOM file can vanish or fail between its first read and a larger re-read.
                if (record.error_code && RECORD_ERRORS[record.error_code].unreadable) {
                    this.unreadableFiles++;
                    this.keepUnreadable(record);
                }
                return true;
            }
            case 'skipped':
                this.skipped++;
                bump(this.skippedByReason, record.error_code ? RECORD_ERRORS[record.error_code].label : 'skipped');
                return false;
            case 'not-dicom':
                this.skipped++;
                bump(this.skippedByReason, 'not DICOM');
                bump(this.notDicomByMime, record.mime ?? 'unknown');
                return false;
            default:
                this.dicom++;
                this.byKind[record.dicom]++;
                bump(this.byClass, record.modality_class ?? '(none)');
                return true;
        }
    }
    /** These counts as data, for merging into another CrawlStats (the worker threads' batches). */
    delta() {
        return {
            counts: [this.filesSeen, this.dicom, this.errors, this.skipped, this.unreadableDirs, this.unreadableFiles, this.byKind.part10, this.byKind.raw],
            byClass: [...this.byClass],
            notDicomByMime: [...this.notDicomByMime],
            skippedByReason: [...this.skippedByReason],
            errorsByKind: [...this.errorsByKind],
            unreadable: this.unreadable,
            currentDir: this.currentDir,
        };
    }
    /** Adds the counts of a part that came after everything counted so far (examples keep walk order). */
    merge(d) {
        const [filesSeen, dicom, errors, skipped, unreadableDirs, unreadableFiles, part10, raw] = d.counts;
        this.filesSeen += filesSeen;
        this.dicom += dicom;
        this.errors += errors;
        this.skipped += skipped;
        this.unreadableDirs += unreadableDirs;
        this.unreadableFiles += unreadableFiles;
        this.byKind.part10 += part10;
        this.byKind.raw += raw;
        for (const [k, n] of d.byClass)
            bump(this.byClass, k, n);
        for (const [k, n] of d.notDicomByMime)
            bump(this.notDicomByMime, k, n);
        for (const [k, n] of d.skippedByReason)
            bump(this.skippedByReason, k, n);
        for (const [k, e] of d.errorsByKind) {
            const seen = this.errorsByKind.get(k);
            if (seen)
                seen.count += e.count;
            else
                this.errorsByKind.set(k, { ...e });
        }
        for (const u of d.unreadable)
            if (this.unreadable.length < EXAMPLES_KEPT)
                this.unreadable.push(u);
        if (d.currentDir)
            this.currentDir = d.currentDir;
    }
    end() {
        this.ended ??= process.hrtime.bigint();
    }
    get elapsedSeconds() {
        return Number((this.ended ?? process.hrtime.bigint()) - this.started) / 1e9;
    }
    toJSON() {
        const elapsed = this.elapsedSeconds;
        return {
            filesSeen: this.filesSeen,
            dicom: this.dicom,
            errors: this.errors,
            skipped: this.skipped,
            unreadableDirs: this.unreadableDirs,
            unreadableFiles: this.unreadableFiles,
            byKind: { ...this.byKind },
            byClass: sorted(this.byClass),
            notDicomByMime: sorted(this.notDicomByMime),
            skippedByReason: sorted(this.skippedByReason),
            errorsByKind: Object.fromEntries([...this.errorsByKind].sort((a, b) => b[1].count - a[1].count)),
            unreadable: [...this.unreadable],
            elapsedSeconds: Math.round(elapsed * 1000) / 1000,
            filesPerSecond: elapsed > 0 ? Math.round(this.filesSeen / elapsed) : 0,
            balanced: this.filesSeen === this.dicom + this.errors + this.skipped,
            readModes: this.readModes.map((m) => ({ ...m })),
            threads: this.threads,
        };
    }
    keepUnreadable(record) {
        if (this.unreadable.length < EXAMPLES_KEPT)
            this.unreadable.push({ path: record.path, error: record.error ?? '' });
    }
}
/**
 * The name an error is counted under: its code's label, with the system's
 * error code when there is one ("cannot read file: EACCES"); `truncated` for
 * every truncated value, whatever the attribute.
 */
export function errorKind(record) {
    const label = record.error_code ? RECORD_ERRORS[record.error_code].label : 'error';
    // The message ends with the system's code in parentheses (errorText in lib/stages/walk.ts).
    const errno = record.error ? /\(([A-Z][A-Z0-9_]+)\)$/.exec(record.error) : null;
    return errno ? `${label}: ${errno[1]}` : label;
}
function bump(map, key, n = 1) {
    map.set(key, (map.get(key) ?? 0) + n);
}
function sorted(map) {
    return Object.fromEntries([...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}
//# sourceMappingURL=stats.js.map