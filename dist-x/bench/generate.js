/**
 * Builds the benchmark's corpus, deterministically (seeded): an archive-like
 * tree `patient/study/series/file` of DICOM files made from real files of
 * pydicom's test corpus, with new UIDs, names (some non-ASCII), dates and
 * numbers, plus the noise real archives hold (text, JPEG, PDF, empty files,
 * truncated DICOM, datasets without preamble).
 *
 * The real files are re-serialised element by element: every top-level element
 * is copied as it is in the source (pixel data, sequences, private tags), and
 * only the identifying attributes are replaced, so sizes, encodings and
 * header layouts stay those of real files.
 *
 *   node dist/bench/generate.js [--files 20000] [--seed 1] [--out .bench/tree-20k]
 *   node dist/bench/generate.js --links 1000000 --from .bench/tree-20k --out .bench/tree-1m
 */
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import dicomParser from 'dicom-parser';
// The same seeded generator as the fuzz test's: one tree per seed, everywhere.
import { rng } from '../test/helpers/mutate.js';
/** Bumped when the generated tree changes, so stale trees are rebuilt. */
export const GENERATOR_VERSION = 1;
/** The real files the DICOM files are made from, with how often each is picked. */
const SOURCES = [
    { file: 'CT_small.dcm', weight: 40, studyDesc: 'CT THORAX', seriesDescs: ['CT THORAX 1.0 B30f', 'CT ABDOMEN PORTAL', 'Topogram 0.6 T20s'] },
    { file: 'MR_small.dcm', weight: 20, studyDesc: 'MR BRAIN', seriesDescs: ['t1_mprage_sag', 'T2 TSE AX', 'DWI b1000'] },
    { file: 'MR_small_implicit.dcm', weight: 10, studyDesc: 'MR KNEE', seriesDescs: ['PD FS COR', 'T1 SAG'] },
    { file: 'rtdose.dcm', weight: 8, studyDesc: 'RT PLANNING', seriesDescs: ['RTDOSE plan 1'] },
    { file: 'liver_1frame.dcm', weight: 8, studyDesc: 'CT LIVER SEG', seriesDescs: ['Segmentation liver'] },
    { file: 'JPEG2000.dcm', weight: 6, studyDesc: 'NM BONE SCAN', seriesDescs: ['WB ANT POST'] },
];
const FAMILY = ['MÜLLER', 'García', 'Smith', 'Jones', 'Nakamura', 'Ødegård', 'Brown', 'Dupont', 'Kowalski', 'Silva', 'Øberg', 'Lee'];
const GIVEN = ['Anna', 'José', 'John', 'Marie', 'Björn', 'Wei', 'Fatima', 'Zoë', 'Peter', 'Ines'];
const NOISE_KINDS = ['txt', 'jpg', 'pdf', 'empty', 'truncated', 'raw'];
const LONG_VRS = new Set(['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'SQ', 'UC', 'UN', 'UR', 'UT', 'SV', 'UV']);
function loadSource(corpus, spec) {
    const bytes = readFileSync(join(corpus, spec.file));
    const ds = dicomParser.parseDicom(bytes);
    const transferSyntax = ds.string('x00020010').replace(/\0/g, '').trim();
    const implicit = transferSyntax === '1.2.840.10008.1.2';
    // Element boundaries: an element runs from its header to the next element's header.
    const starts = [];
    for (const key in ds.elements) {
        const el = ds.elements[key];
        const tag = parseInt(key.slice(1), 16);
        if (tag < 0x00030000)
            continue;
        const header = implicit ? 8 : LONG_VRS.has(el.vr ?? '') ? 12 : 8;
        starts.push({ tag, start: el.dataOffset - header });
    }
    starts.sort((a, b) => a.start - b.start);
    const elements = starts.map((s, i) => ({ tag: s.tag, bytes: bytes.subarray(s.start, starts[i + 1]?.start ?? bytes.length) }));
    return {
        name: spec.file,
        preamble: bytes.subarray(0, 128),
        transferSyntax,
        implicit,
        sopClass: ds.string('x00080016').replace(/\0/g, '').trim(),
        elements,
        studyDesc: spec.studyDesc,
        seriesDescs: spec.seriesDescs,
        weight: spec.weight,
    };
}
function encodeElement(tag, vr, value, implicit) {
    let data = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
    if (data.length % 2)
        data = Buffer.concat([data, Buffer.from(vr === 'UI' || vr === 'OB' ? [0] : [0x20])]);
    const long = LONG_VRS.has(vr);
    const head = Buffer.alloc(implicit ? 8 : long ? 12 : 8);
    head.writeUInt16LE(tag >>> 16, 0);
    head.writeUInt16LE(tag & 0xffff, 2);
    if (implicit)
        head.writeUInt32LE(data.length, 4);
    else if (long) {
        head.write(vr, 4, 'latin1');
        head.writeUInt32LE(data.length, 8);
    }
    else {
        head.write(vr, 4, 'latin1');
        head.writeUInt16LE(data.length, 6);
    }
    return Buffer.concat([head, data]);
}
function metaGroup(sopClass, sopInstance, transferSyntax) {
    const parts = [
        encodeElement(0x00020001, 'OB', Buffer.from([0, 1]), false),
        encodeElement(0x00020002, 'UI', sopClass, false),
        encodeElement(0x00020003, 'UI', sopInstance, false),
        encodeElement(0x00020010, 'UI', transferSyntax, false),
        encodeElement(0x00020012, 'UI', '1.2.826.0.1.3680043.10.543.9', false),
    ];
    const body = Buffer.concat(parts);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(body.length);
    return Buffer.concat([encodeElement(0x00020000, 'UL', length, false), body]);
}
/** The body of one file: the source's elements with the identifying ones replaced or added, in tag order. */
function body(src, id, instance, sopInstance) {
    const nonAscii = /[^\x20-\x7e]/.test(id.patientName);
    const replace = new Map([
        [0x00080018, ['UI', sopInstance]],
        [0x00080020, ['DA', id.studyDate]],
        [0x00080022, ['DA', id.studyDate]],
        [0x00080030, ['TM', id.studyTime]],
        [0x00080032, ['TM', id.studyTime]],
        [0x00081030, ['LO', id.studyDesc]],
        [0x0008103e, ['LO', id.seriesDesc]],
        [0x00100010, ['PN', id.patientName]],
        [0x00100020, ['LO', id.patientId]],
        [0x00100040, ['CS', id.sex]],
        [0x00101010, ['AS', id.age]],
        [0x0020000d, ['UI', id.studyUid]],
        [0x0020000e, ['UI', id.seriesUid]],
        [0x00200011, ['IS', String(id.seriesNumber)]],
        [0x00200013, ['IS', String(instance)]],
    ]);
    // Names are written as UTF-8: the file must say so.
    if (nonAscii)
        replace.set(0x00080005, ['CS', 'ISO_IR 192']);
    const out = [];
    for (const el of src.elements) {
        const r = replace.get(el.tag);
        if (r) {
            out.push({ tag: el.tag, bytes: encodeElement(el.tag, r[0], r[1], src.implicit) });
            replace.delete(el.tag);
        }
        else
            out.push(el);
    }
    for (const [tag, [vr, value]] of replace)
        out.push({ tag, bytes: encodeElement(tag, vr, value, src.implicit) });
    out.sort((a, b) => a.tag - b.tag);
    return Buffer.concat(out.map((e) => e.bytes));
}
function pick(rnd, list) {
    return list[Math.floor(rnd() * list.length)];
}
function pickWeighted(rnd, list) {
    const total = list.reduce((s, x) => s + x.weight, 0);
    let r = rnd() * total;
    for (const x of list)
        if ((r -= x.weight) < 0)
            return x;
    return list[list.length - 1];
}
function digits(rnd, n) {
    let s = String(1 + Math.floor(rnd() * 9));
    while (s.length < n)
        s += String(Math.floor(rnd() * 10));
    return s;
}
function noiseFile(kind, rnd, dicomBytes) {
    switch (kind) {
        case 'txt':
            return { name: 'README.txt', bytes: Buffer.from(`Exported by PACS ${digits(rnd, 4)}\nDo not edit.\n`.repeat(1 + Math.floor(rnd() * 20))) };
        case 'jpg': {
            const jpg = Buffer.alloc(2000 + Math.floor(rnd() * 20000));
            Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]).copy(jpg);
            return { name: 'preview.jpg', bytes: jpg };
        }
        case 'pdf':
            return { name: 'report.pdf', bytes: Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n${'x'.repeat(3000)}\n%%EOF\n`) };
        case 'empty':
            return { name: 'EMPTY.dcm', bytes: Buffer.alloc(0) };
        case 'truncated': {
            const b = dicomBytes();
            return { name: 'TRUNC.dcm', bytes: b.subarray(0, 300 + Math.floor(rnd() * 400)) };
        }
        case 'raw':
            return { name: 'NOPREAMBLE', bytes: dicomBytes() };
    }
}
/** Writes the tree and its manifest; returns the manifest. */
export function generate(opts) {
    const rnd = rng(opts.seed);
    const sources = SOURCES.map((s) => loadSource(opts.corpus, s));
    rmSync(opts.out, { recursive: true, force: true });
    mkdirSync(opts.out, { recursive: true });
    const zeros = Buffer.alloc(128);
    const m = { version: GENERATOR_VERSION, seed: opts.seed, files: 0, dicom: 0, noise: 0, series: 0, bytes: 0, seriesList: [] };
    const write = (path, bytes) => {
        writeFileSync(path, bytes);
        m.files++;
        m.bytes += bytes.length;
    };
    let patientNo = 0;
    while (m.files < opts.files) {
        patientNo++;
        const patientId = `PAT${digits(rnd, 7)}`;
        const patientName = `${pick(rnd, FAMILY)}^${pick(rnd, GIVEN)}`;
        const sex = rnd() < 0.5 ? 'F' : 'M';
        const age = `${String(18 + Math.floor(rnd() * 70)).padStart(3, '0')}Y`;
        const patientDir = join(opts.out, `${patientId}`);
        const studies = 1 + Math.floor(rnd() * 3);
        for (let st = 0; st < studies && m.files < opts.files; st++) {
            const src0 = pickWeighted(rnd, sources);
            const year = 2005 + Math.floor(rnd() * 19);
            const studyDate = `${year}${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
            const studyTime = `${String(Math.floor(rnd() * 24)).padStart(2, '0')}${String(Math.floor(rnd() * 60)).padStart(2, '0')}00`;
            const studyUid = `1.2.826.0.1.3680043.10.543.${patientNo}.${st + 1}.${digits(rnd, 10)}`;
            const studyDir = join(patientDir, `${studyDate}_${src0.studyDesc.replace(/ /g, '_')}`);
            const seriesCount = 1 + Math.floor(rnd() * 4);
            for (let se = 0; se < seriesCount && m.files < opts.files; se++) {
                // Most series come from the study's kind of file; some studies mix (a CT with its SEG and RT dose).
                const src = rnd() < 0.8 ? src0 : pickWeighted(rnd, sources);
                const seriesNumber = se + 1;
                const seriesDesc = pick(rnd, src.seriesDescs);
                const seriesUid = `${studyUid}.${seriesNumber}.${digits(rnd, 6)}`;
                const seriesDir = join(studyDir, `${String(seriesNumber).padStart(3, '0')}_${seriesDesc.replace(/[^A-Za-z0-9]+/g, '_')}`);
                mkdirSync(seriesDir, { recursive: true });
                m.series++;
                const listed = { uid: seriesUid, files: 0 };
                m.seriesList.push(listed);
                const id = { patientName, patientId, sex, age, studyUid, studyDate, studyTime, studyDesc: src.studyDesc, seriesUid, seriesNumber, seriesDesc };
                // A few vendors write a TIFF header in the preamble (libmagic calls those image/tiff).
                const preamble = src.preamble[0] === 0x49 && rnd() < 0.1 ? src.preamble : zeros;
                const count = Math.min(5 + Math.floor(rnd() * 56), opts.files - m.files);
                for (let i = 1; i <= count; i++) {
                    const sopInstance = `${seriesUid}.${i}`;
                    const dataset = body(src, id, i, sopInstance);
                    const file = Buffer.concat([preamble, Buffer.from('DICM'), metaGroup(src.sopClass, sopInstance, src.transferSyntax), dataset]);
                    write(join(seriesDir, `IM${String(i).padStart(6, '0')}.dcm`), file);
                    m.dicom++;
                    listed.files++;
                }
                if (rnd() < 0.6 && m.files < opts.files) {
                    const kind = pick(rnd, NOISE_KINDS);
                    const made = noiseFile(kind, rnd, () => {
                        const sop = `${seriesUid}.9999`;
                        const dataset = body(src, id, 9999, sop);
                        return kind === 'raw' ? dataset : Buffer.concat([zeros, Buffer.from('DICM'), metaGroup(src.sopClass, sop, src.transferSyntax), dataset]);
                    });
                    write(join(seriesDir, made.name), made.bytes);
                    if (kind === 'raw') {
                        m.dicom++;
                        listed.files++;
                    }
                    else
                        m.noise++;
                }
            }
        }
    }
    writeFileSync(`${opts.out}.json`, JSON.stringify(m, null, 2) + '\n');
    return m;
}
/**
 * The scale tree: `entries` files as hard links to the files of `from`, in
 * copies of its folder structure (`copy-NNN/...`), each file `repeats` times.
 * Costs directory entries only, no file data.
 */
export function linkTree(from, out, entries, keep = () => true, repeats = 1) {
    const files = [];
    const list = (dir) => {
        const ents = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
        for (const e of ents) {
            const p = join(dir, e.name);
            if (e.isDirectory())
                list(p);
            else if (keep(e.name))
                files.push(relative(from, p));
        }
    };
    list(from);
    rmSync(out, { recursive: true, force: true });
    const m = { version: GENERATOR_VERSION, seed: 0, files: 0, dicom: 0, noise: 0, series: 0, bytes: 0, linksFrom: from };
    const made = new Set();
    // Fewer entries than one copy holds: a plain copy of the tree (the filtered one).
    const single = entries >= files.length && !Number.isFinite(entries);
    for (let copy = 0; m.files < Math.min(entries, single ? files.length : entries); copy++) {
        const base = single ? out : join(out, `copy-${String(copy).padStart(3, '0')}`);
        for (const rel of files) {
            if (m.files >= entries)
                break;
            const target = join(base, rel);
            const dir = target.slice(0, target.lastIndexOf('/'));
            if (!made.has(dir)) {
                mkdirSync(dir, { recursive: true });
                made.add(dir);
            }
            // `repeats` > 1 puts more files in each folder (name, name~1, ...): the same
            // number of files in fewer folders.
            for (let r = 0; r < repeats && m.files < entries; r++) {
                linkSync(join(from, rel), r === 0 ? target : `${target}~${r}`);
                m.files++;
            }
        }
        made.clear();
    }
    writeFileSync(`${out}.json`, JSON.stringify(m, null, 2) + '\n');
    return m;
}
/** The manifest of a tree, when the tree is there and was made by this generator version. */
export function readManifest(out) {
    try {
        const m = JSON.parse(readFileSync(`${out}.json`, 'utf8'));
        return m.version === GENERATOR_VERSION && existsSync(out) ? m : undefined;
    }
    catch {
        return undefined;
    }
}
function arg(argv, name) {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
}
const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
    const argv = process.argv.slice(2);
    const corpus = arg(argv, '--corpus') ?? new URL('../../../shared/corpus/pydicom/test_files', import.meta.url).pathname;
    const links = arg(argv, '--links');
    const t0 = performance.now();
    const m = links
        ? linkTree(arg(argv, '--from') ?? '.bench/tree-20k', arg(argv, '--out') ?? '.bench/tree-1m', Number(links))
        : generate({ files: Number(arg(argv, '--files') ?? 20000), seed: Number(arg(argv, '--seed') ?? 1), out: arg(argv, '--out') ?? '.bench/tree-20k', corpus });
    console.error(`${JSON.stringify(m)} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
//# sourceMappingURL=generate.js.map