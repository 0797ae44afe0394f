import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type * as Mmmagic from 'mmmagic'

const require = createRequire(import.meta.url)

/**
 * libmagic's MIME type for a head buffer. One Magic instance is shared: its
 * calls run on the libuv pool, so they never block the crawl; they are made
 * only for files that are not DICOM, since each costs milliseconds.
 *
 * mmmagic opens a new libmagic handle for every call. Given the compiled
 * database as a buffer (read once, 4.9 MB, when the first file that is not
 * DICOM turns up), each handle uses it in place; given a path, each call
 * read and parsed the whole file again: 2.4 ms a call against 0.8 ms on the
 * benchmark tree's files (docs/DECISIONS.md). mmmagic itself is loaded then
 * too, so a crawl of DICOM files alone never loads it.
 *
 * At most MAX_IN_FLIGHT calls run at once: two, so a text file (3-4 ms of
 * libmagic's soft magic) does not hold up the files behind it, and no more,
 * since the crawl's own thread needs a core too.
 */
let magic: InstanceType<typeof Mmmagic.Magic> | undefined
const MAX_IN_FLIGHT = 2
let inFlight = 0
const waiting: Array<() => void> = []

export function detectMime(head: Buffer): Promise<string> {
  if (head.length === 0) return Promise.resolve('application/x-empty')
  magic ??= loadMagic()
  const m = magic
  return new Promise((resolve) => {
    const run = () => {
      inFlight++
      m.detect(head, (err, result) => {
        inFlight--
        waiting.shift()?.()
        // libmagic failing on one file must not stop a crawl: say what we know.
        if (err) return resolve('application/octet-stream')
        resolve(Array.isArray(result) ? (result[0] ?? 'application/octet-stream') : result)
      })
    }
    if (inFlight < MAX_IN_FLIGHT) run()
    else waiting.push(run)
  })
}

function loadMagic(): InstanceType<typeof Mmmagic.Magic> {
  const mmmagic = require('mmmagic') as typeof Mmmagic
  let database: Buffer | undefined
  try {
    database = readFileSync(require.resolve('mmmagic/magic/magic.mgc'))
  } catch {
    // An mmmagic without its bundled database: let it find libmagic's own.
  }
  if (!database) return new mmmagic.Magic(mmmagic.MAGIC_MIME_TYPE)
  // mmmagic takes a Buffer database too (magic_load_buffers); its typings know only a path.
  const FromBuffer = mmmagic.Magic as unknown as new (db: Buffer, mask: number) => InstanceType<typeof Mmmagic.Magic>
  return new FromBuffer(database, mmmagic.MAGIC_MIME_TYPE)
}
