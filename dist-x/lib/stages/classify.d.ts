import { Transform } from 'node:stream';
import type { PathMatch } from '../core/classify.js';
import { type Templates } from '../core/templates.js';
export interface ClassifyOptions {
    /** Parsed templates, or a path to a template file. Default: the bundled `modal-templates.json`. */
    templates?: Templates | string;
    /** `token` (default): identifiers match whole tokens of folder names. `substring`: the old tool's rule. */
    match?: PathMatch;
}
/**
 * Sets `modality_class` and `class_source` on DICOM records; other records
 * pass unchanged. A view over the class step of the per-file engine
 * (lib/core/inspect.ts).
 */
export declare function classify(options?: ClassifyOptions): Transform;
