#!/usr/bin/env node
// `npm install`'s build of the native parts, quietly and each on its own:
// node-gyp runs in native/<part>/ for each, so one that fails to build leaves
// the others in place. node-gyp's and the compiler's output (libmagic's
// sources alone gave ~150 lines of warnings on every `npm ci`) go to
// build/native-build.log, and one line says how it went. A part that did not
// build is not a failed install: its plain-Node way is used instead.
import { spawnSync } from 'node:child_process'
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const PARTS = [
  { dir: 'native/head-reader', what: 'the native head reader', instead: "Node's file calls are used (slower)" },
  { dir: 'native/mime-namer', what: 'the native MIME namer', instead: 'mmmagic names files that are not DICOM' },
]
const log = 'build/native-build.log'
mkdirSync('build', { recursive: true })
writeFileSync(log, '')
// npm runs install scripts with its own node-gyp: npm_config_node_gyp names it, and its folder is on PATH.
const gyp = process.env.npm_config_node_gyp
const failed = PARTS.filter((part) => {
  const cwd = join(root, part.dir)
  const r = gyp ? spawnSync(process.execPath, [gyp, 'rebuild'], { cwd, encoding: 'utf8' }) : spawnSync('node-gyp', ['rebuild'], { cwd, encoding: 'utf8', shell: true })
  appendFileSync(log, `== ${part.dir}\n${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? `${r.error.message}\n` : ''}`)
  return r.status !== 0
})
if (failed.length === 0) console.log(`dicom-crawler: native parts built (compiler output in ${log})`)
else if (failed.length === PARTS.length) console.warn(`dicom-crawler: the native parts did not build; the JavaScript reader is used (slower). Why: ${log}`)
else for (const part of failed) console.warn(`dicom-crawler: ${part.what} did not build; ${part.instead}. Why: ${log}`)
