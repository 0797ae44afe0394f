#!/usr/bin/env node
// `npm install` runs this: each native part is built on its own (node-gyp in
// native/<part>/), so one that fails to build leaves the others in place; a
// part that is missing is replaced by its plain-Node way, with one line saying so.
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const PARTS = [
  { dir: 'native/head-reader', what: 'the native head reader', instead: "Node's file calls are used (slower)" },
  { dir: 'native/mime-namer', what: 'the native MIME namer', instead: 'mmmagic names files that are not DICOM' },
]
const only = process.argv.slice(2)
// npm hands its own node-gyp to install scripts; run from a shell, the one on PATH.
const gyp = process.env.npm_config_node_gyp ? [process.execPath, process.env.npm_config_node_gyp] : ['node-gyp']
for (const part of PARTS) {
  if (only.length && !only.some((o) => part.dir.endsWith(o))) continue
  const r = spawnSync(gyp[0], [...gyp.slice(1), 'rebuild'], { cwd: join(root, part.dir), stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
  if (r.status === 0) continue
  const why = (r.stderr ?? String(r.error ?? '')).split('\n').find((l) => /error|not found|ERR!/i.test(l)) ?? `node-gyp exited ${r.status}`
  console.warn(`dicom-crawler: ${part.what} did not build (${why.trim().slice(0, 160)}); ${part.instead}`)
}
// A part that did not build is not a failed install: the exit code stays 0.
