import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { CrawlerError } from '../errors.js';
/** The template shipped with the package (`modal-templates.json`). */
export const DEFAULT_TEMPLATES_FILE = join(PACKAGE_ROOT, 'modal-templates.json');
/** Reads and validates a template file; any problem is a CrawlerError naming the file. */
export function loadTemplates(file = DEFAULT_TEMPLATES_FILE) {
    let text;
    try {
        text = readFileSync(file, 'utf8');
    }
    catch (e) {
        throw new CrawlerError('BAD_TEMPLATE', `${file}: cannot read template file (${e.code ?? e})`);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new CrawlerError('BAD_TEMPLATE', `${file}: not valid JSON: ${jsonErrorWhere(text, e)}`);
    }
    return parseTemplates(json, file);
}
/** Validates a parsed template object (either form, mixed freely). */
export function parseTemplates(json, source = 'templates') {
    const fail = (what) => {
        throw new CrawlerError('BAD_TEMPLATE', `${source}: ${what}`);
    };
    if (!json || typeof json !== 'object' || Array.isArray(json))
        fail('expected an object mapping class names to lists of identifiers, like {"CT": ["CT", "ComputedTomography"]}');
    const classes = [];
    for (const [name, spec] of Object.entries(json)) {
        if (!name.trim())
            fail('a class name is empty');
        let modalities;
        let paths;
        if (Array.isArray(spec)) {
            modalities = spec;
            paths = spec;
        }
        else if (spec && typeof spec === 'object') {
            const o = spec;
            const unknownKeys = Object.keys(o).filter((k) => k !== 'modalities' && k !== 'paths');
            if (unknownKeys.length)
                fail(`class "${name}": unknown key "${unknownKeys[0]}" (allowed: modalities, paths)`);
            modalities = o.modalities ?? [];
            paths = o.paths ?? [];
        }
        else {
            fail(`class "${name}": expected a list of identifiers or {"modalities": [...], "paths": [...]}`);
        }
        const m = identifiers(modalities, `class "${name}"`, fail);
        const p = identifiers(paths, `class "${name}"`, fail);
        if (m.length === 0 && p.length === 0)
            fail(`class "${name}": the list of identifiers is empty`);
        classes.push(Object.freeze({ name, modalities: m, paths: p }));
    }
    if (classes.length === 0)
        fail('no classes defined');
    return Object.freeze(classes);
}
function identifiers(list, where, fail) {
    if (!Array.isArray(list))
        fail(`${where}: identifiers must be a list of strings`);
    const out = [];
    for (const id of list) {
        if (typeof id !== 'string' || !id.trim())
            fail(`${where}: identifiers must be non-empty strings, got ${JSON.stringify(id)}`);
        out.push(id.trim().toUpperCase());
    }
    return Object.freeze(out);
}
/** "Unexpected token } in JSON at position 42" -> adds line and column, which editors show. */
function jsonErrorWhere(text, e) {
    // V8 leaves the position out of "Unexpected token" and quotes the whole text instead: keep one line.
    const message = e.message.replace(/, ".*" is not valid JSON$/s, '');
    const m = /position (\d+)/.exec(message);
    const pos = m ? Number(m[1]) : firstBadOffset(text);
    const before = text.slice(0, pos).split('\n');
    return `${message} (line ${before.length}, column ${(before[before.length - 1]?.length ?? 0) + 1})`;
}
/** Length of the longest prefix that could still begin valid JSON: the offending character's offset. */
function firstBadOffset(text) {
    const viable = (n) => {
        try {
            JSON.parse(text.slice(0, n));
            return true;
        }
        catch (e) {
            const msg = e.message;
            return /end of JSON input/.test(msg) || Number(/position (\d+)/.exec(msg)?.[1]) === n;
        }
    };
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (viable(mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
//# sourceMappingURL=templates.js.map