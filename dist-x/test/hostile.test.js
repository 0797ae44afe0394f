/**
 * Hostile input (docs/RELIABILITY.md): files whose values are long runs of
 * what value handling trims and splits, written here by the test writer. Each
 * must read to the right values in linear time; a crawl of them must still
 * stop at once on SIGINT and SIGTERM.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { decodeTextAt } from '../lib/core/decode-text.js';
import { csvLine, isNumber } from '../lib/core/csv-line.js';
import { ndjsonLine, NDJSON_TYPING } from '../lib/core/ndjson-line.js';
import { columnType, typedValue } from '../lib/core/typed-values.js';
import { detectDicom } from '../lib/core/detect-dicom.js';
import { parseHeader } from '../lib/core/parse-header.js';
import { DEFAULT_TAGS, resolveTags } from '../lib/core/tags.js';
import { crawl } from '../lib/crawl.js';
import { CLI, PROJECT_ROOT } from './helpers/paths.js';
import { fsPathOf } from '../lib/index.js';
import { uid, writeDicom } from './helpers/dicom-writer.js';
import { HOSTILE_PATTERNS, HOSTILE_SLOTS, hostileFiles, manyItemsFile, patientNameSpaces } from './helpers/hostile-values.js';
const { convertBytes } = createRequire(import.meta.url)('dicom-character-set');
const TAGS = resolveTags([...DEFAULT_TAGS, 'SpecificCharacterSet']);
/** Generous for a loaded machine: the linear code takes milliseconds, the quadratic code took minutes. */
const MAX_MS = 1000;
/**
 * The value handling as first written, with regular expressions: right, and
 * quadratic on long runs. The model the linear code must equal, on short values.
 */
function reference(bytes, vr, charset, convert) {
    const charsetVrs = new Set(['SH', 'LO', 'ST', 'LT', 'UT', 'PN', 'UC']);
    const keepLeadingVrs = new Set(['ST', 'LT', 'UT', 'PN']);
    const plain = bytes.every((c) => c <= 0x7e && c !== 0x1b);
    let text = charsetVrs.has(vr) && charset && !plain ? convert(bytes) : Buffer.from(bytes).toString('latin1');
    const trimEnd = (v) => v.replace(/[\0 ]+$/, '');
    if (vr === 'LT' || vr === 'ST' || vr === 'UT')
        return trimEnd(text);
    const keep = keepLeadingVrs.has(vr);
    text = text.split('\\').map((v) => (keep ? trimEnd(v) : trimEnd(v).replace(/^ +/, ''))).join('\\');
    return vr === 'PN' ? text.replace(/=+$/, '') : text;
}
test('value handling equals the regular-expression model on short values of the hostile bytes', () => {
    const alphabet = [0x20, 0x00, 0x5c, 0x3d, 0x41, 0x5e, 0xe9, 0x1b, 0x2d];
    const vrs = ['CS', 'UI', 'DA', 'LO', 'SH', 'PN', 'LT', 'ST', 'UT', 'AS', 'IS'];
    const charsets = [undefined, 'ISO_IR 100', 'ISO_IR 192', 'ISO 2022 IR 6\\ISO 2022 IR 100', 'NOT A CHARSET'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }), fc.constantFrom(...vrs), fc.constantFrom(...charsets), fc.integer({ min: 0, max: 4 }), (codes, vr, cs, offset) => {
        const bytes = Buffer.concat([Buffer.alloc(offset, 0x41), Buffer.from(codes), Buffer.alloc(3, 0x41)]);
        const end = offset + codes.length;
        const got = decodeTextAt(bytes, offset, end, vr, cs);
        assert.equal(got, reference(bytes.subarray(offset, end), vr, cs, (b) => convert(b, vr, cs)), JSON.stringify({ codes, vr, cs }));
    }), { numRuns: 20_000 });
});
test('every character set the library names alone decodes as the library decodes it (decoders kept per term)', () => {
    const { characterSets } = createRequire(import.meta.url)('dicom-character-set');
    // Each term as files write it, and trimmed or lower-cased as some writers do; twice in a row, then after another term.
    const terms = Object.keys(characterSets).flatMap((t) => [t, ` ${t.toLowerCase()} `]);
    const vrs = ['LO', 'PN', 'SH', 'LT', 'UT'];
    fc.assert(fc.property(fc.uint8Array({ maxLength: 40 }), fc.constantFrom(...terms), fc.constantFrom(...terms), fc.constantFrom(...vrs), (bytes, term, other, vr) => {
        const value = Buffer.from(bytes);
        for (const cs of [term, term, other, term]) {
            const got = decodeTextAt(value, 0, value.length, vr, cs);
            const want = reference(value, vr, cs, (b) => convert(b, vr, cs));
            assert.equal(got, want, JSON.stringify({ bytes: [...bytes], vr, cs }));
        }
    }), { numRuns: 5000 });
});
test('value handling equals the regular-expression model on values made of long runs (read in bulk past 64 bytes)', () => {
    const alphabet = [0x20, 0x00, 0x5c, 0x3d, 0x41, 0xe9];
    const vrs = ['CS', 'LO', 'PN', 'LT', 'UI'];
    const run = fc.record({ byte: fc.constantFrom(...alphabet), length: fc.integer({ min: 1, max: 400 }) });
    fc.assert(fc.property(fc.array(run, { maxLength: 8 }), fc.constantFrom(...vrs), fc.integer({ min: 0, max: 7 }), fc.boolean(), (runs, vr, offset, plain) => {
        const value = Buffer.concat(runs.map((r) => Buffer.alloc(r.length, r.byte)));
        const whole = Buffer.concat([Buffer.alloc(offset, 0x41), value, Buffer.alloc(3, 0x41)]);
        // A Buffer, or a Uint8Array that is not one, at any alignment of its memory.
        const bytes = plain ? new Uint8Array(whole.buffer.slice(0), whole.byteOffset, whole.length) : whole;
        const got = decodeTextAt(bytes, offset, offset + value.length, vr, undefined);
        assert.equal(got, reference(value, vr, undefined, () => ''), JSON.stringify({ runs, vr, offset }));
    }), { numRuns: 3000 });
});
test('value handling equals the regular-expression model on values made of short patterns repeated (read in bulk once they settle)', () => {
    const alphabet = [0x20, 0x00, 0x5c, 0x3d, 0x41, 0xe9];
    const vrs = ['CS', 'LO', 'PN', 'LT', 'UI'];
    // ` \\` repeated (a value boundary every other byte), `A\\`, `  A\\ `, ...: patterns of 2 to 9 bytes, repeated up to 300 times.
    const piece = fc.record({ pattern: fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 9 }), times: fc.integer({ min: 1, max: 300 }) });
    fc.assert(fc.property(fc.array(piece, { maxLength: 5 }), fc.constantFrom(...vrs), fc.integer({ min: 0, max: 7 }), (pieces, vr, offset) => {
        const value = Buffer.concat(pieces.map((r) => Buffer.concat(Array.from({ length: r.times }, () => Buffer.from(r.pattern)))));
        const whole = Buffer.concat([Buffer.alloc(offset, 0x41), value, Buffer.alloc(3, 0x41)]);
        const got = decodeTextAt(whole, offset, offset + value.length, vr, undefined);
        assert.equal(got, reference(value, vr, undefined, () => ''), JSON.stringify({ pieces, vr, offset }));
    }), { numRuns: 3000 });
});
/** `reference` without regular expressions, for values too long for them (Latin-1 only): index loops over the split values. */
function linearReference(value, vr) {
    const trimEnd = (v) => {
        let e = v.length;
        while (e > 0 && (v[e - 1] === ' ' || v[e - 1] === '\0'))
            e--;
        return v.slice(0, e);
    };
    const text = value.toString('latin1');
    if (vr === 'LT' || vr === 'ST' || vr === 'UT')
        return trimEnd(text);
    const keep = vr === 'PN';
    const joined = text
        .split('\\')
        .map((v) => {
        const t = trimEnd(v);
        let s = 0;
        while (!keep && t[s] === ' ')
            s++;
        return t.slice(s);
    })
        .join('\\');
    let e = joined.length;
    while (vr === 'PN' && e > 0 && joined[e - 1] === '=')
        e--;
    return joined.slice(0, e);
}
test('value handling equals the model on values made of runs up to 140 KiB (read by words, then blocks past 4 KiB)', () => {
    const alphabet = [0x20, 0x00, 0x5c, 0x3d, 0x41, 0xe9];
    const length = fc.oneof(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 4000, max: 140_000 }));
    const run = fc.record({ byte: fc.constantFrom(...alphabet), length });
    fc.assert(fc.property(fc.array(run, { maxLength: 5 }), fc.constantFrom('CS', 'LO', 'PN', 'LT'), fc.integer({ min: 0, max: 7 }), (runs, vr, offset) => {
        const value = Buffer.concat(runs.map((r) => Buffer.alloc(r.length, r.byte)));
        const whole = Buffer.concat([Buffer.alloc(offset, 0x41), value, Buffer.alloc(3, 0x41)]);
        assert.equal(decodeTextAt(whole, offset, offset + value.length, vr, undefined), linearReference(value, vr), JSON.stringify({ runs, vr, offset }));
    }), { numRuns: 300 });
});
test('bytes outside a character set read as Node 20\'s TextDecoder named latin1 reads them (ISO 8859-1), on any Uint8Array', () => {
    const all = Uint8Array.from({ length: 224 }, (_, i) => i + 32);
    const expected = new TextDecoder('latin1').decode(all);
    assert.equal(expected.charCodeAt(0x80 - 32), 0x80);
    assert.equal(decodeTextAt(all, 0, all.length, 'LT', 'NOT A CHARSET'), expected);
    const long = new Uint8Array(1 << 20).fill(0x80);
    assert.equal(decodeTextAt(long, 0, long.length, 'LT', 'NOT A CHARSET'), '\x80'.repeat(1 << 20));
});
test('one-byte character sets read through a table of 256 bytes equal dicom-character-set on any bytes, every set it knows', () => {
    const { characterSets } = createRequire(import.meta.url)('dicom-character-set');
    const terms = Object.keys(characterSets).filter((t) => !t.startsWith('ISO 2022'));
    assert.ok(terms.includes('ISO_IR 100') && terms.includes('ISO_IR 144'));
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (const term of terms) {
        for (const vr of ['LO', 'PN', 'LT'])
            assert.equal(decodeTextAt(all, 0, all.length, vr, term), reference(all, vr, term, (b) => convert(b, vr, term)), `${term} ${vr}`);
    }
    fc.assert(fc.property(fc.uint8Array({ minLength: 1, maxLength: 600 }), fc.constantFrom(...terms), fc.constantFrom('LO', 'PN', 'SH', 'UT'), (bytes, term, vr) => {
        assert.equal(decodeTextAt(bytes, 0, bytes.length, vr, term), reference(bytes, vr, term, (b) => convert(b, vr, term)));
    }), { numRuns: 3000 });
});
/** dicom-character-set's conversion as decode-text calls it: then with ASCII added to the list, then Latin-1. */
function convert(b, vr, cs) {
    for (const set of [cs, `${cs}\\ISO 2022 IR 6`]) {
        try {
            return convertBytes(set, b, { vr });
        }
        catch {
            // the next way
        }
    }
    return Buffer.from(b).toString('latin1');
}
test('the CSV number check equals its regular expression, and is linear on a long run of digits', () => {
    const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
    fc.assert(fc.property(fc.array(fc.constantFrom('1', '0', '.', '+', '-', 'e', 'E', 'x', ' ', '٣'), { maxLength: 12 }), (chars) => {
        const text = chars.join('');
        assert.equal(isNumber(text), NUMBER.test(text), JSON.stringify(text));
    }), { numRuns: 20_000 });
    // As a regular expression: 34 s for this value of 64 KiB.
    const t0 = performance.now();
    assert.equal(isNumber(`-${'1'.repeat(1 << 20)}x`), false);
    assert.ok(performance.now() - t0 < MAX_MS);
});
test('character-set conversion is bounded: past 4096 switches, or a character set past 1 KiB, a value reads as Latin-1', () => {
    const greek = 'ISO 2022 IR 6\\ISO 2022 IR 126';
    // ESC - F puts Greek (ISO 8859-7) in G1, where 0xE1 is alpha; as Latin-1 it is á.
    const value = (pairs) => Buffer.from(`\x1b-F${'a\xe1'.repeat(pairs)}`, 'latin1');
    const read = (pairs, cs) => {
        const v = value(pairs);
        return decodeTextAt(v, 0, v.length, 'LO', cs);
    };
    // 2000 pairs: an escape and 4000 changes between bytes below and above 0x80.
    assert.ok(read(2000, greek) === 'aα'.repeat(2000), 'converted');
    assert.ok(read(2100, greek) === `\x1b-F${'aá'.repeat(2100)}`, 'past the bound: Latin-1');
    assert.ok(read(3000, 'ISO_IR 126') === `\x1b-F${'aα'.repeat(3000)}`, 'one character set without extensions: one decoder call, no bound');
    assert.equal(read(2, `${greek}${' '.repeat(1100)}`), `\x1b-F${'aá'.repeat(2)}`);
});
test('hostile corpus: every value read right, each file well under a second (explicit VR 64 KiB, implicit VR 1 MiB)', (t) => {
    let files = 0;
    let slowest = { ms: 0, name: '' };
    for (const h of hostileFiles()) {
        const t0 = performance.now();
        const r = parseHeader(h.bytes, h.bytes.length, detectDicom(h.bytes), TAGS);
        const record = { path: h.name, root: '', dir: '', size: h.bytes.length, mtime: null, dicom: 'part10', mime: null, modality_class: null, class_source: null, error: null, status: 'ok', error_code: null, attributes: r.values };
        const csv = csvLine(record, TAGS);
        const json = ndjsonLine(record, TAGS);
        const ms = performance.now() - t0;
        if (ms > slowest.ms)
            slowest = { ms, name: h.name };
        assert.equal(r.error, undefined, h.name);
        for (const [keyword, value] of Object.entries(h.expected))
            assert.equal(r.values[keyword] ?? '', value, `${h.name}: ${keyword}`);
        assert.ok(ms < MAX_MS, `${h.name}: ${ms.toFixed(0)} ms`);
        const slot = TAGS.find((t) => t.keyword === h.slot.keyword);
        assert.deepEqual(JSON.parse(json)[h.slot.keyword], typedValue(h.expected[h.slot.keyword], columnType(slot, NDJSON_TYPING)), `${h.name}: NDJSON`);
        assert.ok(csv.length > h.valueBytes / 2 || h.expected[h.slot.keyword].length < h.valueBytes / 2, `${h.name}: CSV`);
        files++;
    }
    t.diagnostic(`${files} files, slowest ${slowest.ms.toFixed(1)} ms (${slowest.name})`);
    assert.equal(files, HOSTILE_PATTERNS.length * HOSTILE_SLOTS.length * 2);
});
test('a header of empty elements out of order (1 MiB, 131,072 elements) stops at the element bound: an error record, well under a second', () => {
    const base = writeDicom([{ tag: '00080060', vr: 'CS', value: 'CT' }, { tag: '00100020', vr: 'LO', value: 'MANY' }]);
    const n = (1 << 20) / 8;
    const many = Buffer.alloc(n * 8);
    // Distinct tags going down, each an empty LO: our scan leaves tags out of order to dicom-parser.
    for (let i = 0; i < n; i++) {
        const tag = 0x7fd00000 - i;
        many.writeUInt16LE(tag >>> 16, i * 8);
        many.writeUInt16LE(tag & 0xffff, i * 8 + 2);
        many.write('LO', i * 8 + 4, 'latin1');
    }
    for (const bytes of [Buffer.concat([base, many]), Buffer.concat([base, Buffer.alloc(1 << 20)])]) {
        const t0 = performance.now();
        const r = parseHeader(bytes, bytes.length, detectDicom(bytes), TAGS);
        const ms = performance.now() - t0;
        assert.match(r.error ?? '', /^truncated or malformed header: more than 8192 elements at the top level/);
        assert.equal(r.values.Modality, 'CT', 'the values before the bound are kept');
        assert.equal(r.values.PatientID, 'MANY');
        assert.ok(ms < MAX_MS, `${ms.toFixed(0)} ms (dicom-parser took 1.1 s for this file, 15 s at 8 MiB)`);
    }
});
test('a sequence of 8 MiB of empty items: counted by the scan; read by dicom-parser only up to its bound, an error record; well under a second', () => {
    const inOrder = manyItemsFile((8 << 20) - 4096, false);
    const outOfOrder = manyItemsFile((8 << 20) - 4096, true);
    const parse = (f, extra) => {
        const t0 = performance.now();
        const r = parseHeader(f.bytes, f.bytes.length, detectDicom(f.bytes), resolveTags([...DEFAULT_TAGS, ...extra]));
        const ms = performance.now() - t0;
        assert.ok(ms < MAX_MS, `${f.name} ${extra.join()}: ${ms.toFixed(0)} ms (dicom-parser took 3-5 s for each)`);
        return r;
    };
    // The number of items, by the scan's walk: no bound, no object per item.
    const counted = parse(inOrder, ['ReferencedImageSequence']);
    assert.equal(counted.error, undefined);
    assert.equal(counted.values.ReferencedImageSequence, String(inOrder.items));
    assert.equal(counted.values.PatientID, 'SEQUENCE');
    // Out of order: dicom-parser reads the header, up to 16,384 elements and items; the values before them are kept.
    const parsed = parse(outOfOrder, []);
    assert.equal(parsed.code, 'HEADER_MALFORMED');
    assert.match(parsed.error, /more than 16384 elements and items to parse/);
    assert.equal(parsed.values.Modality, 'CT');
    assert.equal(parsed.values.PatientID, null);
    // A path into the sequence: dicom-parser reads its items, up to 131,072 in all.
    const path = parse(inOrder, ['ReferencedImageSequence/ReferencedSOPInstanceUID']);
    assert.equal(path.code, 'HEADER_MALFORMED');
    assert.match(path.error, /more than 131072 elements and items in the sequences read/);
    assert.equal(path.values.PatientID, 'SEQUENCE');
    // A small sequence is read whole, as before.
    const small = manyItemsFile(16 * 1000, false);
    const few = parse(small, ['ReferencedImageSequence/ReferencedSOPInstanceUID', 'ReferencedImageSequence[0]/ReferencedSOPInstanceUID']);
    assert.equal(few.error, undefined);
    assert.equal(few.values.PatientID, 'SEQUENCE');
});
test('the 1 MiB implicit-VR file with PatientName `A\\` + spaces + `X`: crawled in well under a second', async (t) => {
    const dir = fs.mkdtempSync(join(tmpdir(), 'dcmcrawl-hostile-'));
    t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const h = patientNameSpaces();
    assert.equal(h.valueBytes, 1 << 20);
    fs.writeFileSync(join(dir, 'name.dcm'), h.bytes);
    const t0 = performance.now();
    const records = [];
    for await (const r of crawl(dir))
        records.push(r);
    const ms = performance.now() - t0;
    t.diagnostic(`${ms.toFixed(1)} ms`);
    assert.equal(records.length, 1);
    assert.equal(records[0].error, null);
    assert.equal(records[0].attributes.PatientName, h.expected.PatientName);
    assert.equal(records[0].attributes.PatientID, 'HOSTILE1');
    assert.ok(ms < MAX_MS, `${ms.toFixed(0)} ms`);
});
/** A tree of the 1 MiB hostile file (hard links: large to crawl, cheap to make). */
let signalTree;
function hostileTree() {
    if (signalTree)
        return signalTree;
    const dir = fs.mkdtempSync(join(tmpdir(), 'dcmcrawl-hostile-tree-'));
    process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    fs.writeFileSync(join(dir, 'o.dcm'), patientNameSpaces().bytes);
    for (let i = 0; i < 400; i++)
        fs.linkSync(join(dir, 'o.dcm'), join(dir, `f${String(i).padStart(4, '0')}.dcm`));
    signalTree = dir;
    return dir;
}
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
    test(`${signal} during a crawl of hostile files with --output: exit ${code} within a second, the output name untouched`, async (t) => {
        const root = hostileTree();
        const out = fs.mkdtempSync(join(tmpdir(), 'dcmcrawl-hostile-out-'));
        t.after(() => fs.rmSync(out, { recursive: true, force: true }));
        const target = join(out, 'files.csv');
        const child = spawn(process.execPath, [CLI, '-q', '--output', target, root], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (s) => (stderr += s));
        const closed = new Promise((resolve) => child.on('close', (c, s) => resolve({ code: c, signal: s, at: performance.now() })));
        const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        // Under way: the temp output exists and holds rows (the files are being read).
        while (!fs.readdirSync(out).some((n) => fs.statSync(join(out, n)).size > 200)) {
            assert.equal(child.exitCode, null, `the crawl ended before it was interrupted: ${stderr}`);
            await new Promise((r) => setTimeout(r, 10));
        }
        const sent = performance.now();
        child.kill(signal);
        const end = await closed;
        clearTimeout(killer);
        t.diagnostic(`exit ${end.code} ${((end.at - sent) / 1000).toFixed(3)} s after ${signal}`);
        assert.equal(end.signal, null, `ended by ${end.signal}: ${stderr}`);
        assert.equal(end.code, code, stderr);
        assert.ok(end.at - sent < 1000, `${(end.at - sent).toFixed(0)} ms after ${signal}`);
        assert.equal(fs.existsSync(target), false, 'the output name was written');
    });
}
// ---------------------------------------------------------------- paths
/** A small DICOM file whose PatientID tells which file it is. */
const idFile = (id) => writeDicom([
    { tag: '00080016', vr: 'UI', value: '1.2.840.10008.5.1.4.1.1.2' },
    { tag: '00080018', vr: 'UI', value: uid(14, 2) },
    { tag: '00080060', vr: 'CS', value: 'CT' },
    { tag: '00100020', vr: 'LO', value: id },
]);
test('two files, one path no more: `bad\\xff.dcm` (4 characters) and a name with the byte 0xFF get two paths, each reopened by fsPathOf', (t) => {
    const parent = fs.mkdtempSync(join(tmpdir(), 'dcmcrawl-hostile-names-'));
    t.after(() => fs.rmSync(parent, { recursive: true, force: true }));
    // A backslash in the root too: the whole path is one written form.
    const root = join(parent, 'root\\x41');
    fs.mkdirSync(root);
    const names = [
        [Buffer.from('bad\\xff.dcm'), 'LITERAL'],
        [Buffer.from([0x62, 0x61, 0x64, 0xff, 0x2e, 0x64, 0x63, 0x6d]), 'BYTE'],
        [Buffer.from('bad\\\\xff.dcm'), 'TWO-BACKSLASHES'],
        [Buffer.from([0x5c, 0xff, 0x5c, 0x78, 0x66, 0x66]), 'MIXED'],
        [Buffer.from('plain.dcm'), 'PLAIN'],
    ];
    for (const [raw, id] of names)
        fs.writeFileSync(Buffer.concat([Buffer.from(`${root}/`), raw]), idFile(id));
    const run = spawnSync(process.execPath, [CLI, '-q', '--format', 'ndjson', '--tags', 'PatientID', root], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const records = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    assert.equal(records.length, names.length);
    assert.equal(new Set(records.map((r) => r.path)).size, names.length, `two records share a path: ${records.map((r) => r.path).join(' ')}`);
    const byId = Object.fromEntries(records.map((r) => [r.PatientID, r.path]));
    const shownRoot = `${parent}/root\\\\x41`;
    assert.equal(byId.LITERAL, `${shownRoot}/bad\\\\xff.dcm`);
    assert.equal(byId.BYTE, `${shownRoot}/bad\\xff.dcm`);
    assert.equal(byId['TWO-BACKSLASHES'], `${shownRoot}/bad\\\\\\\\xff.dcm`);
    assert.equal(byId.MIXED, `${shownRoot}/\\\\\\xff\\\\xff`);
    assert.equal(byId.PLAIN, `${shownRoot}/plain.dcm`);
    for (const [raw, id] of names) {
        const opened = fsPathOf(byId[id]);
        assert.deepEqual(Buffer.from(opened), Buffer.concat([Buffer.from(`${root}/`), raw]), id);
        // The path reopens the very file the record describes.
        const bytes = fs.readFileSync(opened);
        assert.ok(bytes.includes(Buffer.from(id)), `${id}: fsPathOf opened another file`);
    }
    assert.equal(typeof fsPathOf(byId.PLAIN), 'string');
    assert.equal(typeof fsPathOf(byId.LITERAL), 'string', 'valid UTF-8: a string');
    assert.ok(Buffer.isBuffer(fsPathOf(byId.BYTE)), 'not UTF-8: the bytes');
});
// ---------------------------------------------------------------- links out of the roots
test('--follow-symlinks stays in the roots: a link to / is skipped, a link between two roots is followed', (t) => {
    const parent = fs.mkdtempSync(join(tmpdir(), 'dcmcrawl-hostile-links-'));
    t.after(() => fs.rmSync(parent, { recursive: true, force: true }));
    const root = join(parent, 'root');
    const other = join(parent, 'other');
    fs.mkdirSync(join(root, 'series'), { recursive: true });
    fs.mkdirSync(other);
    fs.writeFileSync(join(root, 'series', 'a.dcm'), idFile('A'));
    fs.writeFileSync(join(other, 'b.dcm'), idFile('B'));
    fs.symlinkSync('/', join(root, 'slash'));
    fs.symlinkSync('/proc/self/root', join(root, 'proc-root'));
    fs.symlinkSync(other, join(root, 'to-other'));
    fs.symlinkSync('series', join(root, 'x-inside'));
    fs.symlinkSync(join(other, 'b.dcm'), join(root, 'file-outside'));
    const crawlOf = (...args) => {
        const run = spawnSync(process.execPath, [CLI, '-q', '--all-files', '--format', 'ndjson', '--tags', 'PatientID', '--follow-symlinks', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 60_000 });
        assert.equal(run.signal, null, 'the crawl left the tree (killed by the timeout)');
        assert.equal(run.status, 0, run.stderr);
        return run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    };
    const skipped = 'symlink to outside the roots not followed (use --follow-outside-roots)';
    const records = crawlOf(root);
    assert.deepEqual(records.map((r) => [r.path.slice(root.length + 1), r.PatientID ?? r.error_code]).sort(), [
        ['file-outside', 'SYMLINK_OUTSIDE_ROOTS'],
        ['proc-root', 'SYMLINK_OUTSIDE_ROOTS'],
        ['series/a.dcm', 'A'],
        ['slash', 'SYMLINK_OUTSIDE_ROOTS'],
        ['to-other', 'SYMLINK_OUTSIDE_ROOTS'],
        ['x-inside', 'SYMLINK_ALREADY_WALKED'],
    ]);
    assert.ok(records.filter((r) => r.error_code === 'SYMLINK_OUTSIDE_ROOTS').every((r) => r.error === skipped));
    // The other folder given as a root too: the link into it leads inside the roots.
    const both = crawlOf(root, other);
    assert.ok(both.some((r) => r.path === join(root, 'file-outside') && r.PatientID === 'B'), 'a link to a file of another root is read');
    assert.ok(both.some((r) => r.path === join(root, 'to-other/b.dcm') && r.PatientID === 'B'), 'a link to a folder of another root is walked');
    assert.ok(both.some((r) => r.path === join(root, 'slash') && r.error_code === 'SYMLINK_OUTSIDE_ROOTS'));
    // /proc/self/ as the root: /proc/self/root leads to / and is not followed (it walked the whole machine).
    const proc = spawnSync(process.execPath, [CLI, '-q', '--all-files', '--format', 'ndjson', '--tags', 'PatientID', '--follow-symlinks', '/proc/self/'], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20 });
    assert.equal(proc.signal, null, 'the crawl of /proc/self/ left it');
    const procPaths = proc.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).path);
    assert.ok(procPaths.includes('/proc/self/root'), 'the link to / is a record');
    assert.ok(!procPaths.some((p) => p.startsWith('/proc/self/root/')), 'nothing below /proc/self/root was walked');
    t.diagnostic(`/proc/self/ with --follow-symlinks: ${procPaths.length} records, exit ${proc.status}`);
});
// ---------------------------------------------------------------- paths longer than PATH_MAX
test('a tree deeper than PATH_MAX (2,000 folders of 10 characters): read down to the limit, the first too-long folder an error record, the crawl ends', (t) => {
    const root = fs.mkdtempSync(join(tmpdir(), 'dcmcrawl-hostile-deep-'));
    // Node's rm works by whole paths, which this tree's bottom exceeds; GNU rm walks folder by folder.
    t.after(() => spawnSync('rm', ['-rf', root]));
    const file = join(root, 'f.dcm');
    fs.writeFileSync(file, idFile('DEEP'));
    // Made relative to each new folder (a whole path past 4,096 bytes cannot be given): a file at 1, 300 and 2,000 levels.
    const made = spawnSync('bash', ['-c', 'for i in $(seq 2000); do mkdir d123456789 && cd d123456789 || exit 1; case $i in 1|300|2000) cp "$1" . ;; esac; done', '-', file], { cwd: root });
    assert.equal(made.status, 0, String(made.stderr));
    const run = spawnSync(process.execPath, [CLI, '-q', '--all-files', '--format', 'ndjson', '--tags', 'PatientID', root], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 120_000 });
    assert.equal(run.signal, null);
    assert.equal(run.status, 1, 'a folder that cannot be read: exit 1');
    const records = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const depth = (p) => (p.slice(root.length).match(/d123456789/g) ?? []).length;
    const read = records.filter((r) => r.PatientID === 'DEEP').map((r) => depth(r.path));
    assert.deepEqual(read, [0, 1, 300], 'the files above the limit are read');
    // Documented (docs/RELIABILITY.md): the first folder whose path reaches PATH_MAX is reported, its subtree not walked.
    const tooLong = records.filter((r) => r.error_code === 'UNREADABLE_FOLDER');
    assert.equal(tooLong.length, 1);
    assert.match(tooLong[0].error ?? '', /\(ENAMETOOLONG\)$/);
    assert.ok(Buffer.byteLength(tooLong[0].path) >= 4096 - 11 && Buffer.byteLength(tooLong[0].path) < 4096 + 11, `${Buffer.byteLength(tooLong[0].path)} bytes`);
    t.diagnostic(`walked ${depth(tooLong[0].path) - 1} levels (${Buffer.byteLength(tooLong[0].path)}-byte path of the first folder not read)`);
});
//# sourceMappingURL=hostile.test.js.map