/**
 * Each native part against its plain-Node way, in the design as built, by
 * turning parts off one at a time (DICOM_CRAWLER_NATIVE, lib/io/native-parts.ts):
 *   head reader (blocking open+fstat+read+close in one call)  vs Node's sync calls: 20k tree, default settings
 *   MIME namer (libmagic on threads of our own)                vs mmmagic: 20k tree, --all-files
 *   reader threads (asynchronous reads)                        vs Node's calls on libuv's pool: the network drive stand-in
 * Alternating runs, medians; wall time, CPU time, peak RSS.
 *
 *   npm run bench -- --native [--runs 5]
 */
import { spawnSync } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
/** Records thrown away as `> /dev/null` does: opened for writing only (a stdout open for reading and writing reads as closed). */
const devNull = openSync('/dev/null', 'w');
const ALL = 'head-reader,reader-threads,mime-namer';
const without = (part) => ALL.split(',').filter((p) => p !== part).join(',');
function timed(cmd, env, outDir) {
    const timeFile = join(outDir, 'native.time');
    spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', timeFile, ...cmd], { stdio: ['ignore', devNull, 'ignore'], env: { ...process.env, ...env } });
    const [e, u, s, m] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    return { wall: e, cpu: u + s, rssMiB: m / 1024 };
}
const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export function nativeBench(b) {
    const local = (args) => (env) => timed([...b.ours, ...args, b.tree.root], env, b.outDir);
    const pairs = [
        { part: 'head reader', where: '20k tree, default settings (blocking reads)', baseline: "Node's openSync/fstatSync/readSync/closeSync", run: local([]), files: b.tree.files, baselineEnv: { DICOM_CRAWLER_NATIVE: without('head-reader') } },
        { part: 'MIME namer', where: '20k tree, --all-files', baseline: 'mmmagic (libuv pool)', run: local(['--all-files']), files: b.tree.files, baselineEnv: { DICOM_CRAWLER_NATIVE: without('mime-namer') } },
    ];
    if (b.onNetfs) {
        const onNetfs = b.onNetfs;
        pairs.push({
            part: 'reader threads',
            where: `network drive stand-in, ${b.netfsFiles} files, default settings`,
            baseline: "Node's asynchronous calls (libuv pool, 4 threads)",
            run: (env) => onNetfs((mnt) => timed([...b.ours, mnt], env, b.outDir)),
            files: b.netfsFiles ?? 0,
            baselineEnv: { DICOM_CRAWLER_NATIVE: without('reader-threads') },
            extra: [{ name: "Node's asynchronous calls, UV_THREADPOOL_SIZE=32", env: { DICOM_CRAWLER_NATIVE: without('reader-threads'), UV_THREADPOOL_SIZE: '32' } }],
        });
    }
    const rows = [];
    for (const p of pairs) {
        const ways = [{ name: `native ${p.part}`, env: {} }, { name: p.baseline, env: p.baselineEnv }, ...(p.extra ?? [])];
        const got = ways.map(() => []);
        p.run(ways[0].env); // warm-up (page cache, libmagic database)
        for (let r = 0; r < b.runs; r++) {
            ways.forEach((w, i) => {
                const s = p.run(w.env);
                got[i].push(s);
                b.note(`${p.part}: ${w.name} run ${r + 1}: ${s.wall.toFixed(2)} s, ${s.cpu.toFixed(2)} s CPU, ${s.rssMiB.toFixed(0)} MB`);
            });
        }
        const med = got.map((g) => ({ wall: median(g.map((s) => s.wall)), cpu: median(g.map((s) => s.cpu)), rss: median(g.map((s) => s.rssMiB)) }));
        ways.forEach((w, i) => {
            const m = med[i];
            const vs = i === 0 ? '' : `${(m.wall / med[0].wall).toFixed(2)}x / ${(m.cpu / med[0].cpu).toFixed(2)}x / ${(m.rss / med[0].rss).toFixed(2)}x`;
            rows.push(`| ${p.part} | ${p.where} | ${w.name} | ${m.wall.toFixed(2)} | ${Math.round(p.files / m.wall)} | ${m.cpu.toFixed(2)} | ${m.rss.toFixed(0)} | ${vs} |`);
        });
    }
    return [
        '### Native parts against their plain-Node ways',
        '',
        `Each part turned off alone (\`DICOM_CRAWLER_NATIVE\` naming the others), alternating runs, medians of ${b.runs}. Last column: the plain-Node way's wall / CPU / peak RSS over the native part's (above 1: the native part saves that much).`,
        '',
        '| part | measured on | way | wall s | files/s | CPU s | peak RSS MB | plain / native |',
        '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |',
        ...rows,
    ].join('\n');
}
//# sourceMappingURL=native.js.map