/** The status the engine gives a record with these fields (for records made by hand in tests). */
export function statusOf(r) {
    if (r.folder)
        return 'folder';
    if (r.error)
        return 'error';
    if (r.skip)
        return 'skipped';
    return r.dicom === 'none' ? 'not-dicom' : 'ok';
}
//# sourceMappingURL=records.js.map