import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { jsonString, ndjsonLine } from '../../lib/core/ndjson-line.js';
import { flattenRecord } from '../../lib/core/record-fields.js';
import { resolveTags } from '../../lib/core/tags.js';
test('ndjsonLine writes exactly JSON.stringify(flattenRecord(..., { typed: true })) and a line end', () => {
    const tags = resolveTags(['PatientName', 'Modality', 'SeriesNumber', '00091001', 'ImageType', 'PixelSpacing', 'StudyDate']);
    const base = {
        path: 'a/b "quoted"\\back\nslash\u2028é😀',
        root: 'a',
        dir: 'b',
        size: 1234,
        mtime: new Date(0),
        dicom: 'part10',
        mime: null,
        modality_class: 'CT',
        class_source: 'tag',
        error: null,
        status: 'ok',
        error_code: null,
        attributes: { PatientName: 'Müller^Jörg', Modality: 'CT', SeriesNumber: '', '00091001': null, ImageType: 'ORIGINAL\\PRIMARY', PixelSpacing: '0.5\\0.5', StudyDate: '20240105' },
    };
    const records = [
        base,
        { ...base, size: null, dicom: 'none', mime: 'text/plain', modality_class: null, class_source: null, attributes: { PatientName: null, Modality: null, SeriesNumber: null, '00091001': null, ImageType: null, PixelSpacing: null, StudyDate: null } },
        { ...base, error: 'truncated: "x"\t\u0001', attributes: { PatientName: 'A\\B', Modality: '=cmd', SeriesNumber: '-1.5', '00091001': '\u0000', ImageType: '', PixelSpacing: '1e-3\\x', StudyDate: '2024' } },
        { ...base, error: null, skip: 'symlink not followed (use --follow-symlinks)' },
    ];
    for (const r of records)
        assert.equal(ndjsonLine(r, tags), JSON.stringify(flattenRecord(r, tags, { typed: true })) + '\n');
    // What the typing gives: an empty IS is null, lists are arrays, a DS that does not parse stays text, dates stay text.
    assert.match(ndjsonLine(records[0], tags), /"SeriesNumber":null,"00091001":null,"ImageType":\["ORIGINAL","PRIMARY"\],"PixelSpacing":\[0\.5,0\.5\],"StudyDate":"20240105"\}\n$/);
    assert.match(ndjsonLine(records[2], tags), /"SeriesNumber":"-1\.5","00091001":\["\\u0000"\],"ImageType":\[\],"PixelSpacing":\[0\.001,"x"\],"StudyDate":"2024"\}\n$/);
});
test('a string is written as JSON.stringify writes it, whatever it holds (quotes, backslashes, controls, surrogates alone or paired, U+2028)', () => {
    const units = fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.constantFrom(0x22, 0x5c, 0x7f, 0xe9, 0x2028, 0x2029, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfffd, 0xfeff), fc.integer({ min: 0, max: 0xffff }));
    fc.assert(fc.property(fc.array(units, { maxLength: 40 }), (codes) => {
        const text = String.fromCharCode(...codes);
        assert.equal(jsonString(text), JSON.stringify(text));
    }), { numRuns: 20_000 });
    for (const text of ['', 'CT', '1.2.840.10008.5.1.4.1.1.2', 'Müller^Jörg', '😀', '\ud83d', 'a"b', 'a\\b', '\u001f'])
        assert.equal(jsonString(text), JSON.stringify(text));
});
//# sourceMappingURL=ndjson-line.test.js.map