import { closeSync, fsyncSync, lstatSync, open, openSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { Writable } from 'node:stream';
import { basename, dirname, join } from 'node:path';
import { CrawlerError } from '../lib/errors.js';
/**
 * A file written under a temporary name beside its target
 * (`.NAME.PID.tmp`) and renamed into place only when complete, so a reader
 * never sees half a file and an interrupted run leaves the old file as it
 * was. The file's data is flushed to disk (fsync) before the rename and the
 * folder's entry after it, so a power loss leaves the old file or the whole
 * new one, never an empty file under the final name. A run killed outright
 * (SIGKILL, power loss) cannot remove its temp file: the next run to the
 * same target removes those of processes that no longer exist. (Linux's
 * O_TMPFILE, a file with no name until linked, would need linkat(2) with
 * AT_EMPTY_PATH, which Node does not offer.)
 */
export class AtomicFile {
    fd;
    target;
    temp;
    stream;
    done = false;
    constructor(target, stream, temp, fd) {
        this.fd = fd;
        this.target = target;
        this.stream = stream;
        this.temp = temp;
    }
    /**
     * Opens the temp file; resolves once it exists, so a bad folder fails before
     * any work. A target that exists and is not a regular file (`/dev/stdout`, a
     * FIFO, `/dev/full`) is written in place: renaming over it would replace the
     * device or pipe with a plain file.
     */
    static open(target) {
        const kind = existingKind(target);
        if (kind === 'directory')
            return Promise.reject(new CrawlerError('OUTPUT_FAILED', `cannot write ${target}: it is a folder`));
        const inPlace = kind === 'special';
        const temp = inPlace ? target : join(dirname(target), tempName(basename(target), process.pid));
        if (!inPlace) {
            removeStaleTemps(target);
            AtomicFile.opening.add(temp);
        }
        return new Promise((resolve, reject) => {
            open(temp, inPlace ? 'w' : 'wx', 0o666, (e, fd) => {
                AtomicFile.opening.delete(temp);
                if (e)
                    return reject(new CrawlerError('OUTPUT_FAILED', `cannot write ${target}: ${describeWriteError(e)}`));
                // A pipe or device cannot be flushed to disk (fsync fails with EINVAL).
                const file = new AtomicFile(target, syncWriter(fd, !inPlace), temp, fd);
                AtomicFile.live.add(file);
                resolve(file);
            });
        });
    }
    /** Renames the finished temp file onto the target. */
    commit() {
        if (this.done)
            return;
        try {
            if (this.temp !== this.target) {
                renameSync(this.temp, this.target);
                syncFolder(dirname(this.target));
            }
        }
        catch (e) {
            this.discard();
            throw new CrawlerError('OUTPUT_FAILED', `cannot write ${this.target}: ${describeWriteError(e)}`);
        }
        this.done = true;
        AtomicFile.live.delete(this);
    }
    /**
     * Writes `text` as the whole file and renames it into place, all at once:
     * for a small file (the end summary) written while a signal is handled,
     * when no later turn of the event loop may come.
     */
    commitText(text) {
        try {
            const data = Buffer.from(text);
            for (let done = 0; done < data.length;)
                done += writeSync(this.fd, data, done, data.length - done);
            if (this.temp !== this.target)
                fsyncSync(this.fd);
        }
        catch (e) {
            this.discard();
            throw new CrawlerError('OUTPUT_FAILED', `cannot write ${this.target}: ${describeWriteError(e)}`);
        }
        this.stream.destroy(); // closes the file
        this.commit();
    }
    /** Removes the temp file; the target is left untouched. */
    discard() {
        if (this.done)
            return;
        this.done = true;
        this.stream.destroy();
        // Written in place (a device or pipe): there is no temp file to remove.
        if (this.temp !== this.target)
            rmSync(this.temp, { force: true });
        AtomicFile.live.delete(this);
    }
    /** Temp files still open, for cleanup on signals. */
    static live = new Set();
    /** Temp files being created (the open is on Node's thread pool): a run stopped meanwhile removes them too. */
    static opening = new Set();
    static discardAll() {
        for (const f of [...AtomicFile.live])
            f.discard();
        for (const temp of AtomicFile.opening)
            rmSync(temp, { force: true });
    }
}
/**
 * A Writable on an open file whose writes return when the bytes are written,
 * as Node writes stdout to a file or pipe. fs.createWriteStream's writes go
 * through the thread pool: each 64 KiB chunk then outlived a few
 * young-generation collections and waited for a full one to be freed, and
 * `--output` peaked at 120 MB on a 200k-file tree against 71 MB for the same
 * crawl to stdout (docs/DECISIONS.md).
 */
function syncWriter(fd, flush) {
    let isOpen = true;
    const closeOnce = () => {
        if (!isOpen)
            return;
        isOpen = false;
        closeSync(fd);
    };
    return new Writable({
        write(chunk, _enc, callback) {
            try {
                for (let done = 0; done < chunk.length;)
                    done += writeSync(fd, chunk, done, chunk.length - done);
            }
            catch (e) {
                return callback(e);
            }
            callback();
        },
        final(callback) {
            try {
                // The data reaches the disk before the caller renames the file into place.
                if (flush)
                    fsyncSync(fd);
                closeOnce();
            }
            catch (e) {
                return callback(e);
            }
            callback();
        },
        destroy(err, callback) {
            try {
                closeOnce();
            }
            catch {
                // Already failing or discarded: the first error is the one to tell.
            }
            callback(err);
        },
    });
}
/** `.files.csv.4242.tmp`: hidden, beside its target, and naming the process that writes it. */
function tempName(base, pid) {
    return `.${base}.${pid}.tmp`;
}
/**
 * Removes temp files of `target` left by runs that were killed outright: the
 * PID in their name is no process now. A live process keeps its file (even
 * if the PID was reused by another program: its file is removed by a later
 * run, once that process is gone).
 */
function removeStaleTemps(target) {
    const dir = dirname(target);
    const prefix = `.${basename(target)}.`;
    let names;
    try {
        names = readdirSync(dir);
    }
    catch {
        return; // the folder's problem is reported by the open that follows
    }
    for (const name of names) {
        if (!name.startsWith(prefix) || !name.endsWith('.tmp'))
            continue;
        const pid = Number(name.slice(prefix.length, -'.tmp'.length));
        if (!Number.isInteger(pid) || pid <= 0 || name !== tempName(basename(target), pid))
            continue;
        // Our own PID: a process that had it before us died with its file (we have not opened ours yet).
        if (pid !== process.pid && isAlive(pid))
            continue;
        const path = join(dir, name);
        try {
            if (lstatSync(path).isFile())
                rmSync(path, { force: true });
        }
        catch {
            // Gone already, or not ours to remove: the run goes on.
        }
    }
}
function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        // EPERM: it exists, under another user.
        return e.code !== 'ESRCH';
    }
}
/** Flushes a folder's entries (a rename into it) to disk; file systems that cannot are left as they are. */
function syncFolder(dir) {
    let fd;
    try {
        fd = openSync(dir, 'r');
        fsyncSync(fd);
    }
    catch {
        // Some file systems refuse fsync on a folder (EINVAL): the rename itself stands.
    }
    finally {
        if (fd !== undefined)
            closeSync(fd);
    }
}
/** `-` names stdout, as in most Unix tools. */
export function isStdout(target) {
    return target === undefined || target === '-';
}
/**
 * Refuses a stdout that was closed (`>&-`): Node then opens /dev/null in its
 * place (read-write, where a shell's `> /dev/null` is write-only), so the
 * records would vanish and the run end with 0. Linux only (/proc); elsewhere
 * the check passes.
 */
export function checkStdoutOpen() {
    try {
        if (readlinkSync('/proc/self/fd/1') !== '/dev/null')
            return;
        const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'))?.[1];
        // O_ACCMODE 3, O_RDWR 2
        if (flags === undefined || (parseInt(flags, 8) & 3) !== 2)
            return;
    }
    catch {
        return;
    }
    throw new CrawlerError('OUTPUT_FAILED', 'cannot write the output: stdout is closed; redirect it (> files.csv) or use --output FILE');
}
function existingKind(target) {
    try {
        const st = statSync(target);
        return st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'special';
    }
    catch {
        return 'none';
    }
}
export function describeWriteError(e) {
    switch (e.code) {
        case 'ENOENT':
            return 'the folder does not exist';
        case 'ENOTDIR':
            return 'a part of the path is not a folder';
        case 'EISDIR':
            return 'it is a folder';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EROFS':
            return 'read-only file system';
        case 'ENOSPC':
            return 'no space left on device';
        case 'EDQUOT':
            return 'disk quota exceeded';
        default:
            return e.message;
    }
}
//# sourceMappingURL=atomic-output.js.map