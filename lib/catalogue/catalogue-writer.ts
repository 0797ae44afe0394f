/**
 * The catalogue's writer thread (lib/catalogue/writer.ts starts it): its own
 * connection to the catalogue, on which it runs the writes of an `index` run
 * in the order they were sent (rows of files read, names of files not DICOM,
 * rows of files gone), committed in batches by count and by time, once the
 * run's own thread hands them over (writer.ts); and, on a second read-only
 * connection, the merge's chunks of rows read ahead and checked against
 * their files (pump).
 */
import { createRequire } from 'node:module'
import { setPriority } from 'node:os'
import { parentPort, workerData, type MessagePort } from 'node:worker_threads'
import type Database from 'better-sqlite3'
import { RowStore } from './row-store.js'
import { checkRows } from './stamp.js'
import { CACHE_KIB, THREAD_CHECKPOINT_BYTES, tuneConnection } from './pragmas.js'
import type { RowsChannel, WriterSetup, WriterEnd, WriterTakeBack } from './writer.js'
import { CURSOR_CHUNK, lastKey, nextRows } from './merge.js'

const setup = workerData as WriterSetup & { rows: RowsChannel }

/**
 * This thread runs at the lowest priority, nice 19 (on Linux a thread has a
 * nice value of its own; elsewhere a priority is the whole process's, left
 * alone): the crawl's thread is the run's critical path, and this one is to
 * take the CPU the crawl leaves idle, not a share of the crawl's core. If it
 * then keeps the crawl waiting (a machine with no idle CPU), the run takes
 * the writes back and starts a second thread at the run's own priority
 * (writer.ts, STARVED_MS; its `nice` is 0). DICOM_CRAWLER_WRITER_NICE sets
 * another default (0: the run's own).
 */
const NICE = setup.nice ?? Number(process.env.DICOM_CRAWLER_WRITER_NICE ?? 19)
if (process.platform === 'linux' && NICE > 0) {
  try {
    setPriority(NICE)
  } catch {
    // not allowed here: the run's own priority
  }
}
const port = parentPort!
let conn: Database.Database | undefined
/** A connection of its own for the merge's chunks: a small page cache, which the writes' does not need to share. */
let reader: Database.Database | undefined
let store: RowStore | undefined
let rows: Database.Statement | undefined
/** The first failure, sent when it happens and again with the end (the run may reach its end before the first message is read). */
let failed: ReturnType<typeof asFailure> | undefined

/** Atomics.waitAsync (Node 16 and later; in TypeScript's ES2024 library). */
interface AtomicsWaitAsync {
  waitAsync(array: Int32Array, index: number, value: number): { async: boolean; value: Promise<string> | string }
}

/** Chunks of rows read ahead of what the merge has taken, at most. */
const CHUNKS_AHEAD = 8
/** The chunks of rows being read for the merge. */
let stream: { id: number; root: string; after: Buffer; done: boolean } | undefined
let sentChunks = 0
let waitingForRoom = false

/**
 * Reads the merge's next chunks while it has taken all but CHUNKS_AHEAD of
 * them; called after each message, and when the merge takes a chunk. A
 * chunk read here holds no row written by this run: the merge asked for it
 * before the walk passed its first row, and a write is of a file the walk
 * has met (lib/catalogue/chunks.ts).
 */
function pump(): void {
  const state = setup.rows.state
  while (stream && !stream.done && !failed && sentChunks - Atomics.load(state, 1) < CHUNKS_AHEAD) {
    if (!rows) open()
    const [count, packed] = rows!.get({ generation: setup.generation, root: stream.root, after: stream.after, limit: CURSOR_CHUNK }) as [number, Buffer | null]
    if (count < CURSOR_CHUNK || !packed) stream.done = true
    else stream.after = Buffer.from(lastKey(packed))
    // The rows' files stamped here too, so that the merge passes over the unchanged ones without a system call.
    const marks = packed && setup.rows.check ? checkRows(stream.root, packed, count) : undefined
    const own = packed && (packed.byteOffset !== 0 || packed.byteLength !== packed.buffer.byteLength) ? Buffer.from(packed) : packed
    const transfer = [own?.buffer, marks?.buffer].filter((b) => b !== undefined) as ArrayBuffer[]
    setup.rows.port.postMessage({ id: stream.id, count, buffer: own?.buffer ?? null, length: own?.byteLength ?? 0, marks: marks ?? null }, transfer)
    Atomics.store(state, 0, ++sentChunks)
    Atomics.notify(state, 0)
  }
  if (!stream || stream.done || failed || waitingForRoom) return
  // Ahead as far as it may go: on again when the merge takes a chunk.
  waitingForRoom = true
  const waited = (Atomics as unknown as AtomicsWaitAsync).waitAsync(state, 1, Atomics.load(state, 1))
  void (waited.async ? (waited.value as Promise<string>) : Promise.resolve()).then(() => {
    waitingForRoom = false
    try {
      pump()
    } catch (e) {
      fail(e)
    }
  })
}

/** The first failure: told to the run's thread, and to a merge waiting for a chunk (it reads the chunks itself then; the run ends with the failure). */
function fail(e: unknown): void {
  if (failed) return
  failed = asFailure(e)
  port.postMessage({ failed })
  const state = setup.rows.state
  Atomics.store(state, 2, 2)
  Atomics.notify(state, 2)
  Atomics.add(state, 0, 1)
  Atomics.notify(state, 0)
}

function open(): RowStore {
  const db = new (createRequire(import.meta.url)('better-sqlite3') as typeof Database)(setup.db, { fileMustExist: true })
  // As the run's own connection (schema.ts openCatalogue), which made the file WAL and migrated it.
  tuneConnection(db, THREAD_CHECKPOINT_BYTES)
  conn = db
  reader = new (createRequire(import.meta.url)('better-sqlite3') as typeof Database)(setup.db, { readonly: true, fileMustExist: true })
  reader.pragma(`cache_size = -${CACHE_KIB}`)
  store = new RowStore(db, setup)
  rows = nextRows(reader)
  Atomics.store(setup.rows.state, 2, 1)
  Atomics.notify(setup.rows.state, 2)
  return store
}

/** A stamp's integer as sent (decimal text, or null). */
const int = (v: string | number | null): bigint | number | null => (typeof v === 'string' ? BigInt(v) : v)
const key = (v: unknown): Buffer => Buffer.from(v as string, 'latin1')

/** Runs one message's writes (writer.ts writes them: keys as latin1 text, stamps as decimal text). */
function run(ops: unknown[][]): void {
  const s = store ?? open()
  for (const op of ops) {
    switch (op[0]) {
      case 'u':
        // 'u', root, key, path, folder, size, mtime_ns, inode, then 7 fixed columns (RowStore.upsert's rest), then the attributes
        s.upsert(op[1] as string, key(op[2]), op[3] as string, op[4] as string, int(op[5] as string), int(op[6] as string), int(op[7] as string), op.slice(8, 15), op.slice(15))
        break
      case 'm':
        // 'm', root, key, mime, size, mtime_ns, inode
        s.name(op[1] as string, key(op[2]), op[3] as string | null, int(op[4] as string), int(op[5] as string), int(op[6] as string))
        break
      case 'd':
        s.remove(op[1] as string, key(op[2]))
        break
      case 'r':
        // The merge's chunks of rows from here on (writer.ts streamRows): read by pump(), not a write.
        stream = { id: op[1] as number, root: op[2] as string, after: key(op[3]), done: false }
        break
      // 'h': started ahead of the chunks it will read
    }
  }
}

/** An SQLite error as the run's thread rebuilds it: its message and code (a structured clone drops the code). */
const asFailure = (e: unknown) => ({ message: (e as Error).message, code: (e as { code?: string }).code })

const timer = setInterval(() => {
  if (failed || !store) return
  try {
    store.commitIfDue()
  } catch (e) {
    fail(e)
  }
}, setup.batchMs)

port.on('message', (message: string | WriterTakeBack | WriterEnd) => {
  if (typeof message === 'string') {
    if (failed) return
    try {
      run(JSON.parse(message) as unknown[][])
      pump()
      port.postMessage(null)
    } catch (e) {
      fail(e)
    }
    return
  }
  if ('takeBack' in message) {
    // The run writes on its own connection from now on (writer.ts takeBack): what was sent here is committed first.
    let outcome = failed ? 2 : 1
    try {
      if (!failed) store?.commit()
    } catch (e) {
      fail(e)
      outcome = 2
    }
    Atomics.store(message.takeBack, 0, outcome)
    Atomics.notify(message.takeBack, 0)
    return
  }
  // The end: commit (or roll back) and close, then tell the run's thread, which waits for it.
  clearInterval(timer)
  let outcome: { failed?: ReturnType<typeof asFailure> } = failed ? { failed } : {}
  try {
    if (conn) {
      if (message.commit && !failed) store!.commit()
      else store!.rollback()
      conn.close()
      reader?.close()
    }
  } catch (e) {
    outcome = { failed: failed ?? asFailure(e) }
    try {
      conn?.close()
      reader?.close()
    } catch {
      // closed as it can be; the first error is the one reported
    }
  }
  ;(message.reply as MessagePort).postMessage(outcome)
  Atomics.store(message.flag, 0, 1)
  Atomics.notify(message.flag, 0)
  port.close()
})
