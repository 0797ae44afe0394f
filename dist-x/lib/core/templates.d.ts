/**
 * A modality class and what identifies it. The seed's form is
 * `{"CT": ["CT", "ComputedTomography"]}`: the identifiers match the Modality
 * attribute and path tokens alike. The richer form separates the two:
 * `{"CT": {"modalities": ["CT"], "paths": ["CT", "ComputedTomography"]}}`.
 */
export interface ModalityClass {
    readonly name: string;
    /** Upper-cased identifiers matched against the Modality attribute. */
    readonly modalities: readonly string[];
    /** Upper-cased identifiers matched against whole tokens of folder names. */
    readonly paths: readonly string[];
}
export type Templates = readonly ModalityClass[];
/** The template shipped with the package (`modal-templates.json`). */
export declare const DEFAULT_TEMPLATES_FILE: string;
/** Reads and validates a template file; any problem is a CrawlerError naming the file. */
export declare function loadTemplates(file?: string): Templates;
/** Validates a parsed template object (either form, mixed freely). */
export declare function parseTemplates(json: unknown, source?: string): Templates;
