/**
 * The package's own folder (where modal-templates.json and package.json are),
 * found from this module's place: dist/lib/ in the library build, dist/cli/
 * in the bundled command. Files that ship with the package are found from it.
 */
export declare const PACKAGE_ROOT: string;
