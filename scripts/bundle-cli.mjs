// Bundles the built CLI (dist/cli/index.js and the library modules it imports)
// into one file, dist/cli/dicom-crawler.js, the installed command: loading one
// module instead of about forty saves ~40 ms of start-up and ~5 MB of memory
// (docs/DECISIONS.md). Packages with native parts, and those loaded only when
// needed, stay outside and are required from node_modules as before.
// The worker thread of --jobs is bundled the same way beside it, as
// dist/cli/crawl-worker.js: lib/parallel/jobs.ts finds it next to the module
// that starts it, in dist/lib/parallel as in dist/cli; and the catalogue's
// writer thread as dist/cli/catalogue-writer.js (lib/catalogue/writer.ts).
import { build } from 'esbuild'

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['mmmagic', 'better-sqlite3', 'dicom-parser', 'dicom-character-set', 'cli-progress', 'csv-stringify', 'hyparquet-writer'],
  // Bundled CommonJS (commander) calls require: give the module one.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  logLevel: 'warning',
}
await build({ ...common, entryPoints: ['dist/cli/index.js'], outfile: 'dist/cli/dicom-crawler.js' })
await build({ ...common, entryPoints: ['dist/lib/parallel/crawl-worker.js'], outfile: 'dist/cli/crawl-worker.js' })
await build({ ...common, entryPoints: ['dist/lib/catalogue/catalogue-writer.js'], outfile: 'dist/cli/catalogue-writer.js' })
