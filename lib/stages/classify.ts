import { Transform } from 'node:stream'
import type { PathMatch } from '../core/classify.js'
import { classifyRecord, MATCH_MODES } from '../core/inspect.js'
import { loadTemplates, type Templates } from '../core/templates.js'
import { checkChoice } from '../errors.js'
import type { DicomRecord } from '../types.js'

export interface ClassifyOptions {
  /** Parsed templates, or a path to a template file. Default: the bundled `modal-templates.json`. */
  templates?: Templates | string
  /** `token` (default): identifiers match whole tokens of folder names. `substring`: the old tool's rule. */
  match?: PathMatch
}

/**
 * Sets `modality_class` and `class_source` on DICOM records; other records
 * pass unchanged. A view over the class step of the per-file engine
 * (lib/core/inspect.ts).
 */
export function classify(options: ClassifyOptions = {}): Transform {
  const templates = typeof options.templates === 'object' ? options.templates : loadTemplates(options.templates)
  const match = checkChoice('match', options.match ?? 'token', MATCH_MODES)
  return new Transform({
    objectMode: true,
    transform(record: DicomRecord, _enc, callback) {
      callback(null, classifyRecord(record, templates, match))
    },
  })
}
