/**
 * The catalogue's writer thread (lib/catalogue/writer.ts starts it): its own
 * connection to the catalogue, on which it runs the writes of an `index` run
 * in the order they were sent (rows of files read, names of files not DICOM,
 * rows of files gone), committed in batches by count and by time. The run's
 * own thread only reads the catalogue (the merge) while this one writes.
 */
import { createRequire } from 'node:module'
import { parentPort, workerData, type MessagePort } from 'node:worker_threads'
import type Database from 'better-sqlite3'
import { quoteId, toColumn } from './values.js'
import { tuneConnection } from './pragmas.js'
import type { WriterSetup, WriterEnd } from './writer.js'

const setup = workerData as WriterSetup
const port = parentPort!
let conn: Database.Database | undefined
let statements: ReturnType<typeof prepare> | undefined
let inBatch = 0
let batchStarted = 0
/** The first failure, sent when it happens and again with the end (the run may reach its end before the first message is read). */
let failed: ReturnType<typeof asFailure> | undefined

function prepare(db: Database.Database) {
  const { columns } = setup
  return {
    upsert: db.prepare(
      `INSERT INTO files (${columns.map(quoteId).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
       ON CONFLICT (root, walk_key) DO UPDATE SET ${columns
         .filter((c) => c !== 'root' && c !== 'walk_key' && c !== 'first_seen')
         .map((c) => `${quoteId(c)} = excluded.${quoteId(c)}`)
         .join(', ')}`,
    ),
    setMime: db.prepare('UPDATE files SET mime = ?, size = ?, mtime_ns = ?, inode = ? WHERE root = ? AND walk_key = ?'),
    remove: db.prepare('DELETE FROM files WHERE root = ? AND walk_key = ?'),
  }
}

function open(): NonNullable<typeof statements> {
  const db = new (createRequire(import.meta.url)('better-sqlite3') as typeof Database)(setup.db, { fileMustExist: true })
  // As the run's own connection (schema.ts openCatalogue), which made the file WAL and migrated it.
  tuneConnection(db)
  conn = db
  return (statements = prepare(db))
}

/** A stamp's integer as sent (decimal text, or null). */
const int = (v: string | number | null): bigint | number | null => (typeof v === 'string' ? BigInt(v) : v)

/** Runs one message's writes. */
function run(ops: unknown[][]): void {
  const s = statements ?? open()
  const db = conn!
  const { started, generation, runId, types } = setup
  const fixed = 15
  for (const op of ops) {
    if (inBatch === 0) {
      db.exec('BEGIN')
      batchStarted = Date.now()
    }
    switch (op[0]) {
      case 'u': {
        // 'u', root, key, path, folder, size, mtime_ns, inode, status, error_code, error, dicom, mime, modality_class, class_source, ...attributes
        const values: unknown[] = [op[1], Buffer.from(op[2] as string, 'latin1'), op[3], op[4], int(op[5] as string), int(op[6] as string), int(op[7] as string)]
        for (let i = 8; i < fixed; i++) values.push(op[i])
        values.push(started, started, generation, runId)
        for (let i = 0; i < types.length; i++) values.push(toColumn(op[fixed + i] as string | null, types[i]!))
        s.upsert.run(values)
        break
      }
      case 'm':
        // 'm', root, key, mime, size, mtime_ns, inode
        s.setMime.run(op[3], int(op[4] as string), int(op[5] as string), int(op[6] as string), op[1], Buffer.from(op[2] as string, 'latin1'))
        break
      case 'd':
        s.remove.run(op[1], Buffer.from(op[2] as string, 'latin1'))
        break
    }
    inBatch++
    if (inBatch >= setup.batchFiles || Date.now() - batchStarted >= setup.batchMs) commit()
  }
}

function commit(): void {
  if (inBatch === 0) return
  conn!.exec('COMMIT')
  inBatch = 0
}

/** An SQLite error as the run's thread rebuilds it: its message and code (a structured clone drops the code). */
const asFailure = (e: unknown) => ({ message: (e as Error).message, code: (e as { code?: string }).code })

const timer = setInterval(() => {
  if (failed || inBatch === 0 || Date.now() - batchStarted < setup.batchMs) return
  try {
    commit()
  } catch (e) {
    failed = asFailure(e)
    port.postMessage({ failed })
  }
}, setup.batchMs)

port.on('message', (message: { buffer: ArrayBuffer; offset: number; length: number } | WriterEnd) => {
  if ('buffer' in message) {
    if (failed) return
    try {
      run(JSON.parse(Buffer.from(message.buffer, message.offset, message.length).toString('utf8')) as unknown[][])
      port.postMessage(null)
    } catch (e) {
      failed = asFailure(e)
      port.postMessage({ failed })
    }
    return
  }
  // The end: commit (or roll back) and close, then tell the run's thread, which waits for it.
  clearInterval(timer)
  let outcome: { failed?: ReturnType<typeof asFailure> } = failed ? { failed } : {}
  try {
    if (conn) {
      if (message.commit && !failed) commit()
      else if (conn.inTransaction) conn.exec('ROLLBACK')
      conn.close()
    }
  } catch (e) {
    outcome = { failed: failed ?? asFailure(e) }
    try {
      conn?.close()
    } catch {
      // closed as it can be; the first error is the one reported
    }
  }
  ;(message.reply as MessagePort).postMessage(outcome)
  Atomics.store(message.flag, 0, 1)
  Atomics.notify(message.flag, 0)
  port.close()
})
