import { plainRecord, readEntryHeader, toTagSpecs } from '../core/inspect.js';
import { orderedParallel } from '../util/ordered-parallel.js';
import { checkPositiveInt, withDefaults } from '../errors.js';
export { plainRecord, readEntryHeader, toTagSpecs };
const DEFAULTS = Object.freeze({ maxHeaderBytes: 8 * 1024 * 1024, concurrency: 4 });
/**
 * Stage: sniffed entries in, records out (same order); the head bytes are
 * dropped here. A view over the header step of the per-file engine
 * (lib/core/inspect.ts): records get their status and error code here.
 */
export function readHeader(options = {}) {
    const opts = withDefaults(DEFAULTS, options);
    const tags = toTagSpecs(opts.tags);
    checkPositiveInt('maxHeaderBytes', opts.maxHeaderBytes);
    checkPositiveInt('concurrency', opts.concurrency, 4096);
    return orderedParallel((entry) => readEntryHeader(entry, tags, opts.maxHeaderBytes), opts.concurrency);
}
//# sourceMappingURL=read-header.js.map