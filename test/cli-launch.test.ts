// How the command is started: through links with other names, from paths
// holding `#` or `%`, and the spellings people type for help and version.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CLI, PROJECT_ROOT, SAMPLE } from './helpers/paths.js'

const scratch = mkdtempSync(join(tmpdir(), 'dcm-launch-'))
after(() => rmSync(scratch, { recursive: true, force: true }))
const version = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version

function runFile(file: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  // Started as the shell starts it: the file itself, through its `#!` line.
  return spawnSync(file, args, { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 30_000 })
}

test('run through a link with another name (ln -s .../dicom-crawler.js ~/bin/dcmcrawl), by path and from PATH', () => {
  const bin = join(scratch, 'bin')
  mkdirSync(bin)
  symlinkSync(CLI, join(bin, 'dcmcrawl'))
  const byPath = runFile(join(bin, 'dcmcrawl'), ['--version'])
  assert.equal(byPath.status, 0, byPath.stderr)
  assert.equal(byPath.stdout, `${version}\n`)
  const fromPath = spawnSync('dcmcrawl', ['-q', '--format', 'ndjson', SAMPLE], { encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } })
  assert.equal(fromPath.status, 0, fromPath.stderr)
  assert.equal(fromPath.stdout.trimEnd().split('\n').length, 13, 'one record per DICOM file of the sample tree')
})

test('run from a folder whose path holds # and % (the package copied there, as an install would)', () => {
  const pkg = join(scratch, 'tools #1 100%', 'dicom-crawler')
  mkdirSync(join(pkg, 'dist', 'cli'), { recursive: true })
  for (const f of ['package.json', 'modal-templates.json']) copyFileSync(join(PROJECT_ROOT, f), join(pkg, f))
  copyFileSync(CLI, join(pkg, 'dist', 'cli', 'dicom-crawler.js'))
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(pkg, 'node_modules'))
  const r = runFile(join(pkg, 'dist', 'cli', 'dicom-crawler.js'), ['-q', SAMPLE])
  assert.equal(r.status, 0, r.stderr)
  assert.equal(r.stdout.split('\n')[0]?.slice(0, 15), 'path,size,dicom')
  assert.equal(r.stdout.trimEnd().split('\n').length, 14)
  // And through a link whose own path holds them.
  const linkDir = join(scratch, 'links #2')
  mkdirSync(linkDir)
  symlinkSync(join(pkg, 'dist', 'cli', 'dicom-crawler.js'), join(linkDir, 'dicom-crawler'))
  const linked = runFile(join(linkDir, 'dicom-crawler'), ['--version'])
  assert.equal(linked.stdout, `${version}\n`, linked.stderr)
})

test('node dist/cli/dicom-crawler (no extension) runs the command too', () => {
  const r = spawnSync(process.execPath, [CLI.replace(/\.js$/, ''), '--version'], { encoding: 'utf8' })
  assert.equal(r.status, 0, r.stderr)
  assert.equal(r.stdout, `${version}\n`)
})
