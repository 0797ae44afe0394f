import { Transform } from 'node:stream';
import { classifyRecord, MATCH_MODES } from '../core/inspect.js';
import { loadTemplates } from '../core/templates.js';
import { checkChoice } from '../errors.js';
/**
 * Sets `modality_class` and `class_source` on DICOM records; other records
 * pass unchanged. A view over the class step of the per-file engine
 * (lib/core/inspect.ts).
 */
export function classify(options = {}) {
    const templates = typeof options.templates === 'object' ? options.templates : loadTemplates(options.templates);
    const match = checkChoice('match', options.match ?? 'token', MATCH_MODES);
    return new Transform({
        objectMode: true,
        transform(record, _enc, callback) {
            callback(null, classifyRecord(record, templates, match));
        },
    });
}
//# sourceMappingURL=classify.js.map