import { Readable, Writable, type Duplex } from 'node:stream'
import { pipeline } from 'node:stream/promises'

/** Runs `items` through one stage and collects what comes out: arrays in, arrays out. */
export async function runStage<T = unknown>(items: readonly unknown[], stage: Duplex): Promise<T[]> {
  const out: T[] = []
  await pipeline(
    Readable.from(items),
    stage,
    new Writable({
      objectMode: true,
      write(chunk: T, _enc, cb) {
        out.push(chunk)
        cb()
      },
    }),
  )
  return out
}

/** Same, for a stage whose output is text (CSV, NDJSON). */
export async function runToText(items: readonly unknown[], stage: Duplex): Promise<string> {
  const chunks = await runStage<Buffer | string>(items, stage)
  return chunks.map((c) => c.toString()).join('')
}
