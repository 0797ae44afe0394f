import { Transform, type TransformCallback } from 'node:stream'

/**
 * A Transform that runs `fn` on up to `concurrency` items at once and emits
 * results in input order. `fn` may return a value (taken at once) or a
 * promise; `undefined` drops the item. Holding the input callback while the
 * window is full is what bounds the work in flight (backpressure upstream).
 */
export function orderedParallel<I, O>(
  fn: (item: I) => O | undefined | Promise<O | undefined>,
  concurrency: number,
  options: { highWaterMark?: number; /** Runs once every result is out, before the stream ends; the end waits for its promise. */ onEnd?: (stream: Transform) => void | Promise<void> } = {},
): Transform {
  const queue: Array<{ done: boolean; value: O | undefined }> = []
  let waiting: TransformCallback | undefined
  let flushed: TransformCallback | undefined
  let failed = false

  const end = (stream: Transform, cb: TransformCallback) => {
    const done = options.onEnd?.(stream)
    if (done instanceof Promise) done.then(() => cb(), (e: Error) => cb(e))
    else cb()
  }

  const drain = (stream: Transform) => {
    while (queue.length && queue[0]!.done) {
      const { value } = queue.shift()!
      if (value !== undefined) stream.push(value)
    }
    if (waiting && queue.length < concurrency) {
      const cb = waiting
      waiting = undefined
      cb()
    }
    if (flushed && queue.length === 0) {
      const cb = flushed
      flushed = undefined
      end(stream, cb)
    }
  }

  const stream = new Transform({
    objectMode: true,
    highWaterMark: options.highWaterMark ?? 16,
    transform(item: I, _enc, callback) {
      let result: O | undefined | Promise<O | undefined>
      try {
        result = fn(item)
      } catch (e) {
        return callback(e as Error)
      }
      if (!(result instanceof Promise)) {
        if (queue.length === 0) {
          if (result !== undefined) this.push(result)
          return callback()
        }
        queue.push({ done: true, value: result })
        return queue.length < concurrency ? callback() : (waiting = callback)
      }
      const slot: { done: boolean; value: O | undefined } = { done: false, value: undefined }
      queue.push(slot)
      result.then(
        (value) => {
          slot.done = true
          slot.value = value
          if (!failed) drain(this)
        },
        (e) => {
          failed = true
          this.destroy(e as Error)
        },
      )
      if (queue.length < concurrency) callback()
      else waiting = callback
    },
    flush(callback) {
      if (queue.length > 0) return void (flushed = callback)
      end(this, callback)
    },
  })
  return stream
}
