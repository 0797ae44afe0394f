import { asBuffer } from '../util/as-buffer.js';
import { createRequire } from 'node:module';
import { describeThrown } from '../errors.js';
import { detectRawEncoding, LONG_VR, VR_KIND } from './detect-dicom.js';
import { decodeTextAt } from './decode-text.js';
import { dictionaryVr } from './tags.js';
import { ScanSlots, countItems, scanElements, vrName } from './scan-elements.js';
// Loaded with require, and only when our scan hands a file over: importing
// this CommonJS bundle as ESM cost about 9 MB more resident memory (Node 20
// analyses its exports), and loading it (with node:zlib) at start-up, time.
const require = createRequire(import.meta.url);
let loadedParser;
const dicomParserModule = () => (loadedParser ??= require('dicom-parser'));
const PIXEL_DATA = 'x7fe00010';
const CHARSET_TAG = 0x00080005;
const MODALITY_TAG = 0x00080060;
const MODALITY_SPEC = Object.freeze({ keyword: 'Modality', tag: '00080060', key: 'x00080060', vr: 'CS', number: MODALITY_TAG });
const UNDEFINED_LENGTH = 0xffffffff;
const PIXEL_DATA_TAG = 0x7fe00010;
const ITEM_TAG = 0xfffee000;
const TRANSFER_SYNTAX_TAG = 0x00020010;
const IMPLICIT_LE = '1.2.840.10008.1.2';
const EXPLICIT_BE = '1.2.840.10008.1.2.2';
const DEFLATED = '1.2.840.10008.1.2.1.99';
const DEFAULT_MAX_INFLATED = 64 * 1024 * 1024;
const NUMERIC_SIZE = { US: 2, SS: 2, UL: 4, SL: 4, FL: 4, FD: 8 };
/** Values with no one-line text form: their length in bytes is given (docs/DECISIONS.md). */
const BINARY_VRS = new Set(['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'UN', 'SV', 'UV']);
/** VRs whose values are text. */
const TEXT_VRS = new Set(['AE', 'AS', 'CS', 'DA', 'DS', 'DT', 'IS', 'LO', 'LT', 'PN', 'SH', 'ST', 'TM', 'UC', 'UI', 'UR', 'UT']);
/**
 * Parses the head prefix of a DICOM file (`head`, the first bytes of a file of
 * `fileSize` bytes) and returns the wanted attributes. Never throws: a file
 * that cannot be parsed to its end yields what was read and an error.
 */
export function parseHeader(head, fileSize, detection, tags, options = {}) {
    const wholeFile = head.length >= fileSize;
    startBudget();
    // The common case: our header scan and values read straight from the bytes.
    // Anything it is unsure of goes to dicom-parser's parse below, with its messages.
    if (options.scan !== false) {
        const fast = parseScanned(head, fileSize, detection, tags, wholeFile, options);
        if (fast)
            return fast;
    }
    const parsed = detection.kind === 'raw' ? parseRaw(head, fileSize, detection.encoding) : parsePart10(head, fileSize, options);
    const values = {};
    const { meta, body, failure } = parsed;
    if (!meta && !body) {
        for (const t of tags)
            values[t.keyword] = null;
        return { values, error: `cannot parse header: ${failure}`, code: 'HEADER_UNPARSABLE', needMore: false };
    }
    const reachedPixels = body?.elements[PIXEL_DATA] !== undefined;
    const last = body ? lastTopLevel(body) : undefined;
    const lastEl = last?.key ? body.elements[last.key] : undefined;
    // The last element counts as read only when something follows it: dicom-parser ends a sequence cut by the prefix without a word.
    const lastTag = !last || !lastEl ? 0 : wholeFile || lastEl.dataOffset + lastEl.length < body.byteArray.length ? last.number : last.number - 1;
    const maxWanted = tags.reduce((m, t) => Math.max(m, t.number), MODALITY_TAG);
    const readAllWanted = reachedPixels || lastTag >= maxWanted;
    if (!wholeFile && !options.final && !readAllWanted)
        return { values, needMore: true };
    const charset = body ? readCharset(body) : undefined;
    const implicit = parsed.encoding === 'implicit-le';
    const fileEnd = (ds) => (parsed.inflated ? ds.byteArray.length : fileSize);
    const bodyLevel = body ? dataSetLevel(body, parsed.encoding !== 'explicit-be', implicit, charset, fileEnd(body)) : undefined;
    const metaLevel = meta ? dataSetLevel(meta, true, false, undefined, fileEnd(meta)) : undefined;
    const problems = [];
    const tell = problemList(problems, wholeFile);
    // Read once: the Modality column reuses it, as the SpecificCharacterSet column reuses `charset` when its VR is CS
    // (a value that was not read is looked at again, to be told).
    const modality = bodyLevel ? plainValue(bodyLevel, MODALITY_SPEC, tell) : null;
    let fileVrs;
    for (let i = 0; i < tags.length; i++) {
        const t = tags[i];
        const at = t.number < 0x00030000 ? metaLevel : bodyLevel;
        if (!at)
            values[t.keyword] = null;
        else if (!t.path) {
            values[t.keyword] =
                t.number === MODALITY_TAG && modality != null ? modality
                    : t.number === CHARSET_TAG && at === bodyLevel && charset !== undefined && (body.elements.x00080005.vr ?? 'CS') === 'CS' ? charset
                        : plainValue(at, t, tell);
        }
        else {
            const found = pathValue(at, t, tell);
            values[t.keyword] = found.value;
            if (found.vr)
                (fileVrs ??= {})[t.keyword] = found.vr;
        }
    }
    const px = body?.elements[PIXEL_DATA];
    const tail = px && !parsed.inflated && parsed.encoding ? tailHint(tags, px.dataOffset, px.length, fileSize, parsed.encoding, charset) : undefined;
    const extra = { modality, ...(fileVrs ? { fileVrs } : {}), ...(tail ? { tail } : {}) };
    // A parse that stopped at the end of a prefix after every wanted attribute is not an error:
    // the rest of the file was never meant to be read.
    if (failure && (wholeFile || !readAllWanted)) {
        const what = wholeFile ? 'truncated or malformed header' : 'header larger than the read limit, or malformed';
        return { values, ...extra, error: `${what}: ${failure}${describeWhere(body ?? meta, parsed.inflated)}`, code: wholeFile ? 'HEADER_MALFORMED' : 'HEADER_TOO_LARGE', needMore: false };
    }
    if (budget.sequencesCut)
        return sequencesCut(values, extra);
    // The whole file is here: an element cut by its end is a truncated file, whichever attributes were asked.
    // (A wanted attribute cut short is named; the message may differ with the tags asked, the code does not.)
    if (problems.length)
        return { values, ...extra, error: `truncated: ${problems.join('; ')}`, code: 'VALUE_TRUNCATED', needMore: false };
    const cut = wholeFile && body ? cutAtEnd(body) : undefined;
    if (cut)
        return { values, ...extra, error: `truncated: ${cut}`, code: 'VALUE_TRUNCATED', needMore: false };
    return withTail({ values, ...extra, needMore: false }, head, tags);
}
/** Where to read the attributes asked for after the pixel data: none when none is asked, or the pixel data has no length (encapsulated). */
function tailHint(tags, pixelOffset, pixelLength, fileSize, encoding, charset) {
    if (pixelLength === UNDEFINED_LENGTH || pixelOffset + pixelLength >= fileSize || !tags.some((t) => t.number > PIXEL_DATA_TAG))
        return undefined;
    return { offset: pixelOffset + pixelLength, encoding, ...(charset ? { charset } : {}) };
}
/** The tail is in hand already when the whole file is: read it now. */
function withTail(result, head, tags) {
    const tail = result.tail;
    return tail && head.length > tail.offset ? parseTail(head.subarray(tail.offset), tail, tags, result) : result;
}
/** Collects "value runs past the end" problems. */
function problemList(problems, wholeFile) {
    return (column, offset) => problems.push(`${column} value at offset ${offset} runs past the end of the ${wholeFile ? 'file' : 'read limit'}`);
}
/** The last top-level element, when its value runs past the bytes (the pixel data's is never read, so never judged). */
function cutAtEnd(ds) {
    const last = lastTopLevel(ds);
    const el = last.key ? ds.elements[last.key] : undefined;
    if (!el || last.key === PIXEL_DATA || el.length === UNDEFINED_LENGTH || el.dataOffset + el.length <= ds.byteArray.length)
        return undefined;
    return `element (${last.key.slice(1, 5).toUpperCase()},${last.key.slice(5).toUpperCase()}) value at offset ${el.dataOffset} runs past the end of the file`;
}
/**
 * The attributes after the pixel data, from the bytes that follow it in the
 * file (`tail`, read at `hint.offset`): `result`'s values with them filled
 * in. What cannot be parsed there leaves them absent, and says so.
 */
export function parseTail(tail, hint, tags, result) {
    startBudget();
    const { body, failure } = parseBody(tail, 0, hint.encoding);
    const values = { ...result.values };
    const problems = [];
    if (body) {
        const level = dataSetLevel(body, hint.encoding !== 'explicit-be', hint.encoding === 'implicit-le', hint.charset, tail.length);
        const tell = problemList(problems, true);
        for (const t of tags) {
            if (t.number <= PIXEL_DATA_TAG)
                continue;
            values[t.keyword] = t.path ? pathValue(level, t, tell).value : plainValue(level, t, tell);
        }
    }
    const { tail: _done, ...rest } = result;
    if (result.error || (!failure && !problems.length && !budget.sequencesCut))
        return { ...rest, values };
    if (budget.sequencesCut)
        problems.push(budgetMessage('sequences'));
    const where = failure ? `${failure} (after the pixel data, at offset ${hint.offset})` : problems.join('; ');
    return { ...rest, values, error: `truncated or malformed after the pixel data: ${where}`, code: 'HEADER_MALFORMED' };
}
/** TransferSyntaxUID, SpecificCharacterSet and Modality take the first of the meta group's and the dataset's slots. */
const TS_SLOT = 0;
const CHARSET_SLOT = 0;
const MODALITY_SLOT = 1;
const plans = new WeakMap();
function planFor(tags) {
    let plan = plans.get(tags);
    if (!plan) {
        const metaSlots = new Map([[TRANSFER_SYNTAX_TAG, TS_SLOT]]);
        const bodySlots = new Map([
            [CHARSET_TAG, CHARSET_SLOT],
            [MODALITY_TAG, MODALITY_SLOT],
        ]);
        for (const t of tags) {
            const slots = t.number < 0x00030000 ? metaSlots : bodySlots;
            for (const tag of topLevelTags(t))
                if (!slots.has(tag))
                    slots.set(tag, slots.size);
        }
        const maxWanted = tags.reduce((m, t) => Math.max(m, t.number), MODALITY_TAG);
        if (maxWanted > PIXEL_DATA_TAG && !bodySlots.has(PIXEL_DATA_TAG))
            bodySlots.set(PIXEL_DATA_TAG, bodySlots.size);
        plan = {
            meta: { slots: metaSlots },
            metaOut: new ScanSlots(metaSlots.size),
            whole: { slots: bodySlots },
            // A prefix may stop right after the last wanted tag; past the pixel data there is nothing to stop for.
            prefix: maxWanted >= 0x7fe00010 ? { slots: bodySlots } : { slots: bodySlots, after: maxWanted },
            bodyOut: new ScanSlots(bodySlots.size),
            maxWanted,
            ...(maxWanted > PIXEL_DATA_TAG ? { pixelSlot: bodySlots.get(PIXEL_DATA_TAG) } : {}),
        };
        plans.set(tags, plan);
    }
    return plan;
}
/** The top-level elements a spec's value is found from: its tag, its path's first sequence, or every block a private creator may have reserved. */
function topLevelTags(t) {
    const first = t.path?.[0];
    if (!first)
        return [t.number];
    if (first.creator === undefined)
        return [first.tag];
    const group = first.tag & 0xffff0000;
    const tags = [];
    for (let block = 0x10; block <= 0xff; block++)
        tags.push((group | block) >>> 0, (group | (block << 8) | (first.tag & 0xff)) >>> 0);
    return tags;
}
/**
 * parseHeader by our header scan (lib/core/scan-elements.ts), reading the
 * values straight from the bytes: no object per element, no DataSet. Returns
 * undefined, and dicom-parser parses instead, for anything but clean little
 * endian data: big endian, deflated, a meta group cut short, bytes the scan
 * is unsure of. The results equal dicom-parser's (tested on pydicom's corpus
 * and on fuzzed files).
 */
function parseScanned(head, fileSize, detection, tags, wholeFile, options) {
    const plan = planFor(tags);
    let start = 0;
    let encoding;
    let haveMeta = false;
    if (detection.kind === 'raw') {
        const enc = detection.encoding ?? detectRawEncoding(head, fileSize);
        if (!enc)
            return undefined;
        encoding = enc;
    }
    else {
        start = metaEnd(head);
        if (head.length < 132 || start >= head.length || !scanElements(head, 132, true, plan.meta, plan.metaOut, start))
            return undefined;
        haveMeta = true;
        const m = plan.metaOut;
        const declared = m.found[TS_SLOT] ? fixedString(head, m.offset[TS_SLOT], m.length[TS_SLOT]) : undefined;
        if (declared === DEFLATED)
            return undefined;
        encoding = datasetEncoding(head, start, fileSize, declared);
    }
    if (encoding === 'explicit-be' || start >= head.length)
        return undefined;
    const body = plan.bodyOut;
    if (!scanElements(head, start, encoding === 'explicit-le', wholeFile ? plan.whole : plan.prefix, body)) {
        // A prefix that ends inside an element before the last wanted one: dicom-parser's parse of it could only
        // ask for more bytes too (it stops at that element), and would first read every item there (up to its bound).
        if (!wholeFile && !options.final && body.ranOut && body.lastTag < plan.maxWanted)
            return { values: {}, needMore: true };
        return undefined;
    }
    const values = {};
    const readAllWanted = body.reachedPixels || body.lastTag >= plan.maxWanted;
    if (!wholeFile && !options.final && !readAllWanted)
        return { values, needMore: true };
    const cs = CHARSET_SLOT;
    const charset = body.found[cs] && body.length[cs] > 0 && body.offset[cs] + body.length[cs] <= head.length ? decodeTextAt(head, body.offset[cs], body.offset[cs] + body.length[cs], 'CS', undefined) : undefined;
    const problems = [];
    const tell = problemList(problems, wholeFile);
    const level = scanLevel(head, plan, haveMeta, encoding === 'implicit-le', charset, fileSize);
    const slotValue = (out, slot, spec) => out.found[slot] ? leafValue(level, out.offset[slot], out.length[slot], out.vr[slot] ? vrName(out.vr[slot]) : undefined, undefined, spec, tell) : null;
    // Read once: the Modality column reuses it, as the SpecificCharacterSet column reuses `charset` when its VR is CS
    // (a value that was not read is looked at again, to be told).
    const modality = slotValue(body, MODALITY_SLOT, MODALITY_SPEC);
    let fileVrs;
    for (let i = 0; i < tags.length; i++) {
        const t = tags[i];
        if (t.path) {
            const found = pathValue(level, t, tell);
            values[t.keyword] = found.value;
            if (found.vr)
                (fileVrs ??= {})[t.keyword] = found.vr;
        }
        else if (t.number < 0x00030000) {
            values[t.keyword] = haveMeta ? slotValue(plan.metaOut, plan.meta.slots.get(t.number), t) : null;
        }
        else {
            values[t.keyword] =
                t.number === MODALITY_TAG && modality != null ? modality
                    : t.number === CHARSET_TAG && charset !== undefined && (!body.vr[cs] || vrName(body.vr[cs]) === 'CS') ? charset
                        : slotValue(body, plan.whole.slots.get(t.number), t);
        }
    }
    const ps = plan.pixelSlot;
    const tail = ps !== undefined && body.found[ps] ? tailHint(tags, body.offset[ps], body.length[ps], fileSize, encoding, charset) : undefined;
    const extra = { modality, ...(fileVrs ? { fileVrs } : {}), ...(tail ? { tail } : {}) };
    if (budget.sequencesCut)
        return sequencesCut(values, extra);
    if (problems.length)
        return { values, ...extra, error: `truncated: ${problems.join('; ')}`, code: 'VALUE_TRUNCATED', needMore: false };
    return withTail({ values, ...extra, needMore: false }, head, tags);
}
/** fixedString: dicom-parser's `string()`: the bytes up to the first NUL, one char each, trimmed. */
function fixedString(b, offset, length) {
    if (length === 0)
        return undefined;
    let end = offset;
    while (end < offset + length && b[end] !== 0)
        end++;
    // Latin-1 maps each byte to the char of the same code, as String.fromCharCode does.
    // Any Uint8Array is viewed as a Buffer (no copy): spreading a long value into
    // String.fromCharCode's arguments overflowed the stack (RangeError).
    return asBuffer(b).toString('latin1', offset, end).trim();
}
/** The scan's slots as a Level. */
function scanLevel(head, plan, haveMeta, implicit, charset, fileSize) {
    return {
        bytes: head,
        littleEndian: true,
        implicit,
        charset,
        fileEnd: fileSize,
        get(tag) {
            const inMeta = tag < 0x00030000;
            if (inMeta && !haveMeta)
                return undefined;
            const out = inMeta ? plan.metaOut : plan.bodyOut;
            const slot = (inMeta ? plan.meta : plan.whole).slots.get(tag);
            if (slot === undefined || !out.found[slot])
                return undefined;
            return { offset: out.offset[slot], length: out.length[slot], vr: out.vr[slot] ? vrName(out.vr[slot]) : undefined, items: undefined };
        },
    };
}
/** A dicom-parser DataSet (the file's, or an item's) as a Level. */
function dataSetLevel(ds, littleEndian, implicit, charset, fileEnd) {
    return {
        bytes: ds.byteArray,
        littleEndian,
        implicit,
        charset,
        fileEnd,
        get(tag, key) {
            const el = ds.elements[key ?? `x${tag.toString(16).padStart(8, '0')}`];
            if (!el || el.dataOffset === undefined)
                return undefined;
            return { offset: el.dataOffset, length: el.length, vr: el.vr, items: el.items };
        },
    };
}
function plainValue(level, spec, tell) {
    const el = level.get(spec.number, spec.key);
    return el ? leafValue(level, el.offset, el.length, el.vr, el.items, spec, tell) : null;
}
/**
 * The value of a path (`Seq/Inner/Attr`, `Seq[0]/Attr`, `[Creator]gggg,xxee`):
 * the values of every item that has the attribute, in item order, joined by
 * `\`; null when no item has it. With the VR the file gives for an attribute
 * the dictionary does not know.
 */
function pathValue(top, spec, tell) {
    const steps = spec.path;
    const parts = [];
    let fileVr;
    const visit = (level, i) => {
        const step = steps[i];
        const el = step.creator === undefined ? level.get(step.tag) : privateElement(level, step.tag, step.creator);
        if (!el)
            return;
        if (i === steps.length - 1) {
            const value = leafValue(level, el.offset, el.length, el.vr, el.items, spec, tell);
            if (value === null)
                return;
            parts.push(value);
            if (spec.vr === undefined && el.vr && el.vr !== 'UN')
                fileVr ??= el.vr;
            return;
        }
        const items = itemsOf(level, el);
        if (!items)
            return;
        if (step.item === undefined)
            for (const item of items)
                visit(item, i + 1);
        else if (items[step.item])
            visit(items[step.item], i + 1);
    };
    visit(top, 0);
    return { value: parts.length ? parts.join('\\') : null, ...(fileVr ? { vr: fileVr } : {}) };
}
/** `[Creator]gggg,xxee` in one dataset: the block `xx` whose creator element (gggg,00xx) names the creator. */
function privateElement(level, tag, creator) {
    const group = tag & 0xffff0000;
    for (let block = 0x10; block <= 0xff; block++) {
        const c = level.get((group | block) >>> 0);
        if (!c || c.offset + c.length > level.bytes.length)
            continue;
        if (decodeTextAt(level.bytes, c.offset, c.offset + c.length, 'LO', level.charset) === creator)
            return level.get((group | (block << 8) | (tag & 0xff)) >>> 0);
    }
    return undefined;
}
/** The items of a sequence as Levels; undefined when the element is not a sequence. */
function itemsOf(level, el) {
    const cache = (level.parsedItems ??= new Map());
    if (cache.has(el.offset))
        return cache.get(el.offset);
    let items = el.items;
    if (!items && isSequence(level, el)) {
        const dp = dicomParserModule();
        const element = { tag: 'xfffee000', vr: 'SQ', length: el.length, dataOffset: el.offset };
        try {
            const stream = countedStream(new dp.ByteStream(level.littleEndian ? dp.littleEndianByteArrayParser : dp.bigEndianByteArrayParser, level.bytes, el.offset), 'sequences');
            if (level.implicit || el.vr === 'UN')
                dp.readSequenceItemsImplicit(stream, element);
            else
                dp.readSequenceItemsExplicit(stream, element, []);
            items = element.items;
        }
        catch {
            // A sequence dicom-parser cannot read, or one past the bound: no values from it (the second is told).
            if (budget.sequences < 0)
                budget.sequencesCut = true;
            items = undefined;
        }
    }
    const levels = items?.map((item) => {
        const ds = item.dataSet;
        const own = ds.elements.x00080005;
        const charset = own && own.length > 0 && own.dataOffset + own.length <= ds.byteArray.length ? decodeTextAt(ds.byteArray, own.dataOffset, own.dataOffset + own.length, 'CS', undefined) : level.charset;
        return dataSetLevel(ds, level.littleEndian, level.implicit || el.vr === 'UN', charset, level.fileEnd);
    });
    cache.set(el.offset, levels);
    return levels;
}
/** Explicit SQ; or, where the file does not say (implicit VR, UN), a value that starts with an item. */
function isSequence(level, el) {
    if (el.items || el.vr === 'SQ')
        return true;
    if (el.vr !== undefined && el.vr !== 'UN')
        return false;
    if (el.offset + 4 > level.bytes.length)
        return false;
    return tagAt(level.bytes, el.offset, level.littleEndian) === ITEM_TAG;
}
function tagAt(b, at, littleEndian) {
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    return ((view.getUint16(at, littleEndian) << 16) | view.getUint16(at + 2, littleEndian)) >>> 0;
}
/**
 * One attribute's value as text (docs/CLI.md, "Values"): text decoded in its
 * character set; numbers in decimal; AT as `ggggeeee`; several values joined
 * by `\`; a sequence: its number of items; binary data (OB, OW, UN, ... and
 * the pixel data): its length in bytes, never read; an attribute of unknown
 * VR: its text when the bytes are text, else its length. Null (and a problem
 * told) only when a value that must be read runs past the bytes in hand.
 */
function leafValue(level, offset, length, fileVr, items, spec, tell) {
    let vr = fileVr;
    // Implicit VR says nothing, and UN hides the real VR: the dictionary knows it.
    // UN with no VR known is as good as unknown: its text when it is text.
    if (!vr || vr === 'UN')
        vr = spec.vr ?? dictionaryVr(spec.key);
    if (vr === 'SQ' || items || (vr === undefined && isSequence(level, { offset, length, vr: undefined, items }))) {
        const el = { offset, length, vr: fileVr === 'UN' ? 'UN' : vr === 'SQ' ? 'SQ' : undefined, items };
        // Only the number of items: counted by the scan's walk when it is sure, with no object per item.
        const itemCount = items || level.parsedItems?.has(offset) || !level.littleEndian ? -1 : countItems(level.bytes, offset, length, !(level.implicit || el.vr === 'UN'));
        return String(itemCount >= 0 ? itemCount : (itemsOf(level, el)?.length ?? 0));
    }
    if (length === 0)
        return '';
    if (vr !== undefined && BINARY_VRS.has(vr))
        return String(length === UNDEFINED_LENGTH ? Math.max(0, level.fileEnd - offset) : length);
    if (offset + length > level.bytes.length) {
        tell(spec.keyword, offset);
        return null;
    }
    const b = level.bytes;
    const size = vr ? NUMERIC_SIZE[vr] : undefined;
    if (size) {
        const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
        const read = READERS[vr];
        const count = Math.floor(length / size);
        let text = '';
        for (let i = 0; i < count; i++)
            text += (i ? '\\' : '') + String(read(view, offset + i * size, level.littleEndian));
        return text;
    }
    if (vr === 'AT') {
        let text = '';
        for (let i = 0; i + 4 <= length; i += 4)
            text += (i ? '\\' : '') + tagAt(b, offset + i, level.littleEndian).toString(16).toUpperCase().padStart(8, '0');
        return text;
    }
    if (vr === undefined || !TEXT_VRS.has(vr))
        return isText(b, offset, offset + length) ? decodeTextAt(b, offset, offset + length, 'LO', level.charset) : String(length);
    return decodeTextAt(b, offset, offset + length, vr, level.charset);
}
/**
 * Bytes that read as text: no control character but tab, CR, LF, FF and ESC
 * (ISO 2022); a NUL pads only a UID (digits and dots), as in the standard.
 */
function isText(b, start, end) {
    let e = end;
    while (e > start && b[e - 1] === 0)
        e--;
    if (e < end) {
        for (let i = start; i < e; i++)
            if (b[i] !== 0x2e && (b[i] < 0x30 || b[i] > 0x39))
                return false;
        return e - start > 1;
    }
    for (let i = start; i < e; i++) {
        const c = b[i];
        if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d && c !== 0x1b)
            return false;
        if (c === 0x7f)
            return false;
    }
    return true;
}
const READERS = {
    US: (v, at, le) => v.getUint16(at, le),
    SS: (v, at, le) => v.getInt16(at, le),
    UL: (v, at, le) => v.getUint32(at, le),
    SL: (v, at, le) => v.getInt32(at, le),
    FL: (v, at, le) => v.getFloat32(at, le),
    FD: (v, at, le) => v.getFloat64(at, le),
};
function parseRaw(head, fileSize, encoding) {
    const enc = encoding ?? detectRawEncoding(head, fileSize);
    if (!enc)
        return { failure: 'no recognisable dataset at byte 0', inflated: false };
    return { ...parseBody(head, 0, enc), inflated: false };
}
function parsePart10(head, fileSize, options) {
    // The meta group ends where group 0002 ends; dicom-parser would read on
    // through a dataset that starts with a lower (odd) group.
    const start = metaEnd(head);
    let meta;
    try {
        meta = dicomParserModule().readPart10Header(head.subarray(0, Math.min(start, head.length)));
    }
    catch (e) {
        return { failure: `file meta header: ${describeThrown(e)}`, inflated: false };
    }
    // A damaged length can make the element run past the bytes: dicom-parser's
    // string() then throws a plain string, so the bounds are checked first.
    const ts = meta.elements.x00020010;
    const declared = ts && ts.dataOffset + ts.length <= meta.byteArray.length ? meta.string('x00020010')?.replace(/\0/g, '').trim() : undefined;
    if (declared === DEFLATED) {
        let inflated;
        try {
            const zlib = require('node:zlib');
            inflated = zlib.inflateRawSync(head.subarray(start), {
                // A prefix ends mid-stream: return what inflates instead of failing.
                finishFlush: zlib.constants.Z_SYNC_FLUSH,
                maxOutputLength: options.maxInflatedBytes ?? DEFAULT_MAX_INFLATED,
            });
        }
        catch (e) {
            return { meta, failure: `deflated dataset cannot be inflated: ${describeThrown(e)}`, inflated: true };
        }
        return { meta, ...parseBody(inflated, 0, 'explicit-le'), inflated: true };
    }
    const encoding = datasetEncoding(head, start, fileSize, declared);
    if (start >= head.length)
        return { meta, inflated: false, ...(start > fileSize ? { failure: 'file ends inside the file meta header' } : {}) };
    return { meta, ...parseBody(head, start, encoding), inflated: false };
}
/**
 * How the dataset after the meta group is encoded. Some writers declare one
 * encoding and write another (pydicom reads such files by looking at the
 * first element): the bytes win when they disagree with the declaration.
 */
function datasetEncoding(head, start, fileSize, declared) {
    const seen = start < head.length ? detectRawEncoding(head.subarray(start), fileSize - start, { afterMeta: true }) : undefined;
    const declaredEncoding = declared === IMPLICIT_LE ? 'implicit-le' : declared === EXPLICIT_BE ? 'explicit-be' : declared ? 'explicit-le' : undefined;
    return seen ?? declaredEncoding ?? 'explicit-le';
}
/** Offset of the first byte after the group 0002 meta header (always explicit little endian). */
function metaEnd(b) {
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    let pos = 132;
    while (pos + 8 <= b.length && view.getUint16(pos, true) === 0x0002) {
        if (VR_KIND[(b[pos + 4] << 8) | b[pos + 5]] === LONG_VR) {
            if (pos + 12 > b.length)
                return b.length + 1;
            pos += 12 + view.getUint32(pos + 8, true);
        }
        else {
            pos += 8 + view.getUint16(pos + 6, true);
        }
    }
    // Bytes ran out at an element boundary: only the group length can tell a
    // complete meta header from one cut short.
    if (pos >= b.length && b.length >= 144 && view.getUint32(128, false) === 0x4449434d && view.getUint16(132, true) === 2 && view.getUint16(134, true) === 0) {
        const declared = 144 + view.getUint32(140, true);
        if (declared > pos)
            return declared;
    }
    return pos;
}
function parseBody(bytes, start, encoding) {
    const dicomParser = dicomParserModule();
    const parser = encoding === 'explicit-be' ? dicomParser.bigEndianByteArrayParser : dicomParser.littleEndianByteArrayParser;
    let stream;
    try {
        stream = countedStream(new dicomParser.ByteStream(parser, bytes, start), 'parse');
    }
    catch (e) {
        return { failure: describeThrown(e), encoding };
    }
    // dicom-parser's time is per element: a header of 8 MiB of empty elements out
    // of order (which our scan leaves to it) took 15 s. Its elements go into an
    // object that counts them and stops the parse past MAX_ELEMENTS.
    const elements = {};
    let count = 0;
    const counted = new Proxy(elements, {
        set(target, key, value) {
            if (++count > MAX_ELEMENTS)
                throw new Error(`more than ${MAX_ELEMENTS} elements at the top level`);
            target[key] = value;
            return true;
        },
    });
    const body = new dicomParser.DataSet(parser, bytes, counted);
    body.warnings = stream.warnings;
    try {
        if (encoding === 'implicit-le') {
            dicomParser.parseDicomDataSetImplicit(body, stream, bytes.length, { untilTag: PIXEL_DATA });
        }
        else {
            dicomParser.parseDicomDataSetExplicit(body, stream, bytes.length, { untilTag: PIXEL_DATA });
        }
    }
    catch (e) {
        return { body, failure: describeThrown(e), encoding };
    }
    finally {
        body.elements = elements;
    }
    return { body, encoding };
}
/** Top-level elements one dicom-parser parse may read (real headers hold hundreds to a few thousand). */
const MAX_ELEMENTS = 8192;
/**
 * Element and item headers dicom-parser may read for one file (docs/DECISIONS.md).
 * Counted on its byte stream, as the 32-bit lengths and the VRs it reads: one
 * per implicit element, explicit element and item, two per explicit element
 * with a 32-bit length; so at most this many headers. The top-level bound alone
 * left a sequence of 8 MiB of empty items to take seconds (an object per item).
 * `MAX_HEADERS` bounds the parse of a header our scan gave up on, sequences at
 * every depth included (real ones: a few thousand). `MAX_SEQUENCE_HEADERS`
 * bounds the sequences a path column reads into, all of one file together:
 * such a column asks for nested values, and an enhanced multi-frame header
 * holds some 30 per frame (about 4,000 frames fit).
 */
const MAX_HEADERS = 16384;
const MAX_SEQUENCE_HEADERS = 131072;
/** What dicom-parser may still read for the file at hand (parseHeader and parseTail are synchronous: one file at a time). */
const budget = { parse: MAX_HEADERS, sequences: MAX_SEQUENCE_HEADERS, sequencesCut: false };
function startBudget() {
    budget.parse = MAX_HEADERS;
    budget.sequences = MAX_SEQUENCE_HEADERS;
    budget.sequencesCut = false;
}
function budgetMessage(pool) {
    return pool === 'parse' ? `more than ${MAX_HEADERS} elements and items to parse` : `more than ${MAX_SEQUENCE_HEADERS} elements and items in the sequences read`;
}
/** `stream`, counting against the budget each 32-bit length and VR dicom-parser reads from it. */
function countedStream(stream, pool) {
    const { readUint32, readFixedString } = stream;
    const spend = () => {
        if (--budget[pool] < 0)
            throw new Error(budgetMessage(pool));
    };
    stream.readUint32 = function () {
        spend();
        return readUint32.call(this);
    };
    stream.readFixedString = function (length) {
        spend();
        return readFixedString.call(this, length);
    };
    return stream;
}
/** A sequence past the budget: its values are left out, and the record says so. */
function sequencesCut(values, extra) {
    return { values, ...extra, error: `truncated or malformed header: ${budgetMessage('sequences')}`, code: 'HEADER_MALFORMED', needMore: false };
}
function lastTopLevel(ds) {
    // Keys are 'x' + 8 lower-case hex digits: string order is tag order, so no parse per key.
    let key = '';
    for (const k in ds.elements)
        if (k > key)
            key = k;
    return { key, number: key ? parseInt(key.slice(1), 16) : -1 };
}
function readCharset(ds) {
    const el = ds.elements.x00080005;
    if (!el || el.length === 0 || el.dataOffset + el.length > ds.byteArray.length)
        return undefined;
    return decodeTextAt(ds.byteArray, el.dataOffset, el.dataOffset + el.length, 'CS', undefined);
}
function describeWhere(ds, inflated) {
    const last = ds ? lastTopLevel(ds) : undefined;
    const el = last?.key ? ds?.elements[last.key] : undefined;
    if (!last || !el)
        return ' (before the first element)';
    const tag = `(${last.key.slice(1, 5).toUpperCase()},${last.key.slice(5).toUpperCase()})`;
    return ` (after element ${tag} at ${inflated ? 'inflated ' : ''}offset ${el.dataOffset})`;
}
//# sourceMappingURL=parse-header.js.map