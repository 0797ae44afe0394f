import { Transform } from 'node:stream';
export interface OrderedParallelOptions<T = unknown> {
    /** Readable side's buffer (results ready for the consumer). Default 16. */
    highWaterMark?: number;
    /**
     * Items held at once, running or finished and waiting for an earlier one
     * (the reorder buffer). Default `8 x concurrency`: one slow item
     * (a 20 ms network read) must not stop new ones from starting while the
     * items behind it finish, yet what waits stays bounded.
     */
    reorder?: number;
    /** Runs once every result is out, before the stream ends; the end waits for its promise. */
    onEnd?: (stream: Transform) => void | Promise<void>;
}
/** Returned by `fn` when it will call its `settle` argument later instead of returning a value or a promise. */
export declare const LATER: unique symbol;
/** Completes an item that `fn` answered with LATER: its value (`undefined` drops it), or an error that ends the stream. */
export type Settle<O> = (err: Error | null, value?: O | Promise<O | undefined>) => void;
/**
 * A Transform that runs `fn` on up to `concurrency` items at once and emits
 * results in input order. `fn` may return a value (taken at once) or a
 * promise; `undefined` drops the item. `concurrency` bounds the promises
 * running, not the results waiting for their turn: those are bounded by
 * `reorder`. Holding the input callback while either bound is reached is
 * what bounds the work (backpressure upstream).
 */
export declare function orderedParallel<I, O>(fn: (item: I, settle: Settle<O>) => O | undefined | Promise<O | undefined> | typeof LATER, concurrency: number, options?: OrderedParallelOptions): Transform;
