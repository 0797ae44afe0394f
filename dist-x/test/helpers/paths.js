import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
/** The project root: tests run from it (`npm test`). */
export const PROJECT_ROOT = process.cwd();
/** The built command beside this compiled test tree (dist/cli/dicom-crawler.js, the bundled CLI that `bin` installs). */
export const CLI = fileURLToPath(new URL('../../cli/dicom-crawler.js', import.meta.url));
export const SAMPLE = join(PROJECT_ROOT, 'fixtures', 'sample');
/** pydicom's corpus, shared beside the project; absent for a user who cloned only the project. */
export const CORPUS = resolve(PROJECT_ROOT, '..', 'shared', 'corpus', 'pydicom');
export const HAVE_CORPUS = existsSync(join(CORPUS, 'truth.json'));
export const CORPUS_SKIP = HAVE_CORPUS ? false : `corpus not found at ${CORPUS}: corpus tests skipped`;
export const here = (url) => dirname(fileURLToPath(url));
//# sourceMappingURL=paths.js.map