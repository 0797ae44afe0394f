import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { columnType, hasUntyped, isoDate, isoDateTime, isoTime, parseDate, parseDateTime, parseTime, parseValue, typedValue, UntypedCounts } from '../../lib/core/typed-values.js';
import { resolveTag } from '../../lib/core/tags.js';
const col = (name) => columnType(resolveTag(name));
test('columnType: the kind from the VR, a list where the dictionary allows several values', () => {
    assert.deepEqual({ ...col('InstanceNumber') }, { keyword: 'InstanceNumber', vr: 'IS', kind: 'integer', list: false });
    assert.deepEqual([col('Rows').kind, col('SliceThickness').kind, col('StudyDate').kind, col('StudyTime').kind, col('AcquisitionDateTime').kind], ['integer', 'double', 'date', 'time', 'timestamp']);
    assert.deepEqual([col('SimpleFrameList').kind, col('PatientName').kind, col('RetrieveURL').kind], ['bigint', 'text', 'text']);
    assert.equal(col('ImageType').list, true, 'CS 2-n');
    assert.equal(col('ImagePositionPatient').list, true, 'DS 3');
    assert.equal(col('PixelSpacing').list, true, 'DS 2');
    assert.equal(col('PatientID').list, false);
    // Multiplicity is looked up by tag: a column named by its tag is typed the same.
    assert.deepEqual({ ...columnType({ keyword: '00200032', tag: '00200032', vr: 'DS' }) }, { keyword: '00200032', vr: 'DS', kind: 'double', list: true });
    assert.equal(columnType({ keyword: '(0020,0013)', tag: '00200013', vr: 'IS' }).list, false);
    // A sequence by name is its item count; binary data its length in bytes: one number.
    assert.deepEqual([col('ReferencedImageSequence').kind, col('ReferencedImageSequence').list], ['integer', false]);
    assert.deepEqual([col('PixelData').kind, col('PixelData').list], ['bigint', false]);
    // LT/ST/UT/UR hold one value: a backslash in them is text.
    assert.equal(columnType({ keyword: '[ACME]0009,xx10', tag: '0009XX10', vr: 'LT' }).list, false);
    // Private or unknown attributes: multiplicity unknown, so a list.
    assert.deepEqual({ ...columnType({ keyword: '[GEMS_IDEN_01]0009,xx01', tag: '0009XX01', vr: undefined, path: [{}] }) }, { keyword: '[GEMS_IDEN_01]0009,xx01', vr: undefined, kind: 'text', list: true });
    assert.deepEqual({ ...columnType({ keyword: '[GEMS_ACQU_01]0019,xx03', tag: '0019XX03', vr: 'DS', path: [{}] }) }, { keyword: '[GEMS_ACQU_01]0019,xx03', vr: 'DS', kind: 'double', list: true });
    assert.deepEqual({ ...columnType({ keyword: '00091001', tag: '00091001', vr: undefined }) }, { keyword: '00091001', vr: undefined, kind: 'text', list: true });
    // A path through every item: one value per item, a list; through one item ([0]): the leaf's own multiplicity.
    const every = columnType({ keyword: 'ReferencedSeriesSequence/SeriesInstanceUID', tag: '0020000E', vr: 'UI', path: [{}, {}] });
    const first = columnType({ keyword: 'ReferencedSeriesSequence[0]/SeriesInstanceUID', tag: '0020000E', vr: 'UI', path: [{ item: 0 }, {}] });
    assert.deepEqual([every.list, first.list], [true, false]);
    assert.equal(columnType({ keyword: 'PerFrameFunctionalGroupsSequence[0]/PlanePositionSequence[0]/ImagePositionPatient', tag: '00200032', vr: 'DS', path: [{ item: 0 }, { item: 0 }, {}] }).list, true, 'DS 3 in one item');
    assert.equal(columnType(resolveTag('StudyDate'), { datesAsText: true }).kind, 'text');
});
test('typedValue: absent null, empty "" or null or [], values split on \\ in list columns only', () => {
    assert.equal(typedValue(null, col('InstanceNumber')), null);
    assert.equal(typedValue(undefined, col('PatientID')), null);
    assert.equal(typedValue('', col('InstanceNumber')), null, 'an empty number is null');
    assert.equal(typedValue('', col('PatientID')), '', 'empty text stays empty');
    assert.deepEqual(typedValue('', col('ImageType')), [], 'an empty list');
    assert.equal(typedValue(' 42 ', col('InstanceNumber')), 42);
    assert.equal(typedValue('+7', col('SeriesNumber')), 7);
    assert.deepEqual(typedValue('-158.1\\-179.0\\-75.7', col('ImagePositionPatient')), [-158.1, -179, -75.7]);
    assert.deepEqual(typedValue('ORIGINAL\\PRIMARY\\AXIAL', col('ImageType')), ['ORIGINAL', 'PRIMARY', 'AXIAL']);
    assert.deepEqual(typedValue('ORIGINAL', col('ImageType')), ['ORIGINAL'], 'a list column is a list also for one value');
    assert.deepEqual(typedValue('1\\\\2', col('ImagePositionPatient')), [1, null, 2], 'an empty value in a list is null');
    assert.equal(typedValue('a\\b', columnType({ keyword: 'X', tag: '00204000', vr: 'LT' })), 'a\\b');
    assert.equal(typedValue('-5', col('SmallestImagePixelValue')), -5, 'US or SS: either sign');
    assert.equal(typedValue('3', col('ReferencedImageSequence')), 3);
    assert.equal(typedValue('5120000000', col('PixelData')), 5_120_000_000);
    assert.equal(typedValue('20240105', col('StudyDate')), parseDate('20240105'));
    assert.equal(typedValue('20240105', columnType(resolveTag('StudyDate'), { datesAsText: true })), '20240105');
});
test('typedValue: text that does not parse is kept as it is, and hasUntyped finds it', () => {
    const cases = [
        ['InstanceNumber', '12a', '12a'],
        ['InstanceNumber', '1.5', '1.5'],
        ['InstanceNumber', '99999999999', '99999999999'], // beyond IS's 32 bits
        ['Rows', '70000', '70000'], // beyond 16 bits
        ['InstanceNumber', '1\\2', '1\\2'], // more values than the dictionary allows
        ['SliceThickness', 'n/a', 'n/a'],
        ['StudyDate', '20241345', '20241345'],
        ['StudyDate', 'UNKNOWN', 'UNKNOWN'],
        ['StudyTime', '250000', '250000'],
        ['AcquisitionDateTime', '20240105083000+0100', '20240105083000+0100'],
    ];
    for (const [name, text, want] of cases) {
        const type = col(name);
        const got = typedValue(text, type);
        assert.deepEqual(got, want, `${name} ${text}`);
        assert.equal(hasUntyped(got, type), true, `${name} ${text}`);
    }
    const mixed = typedValue('1.5\\abc', col('PixelSpacing'));
    assert.deepEqual(mixed, [1.5, 'abc']);
    assert.equal(hasUntyped(mixed, col('PixelSpacing')), true);
    assert.equal(hasUntyped(typedValue('1.5\\2', col('PixelSpacing')), col('PixelSpacing')), false);
    assert.equal(hasUntyped(typedValue('anything', col('PatientID')), col('PatientID')), false, 'text always fits');
});
test('dates, times and date-times: DICOM forms and ACR-NEMA ones, real calendar days only', () => {
    assert.equal(parseDate('19700101'), 0);
    assert.equal(isoDate(parseDate('20240229')), '2024-02-29');
    assert.equal(isoDate(parseDate('1995.09.03')), '1995-09-03');
    assert.equal(parseDate('20230229'), undefined);
    assert.equal(parseDate('2024010'), undefined);
    assert.equal(isoDate(parseDate('00010101')), '0001-01-01');
    assert.equal(parseTime('083000'), 8.5 * 3600e6);
    assert.equal(parseTime('08'), 8 * 3600e6);
    assert.equal(parseTime('0830'), 8.5 * 3600e6);
    assert.equal(isoTime(parseTime('101530.5')), '10:15:30.500000');
    assert.equal(isoTime(parseTime('235959.999999')), '23:59:59.999999');
    assert.equal(isoTime(parseTime('10:15:30')), '10:15:30');
    assert.equal(parseTime('1015301'), undefined);
    assert.equal(parseTime('2460'), undefined);
    assert.equal(isoDateTime(parseDateTime('20240105083000.123')), '2024-01-05T08:30:00.123000');
    assert.equal(isoDateTime(parseDateTime('2024')), '2024-01-01T00:00:00');
    assert.equal(parseDateTime('202401051'), undefined);
    assert.equal(parseDateTime('20240105083000-0500'), undefined);
    assert.equal(parseValue('1e3', { kind: 'double', vr: 'DS' }), 1000);
    assert.equal(parseValue('.5', { kind: 'double', vr: 'DS' }), 0.5);
    assert.equal(parseValue('1e999', { kind: 'double', vr: 'DS' }), undefined);
    assert.equal(parseValue('4294967295', { kind: 'bigint', vr: 'UL' }), 4294967295);
    assert.equal(parseValue('4294967296', { kind: 'bigint', vr: 'UL' }), undefined);
});
test('property: every integer and decimal DICOM can write comes back as the same number', () => {
    fc.assert(fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (n) => typedValue(String(n), col('InstanceNumber')) === n));
    fc.assert(fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 6 }), (xs) => {
        const typed = typedValue(xs.map((x) => String(x)).join('\\'), col('ImagePositionPatient'));
        return JSON.stringify(typed) === JSON.stringify(xs.map((x) => (Object.is(x, -0) ? 0 : x)));
    }));
});
test('UntypedCounts: per column, the count and the first value with its file', () => {
    const counts = new UntypedCounts();
    counts.add('StudyDate', 'UNKNOWN', 'a/1');
    counts.add('InstanceNumber', 'x', 'a/2');
    counts.add('InstanceNumber', 'y', 'a/3');
    assert.equal(counts.size, 2);
    assert.deepEqual(counts.toJSON(), { InstanceNumber: { count: 2, value: 'x', path: 'a/2' }, StudyDate: { count: 1, value: 'UNKNOWN', path: 'a/1' } });
});
//# sourceMappingURL=typed-values.test.js.map