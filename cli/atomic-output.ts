import { createWriteStream, renameSync, rmSync, statSync, type WriteStream } from 'node:fs'
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

  /**
   * Opens the temp file; resolves once it exists, so a bad folder fails before
   * any work. A target that exists and is not a regular file (`/dev/stdout`, a
   * FIFO, `/dev/full`) is written in place: renaming over it would replace the
   * device or pipe with a plain file.
   */
  static open(target: string): Promise<AtomicFile> {
    const kind = existingKind(target)
    if (kind === 'directory') return Promise.reject(new CrawlerError('OUTPUT_FAILED', `cannot write ${target}: it is a folder`))
    const inPlace = kind === 'special'
    const temp = inPlace ? target : join(dirname(target), `.${basename(target)}.${process.pid}.tmp`)
    return new Promise((resolve, reject) => {
      const stream = createWriteStream(temp, { flags: inPlace ? 'w' : 'wx' })
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
    try {
      if (this.temp !== this.target) renameSync(this.temp, this.target)
    } catch (e) {
      this.discard()
      throw new CrawlerError('OUTPUT_FAILED', `cannot write ${this.target}: ${describeWriteError(e as NodeJS.ErrnoException)}`)
    }
    this.done = true
    AtomicFile.live.delete(this)
  }

  /** Removes the temp file; the target is left untouched. */
  discard(): void {
    if (this.done) return
    this.done = true
    this.stream.destroy()
    // Written in place (a device or pipe): there is no temp file to remove.
    if (this.temp !== this.target) rmSync(this.temp, { force: true })
    AtomicFile.live.delete(this)
  }

  /** Temp files still open, for cleanup on signals. */
  static readonly live = new Set<AtomicFile>()

  static discardAll(): void {
    for (const f of [...AtomicFile.live]) f.discard()
  }
}

function existingKind(target: string): 'none' | 'file' | 'directory' | 'special' {
  try {
    const st = statSync(target)
    return st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'special'
  } catch {
    return 'none'
  }
}

export function describeWriteError(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return 'the folder does not exist'
    case 'ENOTDIR':
      return 'a part of the path is not a folder'
    case 'EISDIR':
      return 'it is a folder'
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
