import { Transform } from 'node:stream';
/** Returned by `fn` when it will call its `settle` argument later instead of returning a value or a promise. */
export const LATER = Symbol('later');
/**
 * A Transform that runs `fn` on up to `concurrency` items at once and emits
 * results in input order. `fn` may return a value (taken at once) or a
 * promise; `undefined` drops the item. `concurrency` bounds the promises
 * running, not the results waiting for their turn: those are bounded by
 * `reorder`. Holding the input callback while either bound is reached is
 * what bounds the work (backpressure upstream).
 */
export function orderedParallel(fn, concurrency, options = {}) {
    const reorder = Math.max(options.reorder ?? 8 * concurrency, concurrency);
    // A ring of slots in input order: no shift() over a long array per item.
    const ring = new Array(reorder);
    let head = 0;
    let held = 0;
    let running = 0;
    let waiting;
    let flushed;
    let failed = false;
    const end = (stream, cb) => {
        const done = options.onEnd?.(stream);
        if (done instanceof Promise)
            done.then(() => cb(), (e) => cb(e));
        else
            cb();
    };
    const hold = (slot) => {
        ring[(head + held) % reorder] = slot;
        held++;
    };
    const hasRoom = () => running < concurrency && held < reorder;
    const drain = (stream) => {
        while (held > 0 && ring[head].done) {
            const { value } = ring[head];
            ring[head] = undefined;
            head = (head + 1) % reorder;
            held--;
            if (value !== undefined)
                stream.push(value);
        }
        if (waiting && hasRoom()) {
            const cb = waiting;
            waiting = undefined;
            cb();
        }
        if (flushed && held === 0) {
            const cb = flushed;
            flushed = undefined;
            end(stream, cb);
        }
    };
    const stream = new Transform({
        objectMode: true,
        highWaterMark: options.highWaterMark ?? 16,
        transform(item, _enc, callback) {
            let slot;
            const settle = (err, value) => {
                if (err) {
                    failed = true;
                    return void this.destroy(err);
                }
                if (value instanceof Promise)
                    return void value.then((v) => settle(null, v), (e) => settle(e));
                running--;
                if (!slot) {
                    // Settled before fn returned: taken as a value returned at once.
                    slot = { done: true, value };
                    return;
                }
                slot.done = true;
                slot.value = value;
                if (!failed)
                    drain(this);
            };
            let result;
            running++;
            try {
                result = fn(item, settle);
            }
            catch (e) {
                return callback(e);
            }
            if (result === LATER) {
                if (slot)
                    result = slot.value;
                else {
                    slot = { done: false, value: undefined };
                    hold(slot);
                    return hasRoom() ? callback() : void (waiting = callback);
                }
            }
            else {
                running--;
            }
            if (!(result instanceof Promise)) {
                if (held === 0) {
                    if (result !== undefined)
                        this.push(result);
                    return callback();
                }
                hold({ done: true, value: result });
                return hasRoom() ? callback() : (waiting = callback);
            }
            const pending = { done: false, value: undefined };
            hold(pending);
            running++;
            result.then((value) => {
                running--;
                pending.done = true;
                pending.value = value;
                if (!failed)
                    drain(this);
            }, (e) => {
                failed = true;
                this.destroy(e);
            });
            if (hasRoom())
                callback();
            else
                waiting = callback;
        },
        flush(callback) {
            if (held > 0)
                return void (flushed = callback);
            end(this, callback);
        },
    });
    return stream;
}
//# sourceMappingURL=ordered-parallel.js.map