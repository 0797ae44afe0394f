import { classify as classifyCore } from './classify.js';
import { detectMime } from './mime.js';
import { open } from 'node:fs/promises';
import { parseHeader, parseTail } from './parse-header.js';
import { readHead, readHeadInto, readHeadSync } from './read-head.js';
import { needsMime, notOpened, sniffHead } from './sniff-file.js';
import { DEFAULT_TAGS, resolveTags } from './tags.js';
import { loadTemplates } from './templates.js';
import { checkChoice, checkPositiveInt } from '../errors.js';
import { errorText } from '../stages/walk.js';
export const MATCH_MODES = Object.freeze(['token', 'substring']);
/** Checks the options and resolves tags and templates; a bad one throws CrawlerError (BAD_OPTION, BAD_TAG, BAD_TEMPLATE). */
export function engine(options = {}) {
    return Object.freeze({
        tags: toTagSpecs(options.tags),
        templates: typeof options.templates === 'object' ? options.templates : loadTemplates(options.templates),
        match: checkChoice('match', options.match ?? 'token', MATCH_MODES),
        headBytes: checkPositiveInt('headBytes', options.headBytes ?? 4 * 1024),
        maxHeaderBytes: checkPositiveInt('maxHeaderBytes', options.maxHeaderBytes ?? 8 * 1024 * 1024),
        stamps: options.stamps === true,
    });
}
export function toTagSpecs(tags) {
    const list = tags ?? DEFAULT_TAGS;
    if (list.every((t) => typeof t !== 'string'))
        return list;
    return resolveTags(list);
}
const BLOCKING = Object.freeze({ sync: true });
/**
 * One file entry to its record: a value at once in the common case (a DICOM
 * file whose header lies in its first read, read blocking), a promise when it
 * must wait (an asynchronous read, libmagic, a larger prefix). Never throws
 * or rejects for the file's own problems: they become the record's `status`,
 * `error` and `error_code`.
 */
export function inspect(entry, e, plan = BLOCKING) {
    if (!plan.sync)
        return sniffEntry(entry, e.headBytes).then((sniffed) => fromSniffed(sniffed, e));
    const sniffed = sniffFileSync(entry, e.headBytes, plan.scratch, e.stamps);
    if (!needsMime(sniffed))
        return fromSniffed(sniffed, e);
    // The head may lie in the reused read buffer: libmagic gets a copy.
    const named = withMime(sniffed, plan.scratch !== undefined).then((withType) => fromSniffed(withType, e));
    if (plan.later?.(named))
        return fromSniffed({ ...sniffed, head: undefined }, e);
    return named;
}
/**
 * `inspect` with an asynchronous read and no promise per file: `done` gets
 * the record, or its promise when the file waits for libmagic or a larger
 * prefix (network drives: the read goes to the reader threads in a batch,
 * and comes back in the reused arena, parsed before `done` returns).
 * `readers`: reads at once on the reader threads (readHeadInto).
 */
export function inspectInto(entry, e, done, readers) {
    const early = notOpened(entry);
    if (early)
        return done(fromSniffed(early, e));
    readHeadInto(entry.fsPath, e.headBytes, (err, head, reused) => {
        const sniffed = err ? unreadable(entry, err) : sniffHead(entry, head);
        if (!needsMime(sniffed))
            return done(fromSniffed(sniffed, e));
        // The head may lie in the reader's arena: libmagic gets a copy.
        done(withMime(sniffed, reused).then((named) => fromSniffed(named, e)));
    }, readers);
}
/** The rest of the job once a file is sniffed (and named): header, class, status. */
export function fromSniffed(sniffed, e) {
    const record = readEntryHeader(sniffed, e.tags, e.maxHeaderBytes);
    return record instanceof Promise ? record.then((r) => classifyRecord(r, e.templates, e.match)) : classifyRecord(record, e.templates, e.match);
}
// ---- Step 1: sniff (what the `sniff` stage shows) ----
/** Reads one file's head asynchronously and decides what it is, naming non-DICOM files with libmagic; never rejects for a file's own problems. */
export async function sniffEntry(entry, headBytes) {
    const early = notOpened(entry);
    if (early)
        return early;
    let head;
    try {
        head = await readHead(entry.fsPath, headBytes);
    }
    catch (err) {
        return unreadable(entry, err);
    }
    const sniffed = sniffHead(entry, head);
    return needsMime(sniffed) ? withMime(sniffed) : sniffed;
}
/**
 * One blocking head read and the verdict, without libmagic (`needsMime` tells
 * whether it is still wanted); never throws for the file's own problems.
 */
export function sniffFileSync(entry, headBytes, scratch, stamp) {
    const early = notOpened(entry);
    if (early)
        return early;
    try {
        return sniffHead(entry, readHeadSync(entry.fsPath, headBytes, scratch, stamp));
    }
    catch (err) {
        return unreadable(entry, err);
    }
}
function unreadable(entry, err) {
    return { ...entry, dicom: 'none', mime: null, error: errorText(err, 'cannot read file'), code: 'UNREADABLE_FILE' };
}
/**
 * Names a file that is not DICOM with libmagic; the head is not carried on.
 * `reused`: the head lies in a buffer that is reused, or shared with other
 * files' heads, so libmagic (which reads it later, on another thread) must
 * have a copy of its own.
 */
export function withMime(sniffed, reused = false) {
    const { head, ...rest } = sniffed;
    return detectMime(head, reused).then((mime) => ({ ...rest, mime }));
}
// ---- Step 2: the header (what the `readHeader` stage shows) ----
/** Each re-read is this many times larger than the last. */
const GROWTH = 8;
/** A record for an entry that is not (or could not be read as) DICOM. */
export function plainRecord(entry, tags) {
    return recordOf(entry, nullValues(tags));
}
function nullValues(tags) {
    const attributes = {};
    for (let i = 0; i < tags.length; i++)
        attributes[tags[i].keyword] = null;
    return attributes;
}
/** What became of an entry (see RecordStatus), from its fields. */
function statusOf(entry) {
    if (entry.folder)
        return 'folder';
    if (entry.error)
        return 'error';
    if (entry.skip)
        return 'skipped';
    return entry.dicom === 'none' ? 'not-dicom' : 'ok';
}
/** The record of an entry, with these attributes: the one place a record is made (written out: it is made for every file). */
function recordOf(entry, attributes) {
    const record = {
        path: entry.path,
        root: entry.root,
        dir: entry.dir,
        size: entry.size ?? null,
        mtime: entry.mtime ?? null,
        dicom: entry.dicom,
        mime: entry.mime,
        modality_class: null,
        class_source: null,
        error: entry.error ?? null,
        status: statusOf(entry),
        error_code: entry.error || entry.skip ? (entry.code ?? null) : null,
        attributes,
    };
    if (entry.skip)
        record.skip = entry.skip;
    if (entry.folder)
        record.folder = true;
    if (entry.subfolders)
        record.subfolders = true;
    if (entry.stamp)
        record.stamp = entry.stamp;
    return record;
}
/** Placeholder until the parse gives the values (never seen outside readEntryHeader). */
const NO_VALUES = Object.freeze({});
/**
 * Parses one sniffed entry into a record: from the head it carries, or from a
 * larger prefix when the wanted attributes lie beyond it (bounded by
 * `maxHeaderBytes`). Returns a value at once in the common case, a promise
 * only when it must read again.
 */
export function readEntryHeader(entry, tags, maxHeaderBytes) {
    if (entry.dicom === 'none' || !entry.head)
        return plainRecord(entry, tags);
    const record = recordOf(entry, NO_VALUES);
    const size = entry.size ?? entry.head.length;
    const detection = { kind: entry.dicom, ...(entry.encoding ? { encoding: entry.encoding } : {}) };
    const first = parseHeader(entry.head, size, detection, tags, { final: entry.head.length >= maxHeaderBytes });
    if (!first.needMore)
        return first.tail ? afterPixels(record, entry, first, tags, maxHeaderBytes) : withValues(record, first);
    return (async () => {
        let want = entry.head.length;
        for (;;) {
            want = Math.min(want * GROWTH, maxHeaderBytes);
            let bytes;
            try {
                const again = await readHead(entry.fsPath, want);
                if (again.size < size) {
                    // Someone is writing or truncating the file: say so, with what could be read.
                    const cut = parseHeader(again.bytes, again.size, detection, tags, { final: true });
                    return withValues(record, { values: cut.values, modality: cut.modality, error: `file shrank while being read (${size} -> ${again.size} bytes)${cut.error ? `; ${cut.error}` : ''}`, code: 'FILE_SHRANK' });
                }
                bytes = again.bytes;
            }
            catch (err) {
                return withValues(record, { values: nullValues(tags), error: errorText(err, 'cannot read file'), code: 'UNREADABLE_FILE' });
            }
            const result = parseHeader(bytes, size, detection, tags, { final: want >= maxHeaderBytes || bytes.length < want });
            if (!result.needMore)
                return result.tail ? afterPixels(record, entry, result, tags, maxHeaderBytes) : withValues(record, result);
        }
    })();
}
/**
 * Attributes asked for after the pixel data: one more read, from the byte
 * after the pixel data's value (bounded by `maxHeaderBytes`); the pixel data
 * itself is never read.
 */
async function afterPixels(record, entry, result, tags, maxHeaderBytes) {
    const hint = result.tail;
    let tail;
    try {
        tail = await readAt(entry.fsPath, hint.offset, Math.min((entry.size ?? hint.offset) - hint.offset, maxHeaderBytes));
    }
    catch (err) {
        return withValues(record, { ...result, error: errorText(err, 'cannot read file'), code: 'UNREADABLE_FILE' });
    }
    return withValues(record, parseTail(tail, hint, tags, result));
}
async function readAt(path, offset, length) {
    const file = await open(path, 'r');
    try {
        const buffer = Buffer.allocUnsafe(Math.max(0, length));
        const { bytesRead } = await file.read(buffer, 0, buffer.length, offset);
        return buffer.subarray(0, bytesRead);
    }
    finally {
        await file.close();
    }
}
function withValues(record, result) {
    record.attributes = result.values;
    // Classification needs Modality, asked for or not: the top-level value is always read.
    if (result.modality !== undefined)
        record.attributes.Modality = result.modality;
    if (result.error) {
        record.error = result.error;
        record.status = 'error';
        record.error_code = result.code ?? null;
    }
    return record;
}
// ---- Step 3: the class (what the `classify` stage shows) ----
/** Sets `modality_class` and `class_source` on a DICOM record; other records are returned unchanged. */
export function classifyRecord(record, templates, match) {
    if (record.dicom !== 'none') {
        const c = classifyCore(templates, record.attributes.Modality, record.dir, match);
        record.modality_class = c.modality_class;
        record.class_source = c.class_source;
    }
    return record;
}
//# sourceMappingURL=inspect.js.map