/** Words joined by `sep`, broken into lines of at most `width` columns, each starting with `indent`. */
export declare function wrapList(words: readonly string[], width?: number, indent?: string, sep?: string): string;
/** The default attribute list for `--help`: what `--tags` replaces and `--add-tags` extends. */
export declare function defaultAttributesHelp(): string;
