/** Exit code the CLI uses for each error code; documented in docs/CLI.md. */
export const EXIT_CODES = Object.freeze({
    BAD_OPTION: 2,
    BAD_TAG: 2,
    BAD_TEMPLATE: 2,
    ROOT_NOT_FOUND: 2,
    ROOT_NOT_DIRECTORY: 2,
    OUTPUT_FAILED: 3,
    // The catalogue (`index`, `export`; docs/CATALOGUE.md): a wrong file is a
    // bad option, an unwritable one is output, another run writing it is 4.
    NOT_A_CATALOGUE: 2,
    CATALOGUE_TOO_NEW: 2,
    CATALOGUE_UNWRITABLE: 3,
    CATALOGUE_BUSY: 4,
});
export class CrawlerError extends Error {
    code;
    constructor(code, message, options) {
        super(message, options);
        this.name = 'CrawlerError';
        this.code = code;
    }
}
/**
 * The one check of a whole-number option, at construction (library options
 * and the CLI's arguments alike). `value` may be text from the command line:
 * only digits count. Returns the number.
 */
export function checkPositiveInt(name, value, max = Number.MAX_SAFE_INTEGER) {
    const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > max) {
        throw new CrawlerError('BAD_OPTION', `${name} must be a whole number from 1 to ${max}, got ${typeof value === 'string' ? `"${value}"` : String(value)}`);
    }
    return n;
}
/** Checks an option that must be one of a few words. */
export function checkChoice(name, value, choices) {
    if (!choices.includes(value))
        throw new CrawlerError('BAD_OPTION', `${name} must be ${choices.map((c) => `"${c}"`).join(' or ')}, got ${typeof value === 'string' ? `"${value}"` : String(value)}`);
    return value;
}
/**
 * Options over frozen defaults, where an option given as `undefined` takes
 * its default (a spread would put the `undefined` over it).
 */
export function withDefaults(defaults, options) {
    const out = { ...defaults };
    for (const [k, v] of Object.entries(options))
        if (v !== undefined)
            out[k] = v;
    return out;
}
/** Message of anything thrown, including dicom-parser's plain strings and objects. */
export function describeThrown(e) {
    if (e instanceof Error)
        return e.message;
    if (typeof e === 'string')
        return e;
    if (e && typeof e === 'object' && 'exception' in e)
        return describeThrown(e.exception);
    return String(e);
}
/**
 * Why one file's record has an error or was skipped: the record's
 * `error_code`, beside the human `error` text. A stable list (docs/CLI.md,
 * docs/API.md): counts, summaries and exit codes switch on these, never on
 * the wording of a message. `label` is the name the end summary and
 * `--stats` count it under; `unreadable`: the path could not be read at all
 * (exit code 1).
 */
export const RECORD_ERRORS = Object.freeze({
    // Errors (status `error`): the path was meant to be read and could not be, in whole or in part.
    UNREADABLE_FOLDER: { label: 'cannot read folder', unreadable: true },
    UNREADABLE_FILE: { label: 'cannot read file', unreadable: true },
    DANGLING_SYMLINK: { label: 'dangling symlink (target does not exist)', unreadable: true },
    SYMLINK_LOOP: { label: 'symlink loop', unreadable: true },
    SYMLINK_UNREADABLE: { label: 'cannot follow symlink', unreadable: true },
    FILE_SHRANK: { label: 'file shrank while being read', unreadable: false },
    HEADER_UNPARSABLE: { label: 'cannot parse header', unreadable: false },
    HEADER_MALFORMED: { label: 'truncated or malformed header', unreadable: false },
    HEADER_TOO_LARGE: { label: 'header larger than the read limit, or malformed', unreadable: false },
    VALUE_TRUNCATED: { label: 'truncated', unreadable: false },
    // Skips (status `skipped`): paths deliberately not read.
    NOT_REGULAR_FILE: { label: 'not a regular file', unreadable: false },
    SYMLINK_NOT_FOLLOWED: { label: 'symlink not followed', unreadable: false },
    SYMLINK_ALREADY_WALKED: { label: 'symlink to a folder already walked', unreadable: false },
    SYMLINK_OUTSIDE_ROOTS: { label: 'symlink to outside the roots not followed', unreadable: false },
    FOLDER_ALREADY_WALKED: { label: 'folder already walked', unreadable: false },
});
//# sourceMappingURL=errors.js.map