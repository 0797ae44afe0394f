/**
 * One step of an attribute path: an attribute of the dataset (the first
 * step) or of a sequence item (the next ones).
 */
export interface PathStep {
    /**
     * The tag. For a private attribute named by its creator (`[Creator]gggg,xxee`)
     * the group and the element byte `ee` (`gggg00ee`): the block `xx` is the
     * one the creator reserved in that dataset or item, found per file.
     */
    readonly tag: number;
    /** Private creator whose block holds the attribute. */
    readonly creator?: string;
    /** Only this item of the sequence (0-based); every item when absent. */
    readonly item?: number;
}
/** An attribute to read, resolved once from what the user wrote. */
export interface TagSpec {
    /**
     * The column: exactly what the user wrote, trimmed (`PatientID`,
     * `00180050`, `(0028,0010)`, `ReferencedSeriesSequence/SeriesInstanceUID`).
     */
    readonly keyword: string;
    /** Tag of the attribute read (the path's last step) as 8 upper-case hex digits; `gggg` `XX` `ee` for a private one named by creator. */
    readonly tag: string;
    /** dicom-parser's element key of `tag`, `x00100020`. */
    readonly key: string;
    /**
     * VR of the attribute read (the path's last step) from the data
     * dictionary; undefined for private attributes. Used when the file does
     * not say (implicit VR, or UN), and by typed output.
     */
    readonly vr: string | undefined;
    /**
     * The top-level tag the value lies in or under, for ordering and the "have
     * we read far enough" check (for a private first step, the highest tag its
     * block could have).
     */
    readonly number: number;
    /** Set for anything but a plain top-level attribute: a path into sequences, or a private attribute by creator. */
    readonly path?: readonly PathStep[];
}
/** The attributes read when the user names none. */
export declare const DEFAULT_TAGS: readonly string[];
/**
 * The attributes nearly every run asks for (the default and summary ones, and
 * SpecificCharacterSet), so resolving them does not load the whole
 * dictionary: that took about 25 ms of a run's start-up. A test keeps this
 * table equal to the dictionary.
 */
export declare const COMMON_ELEMENTS: Readonly<Record<string, readonly [string, string]>>;
export declare function dictionary(): Readonly<Record<string, readonly [string, string]>>;
/**
 * Resolves one attribute as the user wrote it: a keyword (any case), a tag
 * (`00280010`, `(0028,0010)`, `0028,0010`, `0x00280010`), a path through
 * sequences (`Seq/Attr`, `Seq[0]/Inner/Attr`; `.` works as `/`), a private
 * attribute by creator (`[Creator]gggg,xxee`), or a path ending in one.
 * Throws CrawlerError('BAD_TAG') naming what it cannot resolve.
 */
export declare function resolveTag(name: string): TagSpec;
/**
 * Splits a comma-separated list of attributes as the CLI takes them: a comma
 * inside `[Creator]` or `(gggg,eeee)` does not split, and `0028,0010` (two
 * halves of one tag, neither an attribute alone) stays one tag.
 */
export declare function splitTagList(value: string): string[];
/** Resolves a list, dropping repeats (the same attribute however written; the first spelling names the column) but keeping the user's order. */
export declare function resolveTags(names: readonly (string | TagSpec)[]): readonly TagSpec[];
/** VR of a tag from the dictionary, for elements read without an explicit VR. */
export declare function dictionaryVr(key: string): string | undefined;
