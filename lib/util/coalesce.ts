import { Transform } from 'node:stream'

/**
 * Joins small text chunks (one CSV row or JSON line each) into larger writes:
 * one write syscall per row cost as much as reading the file's header. A
 * chunk is passed on when it reaches `bytes`, or at the end of the current
 * event-loop turn, so a slow crawl still shows its rows promptly.
 */
export function coalesce(bytes = 64 * 1024): Transform {
  let pending = ''
  let scheduled: NodeJS.Immediate | undefined
  const stream = new Transform({
    writableObjectMode: true,
    readableObjectMode: false,
    transform(chunk: string | Buffer, _enc, callback) {
      pending += typeof chunk === 'string' ? chunk : chunk.toString('utf8')
      if (pending.length >= bytes) {
        send()
      } else {
        scheduled ??= setImmediate(send)
      }
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
