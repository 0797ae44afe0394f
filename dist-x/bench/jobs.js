/**
 * `npm run bench -- --jobs`: what the worker threads buy, in one run, side by
 * side and alternating (round after round, so a busy machine slows every tool
 * alike), as medians and ratios:
 *
 * - the 20k tree, warm cache: the installed command with default settings,
 *   `--jobs 1` and `--jobs 2`, against `dicomtocsv --image`: wall time, peak
 *   RSS, files/s and CPU seconds (user + system) per file;
 * - Node alone (bench/floor.ts): the walk and the 4 KiB reads, nothing
 *   parsed, on one and two threads: what is left for our engine;
 * - with `--size 1m` too: the 1M-entry hard-link tree against the 20k tree,
 *   peak RSS, as the installed command (its own shebang) and as
 *   `node dist/cli/dicom-crawler.js`, and CPU per file at `--jobs 1` and 2.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, openSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
/** Records thrown away as `> /dev/null` does: opened for writing only (a stdout open for reading and writing reads as closed). */
const devNull = openSync('/dev/null', 'w');
function once(cmd, outDir) {
    const timeFile = join(outDir, 'jobs.time');
    const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', '-o', timeFile, ...cmd], { stdio: ['ignore', devNull, 'pipe'], encoding: 'utf8' });
    if (r.status !== 0 && r.status !== 1)
        throw new Error(`${cmd.join(' ')} exited with ${r.status}: ${r.stderr}`);
    const [wall, rss, user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    return { wall: wall, rssKiB: rss, cpu: user + sys };
}
/** Node alone, no engine (bench/floor.ts): the walk and the 4 KiB reads, nothing parsed or written. */
const FLOOR = fileURLToPath(new URL('./floor.js', import.meta.url));
const FLOOR_1 = 'Node alone: walk + 4 KiB reads, nothing parsed (bench/floor.ts), 1 thread';
const FLOOR_2 = 'the same, 2 threads';
const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Runs the tools round after round; returns each tool's runs. */
function alternate(tools, runs, outDir) {
    const out = new Map(tools.map((t) => [t.name, []]));
    for (const t of tools)
        once(t.cmd, outDir); // warm-up: the cache, and the first start of each
    for (let i = 0; i < runs; i++)
        for (const t of tools)
            out.get(t.name).push(once(t.cmd, outDir));
    return out;
}
export function jobsBench(s) {
    mkdirSync(s.outDir, { recursive: true });
    const installed = (...args) => [s.cli, '--quiet', ...args];
    const viaNode = (...args) => [process.execPath, s.cli, '--quiet', ...args];
    const tools = [
        { name: 'installed command, default settings', cmd: [...installed(), s.small.root] },
        { name: 'installed command, --jobs 1', cmd: [...installed('--jobs', '1'), s.small.root] },
        { name: 'installed command, --jobs 2', cmd: [...installed('--jobs', '2'), s.small.root] },
        ...(s.peer ? [{ name: 'dicomtocsv --image', cmd: ['dicomtocsv', '--image', '--silent', ...s.tags.flatMap((t) => ['-k', t]), s.small.root] }] : []),
        { name: FLOOR_1, cmd: [process.execPath, FLOOR, s.small.root, '1'] },
        { name: FLOOR_2, cmd: [process.execPath, FLOOR, s.small.root, '2'] },
    ];
    const results = alternate(tools, s.runs, s.outDir);
    const ref = results.get('dicomtocsv --image');
    const refWall = ref && median(ref.map((r) => r.wall));
    const refRss = ref && median(ref.map((r) => r.rssKiB));
    const perFile = (name) => median(results.get(name).map((r) => r.cpu)) / s.small.files;
    const lines = [
        '| tool | wall s | files/s | CPU s | CPU us / file | peak RSS MB | speed vs dicomtocsv | RSS vs dicomtocsv |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ];
    for (const [name, runs] of results) {
        const wall = median(runs.map((r) => r.wall));
        const rss = median(runs.map((r) => r.rssKiB));
        const cpu = median(runs.map((r) => r.cpu));
        lines.push(`| ${name} | ${wall.toFixed(2)} | ${Math.round(s.small.files / wall)} | ${cpu.toFixed(2)} | ${Math.round((cpu / s.small.files) * 1e6)} | ${(rss / 1024).toFixed(0)} | ${refWall ? (refWall / wall).toFixed(2) : '-'} | ${refRss ? (rss / refRss).toFixed(2) : '-'} |`);
    }
    const floor = results.get(FLOOR_1);
    const floorWall = median(floor.map((r) => r.wall));
    const beyondReads = (median(results.get('installed command, --jobs 1').map((r) => r.cpu)) - median(floor.map((r) => r.cpu))) / s.small.files;
    const growth = perFile('installed command, --jobs 2') / perFile('installed command, --jobs 1');
    // The output with default settings, byte for byte against one thread and blocking reads.
    const digest = (...args) => {
        const r = spawnSync(s.cli, ['--quiet', ...args, s.small.root], { maxBuffer: 1 << 30 });
        return createHash('sha256').update(r.stdout).digest('hex');
    };
    const same = [[], ['--format', 'ndjson']].map((f) => digest(...f) === digest(...f, '--jobs', '1', '--concurrency', '1'));
    const parts = [
        `### Worker threads (\`--jobs\`): ${s.small.files} files, warm cache`,
        '',
        `${s.machine}; ${new Date().toISOString().slice(0, 10)}. Medians of ${s.runs} alternating rounds after one warm-up run each; wall time and peak RSS from \`/usr/bin/time\`, CPU = user + system seconds of the whole process. The installed command is \`dist/cli/dicom-crawler.js\` run through its own \`#!/usr/bin/env node\`.`,
        '',
        ...lines,
        '',
        ...(refWall
            ? [
                `Room left by Node itself: the walk and the reads alone take ${floorWall.toFixed(2)} s on one thread (${(refWall / floorWall).toFixed(1)}x dicomtocsv's speed). At 1.8x dicomtocsv's speed a crawl ends in ${(refWall / 1.8).toFixed(2)} s, which leaves ${Math.max(0, refWall / 1.8 - floorWall).toFixed(2)} s for parsing, classing and writing ${s.small.files} files: ${Math.round((Math.max(0, refWall / 1.8 - floorWall) / s.small.files) * 1e6)} us a file on one thread, against the ${Math.round(beyondReads * 1e6)} us of CPU a file the command spends beyond the reads (\`--jobs 1\`, CPU columns).`,
                '',
            ]
            : []),
        `CPU per file, \`--jobs 2\` against \`--jobs 1\`: **${growth.toFixed(2)}x** (target <= 1.15x). Output with default settings against \`--jobs 1 --concurrency 1\`: CSV ${same[0] ? 'byte-identical' : 'DIFFERENT'}, NDJSON ${same[1] ? 'byte-identical' : 'DIFFERENT'} (SHA-256 of the whole output).`,
    ];
    if (s.big) {
        const scale = [
            { name: 'installed command', cmd: (root) => [...installed(), root] },
            { name: '`node dist/cli/dicom-crawler.js`', cmd: (root) => [...viaNode(), root] },
            { name: 'installed command, --jobs 1', cmd: (root) => [...installed('--jobs', '1'), root] },
            { name: 'installed command, --jobs 2', cmd: (root) => [...installed('--jobs', '2'), root] },
        ];
        const rows = [];
        const ratios = [];
        const bigCpu = new Map();
        for (const t of scale) {
            const a = alternate([{ name: '20k', cmd: t.cmd(s.small.root) }], 1, s.outDir).get('20k')[0];
            const b = once(t.cmd(s.big.root), s.outDir);
            bigCpu.set(t.name, b.cpu / s.big.files);
            rows.push(`| ${t.name} | ${(a.rssKiB / 1024).toFixed(0)} | ${(b.rssKiB / 1024).toFixed(0)} | ${b.wall.toFixed(1)} | ${Math.round(s.big.files / b.wall)} | ${Math.round((b.cpu / s.big.files) * 1e6)} | ${(b.rssKiB / a.rssKiB).toFixed(2)}x |`);
            ratios.push(`${t.name} ${(b.rssKiB / a.rssKiB).toFixed(2)}x`);
        }
        const bigGrowth = bigCpu.get('installed command, --jobs 2') / bigCpu.get('installed command, --jobs 1');
        parts.push('', `1M entries (hard links to the 20k tree), default settings and \`--jobs 1\`, one run each: peak RSS against the 20k tree${refRss ? ` and against dicomtocsv's ${(refRss / 1024).toFixed(0)} MB on the 20k tree` : ''}.`, '', '| started as | 20k peak RSS MB | 1M peak RSS MB | 1M wall s | 1M files/s | 1M CPU us / file | 1M / 20k |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |', ...rows, '', `Peak RSS 1M / 20k: ${ratios.join(', ')} (target <= 1.1x). CPU per file on 1M entries, \`--jobs 2\` against \`--jobs 1\`: ${bigGrowth.toFixed(2)}x (on the 20k tree a worker's start, about 0.4 s of CPU to load and compile our code again, weighs on 20,000 files; here on a million).`);
    }
    return parts.join('\n');
}
//# sourceMappingURL=jobs.js.map