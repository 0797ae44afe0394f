import { Transform, type TransformCallback } from 'node:stream'

export interface OrderedParallelOptions<T = unknown> {
  /** Readable side's buffer (results ready for the consumer). Default 16. */
  highWaterMark?: number
  /**
   * Items held at once, running or finished and waiting for an earlier one
   * (the reorder buffer). Default `8 x concurrency`: one slow item
   * (a 20 ms network read) must not stop new ones from starting while the
   * items behind it finish, yet what waits stays bounded.
   */
  reorder?: number
  /** Runs once every result is out, before the stream ends; the end waits for its promise. */
  onEnd?: (stream: Transform) => void | Promise<void>
}

/** Returned by `fn` when it will call its `settle` argument later instead of returning a value or a promise. */
export const LATER: unique symbol = Symbol('later')

/** Completes an item that `fn` answered with LATER: its value (`undefined` drops it), or an error that ends the stream. */
export type Settle<O> = (err: Error | null, value?: O | Promise<O | undefined>) => void

interface Slot<O> {
  done: boolean
  value: O | undefined
}

/**
 * A Transform that runs `fn` on up to `concurrency` items at once and emits
 * results in input order. `fn` may return a value (taken at once) or a
 * promise; `undefined` drops the item. `concurrency` bounds the promises
 * running, not the results waiting for their turn: those are bounded by
 * `reorder`. Holding the input callback while either bound is reached is
 * what bounds the work (backpressure upstream).
 */
export function orderedParallel<I, O>(fn: (item: I, settle: Settle<O>) => O | undefined | Promise<O | undefined> | typeof LATER, concurrency: number, options: OrderedParallelOptions = {}): Transform {
  const reorder = Math.max(options.reorder ?? 8 * concurrency, concurrency)
  // A ring of slots in input order: no shift() over a long array per item.
  const ring: Array<Slot<O> | undefined> = new Array(reorder)
  let head = 0
  let held = 0
  let running = 0
  let waiting: TransformCallback | undefined
  let flushed: TransformCallback | undefined
  let failed = false

  const end = (stream: Transform, cb: TransformCallback) => {
    const done = options.onEnd?.(stream)
    if (done instanceof Promise) done.then(() => cb(), (e: Error) => cb(e))
    else cb()
  }

  const hold = (slot: Slot<O>) => {
    ring[(head + held) % reorder] = slot
    held++
  }
  const hasRoom = () => running < concurrency && held < reorder

  const drain = (stream: Transform) => {
    while (held > 0 && ring[head]!.done) {
      const { value } = ring[head]!
      ring[head] = undefined
      head = (head + 1) % reorder
      held--
      if (value !== undefined) stream.push(value)
    }
    if (waiting && hasRoom()) {
      const cb = waiting
      waiting = undefined
      cb()
    }
    if (flushed && held === 0) {
      const cb = flushed
      flushed = undefined
      end(stream, cb)
    }
  }

  const stream = new Transform({
    objectMode: true,
    highWaterMark: options.highWaterMark ?? 16,
    transform(item: I, _enc, callback) {
      let slot: Slot<O> | undefined
      const settle: Settle<O> = (err, value) => {
        if (err) {
          failed = true
          return void this.destroy(err)
        }
        if (value instanceof Promise) return void value.then((v) => settle(null, v), (e: Error) => settle(e))
        running--
        if (!slot) {
          // Settled before fn returned: taken as a value returned at once.
          slot = { done: true, value }
          return
        }
        slot.done = true
        slot.value = value
        if (!failed) drain(this)
      }
      let result: O | undefined | Promise<O | undefined> | typeof LATER
      running++
      try {
        result = fn(item, settle)
      } catch (e) {
        return callback(e as Error)
      }
      if (result === LATER) {
        if (slot) result = (slot as Slot<O>).value
        else {
          slot = { done: false, value: undefined }
          hold(slot)
          return hasRoom() ? callback() : void (waiting = callback)
        }
      } else {
        running--
      }
      if (!(result instanceof Promise)) {
        if (held === 0) {
          if (result !== undefined) this.push(result)
          return callback()
        }
        hold({ done: true, value: result })
        return hasRoom() ? callback() : (waiting = callback)
      }
      const pending: Slot<O> = { done: false, value: undefined }
      hold(pending)
      running++
      result.then(
        (value) => {
          running--
          pending.done = true
          pending.value = value
          if (!failed) drain(this)
        },
        (e) => {
          failed = true
          this.destroy(e as Error)
        },
      )
      if (hasRoom()) callback()
      else waiting = callback
    },
    flush(callback) {
      if (held > 0) return void (flushed = callback)
      end(this, callback)
    },
  })
  return stream
}
