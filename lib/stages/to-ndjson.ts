import type { Transform } from 'node:stream'
import { ndjsonLine } from '../core/ndjson-line.js'
import type { TagSpec } from '../core/tags.js'
import { toTagSpecs } from './read-header.js'
import { textBatches } from '../util/text-batches.js'
import type { DicomRecord } from '../types.js'

export interface SerializeOptions {
  /** The attributes, in column order: the same list given to readHeader. Default: DEFAULT_TAGS. */
  tags?: readonly (string | TagSpec)[]
}

/**
 * Stage: records in, NDJSON text out, one JSON object per line; absent
 * attributes are `null`. Lines leave in chunks of up to 64 KiB, at the latest
 * at the end of each event-loop turn.
 */
export function toNdjson(options: SerializeOptions = {}): Transform {
  const tags = toTagSpecs(options.tags)
  return textBatches((record: DicomRecord) => ndjsonLine(record, tags))
}
