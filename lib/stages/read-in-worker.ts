import { Transform } from 'node:stream'
import { Worker } from 'node:worker_threads'
import { chainUnchecked } from 'stream-chain'
import { detectMime } from '../core/mime.js'
import type { TagSpec } from '../core/tags.js'
import { checkPositiveInt } from '../errors.js'
import { orderedParallel } from '../util/ordered-parallel.js'
import type { DicomRecord, FileEntry, SniffedEntry } from '../types.js'
import { plainRecord, toTagSpecs } from './read-header.js'
import type { WorkerResult, WorkerSetup } from '../worker/read-worker.js'

export interface ReadInWorkerOptions {
  /** Attributes to read (keywords, 8-hex-digit tags or specs). Default: DEFAULT_TAGS. */
  tags?: readonly (string | TagSpec)[]
  /** Bytes read from each file's head. Default 4 KiB. */
  headBytes?: number
  /** Largest header prefix read for one file. Default 8 MiB. */
  maxHeaderBytes?: number
  /** Entries sent to the worker at once. Default 64: fewer messages, and still a prompt first record. */
  batchSize?: number
}

const DEFAULTS = Object.freeze({ headBytes: 4 * 1024, maxHeaderBytes: 8 * 1024 * 1024, batchSize: 64 })
/** Batches in flight: the worker always has the next one waiting. */
const BATCHES_IN_FLIGHT = 4

/**
 * Stage: file entries in, records out, in order; `sniff` + `readHeader` with
 * blocking reads on a worker thread, so reading and parsing (most of a
 * crawl's CPU) run on the second core while this thread walks, classifies and
 * writes. The same records as the two stages give (keepNonDicom: every entry
 * becomes a record); libmagic still runs here, for non-DICOM files only.
 */
export function readInWorker(options: ReadInWorkerOptions = {}): Transform {
  const opts = { ...DEFAULTS, ...options }
  const tags = toTagSpecs(opts.tags)
  checkPositiveInt('headBytes', opts.headBytes)
  checkPositiveInt('maxHeaderBytes', opts.maxHeaderBytes)
  checkPositiveInt('batchSize', opts.batchSize)
  const setup: WorkerSetup = { tags: tags.map((t) => t.tag), headBytes: opts.headBytes, maxHeaderBytes: opts.maxHeaderBytes }

  let worker: Worker | undefined
  let failure: Error | undefined
  const waiting = new Map<number, (results: WorkerResult[]) => void>()
  let nextId = 0
  const start = (): Worker => {
    const w = new Worker(new URL('../worker/read-worker.js', import.meta.url), { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 2 } })
    w.on('message', ({ id, results }: { id: number; results: WorkerResult[] }) => {
      const resolve = waiting.get(id)
      waiting.delete(id)
      // An idle worker must not keep the process alive (e.g. after `| head`).
      if (waiting.size === 0) w.unref()
      resolve?.(results)
    })
    w.on('error', (e) => fail(e))
    w.on('exit', (code) => {
      if (waiting.size > 0) fail(new Error(`header worker stopped (exit code ${code})`))
    })
    return w
  }
  const fail = (e: Error) => {
    failure = e
    stages.destroy(e)
  }

  const toRecords = async (batch: FileEntry[]): Promise<DicomRecord[]> => {
    if (failure) throw failure
    worker ??= start()
    worker.ref()
    const id = nextId++
    const results = await new Promise<WorkerResult[]>((resolve) => {
      waiting.set(id, resolve)
      worker!.postMessage({ id, entries: batch })
    })
    const records: DicomRecord[] = []
    for (const r of results) {
      if ('record' in r) records.push(r.record)
      else records.push(plainRecord(await named(r.needsMime), tags))
    }
    return records
  }

  let batch: FileEntry[] = []
  let scheduled: NodeJS.Immediate | undefined
  const batcher = new Transform({
    objectMode: true,
    transform(entry: FileEntry, _enc, callback) {
      batch.push(entry)
      if (batch.length >= opts.batchSize) send(this)
      // A slow walk (a network drive) must not hold a part batch back.
      else scheduled ??= setImmediate(() => send(this))
      callback()
    },
    flush(callback) {
      send(this)
      callback()
    },
  })
  const send = (stream: Transform) => {
    if (scheduled) clearImmediate(scheduled)
    scheduled = undefined
    if (batch.length === 0 || stream.destroyed) return
    stream.push(batch)
    batch = []
  }
  const flatten = new Transform({
    objectMode: true,
    transform(records: DicomRecord[], _enc, callback) {
      for (const r of records) this.push(r)
      callback()
    },
  })
  const stages = chainUnchecked([batcher, orderedParallel(toRecords, BATCHES_IN_FLIGHT), flatten])
  stages.on('close', () => void worker?.terminate())
  return stages as unknown as Transform
}

async function named(sniffed: SniffedEntry): Promise<SniffedEntry> {
  const { head, ...rest } = sniffed
  const bytes = head ? Buffer.from(head.buffer, head.byteOffset, head.byteLength) : Buffer.alloc(0)
  return { ...rest, mime: await detectMime(bytes) }
}
