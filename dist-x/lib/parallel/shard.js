import { CrawlerError } from '../errors.js';
/** Largest shard count accepted: far beyond any array job, small enough to catch a typo. */
export const MAX_SHARDS = 100_000;
/**
 * The variables `auto` reads, in this order: a Kubernetes Indexed Job's pod
 * index (its count is not given to the pod: from the `count` argument or
 * DICOM_CRAWLER_SHARD_COUNT), then a SLURM job array's task.
 */
export const SHARD_COUNT_VARIABLE = 'DICOM_CRAWLER_SHARD_COUNT';
/**
 * `K/N`, or `auto` (from the environment: Kubernetes Indexed Jobs, SLURM job
 * arrays). `count` is the shard count for a Kubernetes index when the
 * variable is not set. A bad value or an `auto` with neither scheduler's
 * variables throws CrawlerError BAD_OPTION, before any file is read.
 */
export function parseShard(text, env = process.env, count) {
    const value = text.trim();
    if (value === 'auto')
        return shardFromEnvironment(env, count);
    const m = /^(\d+)\/(\d+)$/.exec(value);
    if (!m)
        throw new CrawlerError('BAD_OPTION', `--shard must be K/N (K from 0 to N-1) or auto, got "${text}"`);
    return checkShard({ index: Number(m[1]), count: Number(m[2]) }, `--shard ${value}`);
}
/** A shard given as data (the library's option): checked as `--shard K/N` is. */
export function checkShard(shard, what = 'shard') {
    const { index, count } = shard;
    if (!Number.isInteger(count) || count < 1 || count > MAX_SHARDS)
        throw new CrawlerError('BAD_OPTION', `${what}: the shard count must be a whole number from 1 to ${MAX_SHARDS}, got ${count}`);
    if (!Number.isInteger(index) || index < 0 || index >= count)
        throw new CrawlerError('BAD_OPTION', `${what}: the shard index must be a whole number from 0 to ${count - 1}, got ${index}`);
    return Object.freeze({ index, count });
}
function shardFromEnvironment(env, count) {
    const k8s = env.JOB_COMPLETION_INDEX;
    if (k8s !== undefined && k8s !== '') {
        const n = count ?? wholeNumber(env[SHARD_COUNT_VARIABLE], SHARD_COUNT_VARIABLE);
        if (n === undefined)
            throw new CrawlerError('BAD_OPTION', `--shard auto: JOB_COMPLETION_INDEX is ${k8s} but the shard count is not given (set ${SHARD_COUNT_VARIABLE} to the Job's completions)`);
        return checkShard({ index: wholeNumber(k8s, 'JOB_COMPLETION_INDEX'), count: n }, '--shard auto (Kubernetes)');
    }
    const task = env.SLURM_ARRAY_TASK_ID;
    if (task !== undefined && task !== '') {
        const id = wholeNumber(task, 'SLURM_ARRAY_TASK_ID');
        const n = wholeNumber(env.SLURM_ARRAY_TASK_COUNT, 'SLURM_ARRAY_TASK_COUNT');
        const min = wholeNumber(env.SLURM_ARRAY_TASK_MIN, 'SLURM_ARRAY_TASK_MIN') ?? 0;
        const step = wholeNumber(env.SLURM_ARRAY_TASK_STEP, 'SLURM_ARRAY_TASK_STEP') ?? 1;
        if (n === undefined)
            throw new CrawlerError('BAD_OPTION', '--shard auto: SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_COUNT is not');
        // Tasks `--array=MIN-MAX[:STEP]` are numbered MIN, MIN+STEP, ...: shard (ID-MIN)/STEP.
        if ((id - min) % step !== 0)
            throw new CrawlerError('BAD_OPTION', `--shard auto: SLURM task ${id} is not MIN ${min} plus a multiple of STEP ${step} (use a plain range, --array=0-${n - 1})`);
        return checkShard({ index: (id - min) / step, count: n }, '--shard auto (SLURM array)');
    }
    throw new CrawlerError('BAD_OPTION', '--shard auto: neither JOB_COMPLETION_INDEX (Kubernetes Indexed Job) nor SLURM_ARRAY_TASK_ID (SLURM job array) is set; use --shard K/N');
}
function wholeNumber(value, name) {
    if (value === undefined || value === '')
        return undefined;
    if (!/^\d+$/.test(value.trim()))
        throw new CrawlerError('BAD_OPTION', `--shard auto: ${name} must be a whole number, got "${value}"`);
    return Number(value);
}
const encoder = new TextEncoder();
const scratch = new Uint8Array(4096);
/**
 * The shard a folder belongs to: 32-bit FNV-1a of its path below the root
 * (UTF-8, `/`-separated, `''` for the root itself), modulo the count. The
 * same on every machine, whatever the root is called or where it is mounted.
 * Once per folder, never per file.
 */
export function shardOfFolder(dir, count) {
    const bytes = dir.length * 3 <= scratch.length ? scratch.subarray(0, encoder.encodeInto(dir, scratch).written) : encoder.encode(dir);
    let h = 0x811c9dc5;
    for (let i = 0; i < bytes.length; i++)
        h = Math.imul(h ^ bytes[i], 0x01000193);
    // FNV's low bits mix poorly for short keys: fold the high half in first.
    h ^= h >>> 16;
    return (h >>> 0) % count;
}
//# sourceMappingURL=shard.js.map