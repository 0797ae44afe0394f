// dicom-character-set ships no TypeScript types.
declare module 'dicom-character-set' {
  export function convertBytes(specificCharacterSet: string | undefined, bytes: Uint8Array, options?: { vr?: string }): string
  export const characterSets: Record<string, unknown>
}
