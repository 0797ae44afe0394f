import mmmagic from 'mmmagic'

/**
 * libmagic's MIME type for a head buffer. One Magic instance is shared: its
 * calls run on the libuv pool, so they never block the crawl; they are made
 * only for files that are not DICOM, since each costs milliseconds.
 *
 * At most MAX_IN_FLIGHT calls run at once: each call loads libmagic's
 * database anew (about 5 MB), so four at once on the pool's four threads
 * added their databases to the peak RSS (docs/DECISIONS.md).
 */
let magic: InstanceType<typeof mmmagic.Magic> | undefined
const MAX_IN_FLIGHT = 1
let inFlight = 0
const waiting: Array<() => void> = []

export function detectMime(head: Buffer): Promise<string> {
  if (head.length === 0) return Promise.resolve('application/x-empty')
  magic ??= new mmmagic.Magic(mmmagic.MAGIC_MIME_TYPE)
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
