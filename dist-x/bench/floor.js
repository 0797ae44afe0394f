/**
 * What Node itself costs, without our engine: walks a tree (readdirSync with
 * file types) and reads each file's first 4 KiB (open, read, close), as a
 * crawl must, parsing nothing and writing nothing. `npm run bench -- --jobs`
 * runs it beside the command and dicomtocsv: the time left between it and a
 * target is what parsing, classing and writing may cost.
 *
 *   node dist/bench/floor.js ROOT [THREADS]
 *
 * With THREADS > 1 the file list is cut into that many parts, read by the
 * main thread and THREADS - 1 worker threads.
 */
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
function files(root) {
    const out = [];
    const folders = [root];
    while (folders.length) {
        const folder = folders.pop();
        for (const e of readdirSync(folder, { withFileTypes: true })) {
            const path = `${folder}/${e.name}`;
            if (e.isDirectory())
                folders.push(path);
            else if (e.isFile())
                out.push(path);
        }
    }
    return out;
}
function readHeads(paths) {
    const head = Buffer.allocUnsafe(4096);
    let bytes = 0;
    for (const path of paths) {
        const fd = openSync(path, 'r');
        try {
            bytes += readSync(fd, head, 0, head.length, 0);
        }
        finally {
            closeSync(fd);
        }
    }
    return bytes;
}
if (isMainThread) {
    const root = process.argv[2];
    const threads = Math.max(1, Number(process.argv[3] ?? 1));
    if (!root)
        throw new Error('usage: floor.js ROOT [THREADS]');
    const list = files(root);
    const part = Math.ceil(list.length / threads);
    const others = Array.from({ length: threads - 1 }, (_, i) => new Promise((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: list.slice((i + 1) * part, (i + 2) * part) });
        worker.once('message', resolve).once('error', reject);
    }));
    readHeads(list.slice(0, part));
    await Promise.all(others);
}
else {
    parentPort.postMessage(readHeads(workerData));
}
//# sourceMappingURL=floor.js.map