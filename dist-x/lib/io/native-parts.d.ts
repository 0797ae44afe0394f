/** The native parts, each with a plain-Node way to do the same (docs/DECISIONS.md, "Native code earns its place"). */
export type NativePart = 'head-reader' | 'reader-threads' | 'mime-namer';
/**
 * Whether a native part may be used: DICOM_CRAWLER_NATIVE unset (or `1`) allows
 * every part that is built, `0` none, and a comma-separated list only those
 * named (`DICOM_CRAWLER_NATIVE=head-reader,mime-namer`): how the benchmark
 * measures each part against its plain-Node way, and a way out if one misbehaves.
 */
export declare function nativeAllowed(part: NativePart, env?: NodeJS.ProcessEnv): boolean;
/**
 * The native head reader's addon, where scripts/build-native.mjs has node-gyp
 * build it (native/head-reader: the head reads and reader threads, and the
 * catalogue's stamps); undefined when it is not built or does not load.
 */
export declare function headReaderAddon(): Record<string, unknown> | undefined;
