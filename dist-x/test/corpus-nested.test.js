// Attributes inside sequences and private attributes by creator, against what
// pydicom reads from its own test files (truth-nested.json, see the corpus README).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crawl } from '../lib/crawl.js';
import { detectDicom } from '../lib/core/detect-dicom.js';
import { parseHeader } from '../lib/core/parse-header.js';
import { resolveTags } from '../lib/core/tags.js';
import { CORPUS, CORPUS_SKIP } from './helpers/paths.js';
/**
 * Per-file differences from pydicom that are accepted, and why. Both files
 * are reported with an error (test/corpus.test.ts); pydicom, lenient, reads on.
 */
const EXCEPTIONS = {
    // The file ends inside BeamSequence: pydicom keeps the items before the cut, dicom-parser drops the sequence.
    'test_files/rtplan_truncated.dcm': { paths: /^BeamSequence\//, why: 'file ends inside the sequence' },
    // dicom-parser fails inside the directory record sequence; the record carries that error (corpus.test.ts).
    'test_files/dicomdirtests/DICOMDIR-nooffset': { paths: /^DirectoryRecordSequence\//, why: 'dicom-parser cannot read the sequence' },
    // Private US values written as UN: pydicom's own private dictionary knows they are US; we give the
    // byte length of a value of unknown VR that is not text (docs/CLI.md, "Values").
    ...Object.fromEntries(['charset_files/chrJapMulti.dcm', 'charset_files/chrJapMultiExplicitIR6.dcm', 'charset_files/chrKoreanMulti.dcm'].map((f) => [f, { paths: /^\[AGFA\]0019,xx(60|65|70|82)$/, why: 'private US written as UN' }])),
};
/** pydicom writes numbers in their DICOM string form: compare numbers as numbers (the README says so). */
function same(want, have) {
    if (want === have)
        return true;
    const a = want.split('\\');
    const b = have.split('\\');
    return a.length === b.length && a.every((x, i) => x === b[i] || (x.trim() !== '' && !Number.isNaN(Number(x)) && Number(x) === Number(b[i])));
}
const trimEnd = (s) => s.replace(/ +$/, '');
test('pydicom corpus: every path of truth-nested.json equals pydicom', { skip: CORPUS_SKIP }, async () => {
    const truth = JSON.parse(readFileSync(path.join(CORPUS, 'truth-nested.json'), 'utf8'));
    const columns = [...new Set(Object.values(truth).flatMap((t) => Object.keys(t.paths)))];
    // One crawl with every path the truth names: the column list holds private creators with commas in them.
    const records = await crawl(CORPUS, { tags: columns }).toArray();
    const byRel = new Map(records.map((r) => [path.relative(CORPUS, r.path), r]));
    const differences = [];
    let compared = 0;
    let excused = 0;
    for (const [file, { paths }] of Object.entries(truth)) {
        const got = byRel.get(file)?.attributes;
        assert.ok(got, `${file} has a record`);
        for (const [p, want] of Object.entries(paths)) {
            compared++;
            const have = got[p];
            if (have != null && same(trimEnd(want), trimEnd(have)))
                continue;
            if (EXCEPTIONS[file]?.paths.test(p)) {
                excused++;
                continue;
            }
            differences.push(`${file} ${p}: pydicom ${JSON.stringify(want)}, crawler ${JSON.stringify(have)}`);
        }
    }
    assert.deepEqual(differences, []);
    assert.equal(compared, 491, 'every path of truth-nested.json compared');
    console.log(`# truth-nested: ${Object.keys(truth).length} files, ${compared} paths compared, ${differences.length} differences, ${excused} excused (${Object.keys(EXCEPTIONS).join(', ')})`);
});
test('pydicom corpus: paths read by our scan equal those read by dicom-parser', { skip: CORPUS_SKIP }, () => {
    const truth = JSON.parse(readFileSync(path.join(CORPUS, 'truth-nested.json'), 'utf8'));
    for (const [file, { paths }] of Object.entries(truth)) {
        const bytes = readFileSync(path.join(CORPUS, file));
        const tags = resolveTags(Object.keys(paths));
        const detection = detectDicom(bytes);
        for (const head of [bytes, bytes.subarray(0, 4096)]) {
            const final = { final: true };
            assert.deepEqual(parseHeader(head, bytes.length, detection, tags, final), parseHeader(head, bytes.length, detection, tags, { ...final, scan: false }), `${file} (${head.length} bytes)`);
        }
    }
});
test('pydicom corpus: every record has the same status, error code and class under other tag sets', { skip: CORPUS_SKIP }, async () => {
    const outcomes = async (tags) => {
        const records = await crawl(CORPUS, { ...(tags ? { tags } : {}), allFiles: true }).toArray();
        return new Map(records.map((r) => [r.path, `${r.status}|${r.error_code}|${r.modality_class}|${r.class_source}`]));
    };
    const defaults = await outcomes();
    assert.ok(defaults.size >= 170);
    for (const tags of [['PatientID'], ['Rows', 'PixelData'], ['OtherPatientIDsSequence/PatientID', '[GEMS_ACQU_01]0019,xx03']]) {
        assert.deepEqual(await outcomes(tags), defaults, tags.join(','));
    }
});
//# sourceMappingURL=corpus-nested.test.js.map