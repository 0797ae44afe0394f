// `npm install`'s build of the native parts, quietly: node-gyp's and the
// compiler's output (libmagic's sources alone gave ~150 lines of warnings on
// every `npm ci`) go to build/native-build.log, and one line says how it went.
// A failed build is not an error: the JavaScript reader is used instead.
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'

// npm runs install scripts with its own node-gyp: npm_config_node_gyp names it, and its folder is on PATH.
const gyp = process.env.npm_config_node_gyp
const r = gyp ? spawnSync(process.execPath, [gyp, 'rebuild'], { encoding: 'utf8' }) : spawnSync('node-gyp', ['rebuild'], { encoding: 'utf8', shell: true })
const log = 'build/native-build.log'
mkdirSync('build', { recursive: true })
writeFileSync(log, `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? `${r.error.message}\n` : ''}`)
if (r.status === 0) console.log(`dicom-crawler: native parts built (compiler output in ${log})`)
else console.warn(`dicom-crawler: the native parts did not build; the JavaScript reader is used (slower). Why: ${log}`)
