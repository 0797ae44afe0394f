/**
 * A seeded mutator of DICOM files for the fuzz test: same seed, same mutants,
 * so any failure replays with `FUZZ_SEED=<seed>` (and `FUZZ_FILES`).
 *
 * Mutations aim where parsers break: truncation at element boundaries and
 * around the preamble, flipped bytes in the header, length fields set to
 * huge values, odd VRs, and deeply nested undefined-length sequences.
 */
/** mulberry32: tiny, fast, good enough to spread mutations; deterministic across platforms. */
export declare function rng(seed: number): () => number;
/** Length values that break naive readers: near 2^32, the undefined length, sign-bit values, odd ones. */
export declare const HUGE_LENGTHS: number[];
/** Where an element starts, and where its length field is. */
export interface ElementSpot {
    offset: number;
    lengthAt: number;
    lengthBytes: 2 | 4;
    vrAt: number | undefined;
}
/**
 * Element positions found by walking the bytes as explicit (or implicit)
 * little endian from the meta header on: enough to aim mutations, no more.
 * Stops at the first thing that does not look like an element.
 */
export declare function elementSpots(b: Uint8Array, max?: number): ElementSpot[];
export type MutationKind = 'truncate' | 'flip' | 'huge-length' | 'odd-vr' | 'nest' | 'splice' | 'zero-run';
export interface Mutant {
    bytes: Buffer;
    kind: MutationKind;
    /** What was done, to replay or read in a failure message. */
    note: string;
}
/** Nested undefined-length sequences, `depth` deep, as explicit LE bytes (tag (0040,A730) ContentSequence). */
export declare function nestedSequences(depth: number, explicit?: boolean): Buffer;
/** One mutant of `seed` (an intact file), chosen by `random`. */
export declare function mutate(seed: Uint8Array, random: () => number): Mutant;
