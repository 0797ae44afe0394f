import { detectDicom } from './detect-dicom.js';
/**
 * Sniffing from bytes already read, without libmagic: the pure part of the
 * engine's first step (lib/core/inspect.ts reads and names).
 */
export const INODE_MIME = Object.freeze({
    fifo: 'inode/fifo',
    socket: 'inode/socket',
    'char-device': 'inode/chardevice',
    'block-device': 'inode/blockdevice',
    symlink: 'inode/symlink',
    directory: 'inode/directory',
    unknown: 'inode/x-unknown',
});
/** Entries that are never opened: folder markers, errors from the walk, links, FIFOs, devices. */
export function notOpened(entry) {
    if (entry.folder)
        return { ...entry, dicom: 'none', mime: 'inode/directory' };
    if (entry.error || entry.skip)
        return { ...entry, dicom: 'none', mime: INODE_MIME[entry.kind] ?? null };
    if (entry.kind !== 'file')
        return { ...entry, skip: `not a regular file (${entry.kind})`, code: 'NOT_REGULAR_FILE', dicom: 'none', mime: INODE_MIME[entry.kind] ?? null };
    return undefined;
}
/**
 * What a file is from its head. A regular file that is not DICOM keeps its
 * head and `mime: null` until libmagic names it (`needsMime`).
 */
export function sniffHead(entry, head) {
    if (head.notRegular) {
        return { ...entry, size: head.size, mtime: head.mtime, kind: head.notRegular === 'directory' ? 'unknown' : head.notRegular, dicom: 'none', mime: INODE_MIME[head.notRegular] ?? null, skip: `not a regular file (${head.notRegular})`, code: 'NOT_REGULAR_FILE' };
    }
    const detection = detectDicom(head.bytes, head.size);
    // One object, written out: this runs for every file of the tree.
    const sniffed = { path: entry.path, fsPath: entry.fsPath, root: entry.root, dir: entry.dir, kind: entry.kind, size: head.size, mtime: head.mtime, dicom: detection.kind, mime: null, head: head.bytes };
    if (detection.encoding)
        sniffed.encoding = detection.encoding;
    if (head.stamp)
        sniffed.stamp = head.stamp;
    if (entry.skip)
        sniffed.skip = entry.skip;
    if (entry.error)
        sniffed.error = entry.error;
    if (entry.code)
        sniffed.code = entry.code;
    return sniffed;
}
/** A regular file that is not DICOM and still waits for its MIME type. */
export function needsMime(sniffed) {
    return sniffed.dicom === 'none' && sniffed.mime === null && sniffed.head !== undefined && !sniffed.error && !sniffed.skip;
}
//# sourceMappingURL=sniff-file.js.map