import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { toParquet } from '../../lib/stages/to-parquet.js';
import { runStage } from '../helpers/streams.js';
const tmp = mkdtempSync(path.join(os.tmpdir(), 'dc-parquet-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const TAGS = ['PatientID', 'StudyDate', 'StudyTime', 'AcquisitionDateTime', 'InstanceNumber', 'Rows', 'SliceThickness', 'ImageType', 'ImagePositionPatient', 'ReferencedFrameNumber', '00091010'];
const record = (i, attributes, more = {}) => ({
    path: `/data/s/IM${i}`, root: '/data', dir: 's', size: 1000 + i, mtime: new Date(0), dicom: 'part10', mime: null,
    modality_class: 'CT', class_source: 'tag', error: null, status: 'ok', error_code: null, attributes, ...more,
});
const RECORDS = [
    record(1, { PatientID: '=x', StudyDate: '20240105', StudyTime: '083000.5', AcquisitionDateTime: '20240105083001', InstanceNumber: '1', Rows: '512', SliceThickness: '1.25', ImageType: 'ORIGINAL\\PRIMARY\\AXIAL', ImagePositionPatient: '-158.1\\-179.0\\-75.7', ReferencedFrameNumber: '1\\2', '00091010': 'a\\b' }),
    record(2, { PatientID: '', StudyDate: '', StudyTime: null, AcquisitionDateTime: null, InstanceNumber: '', Rows: null, SliceThickness: null, ImageType: '', ImagePositionPatient: null, ReferencedFrameNumber: null, '00091010': null }),
    // Values that do not parse as their type: null in the typed column, their text in `untyped`.
    record(3, { PatientID: 'P3', StudyDate: 'UNKNOWN', StudyTime: '101500', AcquisitionDateTime: '20240105083000+0100', InstanceNumber: '12a', Rows: '64', SliceThickness: '1.0', ImageType: 'DERIVED', ImagePositionPatient: '1\\x\\3', ReferencedFrameNumber: null, '00091010': '' }),
    record(4, {}, { dicom: 'none', mime: 'text/plain', size: null, modality_class: null, class_source: null, error: null, status: 'skipped', skip: 'not a regular file' }),
    record(5, { PatientID: 'P5', StudyDate: '19991231', InstanceNumber: '2147483647' }, { error: 'truncated or malformed header: at offset 514', status: 'error', error_code: 'HEADER_MALFORMED' }),
];
async function query(file, sql) {
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    try {
        return (await c.runAndReadAll(sql.replaceAll('$FILE', `'${file}'`))).getRowObjectsJson();
    }
    finally {
        c.closeSync();
    }
}
async function write(records, options) {
    const stage = toParquet(options);
    const chunks = await runStage(records, stage);
    const file = path.join(tmp, `${Math.random().toString(36).slice(2)}.parquet`);
    writeFileSync(file, Buffer.concat(chunks));
    return { file, untyped: stage.untyped.toJSON() };
}
test('Parquet: typed columns DuckDB reads as DATE, TIME, TIMESTAMP, INTEGER, DOUBLE and LIST', async () => {
    const { file } = await write(RECORDS, { tags: TAGS, rowGroupSize: 2 });
    const types = Object.fromEntries((await query(file, 'DESCRIBE SELECT * FROM $FILE')).map((r) => [r.column_name, r.column_type]));
    assert.deepEqual(types, {
        path: 'VARCHAR', size: 'BIGINT', dicom: 'VARCHAR', mime: 'VARCHAR', modality_class: 'VARCHAR', class_source: 'VARCHAR', error: 'VARCHAR', error_code: 'VARCHAR',
        PatientID: 'VARCHAR', StudyDate: 'DATE', StudyTime: 'TIME', AcquisitionDateTime: 'TIMESTAMP', InstanceNumber: 'INTEGER', Rows: 'INTEGER',
        SliceThickness: 'DOUBLE', ImageType: 'VARCHAR[]', ImagePositionPatient: 'DOUBLE[]', ReferencedFrameNumber: 'INTEGER[]', '00091010': 'VARCHAR[]', untyped: 'VARCHAR',
    });
    const rows = await query(file, 'SELECT * FROM $FILE');
    assert.equal(rows.length, 5, 'one row per record');
    assert.deepEqual(rows[0], {
        path: '/data/s/IM1', size: '1001', dicom: 'part10', mime: null, modality_class: 'CT', class_source: 'tag', error: null, error_code: null,
        PatientID: '=x', StudyDate: '2024-01-05', StudyTime: '08:30:00.5', AcquisitionDateTime: '2024-01-05 08:30:01', InstanceNumber: 1, Rows: 512,
        SliceThickness: 1.25, ImageType: ['ORIGINAL', 'PRIMARY', 'AXIAL'], ImagePositionPatient: [-158.1, -179, -75.7], ReferencedFrameNumber: [1, 2], '00091010': ['a', 'b'], untyped: null,
    });
    // Empty: "" for text, [] for a list, null for the other kinds; absent: null.
    assert.deepEqual([rows[1].PatientID, rows[1].StudyDate, rows[1].InstanceNumber, rows[1].ImageType, rows[1].ImagePositionPatient], ['', null, null, [], null]);
    assert.deepEqual([rows[3].dicom, rows[3].size, rows[3].error], ['none', null, 'not a regular file']);
    assert.deepEqual([rows[4].InstanceNumber, rows[4].StudyDate, rows[4].error, rows[4].error_code], [2147483647, '1999-12-31', 'truncated or malformed header: at offset 514', 'HEADER_MALFORMED']);
    // Row groups of 2: 5 records in 3 groups.
    const groups = await query(file, 'SELECT count(DISTINCT row_group_id)::INTEGER AS n FROM parquet_metadata($FILE)');
    assert.deepEqual(groups, [{ n: 3 }]);
});
test('Parquet: a value that does not parse is null in its column, its text kept in `untyped`, and counted', async () => {
    const { file, untyped } = await write(RECORDS, { tags: TAGS });
    const rows = await query(file, 'SELECT StudyDate, AcquisitionDateTime, InstanceNumber, ImagePositionPatient, "00091010", untyped FROM $FILE');
    assert.deepEqual(rows[2], {
        StudyDate: null, AcquisitionDateTime: null, InstanceNumber: null, ImagePositionPatient: [1, null, 3], '00091010': [],
        untyped: JSON.stringify({ StudyDate: 'UNKNOWN', AcquisitionDateTime: '20240105083000+0100', InstanceNumber: '12a', ImagePositionPatient: '1\\x\\3' }),
    });
    assert.deepEqual(untyped, {
        StudyDate: { count: 1, value: 'UNKNOWN', path: '/data/s/IM3' },
        AcquisitionDateTime: { count: 1, value: '20240105083000+0100', path: '/data/s/IM3' },
        InstanceNumber: { count: 1, value: '12a', path: '/data/s/IM3' },
        ImagePositionPatient: { count: 1, value: '1\\x\\3', path: '/data/s/IM3' },
    });
});
test('Parquet with no records: a valid file with the columns and no rows', async () => {
    const { file } = await write([], { tags: ['Modality', 'InstanceNumber'] });
    assert.deepEqual(await query(file, 'SELECT count(*)::INTEGER AS n FROM $FILE'), [{ n: 0 }]);
    const cols = (await query(file, 'DESCRIBE SELECT * FROM $FILE')).map((r) => `${r.column_name} ${r.column_type}`);
    assert.deepEqual(cols.slice(-3), ['Modality VARCHAR', 'InstanceNumber INTEGER', 'untyped VARCHAR']);
});
test('toParquet checks rowGroupSize when made', () => {
    assert.throws(() => toParquet({ rowGroupSize: 0 }), { code: 'BAD_OPTION' });
});
//# sourceMappingURL=to-parquet.test.js.map