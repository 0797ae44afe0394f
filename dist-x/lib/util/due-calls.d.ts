/**
 * Calls handed to a native addon's own threads and due back by id (the JS
 * side of native/thread-queue.h). The addon's callback keeps the event loop
 * alive only while something is due: `ref()` when the first call goes out,
 * `unref()` when the last one is back, so an idle addon never holds the
 * process open.
 */
export declare class DueCalls<T> {
    private readonly addon;
    private readonly due;
    private nextId;
    constructor(addon: {
        ref(): void;
        unref(): void;
    });
    /** How many calls are out. */
    get size(): number;
    /** Notes one call going out; its id. */
    add(call: T): number;
    /** The call with this id, now back (undefined if it was not due). */
    take(id: number): T | undefined;
}
