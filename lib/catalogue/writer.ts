import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads'
import { keepSmallHeap } from '../util/small-heap.js'
import { CURSOR_CHUNK, lastKey, type RowChunk } from './merge.js'
import { RowStore, type StampValue, type StoreSetup } from './row-store.js'
import type Database from 'better-sqlite3'

/** The compiled writer thread (catalogue-writer.ts): beside this module (dist/lib/catalogue) and beside the bundled command (dist/cli). */
const THREAD_FILE = new URL('./catalogue-writer.js', import.meta.url)
/**
 * Writes per message: a message costs about as much as a few rows. At 64
 * rows (about 50 KB of JSON) a message's text stays in V8's young
 * generation; at 256 it was a large object, collected only by full
 * collections, and a first run on a million files took 1.6 times as long.
 */
const PER_MESSAGE = 64
/**
 * Messages the thread may have waiting: the run waits (`full`) beyond this,
 * so a slow disk cannot fill memory (about 1.5 MB of messages), while the
 * thread's checkpoints do not stop the crawl.
 */
const MAX_WAITING = 32
/** At the end, how long the run waits for the thread's last commit before it gives up on it (the catalogue keeps its last commit). */
const END_WAIT_MS = 60_000

/** How long the merge waits for the thread to open its connection before it reads the chunks itself. */
const START_WAIT_MS = 2000

/**
 * When the writer thread takes the writes over. By default as soon as its
 * connection is open (it is started at the first write; about 50 ms of CPU,
 * 0.13-0.27 s in time at its low priority beside a busy crawl): the run
 * writes on its own thread only until then, instead of making the first
 * messages wait for it.
 * DICOM_CRAWLER_WRITER_AFTER_MS sets a time from the first write instead
 * (tests: 0, every write sent to the thread).
 */
const HANDOVER_MS = process.env.DICOM_CRAWLER_WRITER_AFTER_MS === undefined ? undefined : Number(process.env.DICOM_CRAWLER_WRITER_AFTER_MS)

/**
 * How long the crawl may wait in all for the writer thread (its messages at
 * MAX_WAITING) before the run takes the writes back, if that is also a
 * quarter of the time since the hand-over (takeBack): the thread runs at the
 * lowest priority (catalogue-writer.ts), so on a machine with no idle CPU it
 * may get almost none, and a thread that cannot keep up with the crawl is
 * no help.
 * DICOM_CRAWLER_WRITER_STARVED_MS sets it.
 */
const STARVED_MS = Number(process.env.DICOM_CRAWLER_WRITER_STARVED_MS ?? 2000)

/** Writes after which the run takes the writes back from the thread whatever happens (tests: the way back, from the first thread and then from the second). */
const TAKE_BACK_AFTER = Number(process.env.DICOM_CRAWLER_WRITER_BACK_AFTER) || Infinity

/** What the writer thread is given (workerData). */
export interface WriterSetup extends StoreSetup {
  db: string
  /** Its nice value, when not its default (Linux). */
  nice?: number
}

/** The thread's side of the chunks of rows it reads ahead for the merge (given at its start). */
export interface RowsChannel {
  /** Chunks go back here as `{ id, count, buffer, length }` (the bytes transferred). */
  port: MessagePort
  /** [0]: chunks sent, counted (the merge waits on it); [1]: chunks taken by the merge (the thread waits on it); [2]: 1 once the connection is open, 2 once the thread failed. */
  state: Int32Array
  /** Check each chunk's rows against their files (the roots are paths as the file system takes them: no `--follow-symlinks`). */
  check: boolean
}

/** Commit what was sent, and write no more: then `flag[0]` is 1 (2: the thread has failed). */
export interface WriterTakeBack {
  takeBack: Int32Array
}

/** The last message: commit (or roll back) and close; then `flag[0]` is set and the outcome posted on `reply`. */
export interface WriterEnd {
  commit: boolean
  flag: Int32Array
  reply: MessagePort
}

/**
 * The catalogue's writes of an `index` run. A run writes on its own thread
 * (RowStore on its connection) only while the writer thread starts
 * (catalogue-writer.ts, started at the first write; HANDOVER_MS); then on
 * that thread, so that SQLite's work on a row (about 9 us: binding its values,
 * the B-tree) runs beside the crawl instead of in its way. Writes are sent
 * in order, PER_MESSAGE to a message as JSON text (one native call to write,
 * one to read; a structured clone of the same rows cost this thread more); the
 * thread commits them in batches. The same thread reads the merge's chunks
 * of rows ahead on a large catalogue (streamRows, streamed).
 */
export class CatalogueWriter {
  private ops: unknown[][] = []
  private worker: Worker | undefined
  private waiting = 0
  private scheduled = false
  private exited = false
  private ended = false
  private drainWaiters: Array<() => void> = []
  /** The chunks of rows the thread reads for the merge: which, and the key the next one follows. */
  private stream: { id: number; root: string; expect: Buffer } | undefined
  private streams = 0
  private rowsPort: MessagePort | undefined
  /** Shared with the thread: [0] chunks sent, [1] chunks taken, [2] 1 once its connection is open, 2 once it failed. */
  private rowsState = new Int32Array(new SharedArrayBuffer(12))
  /** A failure of the thread (an SQLite error, the thread lost): the run ends with it. */
  onError: (e: Error) => void = () => {}

  /** The writes while the thread starts (and after the run took them back), on the run's own connection; none while the thread writes. */
  private direct: RowStore | undefined
  private firstWrite = 0
  private timer: NodeJS.Timeout
  /** When the thread took the writes over; how long the crawl has waited for it; writes sent to it. */
  private handedOver = 0
  private waited = 0
  private sent = 0
  /** The run took the writes back (takeBack): they stay here to the end. */
  private takenBack = false
  /** The thread's nice value, when not its own default: the second thread, started at the run's priority in place of a starved one. */
  private nice: number | undefined

  constructor(
    private readonly setup: WriterSetup,
    private readonly conn: Database.Database,
    /** Have the thread check the chunks' rows against their files (see RowsChannel). */
    private readonly checkRows = false,
  ) {
    this.direct = new RowStore(conn, setup)
    this.timer = this.commitTimer()
  }

  /** Commits the writes made here at least every `batchMs` (files may come slowly). */
  private commitTimer(): NodeJS.Timeout {
    const timer = setInterval(() => {
      try {
        this.direct?.commitIfDue()
      } catch (e) {
        this.onError(e as Error)
      }
    }, this.setup.batchMs)
    timer.unref()
    return timer
  }

  /** The store to write on this thread now, if the thread has not taken over (and need not yet). */
  private here(): RowStore | undefined {
    if (!this.direct) return undefined
    const now = Date.now()
    if (this.firstWrite === 0) {
      // Started now: it takes over once its connection is open (HANDOVER_MS).
      this.firstWrite = now
      this.boot()
    }
    if (!this.takenBack && (HANDOVER_MS === undefined ? Atomics.load(this.rowsState, 2) === 1 : now - this.firstWrite >= HANDOVER_MS)) this.start()
    return this.direct
  }

  /** A file read: its row, written or replaced. `attributes` as the record has them (text), in the columns' order. */
  upsert(root: string, key: Buffer, path: string, folder: string, size: StampValue, mtimeNs: StampValue, inode: StampValue, rest: readonly unknown[], attributes: readonly unknown[]): void {
    const here = this.here()
    if (here) return here.upsert(root, key, path, folder, size, mtimeNs, inode, rest, attributes)
    const op: unknown[] = ['u', root, key.toString('latin1'), path, folder, text(size), text(mtimeNs), text(inode)]
    for (let i = 0; i < rest.length; i++) op.push(rest[i])
    for (let i = 0; i < attributes.length; i++) op.push(attributes[i])
    this.push(op)
  }

  /** A file not DICOM named after its row was sent: its type, and its stamp (null: none, read again next run). */
  name(root: string, key: Buffer, mime: string | null, size: StampValue, mtimeNs: StampValue, inode: StampValue): void {
    const here = this.here()
    if (here) return here.name(root, key, mime, size, mtimeNs, inode)
    this.push(['m', root, key.toString('latin1'), mime, text(size), text(mtimeNs), text(inode)])
  }

  /** A file gone: its row deleted. */
  remove(root: string, key: Buffer): void {
    const here = this.here()
    if (here) return here.remove(root, key)
    this.push(['d', root, key.toString('latin1')])
  }

  /**
   * Has the thread read the root's chunks of rows after `after` for the
   * merge, one after another, a few ahead of it (lib/catalogue/chunks.ts):
   * started if it is not, and waited for until its connection is open.
   * Returns whether the chunks now come from it.
   */
  streamRows(root: string, after: Buffer): boolean {
    if (this.ended || this.takenBack) return false
    this.start()
    // Its connection open, or at most START_WAIT_MS.
    if (Atomics.load(this.rowsState, 2) === 0) Atomics.wait(this.rowsState, 2, 0, START_WAIT_MS)
    if (Atomics.load(this.rowsState, 2) !== 1 || this.exited) return false
    const id = ++this.streams
    this.stream = { id, root, expect: Buffer.from(after) }
    this.push(['r', id, root, after.toString('latin1')])
    this.flush()
    return true
  }

  /**
   * The next chunk of the root's rows after `after` from the thread, waited
   * for; undefined when the thread is not reading that one (the merge reads
   * it itself). Synchronous: the merge runs inside the walk's hook.
   */
  streamed(root: string, after: Buffer): RowChunk | undefined {
    const stream = this.stream
    if (!stream || stream.root !== root || !stream.expect.equals(after) || !this.rowsPort) return undefined
    for (;;) {
      const seen = Atomics.load(this.rowsState, 0)
      for (let m = receiveMessageOnPort(this.rowsPort); m; m = receiveMessageOnPort(this.rowsPort)) {
        // Every chunk sent is counted as taken, a stale one too: the thread reads only so far ahead of what is taken.
        Atomics.add(this.rowsState, 1, 1)
        Atomics.notify(this.rowsState, 1)
        const r = m.message as { id: number; count: number; buffer: ArrayBuffer | null; length: number; marks: Uint8Array | null }
        if (r.id !== stream.id) continue
        const packed = r.buffer ? Buffer.from(r.buffer, 0, r.length) : null
        if (r.count < CURSOR_CHUNK || !packed) this.stream = undefined
        else stream.expect = Buffer.from(lastKey(packed))
        return r.marks ? [r.count, packed, r.marks] : [r.count, packed]
      }
      // The thread gone or failed: the merge reads the chunks itself (the failure ends the run).
      if (this.exited || this.ended || Atomics.load(this.rowsState, 2) === 2) {
        this.stream = undefined
        return undefined
      }
      Atomics.wait(this.rowsState, 0, seen, 1000)
    }
  }

  /** True while the thread has as many messages waiting as it may: the run should wait for `drained()`. */
  get full(): boolean {
    return this.waiting >= MAX_WAITING
  }

  /** Resolves when the thread has room again (or the run has taken the writes back from a thread that keeps it waiting: STARVED_MS). */
  drained(): Promise<void> {
    if (!this.full) return Promise.resolve()
    const since = performance.now()
    return new Promise<void>((resolve) => this.drainWaiters.push(resolve)).then(() => {
      this.waited += performance.now() - since
      if (this.waited >= STARVED_MS && this.waited >= 0.25 * (performance.now() - this.handedOver)) this.takeBack()
    })
  }

  /**
   * Takes the writes back from the thread: waits (synchronously) until it
   * has run and committed every write it was sent, then writes on this
   * thread; the merge reads its chunks here again. The first time, a second
   * thread at the run's own priority replaces the first (the first may
   * only be starved of CPU at its lowest priority), and takes the writes
   * once it has started; taken back from that one too, they stay here.
   */
  private takeBack(): void {
    const worker = this.worker
    if (this.ended || this.direct || this.takenBack || !worker || this.exited) return
    this.flush()
    const flag = new Int32Array(new SharedArrayBuffer(4))
    worker.postMessage({ takeBack: flag } satisfies WriterTakeBack)
    Atomics.wait(flag, 0, 0, END_WAIT_MS)
    // Failed (its error ends the run) or not answering: the writes stay with it.
    if (Atomics.load(flag, 0) !== 1) return
    this.stream = undefined
    this.direct = new RowStore(this.conn, this.setup)
    this.timer = this.commitTimer()
    if (this.nice === 0) {
      this.takenBack = true
      return
    }
    // The first thread closed (it has nothing left to commit), the second started at the next write.
    const error = this.close(worker, true)
    if (error) return this.onError(error)
    this.worker = undefined
    this.rowsPort?.close()
    this.rowsPort = undefined
    this.rowsState = new Int32Array(new SharedArrayBuffer(12))
    this.waiting = 0
    this.waited = 0
    this.firstWrite = 0
    this.nice = 0
    const waiters = this.drainWaiters
    this.drainWaiters = []
    for (const resolve of waiters) resolve()
  }

  /**
   * Has a thread commit (or roll back) and close its connection, waiting
   * synchronously, and ends it; its listeners are removed first, so that
   * its end is not taken for a failure. Returns its error, if its end
   * failed.
   */
  private close(worker: Worker, commit: boolean): Error | undefined {
    let error: Error | undefined
    worker.removeAllListeners()
    worker.on('error', () => {})
    if (!this.exited) {
      const flag = new Int32Array(new SharedArrayBuffer(4))
      const { port1, port2 } = new MessageChannel()
      worker.postMessage({ commit, flag, reply: port2 } satisfies WriterEnd, [port2])
      Atomics.wait(flag, 0, 0, END_WAIT_MS)
      const outcome = receiveMessageOnPort(port1)?.message as { failed?: { message: string; code?: string } } | undefined
      port1.close()
      if (outcome?.failed) error = failure(outcome.failed)
    }
    worker.unref()
    void worker.terminate()
    return error
  }

  /**
   * Sends what is left and waits (synchronously: this also runs in a
   * process's `exit` handler) until the thread has committed (`commit`) or
   * rolled back its open batch and closed its connection. Throws the
   * thread's error, if its end failed.
   */
  end(commit: boolean): void {
    if (this.ended) return
    clearInterval(this.timer)
    let error: unknown
    const direct = this.direct
    this.direct = undefined
    if (direct) {
      try {
        if (commit) direct.commit()
        else direct.rollback()
      } catch (e) {
        error = e
        commit = false
      }
    }
    if (commit) this.flush()
    this.ended = true
    const worker = this.worker
    if (worker) error ??= this.close(worker, commit)
    if (error) throw error
  }

  private push(op: unknown[]): void {
    if (this.ended) return
    this.ops.push(op)
    if (++this.sent >= TAKE_BACK_AFTER) {
      this.takeBack()
      return
    }
    if (this.ops.length >= PER_MESSAGE) this.flush()
    else if (!this.scheduled) {
      // A message at each turn of the event loop at least: a slow crawl's rows do not wait for the batch to fill.
      this.scheduled = true
      setImmediate(() => {
        this.scheduled = false
        this.flush()
      })
    }
  }

  private flush(): void {
    if (this.ops.length === 0 || this.ended) return
    // One native call for the message's JSON (one per write cost half as much again); the text itself is
    // posted: copied as it is, where making it bytes to transfer cost this thread more (docs/DECISIONS.md).
    const message = JSON.stringify(this.ops)
    this.ops = []
    const worker = this.worker ?? this.startThread()
    this.waiting++
    worker.postMessage(message)
  }

  /**
   * Starts the thread now, before the first write, when every file will be
   * written (a first run): its start (some 50 ms of CPU) overlaps the run's
   * own, and it takes the writes as soon as its connection is open, as it
   * would after a first write.
   */
  warm(): void {
    if (this.firstWrite !== 0 || !this.direct || this.takenBack) return
    this.firstWrite = Date.now()
    this.boot()
  }

  /** Hands the writes over to the thread now (started if it is not: its start takes some 50 ms): what was written here is committed first. */
  start(): void {
    if (this.ended || this.takenBack) return
    const direct = this.direct
    this.direct = undefined
    clearInterval(this.timer)
    direct?.commit()
    if (direct) this.handedOver = performance.now()
    this.boot()
  }

  /** Starts the thread (it opens its connection), if it is not running. */
  private boot(): void {
    if (this.worker || this.ended) return
    this.ops.push(['h'])
    this.flush()
  }

  private startThread(): Worker {
    const { port1, port2 } = new MessageChannel()
    this.rowsPort = port1
    const rows: RowsChannel = { port: port2, state: this.rowsState, check: this.checkRows }
    const worker = new Worker(THREAD_FILE, { workerData: { ...this.setup, rows, nice: this.nice }, transferList: [port2], resourceLimits: { maxYoungGenerationSizeMb: 3, maxOldGenerationSizeMb: 256 } })
    worker.on('message', (m: null | { failed: { message: string; code?: string } }) => {
      if (m) return this.onError(failure(m.failed))
      this.waiting--
      if (!this.full && this.drainWaiters.length) {
        const waiters = this.drainWaiters
        this.drainWaiters = []
        for (const resolve of waiters) resolve()
      }
    })
    worker.once('online', keepSmallHeap)
    worker.on('error', (e) => this.onError(e))
    worker.on('exit', (code) => {
      this.exited = true
      if (!this.ended) this.onError(new Error(`catalogue writer thread ended early (exit code ${code})`))
    })
    this.worker = worker
    return worker
  }
}

const text = (v: StampValue): string | number | null => (typeof v === 'bigint' ? v.toString() : v)

/** The thread's error as SQLite gave it: message and code (for catalogueError). */
function failure(f: { message: string; code?: string }): Error {
  return Object.assign(new Error(f.message), f.code ? { code: f.code } : {})
}
