/** Path segments are split into tokens on these; "SERIES_002_CT-Scout" has the token "CT". */
const TOKEN_SPLIT = /[_\-. ]+/;
/**
 * Class from the Modality attribute when an identifier equals it
 * (case-insensitive), otherwise from the folder path below the root.
 */
export function classify(templates, modality, relativeDir, match = 'token') {
    if (modality) {
        const trimmed = modality.trim();
        // Upper case never shortens a string: a value longer than every identifier cannot
        // equal one (and a hostile 8 MiB value is not copied to upper case).
        if (trimmed.length <= longestModality(templates)) {
            const wanted = trimmed.toUpperCase();
            for (const c of templates)
                if (c.modalities.includes(wanted))
                    return { modality_class: c.name, class_source: 'tag' };
        }
    }
    const name = classifyPath(templates, relativeDir, match);
    return name ? { modality_class: name, class_source: 'path' } : { modality_class: null, class_source: null };
}
/**
 * Class from a folder path (relative to the root, `/`-separated). Token mode:
 * the deepest segment with a matching token wins (the series folder says more
 * than the patient folder), ties by template order. Substring mode is the old
 * tool's rule: an identifier anywhere in the path, first class in template order.
 */
export function classifyPath(templates, relativeDir, match = 'token') {
    if (!relativeDir)
        return null;
    // The files of a folder come one after the other: the folder's class is worked out once.
    const last = lastPath;
    if (last.templates === templates && last.dir === relativeDir && last.match === match)
        return last.name;
    const name = pathClass(templates, relativeDir, match);
    lastPath = { templates, dir: relativeDir, match, name };
    return name;
}
let lastPath = { templates: undefined, dir: '', match: 'token', name: null };
/** The longest Modality identifier of these templates (a value longer than it equals none). */
const longest = new WeakMap();
function longestModality(templates) {
    let n = longest.get(templates);
    if (n === undefined) {
        n = Math.max(-1, ...templates.flatMap((c) => c.modalities.map((id) => id.length)));
        longest.set(templates, n);
    }
    return n;
}
function pathClass(templates, relativeDir, match) {
    if (match === 'substring') {
        const upper = relativeDir.toUpperCase();
        for (const c of templates)
            if (c.paths.some((id) => upper.includes(id)))
                return c.name;
        return null;
    }
    const segments = relativeDir.split(/[\\/]+/).filter(Boolean);
    for (let i = segments.length - 1; i >= 0; i--) {
        const tokens = segments[i].toUpperCase().split(TOKEN_SPLIT);
        for (const c of templates)
            if (c.paths.some((id) => tokens.includes(id)))
                return c.name;
    }
    return null;
}
//# sourceMappingURL=classify.js.map