/**
 * One worker thread of `jobs` (lib/parallel/jobs.ts starts it): runs each
 * batch of walk entries it is sent through the whole per-file job
 * (batch.ts) and sends back the text (its buffer transferred, not copied) or
 * the records, and the batch's counts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { BatchRunner } from './batch.js';
const runner = new BatchRunner(workerData);
parentPort.on('message', (b) => {
    runner.run(b).then((result) => parentPort.postMessage(result, result.text ? [result.text.buffer] : []), (err) => parentPort.postMessage({ seq: b.seq, failed: err.stack ?? err.message }));
});
//# sourceMappingURL=crawl-worker.js.map