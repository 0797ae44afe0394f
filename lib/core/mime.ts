import mmmagic from 'mmmagic'

/**
 * libmagic's MIME type for a head buffer. One Magic instance is shared: its
 * calls run on the libuv pool, so they never block the crawl; they are made
 * only for files that are not DICOM, since each costs milliseconds.
 */
let magic: InstanceType<typeof mmmagic.Magic> | undefined

export function detectMime(head: Buffer): Promise<string> {
  if (head.length === 0) return Promise.resolve('application/x-empty')
  magic ??= new mmmagic.Magic(mmmagic.MAGIC_MIME_TYPE)
  const m = magic
  return new Promise((resolve) => {
    m.detect(head, (err, result) => {
      // libmagic failing on one file must not stop a crawl: say what we know.
      if (err) return resolve('application/octet-stream')
      resolve(Array.isArray(result) ? (result[0] ?? 'application/octet-stream') : result)
    })
  })
}
