import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
/**
 * The package's own folder (where modal-templates.json and package.json are),
 * found from this module's place: dist/lib/ in the library build, dist/cli/
 * in the bundled command. Files that ship with the package are found from it.
 */
export const PACKAGE_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
function findRoot(from) {
    for (let dir = from;; dir = dirname(dir)) {
        if (existsSync(join(dir, 'modal-templates.json')) && existsSync(join(dir, 'package.json')))
            return dir;
        if (dirname(dir) === dir)
            return join(from, '..', '..');
    }
}
//# sourceMappingURL=package-root.js.map