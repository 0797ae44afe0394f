import { Transform } from 'node:stream'
import { flattenRecord } from '../core/record-fields.js'
import type { TagSpec } from '../core/tags.js'
import { toTagSpecs } from './read-header.js'
import type { DicomRecord } from '../types.js'

export interface SerializeOptions {
  /** The attributes, in column order: the same list given to readHeader. Default: DEFAULT_TAGS. */
  tags?: readonly (string | TagSpec)[]
}

/** Stage: records in, NDJSON text out, one JSON object per line; absent attributes are `null`. */
export function toNdjson(options: SerializeOptions = {}): Transform {
  const tags = toTagSpecs(options.tags)
  return new Transform({
    writableObjectMode: true,
    readableObjectMode: false,
    transform(record: DicomRecord, _enc, callback) {
      callback(null, JSON.stringify(flattenRecord(record, tags)) + '\n')
    },
  })
}
