/**
 * The MIME type libmagic gives these bytes; `application/octet-stream` when
 * libmagic fails on them (one file must not stop a crawl). `reused`: the
 * bytes lie in a buffer the caller reuses once this returns (libmagic gets a
 * copy).
 */
export declare function detectMime(head: Uint8Array, reused?: boolean): Promise<string>;
/** Which way to libmagic this process uses (for tests and the benchmark's notes). */
export declare function mimeNamerKind(): 'native' | 'mmmagic';
/** One of the two ways by name, to compare them (tests); undefined if the native namer is not built. */
export declare function libmagicNamer(kind: 'native' | 'mmmagic'): ((head: Uint8Array) => Promise<string>) | undefined;
/**
 * Whether the native namer is there to be loaded (without loading it).
 * Worker threads need it: mmmagic calls back into the thread that loaded it
 * without V8's lock and brings the process down when that is a worker.
 */
export declare function nativeNamerBuilt(): boolean;
