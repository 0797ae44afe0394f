import { parentPort, workerData } from 'node:worker_threads'
import { needsMime, sniffFileSync } from '../core/sniff-file.js'
import { resolveTags } from '../core/tags.js'
import { readEntryHeader } from '../stages/read-header.js'
import type { DicomRecord, FileEntry, SniffedEntry } from '../types.js'

/**
 * The worker side of `readInWorker`: blocking head reads and header parses
 * for batches of entries, so they run beside the main thread's walk,
 * classification and output. libmagic cannot load here (mmmagic is not
 * thread-aware): files that need a MIME type go back with their head.
 */
export interface WorkerSetup {
  tags: string[]
  headBytes: number
  maxHeaderBytes: number
}

export type WorkerResult = { record: DicomRecord } | { needsMime: SniffedEntry }

const setup = workerData as WorkerSetup
const tags = resolveTags(setup.tags)

parentPort!.on('message', async ({ id, entries }: { id: number; entries: FileEntry[] }) => {
  const results: WorkerResult[] = []
  for (const entry of entries) {
    // Structured cloning turns a Buffer path (a name that is not UTF-8) into a plain Uint8Array.
    if (typeof entry.fsPath !== 'string') entry.fsPath = Buffer.from(entry.fsPath)
    const sniffed = sniffFileSync(entry, setup.headBytes)
    if (needsMime(sniffed)) {
      results.push({ needsMime: sniffed })
      continue
    }
    results.push({ record: await readEntryHeader(sniffed, tags, setup.maxHeaderBytes) })
  }
  parentPort!.postMessage({ id, results })
})
