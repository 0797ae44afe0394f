import { MULTI_VALUED } from './value-multiplicity.js';
const KIND_BY_VR = Object.freeze({
    IS: 'integer',
    SS: 'integer',
    US: 'integer',
    SL: 'integer',
    SQ: 'integer',
    UL: 'bigint',
    SV: 'bigint',
    UV: 'bigint',
    OB: 'bigint',
    OD: 'bigint',
    OF: 'bigint',
    OL: 'bigint',
    OV: 'bigint',
    OW: 'bigint',
    DS: 'double',
    FL: 'double',
    FD: 'double',
    DA: 'date',
    TM: 'time',
    DT: 'timestamp',
});
/**
 * VRs whose value is one value whatever the dictionary says: LT, ST, UT, UR
 * (a `\` in them is text, PS3.5 6.2), and the VRs whose value is a count or
 * a length (SQ, binary data).
 */
const ONE_VALUE = new Set(['LT', 'ST', 'UT', 'UR', 'SQ', 'OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'SV', 'UV']);
const MAX_LENGTH = Number.MAX_SAFE_INTEGER;
/**
 * The range of each integer VR (PS3.5 table 6.2-1) joined with its twin of
 * the other sign, since the dictionary names only the first VR of "US or SS"
 * attributes; a value outside it did not parse.
 */
const INTEGER_RANGE = Object.freeze({
    IS: [-(2 ** 31), 2 ** 31 - 1],
    SS: [-(2 ** 15), 2 ** 16 - 1],
    US: [-(2 ** 15), 2 ** 16 - 1],
    SL: [-(2 ** 31), 2 ** 31 - 1],
    SQ: [0, 2 ** 31 - 1],
    UL: [-(2 ** 31), 2 ** 32 - 1],
    // 64-bit values and byte lengths: what a JavaScript number holds exactly.
    SV: [Number.MIN_SAFE_INTEGER, MAX_LENGTH],
    UV: [0, MAX_LENGTH],
});
const DATE_KINDS = new Set(['date', 'time', 'timestamp']);
/**
 * The typing of an attribute column, from its spec: the VR (the data
 * dictionary's, or a private attribute's leaf), the tag, and for a path its
 * steps. `datesAsText`: DA, TM and DT stay text (NDJSON: JSON has no date
 * type, and the text is exact).
 */
export function columnType(spec, options = {}) {
    const vr = spec.vr;
    let kind = (vr && KIND_BY_VR[vr]) || 'text';
    if (options.datesAsText && DATE_KINDS.has(kind))
        kind = 'text';
    return Object.freeze({ keyword: spec.keyword, vr, kind, list: isList(spec) });
}
function isList(spec) {
    if (spec.vr && ONE_VALUE.has(spec.vr))
        return false;
    // A path through every item of a sequence (`Seq/Attr`): one value per item.
    if (spec.path && spec.path.slice(0, -1).some((step) => step.item === undefined))
        return true;
    // Unknown to the dictionary (no VR), or private by creator (`XX` in the tag): multiplicity unknown.
    if (!spec.vr || !/^[0-9A-F]{8}$/.test(spec.tag))
        return true;
    return Object.hasOwn(MULTI_VALUED, spec.tag);
}
/**
 * Types one attribute value as the record holds it (`null` absent, `""`
 * empty, values joined by `\`):
 * - absent: `null`
 * - a list column: an array, one element per value (`""` gives `[]`)
 * - a scalar column: the value; `""` stays `""` for text and is `null` for the other kinds
 * - each value of a numeric, date or time kind: its number (see `parseValue`),
 *   or, when it does not parse, its text unchanged; an empty one in a list is `null`
 * - a scalar column of another kind whose value holds a `\` (more values
 *   than the dictionary allows): the whole text, unchanged
 */
export function typedValue(text, type) {
    if (text === null || text === undefined)
        return null;
    if (type.list) {
        if (text === '')
            return [];
        const parts = text.split('\\');
        if (type.kind === 'text')
            return parts;
        return parts.map((p) => (p.trim() === '' ? null : parseOrKeep(p, type)));
    }
    if (type.kind === 'text')
        return text;
    if (text.trim() === '')
        return null;
    return text.includes('\\') ? text : parseOrKeep(text, type);
}
function parseOrKeep(text, type) {
    const n = parseValue(text, type);
    return n === undefined ? text : n;
}
/**
 * One value's number, or undefined when it does not parse as its kind:
 * - integer kinds: a whole number within the VR's range
 * - `double`: a decimal number (DS syntax), finite
 * - `date`: days since 1970-01-01 (`YYYYMMDD`, or ACR-NEMA's `YYYY.MM.DD`; a real calendar day)
 * - `time`: microseconds since midnight (`HH`, `HHMM`, `HHMMSS`, `HHMMSS.F` to 6 digits;
 *   ACR-NEMA's `HH:MM:SS` too)
 * - `timestamp`: microseconds since 1970-01-01T00:00, the date and time as
 *   written (`YYYY` to `YYYYMMDDHHMMSS.FFFFFF`); a value with a UTC offset
 *   (`&ZZXX`) does not parse, as one column cannot mix local and UTC times
 * - `text`: undefined
 */
export function parseValue(text, type) {
    const t = text.trim();
    switch (type.kind) {
        case 'integer':
        case 'bigint': {
            if (!INTEGER.test(t))
                return undefined;
            const n = Number(t);
            const [lo, hi] = INTEGER_RANGE[type.vr ?? 'IS'] ?? (type.kind === 'bigint' ? [0, MAX_LENGTH] : INTEGER_RANGE.IS);
            return n >= lo && n <= hi ? n : undefined;
        }
        case 'double': {
            if (!isNumber(t))
                return undefined;
            const n = Number(t);
            return Number.isFinite(n) ? n : undefined;
        }
        case 'date':
            return parseDate(t);
        case 'time':
            return parseTime(t);
        case 'timestamp':
            return parseDateTime(t);
        default:
            return undefined;
    }
}
const INTEGER = /^[+-]?\d+$/;
const DA = /^(\d{4})\.?(\d{2})\.?(\d{2})$/;
const TM = /^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:\.(\d{1,6}))?)?)?$/;
const DT = /^(\d{4})(?:(\d{2})(?:(\d{2})(?:(\d{2})(?:(\d{2})(?:(\d{2})(?:\.(\d{1,6}))?)?)?)?)?)?$/;
const DAY_MS = 86_400_000;
function calendarMs(year, month, day) {
    const ms = Date.UTC(year, month - 1, day);
    const d = new Date(ms);
    // Date.UTC maps years 0-99 to 1900-1999: set the year itself.
    d.setUTCFullYear(year);
    return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? d.getTime() : undefined;
}
/** DA: days since 1970-01-01, or undefined. */
export function parseDate(text) {
    const m = DA.exec(text);
    if (!m)
        return undefined;
    const ms = calendarMs(Number(m[1]), Number(m[2]), Number(m[3]));
    return ms === undefined ? undefined : ms / DAY_MS;
}
function micros(h, m, s, frac) {
    const hh = Number(h ?? 0);
    const mm = Number(m ?? 0);
    const ss = Number(s ?? 0);
    if (hh > 23 || mm > 59 || ss > 59)
        return undefined;
    return ((hh * 60 + mm) * 60 + ss) * 1e6 + Number((frac ?? '').padEnd(6, '0') || 0);
}
/** TM: microseconds since midnight, or undefined. */
export function parseTime(text) {
    const m = TM.exec(text);
    return m ? micros(m[1], m[2], m[3], m[4]) : undefined;
}
/** DT without a UTC offset: microseconds since 1970-01-01T00:00 as written, or undefined. */
export function parseDateTime(text) {
    const m = DT.exec(text);
    if (!m)
        return undefined;
    const day = calendarMs(Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1));
    const time = micros(m[4], m[5], m[6], m[7]);
    if (day === undefined || time === undefined)
        return undefined;
    const us = day * 1000 + time;
    return Number.isSafeInteger(us) ? us : undefined;
}
/** True when a typed value of a kind other than `text` kept some text that did not parse. */
export function hasUntyped(value, type) {
    if (type.kind === 'text' || value === null)
        return false;
    if (Array.isArray(value))
        return value.some((v) => typeof v === 'string');
    return typeof value === 'string';
}
/** ISO 8601 text of a `date` value (days since 1970-01-01): `2024-01-05`. */
export function isoDate(days) {
    return new Date(days * DAY_MS).toISOString().slice(0, 10);
}
/** ISO 8601 text of a `time` value (microseconds since midnight): `08:30:00.123456`, fraction only when there is one. */
export function isoTime(us) {
    const s = Math.floor(us / 1e6);
    const frac = us % 1e6;
    const hms = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((x) => String(x).padStart(2, '0')).join(':');
    return frac ? `${hms}.${String(frac).padStart(6, '0')}` : hms;
}
/** ISO 8601 text of a `timestamp` value (microseconds since 1970-01-01T00:00, no zone): `2024-01-05T08:30:00`. */
export function isoDateTime(us) {
    const days = Math.floor(us / (DAY_MS * 1000));
    return `${isoDate(days)}T${isoTime(us - days * DAY_MS * 1000)}`;
}
/**
 * Counts, per column, the values that did not parse as their column's kind,
 * with the first one seen; bounded by the number of columns.
 */
export class UntypedCounts {
    byColumn = new Map();
    add(keyword, text, path) {
        const seen = this.byColumn.get(keyword);
        if (seen)
            seen.count++;
        else
            this.byColumn.set(keyword, { count: 1, value: text, path });
    }
    get size() {
        return this.byColumn.size;
    }
    /** Adds the counts of a part of the crawl that came after everything counted so far (a worker thread's batch). */
    merge(part) {
        for (const [keyword, ex] of Object.entries(part)) {
            const seen = this.byColumn.get(keyword);
            if (seen)
                seen.count += ex.count;
            else
                this.byColumn.set(keyword, { ...ex });
        }
    }
    /** Column -> count and first example, largest count first. */
    toJSON() {
        return Object.fromEntries([...this.byColumn].sort((a, b) => b[1].count - a[1].count).map(([k, v]) => [k, { ...v }]));
    }
}
const isDigit = (c) => c >= 0x30 && c <= 0x39;
const isSign = (c) => c === 0x2b || c === 0x2d;
/**
 * Whether the text is a decimal number, `[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?`,
 * by one pass over it: as a regular expression the two digit runs
 * backtracked against each other, quadratic in a long run of digits.
 */
export function isNumber(text) {
    const n = text.length;
    let i = isSign(text.charCodeAt(0)) ? 1 : 0;
    let digits = 0;
    while (i < n && isDigit(text.charCodeAt(i)))
        i++, digits++;
    if (text.charCodeAt(i) === 0x2e) {
        i++;
        while (i < n && isDigit(text.charCodeAt(i)))
            i++, digits++;
    }
    if (digits === 0)
        return false;
    if (i < n && (text.charCodeAt(i) | 0x20) === 0x65) {
        i++;
        if (isSign(text.charCodeAt(i)))
            i++;
        const from = i;
        while (i < n && isDigit(text.charCodeAt(i)))
            i++;
        if (i === from)
            return false;
    }
    return i === n;
}
//# sourceMappingURL=typed-values.js.map