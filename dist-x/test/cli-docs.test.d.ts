export interface HelpOption {
    flags: string;
    long: string;
    description: string;
    default?: string;
    choices?: string[];
}
/** The entries of one `Name:` section of commander's help, wrapped lines joined. */
export declare function helpSection(text: string, name: string): Array<[term: string, description: string]>;
export declare function parseOptions(text: string): HelpOption[];
