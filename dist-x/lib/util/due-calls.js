/**
 * Calls handed to a native addon's own threads and due back by id (the JS
 * side of native/thread-queue.h). The addon's callback keeps the event loop
 * alive only while something is due: `ref()` when the first call goes out,
 * `unref()` when the last one is back, so an idle addon never holds the
 * process open.
 */
export class DueCalls {
    addon;
    due = new Map();
    nextId = 0;
    constructor(addon) {
        this.addon = addon;
    }
    /** How many calls are out. */
    get size() {
        return this.due.size;
    }
    /** Notes one call going out; its id. */
    add(call) {
        const id = this.nextId++;
        if (this.due.size === 0)
            this.addon.ref();
        this.due.set(id, call);
        return id;
    }
    /** The call with this id, now back (undefined if it was not due). */
    take(id) {
        const call = this.due.get(id);
        if (!this.due.delete(id))
            return undefined;
        if (this.due.size === 0)
            this.addon.unref();
        return call;
    }
}
//# sourceMappingURL=due-calls.js.map