import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { toCsv, escapeFormula } from '../../lib/stages/to-csv.js';
import { toNdjson } from '../../lib/stages/to-ndjson.js';
import { runToText } from '../helpers/streams.js';
const TAGS = ['PatientID', 'PatientName', 'ImageType', 'StudyDate', 'SeriesNumber'];
const base = {
    path: '/data/a,b "quoted"/IM1', root: '/data', dir: 'a,b "quoted"', size: 1234, mtime: new Date(0), dicom: 'part10', mime: null,
    modality_class: 'CT', class_source: 'tag', error: null, status: 'ok', error_code: null,
    attributes: { PatientID: '=cmd|/c calc', PatientName: 'Müller^Jürgen', ImageType: 'ORIGINAL\\PRIMARY', StudyDate: '', SeriesNumber: '-12.5' },
};
const other = {
    ...base, path: '/data/notes.txt', dicom: 'none', mime: 'text/plain', modality_class: null, class_source: null, error: 'line1\nline2', status: 'error', error_code: 'UNREADABLE_FILE',
    attributes: { PatientID: '@SUM(A1)', PatientName: null, ImageType: null, StudyDate: null, SeriesNumber: '+3' },
};
test('NDJSON: one object per line, absent attributes null, empty ones "", values typed by VR', async () => {
    const stage = toNdjson({ tags: TAGS });
    const text = await runToText([base, other], stage);
    const lines = text.split('\n');
    assert.equal(lines.pop(), '', 'ends with a newline');
    const [a, b] = lines.map((l) => JSON.parse(l));
    assert.deepEqual(Object.keys(a), ['path', 'size', 'dicom', 'mime', 'modality_class', 'class_source', 'error', 'error_code', ...TAGS]);
    assert.deepEqual(a, {
        path: '/data/a,b "quoted"/IM1', size: 1234, dicom: 'part10', mime: null, modality_class: 'CT', class_source: 'tag', error: null, error_code: null,
        // ImageType (CS, 2-n) is a list; StudyDate (DA) stays text; SeriesNumber (IS) is a number, but
        // -12.5 is not an integer: kept as text, and counted.
        PatientID: '=cmd|/c calc', PatientName: 'Müller^Jürgen', ImageType: ['ORIGINAL', 'PRIMARY'], StudyDate: '', SeriesNumber: '-12.5',
    });
    assert.equal(b.StudyDate, null);
    assert.equal(b.ImageType, null);
    assert.equal(b.SeriesNumber, 3, '+3 is the integer 3');
    assert.equal(b.error, 'line1\nline2');
    assert.deepEqual(stage.untyped.toJSON(), { SeriesNumber: { count: 1, value: '-12.5', path: '/data/a,b "quoted"/IM1' } });
    assert.equal(b.error_code, 'UNREADABLE_FILE');
});
test('CSV: header always, RFC 4180 quoting, values as they are, multi-values joined by \\', async () => {
    const text = await runToText([base, other], toCsv({ tags: TAGS }));
    assert.ok(text.endsWith('\n'));
    const rows = parse(text, { columns: true });
    assert.equal(rows.length, 2);
    assert.deepEqual(rows[0], {
        path: '/data/a,b "quoted"/IM1', size: '1234', dicom: 'part10', mime: '', modality_class: 'CT', class_source: 'tag', error: '', error_code: '',
        PatientID: '=cmd|/c calc', PatientName: 'Müller^Jürgen', ImageType: 'ORIGINAL\\PRIMARY', StudyDate: '', SeriesNumber: '-12.5',
    });
    assert.equal(rows[1].PatientID, '@SUM(A1)');
    assert.equal(rows[1].SeriesNumber, '+3');
    assert.equal(rows[1].error, 'line1\nline2');
    assert.equal(rows[1].error_code, 'UNREADABLE_FILE');
    assert.equal(rows[1].mime, 'text/plain');
});
test('CSV with escapeFormulas: cells a spreadsheet would run get a leading quote, numbers do not', async () => {
    const positions = { ...base, attributes: { PatientID: '-158.1\\-179.0\\-75.7', PatientName: '+C Arterial', ImageType: '-T1 post', StudyDate: '-12.5', SeriesNumber: '+3' } };
    const plain = parse(await runToText([positions], toCsv({ tags: TAGS })), { columns: true });
    assert.deepEqual([plain[0].PatientID, plain[0].PatientName, plain[0].ImageType], ['-158.1\\-179.0\\-75.7', '+C Arterial', '-T1 post']);
    const escaped = parse(await runToText([positions, other], toCsv({ tags: TAGS, escapeFormulas: true })), { columns: true });
    assert.deepEqual([escaped[0].PatientID, escaped[0].PatientName, escaped[0].ImageType, escaped[0].StudyDate, escaped[0].SeriesNumber], ["'-158.1\\-179.0\\-75.7", "'+C Arterial", "'-T1 post", '-12.5', '+3']);
    assert.equal(escaped[1].PatientID, "'@SUM(A1)");
    assert.equal(escaped[1].path, '/data/notes.txt');
});
test('CSV with no records is just the header', async () => {
    assert.equal(await runToText([], toCsv({ tags: ['Modality'] })), 'path,size,dicom,mime,modality_class,class_source,error,error_code,Modality\n');
});
test('escapeFormula', () => {
    assert.equal(escapeFormula('=1+2'), "'=1+2");
    assert.equal(escapeFormula('+A1'), "'+A1");
    assert.equal(escapeFormula('-A1'), "'-A1");
    assert.equal(escapeFormula('\tx'), "'\tx");
    assert.equal(escapeFormula('-12.5'), '-12.5');
    assert.equal(escapeFormula('-1e-3'), '-1e-3');
    assert.equal(escapeFormula('Doe^John'), 'Doe^John');
    assert.equal(escapeFormula(''), '');
});
//# sourceMappingURL=serialize.test.js.map