/**
 * A file's outcome must not depend on the attributes asked: the same tree
 * crawled under several tag sets (`npm run bench -- --tag-sets`), runs taken
 * in turn, each record's status, error code and class compared with the
 * default set's, and the wall time of each set (a path and a private
 * attribute by creator cost a little more than the default set).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
export const TAG_SETS = [
    ['default set', []],
    ['--tags PatientID', ['--tags', 'PatientID']],
    ['--tags Rows,PixelData', ['--tags', 'Rows,PixelData']],
    ['default + a path and a private attribute', ['--add-tags', 'ReferencedImageSequence/ReferencedSOPInstanceUID,[GEMS_ACQU_01]0019,xx03']],
];
/** Crawls `root` under each tag set `runs` times (in turn) with `command`; the markdown table, and whether every outcome agreed. */
export function tagSets(command, root, runs) {
    const dir = mkdtempSync(join(tmpdir(), 'tag-sets-'));
    try {
        const walls = TAG_SETS.map(() => []);
        for (let r = 0; r < runs; r++) {
            TAG_SETS.forEach(([, args], i) => {
                const t0 = performance.now();
                const run = spawnSync(command[0], [...command.slice(1), '--quiet', '--format', 'ndjson', '--output', join(dir, `${i}.ndjson`), '--stats', join(dir, `${i}.json`), ...args, root]);
                if (run.status !== 0 && run.status !== 1)
                    throw new Error(`tag set ${i} exited ${run.status}: ${run.stderr}`);
                walls[i].push((performance.now() - t0) / 1000);
            });
        }
        const outcomes = TAG_SETS.map((_, i) => outcomesOf(join(dir, `${i}.ndjson`)));
        const lines = ['| tags | DICOM | errors | classes | records unlike the default set\'s | wall s (median) |', '| --- | ---: | ---: | --- | ---: | ---: |'];
        let same = true;
        TAG_SETS.forEach(([name], i) => {
            const stats = JSON.parse(readFileSync(join(dir, `${i}.json`), 'utf8'));
            let differing = 0;
            for (const [path, outcome] of outcomes[i])
                if (outcomes[0].get(path) !== outcome)
                    differing++;
            differing += Math.abs(outcomes[0].size - outcomes[i].size);
            if (differing)
                same = false;
            const classes = Object.entries(stats.byClass ?? {}).map(([k, v]) => `${k} ${v}`).join(', ');
            lines.push(`| ${name} | ${stats.dicom} | ${stats.errors} | ${classes} | ${differing} | ${median(walls[i]).toFixed(2)} |`);
        });
        return { table: lines.join('\n'), same };
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
}
/** path -> status, error code and class of each record. */
function outcomesOf(file) {
    const out = new Map();
    for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line)
            continue;
        const r = JSON.parse(line);
        out.set(String(r.path), [r.status, r.error_code, r.modality_class, r.class_source].join('|'));
    }
    return out;
}
function median(xs) {
    const s = [...xs].sort((a, b) => a - b);
    return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
}
//# sourceMappingURL=tag-sets.js.map