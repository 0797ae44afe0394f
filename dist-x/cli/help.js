import { DEFAULT_TAGS } from '../lib/core/tags.js';
/** Words joined by `sep`, broken into lines of at most `width` columns, each starting with `indent`. */
export function wrapList(words, width = 78, indent = '  ', sep = ', ') {
    const lines = [];
    let line = '';
    words.forEach((w, i) => {
        const piece = w + (i < words.length - 1 ? sep.trimEnd() : '');
        if (line && indent.length + line.length + 1 + piece.length > width) {
            lines.push(indent + line);
            line = piece;
        }
        else
            line = line ? `${line} ${piece}` : piece;
    });
    if (line)
        lines.push(indent + line);
    return lines.join('\n');
}
/** The default attribute list for `--help`: what `--tags` replaces and `--add-tags` extends. */
export function defaultAttributesHelp() {
    return `\n\nDefault attributes (--tags):\n${wrapList(DEFAULT_TAGS)}`;
}
//# sourceMappingURL=help.js.map