import { Transform } from 'node:stream'
import { classify as classifyCore, type PathMatch } from '../core/classify.js'
import { loadTemplates, type Templates } from '../core/templates.js'
import type { DicomRecord } from '../types.js'

export interface ClassifyOptions {
  /** Parsed templates, or a path to a template file. Default: the bundled `modal-templates.json`. */
  templates?: Templates | string
  /** `token` (default): identifiers match whole tokens of folder names. `substring`: the old tool's rule. */
  match?: PathMatch
}

/** Sets `modality_class` and `class_source` on DICOM records; other records pass unchanged. */
export function classify(options: ClassifyOptions = {}): Transform {
  const templates = typeof options.templates === 'object' ? options.templates : loadTemplates(options.templates)
  const match = options.match ?? 'token'
  return new Transform({
    objectMode: true,
    transform(record: DicomRecord, _enc, callback) {
      if (record.dicom !== 'none') {
        const c = classifyCore(templates, record.attributes.Modality, record.dir, match)
        record.modality_class = c.modality_class
        record.class_source = c.class_source
      }
      callback(null, record)
    },
  })
}
