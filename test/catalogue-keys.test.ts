// The catalogue's walk keys: the per-folder writer gives walkKey()'s bytes for every entry of a real walk, odd names included.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { walk } from '../lib/stages/walk.js'
import { KeyWriter, walkKey } from '../lib/catalogue/walk-key.js'
import type { FileEntry } from '../lib/types.js'

async function entries(root: string): Promise<FileEntry[]> {
  const out: FileEntry[] = []
  for await (const e of walk(root)) out.push(e as FileEntry)
  return out
}

test('KeyWriter gives walkKey() for every entry, folder after folder, odd names and roots included', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-keys-'))
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }))
  const names = ['a.dcm', 'b c.dcm', 'ünï.dcm', 'back\\slash.dcm', '日本.dcm', '\u0001ctl']
  const folders = ['', 'x', 'x/y', 'x/y/z', 'x/ü', 'back\\dir', 'w']
  for (const f of folders) {
    fs.mkdirSync(path.join(dir, f), { recursive: true })
    for (const n of names) fs.writeFileSync(path.join(dir, f, n), n)
  }
  // A name that is not UTF-8: the walk gives its path as bytes.
  fs.writeFileSync(Buffer.concat([Buffer.from(path.join(dir, 'x') + '/'), Buffer.from([0x66, 0xff, 0x2e, 0x64])]), 'raw')
  let n = 0
  for (const root of [dir, `${dir}/`, path.join(dir, 'x', 'a.dcm')]) {
    const keys = new KeyWriter()
    for (const e of await entries(root)) {
      const length = keys.entry(e)
      assert.deepEqual(Buffer.from(keys.buf.subarray(0, length)), walkKey(e), `${root}: ${e.path}`)
      n++
    }
  }
  assert.ok(n > 2 * names.length * folders.length, `${n} entries`)
})
