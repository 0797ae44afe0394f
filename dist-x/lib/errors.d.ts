/**
 * One error class for problems with the whole run (bad options, bad template,
 * missing root, unwritable output). Problems with a single file never throw:
 * they become a record's `error` field or a counted skip.
 */
export type ErrorCode = 'BAD_OPTION' | 'BAD_TAG' | 'BAD_TEMPLATE' | 'ROOT_NOT_FOUND' | 'ROOT_NOT_DIRECTORY' | 'OUTPUT_FAILED' | 'NOT_A_CATALOGUE' | 'CATALOGUE_TOO_NEW' | 'CATALOGUE_UNWRITABLE' | 'CATALOGUE_BUSY';
/** Exit code the CLI uses for each error code; documented in docs/CLI.md. */
export declare const EXIT_CODES: Readonly<Record<ErrorCode, number>>;
export declare class CrawlerError extends Error {
    readonly code: ErrorCode;
    constructor(code: ErrorCode, message: string, options?: {
        cause?: unknown;
    });
}
/**
 * The one check of a whole-number option, at construction (library options
 * and the CLI's arguments alike). `value` may be text from the command line:
 * only digits count. Returns the number.
 */
export declare function checkPositiveInt(name: string, value: unknown, max?: number): number;
/** Checks an option that must be one of a few words. */
export declare function checkChoice<T extends string>(name: string, value: unknown, choices: readonly T[]): T;
/**
 * Options over frozen defaults, where an option given as `undefined` takes
 * its default (a spread would put the `undefined` over it).
 */
export declare function withDefaults<D extends object, O extends object>(defaults: D, options: O): D & O;
/** Message of anything thrown, including dicom-parser's plain strings and objects. */
export declare function describeThrown(e: unknown): string;
/**
 * Why one file's record has an error or was skipped: the record's
 * `error_code`, beside the human `error` text. A stable list (docs/CLI.md,
 * docs/API.md): counts, summaries and exit codes switch on these, never on
 * the wording of a message. `label` is the name the end summary and
 * `--stats` count it under; `unreadable`: the path could not be read at all
 * (exit code 1).
 */
export declare const RECORD_ERRORS: Readonly<{
    readonly UNREADABLE_FOLDER: {
        readonly label: "cannot read folder";
        readonly unreadable: true;
    };
    readonly UNREADABLE_FILE: {
        readonly label: "cannot read file";
        readonly unreadable: true;
    };
    readonly DANGLING_SYMLINK: {
        readonly label: "dangling symlink (target does not exist)";
        readonly unreadable: true;
    };
    readonly SYMLINK_LOOP: {
        readonly label: "symlink loop";
        readonly unreadable: true;
    };
    readonly SYMLINK_UNREADABLE: {
        readonly label: "cannot follow symlink";
        readonly unreadable: true;
    };
    readonly FILE_SHRANK: {
        readonly label: "file shrank while being read";
        readonly unreadable: false;
    };
    readonly HEADER_UNPARSABLE: {
        readonly label: "cannot parse header";
        readonly unreadable: false;
    };
    readonly HEADER_MALFORMED: {
        readonly label: "truncated or malformed header";
        readonly unreadable: false;
    };
    readonly HEADER_TOO_LARGE: {
        readonly label: "header larger than the read limit, or malformed";
        readonly unreadable: false;
    };
    readonly VALUE_TRUNCATED: {
        readonly label: "truncated";
        readonly unreadable: false;
    };
    readonly NOT_REGULAR_FILE: {
        readonly label: "not a regular file";
        readonly unreadable: false;
    };
    readonly SYMLINK_NOT_FOLLOWED: {
        readonly label: "symlink not followed";
        readonly unreadable: false;
    };
    readonly SYMLINK_ALREADY_WALKED: {
        readonly label: "symlink to a folder already walked";
        readonly unreadable: false;
    };
    readonly SYMLINK_OUTSIDE_ROOTS: {
        readonly label: "symlink to outside the roots not followed";
        readonly unreadable: false;
    };
    readonly FOLDER_ALREADY_WALKED: {
        readonly label: "folder already walked";
        readonly unreadable: false;
    };
}>;
/** A record's `error_code`: one of RECORD_ERRORS' keys. */
export type RecordErrorCode = keyof typeof RECORD_ERRORS;
