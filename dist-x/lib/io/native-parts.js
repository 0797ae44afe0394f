import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
/**
 * Whether a native part may be used: DICOM_CRAWLER_NATIVE unset (or `1`) allows
 * every part that is built, `0` none, and a comma-separated list only those
 * named (`DICOM_CRAWLER_NATIVE=head-reader,mime-namer`): how the benchmark
 * measures each part against its plain-Node way, and a way out if one misbehaves.
 */
export function nativeAllowed(part, env = process.env) {
    const v = env.DICOM_CRAWLER_NATIVE?.trim();
    if (v === undefined || v === '' || v === '1')
        return true;
    if (v === '0')
        return false;
    return v.split(',').map((s) => s.trim()).includes(part);
}
/**
 * The native head reader's addon, where scripts/build-native.mjs has node-gyp
 * build it (native/head-reader: the head reads and reader threads, and the
 * catalogue's stamps); undefined when it is not built or does not load.
 */
export function headReaderAddon() {
    try {
        return createRequire(import.meta.url)(join(PACKAGE_ROOT, 'native', 'head-reader', 'build', 'Release', 'head_reader.node'));
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=native-parts.js.map