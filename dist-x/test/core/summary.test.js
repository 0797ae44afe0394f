import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addRecord, closeFolder, compareRows, folderOf, folderRow, newFolder, SUMMARY_COLUMNS } from '../../lib/core/summary.js';
import { parseTemplates } from '../../lib/core/templates.js';
import { statusOf } from '../helpers/records.js';
const templates = parseTemplates({ CT: ['CT'], PET: ['PT', 'PET'], OT: ['SC'] });
function rec(over) {
    const { attrs, ...rest } = over;
    const base = { path: '/r/a/f', root: '/r', dir: 'a', size: 1, mtime: null, dicom: 'part10', mime: null, modality_class: null, class_source: null, error: null, attributes: { ...attrs }, ...rest };
    return { ...base, status: statusOf(base), error_code: base.error ? (rest.error_code ?? 'HEADER_MALFORMED') : null };
}
test('columns are the classic eight, then the extra ones, spelled exactly', () => {
    assert.deepEqual(SUMMARY_COLUMNS.slice(0, 8), ['Modality', 'Path', 'DCM_Count', 'Study Date', 'Acquisition Time', 'Subject_ID', 'Subject_Sex', 'Subject_Age']);
    assert.deepEqual(SUMMARY_COLUMNS.slice(8), ['Other_Count', 'Error_Count', 'Series_Count', 'StudyInstanceUID', 'SeriesInstanceUID', 'Class_Source']);
});
test('folderOf: a file belongs to root + dir, an announcement and an unreadable folder are their own folder', () => {
    assert.deepEqual(folderOf(rec({ path: 'data/x/f', root: 'data', dir: 'x' })), { path: 'data/x', rel: 'x', kind: 'file' });
    assert.deepEqual(folderOf(rec({ path: 'data/f', root: 'data/', dir: '' })), { path: 'data/', rel: '', kind: 'file' });
    assert.deepEqual(folderOf(rec({ path: 'data/x', root: 'data', dir: 'x', folder: true, dicom: 'none' })), { path: 'data/x', rel: 'x', kind: 'folder' });
    assert.deepEqual(folderOf(rec({ path: 'data/x/y', root: 'data', dir: 'x', dicom: 'none', mime: 'inode/directory', error: 'cannot read folder: permission denied (EACCES)', error_code: 'UNREADABLE_FOLDER' })), { path: 'data/x/y', rel: 'x/y', kind: 'unreadable-folder' });
    assert.deepEqual(folderOf(rec({ path: 'data/one.dcm', root: 'data/one.dcm', dir: '' })), { path: 'data', rel: '', kind: 'file' });
});
test('values come from the first file read without error; counts split DICOM, other and errors', () => {
    const s = newFolder('/r/SER_CT', 'SER_CT');
    addRecord(s, rec({ error: 'truncated or malformed header', modality_class: 'CT', class_source: 'path', attrs: { PatientID: 'BROKEN' } }), 'file');
    addRecord(s, rec({ dicom: 'none', mime: 'text/plain' }), 'file');
    addRecord(s, rec({ modality_class: 'CT', class_source: 'tag', attrs: { PatientID: 'GOOD', AcquisitionTime: '101500', SeriesInstanceUID: '1.2' } }), 'file');
    addRecord(s, rec({ modality_class: 'CT', class_source: 'tag', attrs: { PatientID: 'LATER', SeriesInstanceUID: '1.2' } }), 'file');
    closeFolder(s);
    assert.equal(s.series, null, 'the series set is dropped when the folder is finished');
    const row = folderRow(s, templates, 'token');
    assert.equal(row.Subject_ID, 'GOOD');
    assert.equal(row['Acquisition Time'], '101500');
    assert.deepEqual([row.DCM_Count, row.Other_Count, row.Error_Count, row.Series_Count], [3, 1, 1, 1]);
    assert.equal(row.Modality, 'CT');
    assert.equal(row.Class_Source, 'path+tag');
});
test('when no file was read without error, the first DICOM file gives the values', () => {
    const s = newFolder('/r/SER_CT', 'SER_CT');
    addRecord(s, rec({ error: 'x', attrs: { PatientID: 'FIRST' } }), 'file');
    addRecord(s, rec({ error: 'y', attrs: { PatientID: 'SECOND' } }), 'file');
    assert.equal(folderRow(s, templates, 'token').Subject_ID, 'FIRST');
});
test('several classes in one folder are all named, in order of appearance', () => {
    const s = newFolder('/r/mixed', 'mixed');
    addRecord(s, rec({ modality_class: 'PET', class_source: 'tag', attrs: { SeriesInstanceUID: '1' } }), 'file');
    addRecord(s, rec({ modality_class: 'CT', class_source: 'tag', attrs: { SeriesInstanceUID: '2' } }), 'file');
    const row = folderRow(s, templates, 'token');
    assert.equal(row.Modality, 'PET+CT');
    assert.equal(row.Series_Count, 2);
});
test('which folders get a row', () => {
    // DICOM without any class and no matching name: none.
    const plain = newFolder('/r/series', 'series');
    addRecord(plain, rec({}), 'file');
    assert.equal(folderRow(plain, templates, 'token'), null);
    // A matching name with no files at all: a row of zeros.
    const empty = newFolder('/r/SER_CT_empty', 'SER_CT_empty');
    assert.deepEqual(pick(folderRow(empty, templates, 'token')), { Modality: 'CT', DCM_Count: 0, Other_Count: 0, Class_Source: 'path', 'Study Date': '' });
    // A matching parent folder that only holds sub-folders: none.
    const parent = newFolder('/r/STUDY_CT', 'STUDY_CT');
    parent.hasSubfolders = true;
    assert.equal(folderRow(parent, templates, 'token'), null);
    // An unreadable matching folder: a row with its error.
    const locked = newFolder('/r/SER_CT_locked', 'SER_CT_locked');
    addRecord(locked, rec({ dicom: 'none', mime: 'inode/directory', error: 'cannot read folder', error_code: 'UNREADABLE_FOLDER' }), 'unreadable-folder');
    assert.equal(folderRow(locked, templates, 'token').Error_Count, 1);
    // Substring matching finds "SC" in "misc", token matching does not.
    const misc = newFolder('/r/misc', 'misc');
    addRecord(misc, rec({ dicom: 'none', mime: 'text/plain' }), 'file');
    assert.equal(folderRow(misc, templates, 'token'), null);
    assert.equal(folderRow(misc, templates, 'substring').Modality, 'OT');
});
test('rows sort by Study Date, then Acquisition Time, each with empty values last, ties by Path', () => {
    const row = (Path, d, t) => ({ Path, 'Study Date': d, 'Acquisition Time': t });
    // 08:00 on 2024-05-02 comes after 09:00 on 2019-01-01: the date decides first.
    const rows = [row('late', '20240502', '080000'), row('early', '20190101', '090000'), row('b', '', ''), row('undated', '', '070000'), row('a', '', ''), row('z', '20190101', ''), row('c', '20190101', '090000')];
    assert.deepEqual(rows.sort(compareRows).map((r) => r.Path), ['c', 'early', 'z', 'late', 'undated', 'a', 'b']);
});
function pick(row) {
    return { Modality: row.Modality, DCM_Count: row.DCM_Count, Other_Count: row.Other_Count, Class_Source: row.Class_Source, 'Study Date': row['Study Date'] };
}
//# sourceMappingURL=summary.test.js.map