import { pipeline } from 'node:stream/promises';
import { exportCatalogue } from '../lib/catalogue/export.js';
import { AtomicFile } from './atomic-output.js';
export async function runExport(opts) {
    // The catalogues are opened and checked before the output is.
    const text = exportCatalogue(opts.db, { table: opts.table, format: opts.format, allFiles: opts.allFiles });
    const out = opts.output ? await AtomicFile.open(opts.output) : undefined;
    try {
        await pipeline(text, out ? out.stream : process.stdout);
    }
    catch (e) {
        out?.discard();
        throw e;
    }
    out?.commit();
    return 0;
}
//# sourceMappingURL=export-run.js.map