/**
 * Hostile values: the time one file of test/helpers/hostile-values.ts costs a
 * crawl (walk, sniff, header read with its re-reads, values, class), each
 * file alone, median of a few runs. The target: every file under 50 ms, up to
 * the header cap, so no file can stall a crawl.
 *
 *   npm run bench -- --hostile                  explicit VR 64 KiB, implicit VR 1 MiB and 8 MiB - 4 KiB (the header cap)
 *   node dist/bench/hostile.js [--sizes 65536,1048576] [--runs 3]   the table on stdout only
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { crawl } from '../lib/crawl.js';
import { DEFAULT_TAGS } from '../lib/core/tags.js';
import { EXPLICIT_MAX, HOSTILE_PATTERNS, HOSTILE_SLOTS, hostileFile, manyItemsFile } from '../test/helpers/hostile-values.js';
/** The per-file target. */
export const HOSTILE_TARGET_MS = 50;
const TAGS = [...DEFAULT_TAGS, 'SpecificCharacterSet'];
async function crawlOne(file) {
    const out = [];
    for await (const r of crawl(file, { tags: TAGS }))
        out.push(r);
    return out;
}
function median(xs) {
    const s = [...xs].sort((a, b) => a - b);
    return s[s.length >> 1];
}
/** Times every pattern in every slot at each size (explicit VR at most 64 KiB, implicit VR any). */
export async function timeHostile(sizes, runs, onFile) {
    const dir = mkdtempSync(join(tmpdir(), 'dcmcrawl-hostile-'));
    const timings = [];
    try {
        for (const size of sizes) {
            for (const pattern of HOSTILE_PATTERNS) {
                for (const slot of HOSTILE_SLOTS) {
                    const p = slot.keyword === 'SpecificCharacterSet' ? { ...pattern, charset: undefined } : pattern;
                    const h = hostileFile(p, slot, size <= EXPLICIT_MAX ? 'explicit-le' : 'implicit-le', size);
                    const file = join(dir, `${h.name}.dcm`);
                    writeFileSync(file, h.bytes);
                    const times = [];
                    let correct = true;
                    for (let r = 0; r < runs; r++) {
                        const t0 = performance.now();
                        const records = await crawlOne(file);
                        times.push(performance.now() - t0);
                        const got = records[0]?.attributes;
                        correct &&= records.length === 1 && !records[0].error && Object.entries(h.expected).every(([k, v]) => (got?.[k] ?? '') === v);
                    }
                    rmSync(file);
                    const t = { name: h.name, valueBytes: h.valueBytes, ms: median(times), correct };
                    timings.push(t);
                    onFile?.(t);
                }
            }
        }
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
    return timings;
}
/**
 * A sequence of empty items (test/helpers/hostile-values.ts `manyItemsFile`)
 * crawled alone: in tag order with the default columns and with its item
 * count as a column, out of order (dicom-parser reads it, to its bound), and
 * with a path column into it (dicom-parser reads its items, to theirs).
 */
export async function timeSequences(sizes, runs) {
    const dir = mkdtempSync(join(tmpdir(), 'dcmcrawl-items-'));
    const lines = ['| sequence of empty items | bytes | items | ms (median) | record |', '| --- | ---: | ---: | ---: | --- |'];
    try {
        for (const size of sizes) {
            for (const [outOfOrder, extra, what] of [
                [false, [], 'in tag order, default columns'],
                [false, ['ReferencedImageSequence'], 'in tag order, its item count as a column'],
                [true, [], 'out of tag order (dicom-parser), default columns'],
                [false, ['ReferencedImageSequence/ReferencedSOPInstanceUID'], 'in tag order, a path column into it'],
            ]) {
                const f = manyItemsFile(size, outOfOrder);
                const file = join(dir, `${f.name}.dcm`);
                writeFileSync(file, f.bytes);
                const times = [];
                let record;
                for (let r = 0; r < runs; r++) {
                    const t0 = performance.now();
                    for await (const x of crawl(file, { tags: [...DEFAULT_TAGS, ...extra] }))
                        record = x;
                    times.push(performance.now() - t0);
                }
                rmSync(file);
                const outcome = record?.error_code ? `${record.error_code}: ${record.error}` : `ok${extra[0] === 'ReferencedImageSequence' ? `, ${record?.attributes?.ReferencedImageSequence} items` : ''}`;
                lines.push(`| ${what} | ${size >= 1 << 20 ? `${+(size / (1 << 20)).toFixed(3)} MiB` : `${size} B`} | ${f.items} | ${median(times).toFixed(1)} | ${outcome.replace(/\|/g, '\\|')} |`);
            }
        }
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
    return lines.join('\n');
}
/** The PERFORMANCE.md table: per size, the slowest files and how many met the target. */
export function hostileTable(timings) {
    const bySize = new Map();
    for (const t of timings) {
        const key = t.name.replace(/^.*-(explicit-le|implicit-le)-(\d+)$/, '$1 $2');
        bySize.set(key, [...(bySize.get(key) ?? []), t]);
    }
    const lines = ['| encoding, value bytes | files | under 50 ms | median ms | slowest ms | slowest file | values correct |', '| --- | ---: | ---: | ---: | ---: | --- | ---: |'];
    for (const [key, ts] of bySize) {
        const slowest = ts.reduce((a, b) => (b.ms > a.ms ? b : a));
        const [enc, bytes] = key.split(' ');
        lines.push(`| ${enc} ${Number(bytes) >= 1 << 20 ? `${+(Number(bytes) / (1 << 20)).toFixed(3)} MiB` : `${(Number(bytes) / 1024).toFixed(0)} KiB`} | ${ts.length} | ${ts.filter((t) => t.ms < HOSTILE_TARGET_MS).length} | ${median(ts.map((t) => t.ms)).toFixed(1)} | ${slowest.ms.toFixed(1)} | ${slowest.name.replace(/-(explicit|implicit)-le-\d+$/, '')} | ${ts.filter((t) => t.correct).length}/${ts.length} |`);
    }
    return lines.join('\n');
}
/** Explicit VR's largest value, 1 MiB, and the largest value whose file fits the 8 MiB header cap. */
export const HOSTILE_SIZES = Object.freeze([EXPLICIT_MAX, 1 << 20, (8 << 20) - 4096]);
/** The docs/PERFORMANCE.md section (bench/run.ts `--hostile`). */
export async function hostileSection(runs, machine) {
    const loadBefore = loadavg()[0];
    const timings = await timeHostile(HOSTILE_SIZES, runs, (t) => process.stderr.write(`bench: ${t.ms.toFixed(1).padStart(8)} ms ${t.correct ? '' : 'WRONG '}${t.name}\n`));
    const load = `load average ${loadBefore.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end (2 cores)`;
    const text = [
        '### Hostile values: time per file',
        '',
        `Each file of the hostile-value corpus (test/helpers/hostile-values.ts: runs of spaces, NULs, backslashes, \`=\`, padded values, digits, bytes past ASCII, character-set switches, in every text VR of the default attributes and in SpecificCharacterSet) crawled alone through \`crawl()\`: walk, sniff, header reads, values, class; median of ${runs} runs per file. Explicit VR holds at most 64 KiB per value; implicit VR up to the 8 MiB header cap. Target: every file under ${HOSTILE_TARGET_MS} ms. ${machine}; ${load}; ${new Date().toISOString().slice(0, 10)}.`,
        '',
        hostileTable(timings),
        '',
        'A header of one sequence of empty items (16 bytes each): the number of items is counted by our scan; dicom-parser reads at most 16,384 elements and items when it parses a header, 131,072 in the sequences path columns read (docs/DECISIONS.md), median of the same runs:',
        '',
        await timeSequences([1 << 20, (8 << 20) - 4096], runs),
    ].join('\n');
    return { id: 'hostile', text };
}
const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
    const arg = (name) => {
        const i = process.argv.indexOf(name);
        return i >= 0 ? process.argv[i + 1] : undefined;
    };
    const sizes = arg('--sizes')?.split(',').map(Number) ?? HOSTILE_SIZES;
    const runs = Number(arg('--runs') ?? 3);
    mkdirSync(tmpdir(), { recursive: true });
    const timings = await timeHostile(sizes, runs, (t) => process.stderr.write(`${t.ms.toFixed(1).padStart(9)} ms ${t.correct ? '' : 'WRONG '}${t.name}\n`));
    console.log(hostileTable(timings));
}
//# sourceMappingURL=hostile.js.map