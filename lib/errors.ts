/**
 * One error class for problems with the whole run (bad options, bad template,
 * missing root, unwritable output). Problems with a single file never throw:
 * they become a record's `error` field or a counted skip.
 */
export type ErrorCode =
  | 'BAD_OPTION'
  | 'BAD_TAG'
  | 'BAD_TEMPLATE'
  | 'ROOT_NOT_FOUND'
  | 'ROOT_NOT_DIRECTORY'
  | 'OUTPUT_FAILED'
  | 'NOT_A_CATALOGUE'
  | 'CATALOGUE_TOO_NEW'
  | 'CATALOGUE_UNWRITABLE'
  | 'CATALOGUE_BUSY'

/** Exit code the CLI uses for each error code; documented in docs/CLI.md. */
export const EXIT_CODES: Readonly<Record<ErrorCode, number>> = Object.freeze({
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
})

export class CrawlerError extends Error {
  readonly code: ErrorCode
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'CrawlerError'
    this.code = code
  }
}

/** Checks a whole-number option once, at construction. */
export function checkPositiveInt(name: string, value: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isInteger(value) || value < 1 || value > max) throw new CrawlerError('BAD_OPTION', `${name} must be a whole number from 1 to ${max}, got ${value}`)
  return value
}

/** Message of anything thrown, including dicom-parser's plain strings and objects. */
export function describeThrown(e: unknown): string {
  if (e instanceof Error) return e.message
  if (typeof e === 'string') return e
  if (e && typeof e === 'object' && 'exception' in e) return describeThrown((e as { exception: unknown }).exception)
  return String(e)
}
