import { Transform } from 'node:stream'

/** Text is passed on in chunks of about this many characters. */
const BATCH = 64 * 1024

/**
 * A Transform from objects to text that joins the text of many objects into
 * larger chunks: one write syscall per row cost as much as reading the file's
 * header. A chunk is passed on when it reaches 64 KiB, or at the end of the
 * current event-loop turn, so a slow crawl still shows its rows promptly.
 * `header` is sent first, even when no object comes.
 */
export function textBatches<T>(toText: (item: T) => string, options: { header?: string } = {}): Transform {
  let pending = options.header ?? ''
  let scheduled: NodeJS.Immediate | undefined
  const stream = new Transform({
    writableObjectMode: true,
    readableObjectMode: false,
    transform(item: T, _enc, callback) {
      let text: string
      try {
        text = toText(item)
      } catch (e) {
        return callback(e as Error)
      }
      pending += text
      if (pending.length >= BATCH) send()
      else scheduled ??= setImmediate(send)
      callback()
    },
    flush(callback) {
      send()
      callback()
    },
  })
  function send(): void {
    if (scheduled) clearImmediate(scheduled)
    scheduled = undefined
    if (!pending || stream.destroyed) return
    const out = pending
    pending = ''
    stream.push(out)
  }
  return stream
}
