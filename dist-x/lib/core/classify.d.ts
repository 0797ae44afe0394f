import type { Templates } from './templates.js';
export type ClassSource = 'tag' | 'path';
export interface Classification {
    modality_class: string | null;
    class_source: ClassSource | null;
}
export type PathMatch = 'token' | 'substring';
/**
 * Class from the Modality attribute when an identifier equals it
 * (case-insensitive), otherwise from the folder path below the root.
 */
export declare function classify(templates: Templates, modality: string | null | undefined, relativeDir: string, match?: PathMatch): Classification;
/**
 * Class from a folder path (relative to the root, `/`-separated). Token mode:
 * the deepest segment with a matching token wins (the series folder says more
 * than the patient folder), ties by template order. Substring mode is the old
 * tool's rule: an identifier anywhere in the path, first class in template order.
 */
export declare function classifyPath(templates: Templates, relativeDir: string, match?: PathMatch): string | null;
