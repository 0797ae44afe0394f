import { closeSync, open, renameSync, rmSync, statSync, writeSync } from 'node:fs'
import { Writable } from 'node:stream'
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
  readonly stream: Writable
  private done = false

  private constructor(target: string, stream: Writable, temp: string) {
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
      open(temp, inPlace ? 'w' : 'wx', 0o666, (e, fd) => {
        if (e) return reject(new CrawlerError('OUTPUT_FAILED', `cannot write ${target}: ${describeWriteError(e)}`))
        const file = new AtomicFile(target, syncWriter(fd), temp)
        AtomicFile.live.add(file)
        resolve(file)
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

/**
 * A Writable on an open file whose writes return when the bytes are written,
 * as Node writes stdout to a file or pipe. fs.createWriteStream's writes go
 * through the thread pool: each 64 KiB chunk then outlived a few
 * young-generation collections and waited for a full one to be freed, and
 * `--output` peaked at 120 MB on a 200k-file tree against 71 MB for the same
 * crawl to stdout (docs/DECISIONS.md).
 */
function syncWriter(fd: number): Writable {
  let isOpen = true
  const closeOnce = () => {
    if (!isOpen) return
    isOpen = false
    closeSync(fd)
  }
  return new Writable({
    write(chunk: Buffer, _enc, callback) {
      try {
        for (let done = 0; done < chunk.length; ) done += writeSync(fd, chunk, done, chunk.length - done)
      } catch (e) {
        return callback(e as Error)
      }
      callback()
    },
    final(callback) {
      try {
        closeOnce()
      } catch (e) {
        return callback(e as Error)
      }
      callback()
    },
    destroy(err, callback) {
      try {
        closeOnce()
      } catch {
        // Already failing or discarded: the first error is the one to tell.
      }
      callback(err)
    },
  })
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
