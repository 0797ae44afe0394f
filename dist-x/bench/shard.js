/**
 * `--shard K/N` on the 20k tree: N runs of the real command, each writing its
 * part; the parts against one whole crawl (every record exactly once) and the
 * largest part against the mean (balance).
 *
 *   npm run bench -- --shards [--shard-count 4]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
function records(file) {
    // Header first; one record per line (paths hold no newline in the bench tree).
    return readFileSync(file, 'utf8').trim().split('\n').slice(1);
}
export function shardBench(b) {
    const dir = join(b.outDir, 'shards');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const crawl = (args, out) => {
        const r = spawnSync(b.command[0], [...b.command.slice(1), '--quiet', '--all-files', ...args, '--output', out, b.root], { encoding: 'utf8' });
        if (r.status !== 0)
            throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
        return records(out);
    };
    const whole = crawl([], join(dir, 'whole.csv'));
    const seen = new Map();
    const parts = [];
    for (let k = 0; k < b.count; k++) {
        const part = crawl(['--shard', `${k}/${b.count}`], join(dir, `part-${k}.csv`));
        parts.push(part.length);
        for (const line of part)
            seen.set(line, (seen.get(line) ?? 0) + 1);
    }
    let missing = 0;
    for (const line of whole)
        if (!seen.has(line))
            missing++;
    let twice = 0;
    for (const n of seen.values())
        if (n > 1)
            twice += n - 1;
    const mean = parts.reduce((a, n) => a + n, 0) / b.count;
    const largestToMean = Math.max(...parts) / mean;
    const text = [
        `### Shards: ${b.count} parts of the 20k tree`,
        '',
        `\`dicom-crawler --all-files --shard K/${b.count} --output part-K.csv\` for K = 0..${b.count - 1}, against one whole crawl (records compared line by line).`,
        '',
        '| records, whole crawl | records per part | missing from the parts | in two parts or more | largest part / mean |',
        '| ---: | --- | ---: | ---: | ---: |',
        `| ${whole.length} | ${parts.join(', ')} | ${missing} | ${twice} | **${largestToMean.toFixed(2)}x** (target <= 1.5x) |`,
    ].join('\n');
    return { count: b.count, records: whole.length, parts, missing, twice, largestToMean, text };
}
//# sourceMappingURL=shard.js.map