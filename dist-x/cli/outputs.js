import { fstatSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CrawlerError } from '../lib/errors.js';
import { AtomicFile, checkStdoutOpen, describeWriteError, isStdout } from './atomic-output.js';
/**
 * Opens `--stats`. `stdoutTaken`: the records go to stdout, so `--stats -`
 * would mix the two and is refused (exit 2).
 */
export async function openStats(target, stdoutTaken) {
    if (target === undefined)
        return undefined;
    if (isStdout(target)) {
        if (stdoutTaken)
            throw new CrawlerError('BAD_OPTION', '--stats - writes to stdout, which carries the output: give --output FILE, or --stats FILE');
        checkStdoutOpen();
        // stdout to a file or pipe is written synchronously on Linux and macOS.
        return { write: (value) => void process.stdout.write(json(value)), discard: () => { } };
    }
    const file = await AtomicFile.open(target);
    return { file, write: (value) => file.commitText(json(value)), discard: () => file.discard() };
}
function json(value) {
    return JSON.stringify(value, null, 2) + '\n';
}
/**
 * Files this run writes, which its crawl must never read as part of the
 * archive: temp files, their targets (an earlier run's output), and stdout
 * when the shell sent it to a file (`dicom-crawler root > root/files.csv`).
 */
export function ownFiles(files) {
    const own = files.flatMap((f) => (f ? [f.temp, f.target] : []));
    try {
        if (fstatSync(1).isFile())
            own.push('/dev/stdout');
    }
    catch {
        // stdout closed: nothing written there to leave out
    }
    return own;
}
/**
 * Creates `dir` and its missing parents. Node's recursive mkdir loops for
 * ever where mkdir answers ENOENT under a parent that exists (a path under
 * /proc, a stale mount), holding the process; here each folder is made
 * once, and a refusal is one line and exit 3.
 */
export function makeFolder(dir) {
    const missing = [];
    for (let d = resolve(dir);; d = dirname(d)) {
        try {
            if (statSync(d).isDirectory())
                break;
            throw new CrawlerError('OUTPUT_FAILED', `cannot write into ${dir}: ${d === resolve(dir) ? 'it is' : `${d} is`} not a folder`);
        }
        catch (e) {
            if (e instanceof CrawlerError)
                throw e;
            const code = e.code;
            if (code !== 'ENOENT' || dirname(d) === d)
                throw folderError(dir, e);
            missing.push(d);
        }
    }
    for (const d of missing.reverse()) {
        try {
            mkdirSync(d);
        }
        catch (e) {
            const code = e.code;
            if (code === 'EEXIST' && statSync(d, { throwIfNoEntry: false })?.isDirectory())
                continue;
            // Its parent exists, yet mkdir says ENOENT: a file system that makes no folders (/proc, a stale mount).
            if (code === 'ENOENT')
                throw new CrawlerError('OUTPUT_FAILED', `cannot create ${dir}: the file system refused to make ${d} (ENOENT)`);
            throw folderError(dir, e);
        }
    }
}
function folderError(dir, e) {
    return new CrawlerError('OUTPUT_FAILED', `cannot create ${dir}: ${describeWriteError(e)}`);
}
//# sourceMappingURL=outputs.js.map