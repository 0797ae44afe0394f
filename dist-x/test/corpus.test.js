// pydicom's own test files against what pydicom reads from them (truth.json, see the corpus README).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crawl } from '../lib/crawl.js';
import { DEFAULT_TAGS } from '../lib/core/tags.js';
import { CORPUS, CORPUS_SKIP } from './helpers/paths.js';
/** Files the crawler reports with an error, and why. pydicom reads both (it is lenient). */
const EXPECTED_ERRORS = {
    // really truncated: the file ends inside a sequence; the values before the cut are still checked
    'test_files/rtplan_truncated.dcm': /^truncated or malformed header: .*offset \d+/,
    // dicom-parser fails inside the directory record sequence; no default attribute lies beyond it
    'test_files/dicomdirtests/DICOMDIR-nooffset': /^truncated or malformed header: .*\(0004,1212\)/,
};
/** Per-file, per-attribute differences from pydicom that are accepted: none today. */
const EXCEPTIONS = {};
test('pydicom corpus: recall 100%, no false positive, every default attribute equals pydicom', { skip: CORPUS_SKIP }, async () => {
    const truth = JSON.parse(readFileSync(path.join(CORPUS, 'truth.json'), 'utf8'));
    const stream = crawl(CORPUS, { tags: DEFAULT_TAGS, allFiles: true });
    let stats;
    stream.on('stats', (s) => (stats = s));
    const records = await stream.toArray();
    const byRel = new Map(records.map((r) => [path.relative(CORPUS, r.path), r]));
    const dicomFiles = Object.keys(truth).filter((k) => truth[k].dicom);
    assert.ok(dicomFiles.length >= 170, `truth.json lists ${dicomFiles.length} DICOM files`);
    // truth-nested.json sits beside truth.json and lists no entry of its own
    const listed = [...byRel.keys()].filter((k) => k in truth || k !== 'truth-nested.json');
    assert.deepEqual(listed.sort(), Object.keys(truth).sort(), 'one record per file of the corpus');
    const missed = dicomFiles.filter((k) => byRel.get(k)?.dicom !== truth[k].dicom);
    assert.deepEqual(missed, [], 'recall: every file pydicom reads is found, as part10 or raw as pydicom says');
    const falsePositives = Object.keys(truth).filter((k) => !truth[k].dicom && byRel.get(k)?.dicom !== 'none');
    assert.deepEqual(falsePositives, [], 'no non-DICOM file is taken for DICOM');
    assert.ok(dicomFiles.some((k) => k.endsWith('CT_small.dcm')), 'TIFF-preamble files are part of the check');
    const withErrors = Object.fromEntries(records.filter((r) => r.error).map((r) => [path.relative(CORPUS, r.path), r.error]));
    assert.deepEqual(Object.keys(withErrors).sort(), Object.keys(EXPECTED_ERRORS).sort());
    for (const [file, pattern] of Object.entries(EXPECTED_ERRORS))
        assert.match(withErrors[file] ?? '', pattern, file);
    const differences = [];
    let compared = 0;
    for (const file of dicomFiles) {
        const values = truth[file].values ?? {};
        const got = byRel.get(file).attributes;
        for (const keyword of DEFAULT_TAGS) {
            if (EXCEPTIONS[file]?.includes(keyword))
                continue;
            const want = keyword in values ? values[keyword].replace(/ +$/, '') : null;
            const have = got[keyword] == null ? null : got[keyword].replace(/ +$/, '');
            compared++;
            if (want !== have)
                differences.push(`${file} ${keyword}: pydicom ${JSON.stringify(want)}, crawler ${JSON.stringify(have)}`);
        }
    }
    assert.deepEqual(differences, []);
    assert.equal(compared, dicomFiles.length * DEFAULT_TAGS.length);
    assert.equal(stats?.balanced, true);
    assert.equal(stats?.dicom, dicomFiles.length - Object.keys(EXPECTED_ERRORS).length);
    assert.equal(stats?.errors, Object.keys(EXPECTED_ERRORS).length);
});
//# sourceMappingURL=corpus.test.js.map