import { asBuffer } from '../util/as-buffer.js';
import { existsSync, readFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { nativeAllowed } from '../io/native-parts.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { DueCalls } from '../util/due-calls.js';
const require = createRequire(import.meta.url);
/**
 * libmagic's MIME type for a head buffer, named off the crawl's thread: only
 * for files that are not DICOM, since each costs milliseconds. Everything
 * here is loaded when the first such file turns up, so a crawl of DICOM
 * files alone never loads libmagic.
 *
 * Two ways to libmagic, the same library (the copy mmmagic vendors) and the
 * same database (mmmagic's magic.mgc) and flags:
 * - The MIME namer (native/mime-namer.c, built by `npm install` beside the
 *   head reader): NAMING_THREADS threads of its own, each keeping one
 *   libmagic handle for the whole run, fed copies of the heads. libmagic's
 *   memory stays in those threads' malloc arenas.
 * - mmmagic, when the namer is not built (or DICOM_CRAWLER_NATIVE=0): a new
 *   handle per call on whichever libuv pool thread is free, given the
 *   database as a buffer read once (0.8 ms a call against 2.4 ms with a
 *   path). Every pool thread then keeps an arena as large as libmagic's
 *   largest call: the process grew by about 6 MB over the first few thousand
 *   calls, which is why the namer exists (docs/DECISIONS.md).
 *
 * At most two names are worked on at once either way: a text file (3-4 ms of
 * libmagic's soft magic) does not hold up the files behind it, and the
 * crawl's own thread keeps a core.
 */
/** In a worker thread of `--jobs` one: the workers already name side by side, and each handle holds libmagic's compiled database. */
const NAMING_THREADS = isMainThread ? 2 : 1;
let detect;
/**
 * The MIME type libmagic gives these bytes; `application/octet-stream` when
 * libmagic fails on them (one file must not stop a crawl). `reused`: the
 * bytes lie in a buffer the caller reuses once this returns (libmagic gets a
 * copy).
 */
export function detectMime(head, reused = false) {
    return named(chosen(), head, reused);
}
/** Which way to libmagic this process uses (for tests and the benchmark's notes). */
export function mimeNamerKind() {
    return chosen() === nativeDetect ? 'native' : 'mmmagic';
}
/** One of the two ways by name, to compare them (tests); undefined if the native namer is not built. */
export function libmagicNamer(kind) {
    const way = kind === 'native' ? nativeNamer() : (mmmagicDetect ??= mmmagicNamer());
    return way && ((head) => named(way, head, true));
}
/**
 * Whether the native namer is there to be loaded (without loading it).
 * Worker threads need it: mmmagic calls back into the thread that loaded it
 * without V8's lock and brings the process down when that is a worker.
 */
export function nativeNamerBuilt() {
    return database() !== undefined && nativeAllowed('mime-namer') && existsSync(NATIVE_NAMER);
}
/** The native namer when it is built, else mmmagic; chosen once. */
function chosen() {
    return (detect ??= nativeNamer() ?? (mmmagicDetect ??= mmmagicNamer()));
}
function named(way, head, reused) {
    return head.length === 0 ? Promise.resolve('application/x-empty') : way(head, reused);
}
/** The native MIME namer's compiled addon (scripts/build-native.mjs). */
const NATIVE_NAMER = join(PACKAGE_ROOT, 'native', 'mime-namer', 'build', 'Release', 'mime_namer.node');
function database() {
    try {
        return require.resolve('mmmagic/magic/magic.mgc');
    }
    catch {
        return undefined; // an mmmagic without its bundled database
    }
}
let nativeDetect;
let mmmagicDetect;
function nativeNamer() {
    if (nativeDetect)
        return nativeDetect;
    if (!nativeAllowed('mime-namer'))
        return undefined;
    const db = database();
    if (!db)
        return undefined;
    let addon;
    try {
        addon = require(NATIVE_NAMER);
    }
    catch {
        return undefined;
    }
    const due = new DueCalls(addon);
    try {
        addon.start(db, NAMING_THREADS, (id, mime) => due.take(id)?.(mime ?? 'application/octet-stream'));
    }
    catch {
        return undefined; // no thread could start: mmmagic it is
    }
    nativeDetect = (head) => new Promise((resolve) => {
        const id = due.add(resolve);
        try {
            addon.name(id, head); // copied before it returns
        }
        catch {
            due.take(id);
            resolve('application/octet-stream'); // no memory for the copy: say what we know
        }
    });
    return nativeDetect;
}
function mmmagicNamer() {
    const mmmagic = require('mmmagic');
    const db = database();
    // mmmagic takes a Buffer database too (magic_load_buffers); its typings know only a path.
    const FromBuffer = mmmagic.Magic;
    const magic = db ? new FromBuffer(readFileSync(db), mmmagic.MAGIC_MIME_TYPE) : new mmmagic.Magic(mmmagic.MAGIC_MIME_TYPE);
    let inFlight = 0;
    const waiting = [];
    return (bytes, reused) => {
        // mmmagic reads the bytes later, on the thread pool.
        const head = reused ? Buffer.from(bytes) : asBuffer(bytes);
        return new Promise((resolve) => {
            const run = () => {
                inFlight++;
                magic.detect(head, (err, result) => {
                    inFlight--;
                    waiting.shift()?.();
                    if (err)
                        return resolve('application/octet-stream');
                    resolve(Array.isArray(result) ? (result[0] ?? 'application/octet-stream') : result);
                });
            };
            if (inFlight < NAMING_THREADS)
                run();
            else
                waiting.push(run);
        });
    };
}
//# sourceMappingURL=mime.js.map