import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { CrawlerError } from '../lib/errors.js'

/**
 * A file written under a temporary name beside its target and renamed into
 * place only when complete, so a reader never sees half a file and an
 * interrupted run leaves the old file as it was.
 */
export class AtomicFile {
  readonly target: string
  readonly temp: string
  readonly stream: WriteStream
  private done = false

  private constructor(target: string, stream: WriteStream, temp: string) {
    this.target = target
    this.stream = stream
    this.temp = temp
  }

  /** Opens the temp file; resolves once it exists, so a bad folder fails before any work. */
  static open(target: string): Promise<AtomicFile> {
    const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`)
    return new Promise((resolve, reject) => {
      const stream = createWriteStream(temp, { flags: 'wx' })
      stream.once('open', () => {
        const file = new AtomicFile(target, stream, temp)
        AtomicFile.live.add(file)
        resolve(file)
      })
      stream.once('error', (e: NodeJS.ErrnoException) => {
        reject(new CrawlerError('OUTPUT_FAILED', `cannot write ${target}: ${describeWriteError(e)}`))
      })
    })
  }

  /** Renames the finished temp file onto the target. */
  commit(): void {
    if (this.done) return
    renameSync(this.temp, this.target)
    this.done = true
    AtomicFile.live.delete(this)
  }

  /** Removes the temp file; the target is left untouched. */
  discard(): void {
    if (this.done) return
    this.done = true
    this.stream.destroy()
    rmSync(this.temp, { force: true })
    AtomicFile.live.delete(this)
  }

  /** Temp files still open, for cleanup on signals. */
  static readonly live = new Set<AtomicFile>()

  static discardAll(): void {
    for (const f of [...AtomicFile.live]) f.discard()
  }
}

export function describeWriteError(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return 'the folder does not exist'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EROFS':
      return 'read-only file system'
    case 'ENOSPC':
      return 'no space left on device'
    case 'EDQUOT':
      return 'disk quota exceeded'
    default:
      return e.message
  }
}
