import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classify, classifyPath } from '../../lib/core/classify.js';
import { parseTemplates } from '../../lib/core/templates.js';
const T = parseTemplates({
    CT: ['CT', 'ComputedTomography'],
    MRI: ['MR', 'MRI'],
    PET: { modalities: ['PT'], paths: ['PET'] },
    RT: ['RTSTRUCT', 'RTDOSE'],
});
test('the Modality tag wins, case-insensitive and trimmed', () => {
    assert.deepEqual(classify(T, 'ct', 'PAT1/MR_series'), { modality_class: 'CT', class_source: 'tag' });
    assert.deepEqual(classify(T, ' Mr ', ''), { modality_class: 'MRI', class_source: 'tag' });
    assert.deepEqual(classify(T, 'PT', 'x'), { modality_class: 'PET', class_source: 'tag' });
});
test('a Modality longer than every identifier falls back to the path, padded or not', () => {
    // 8 MiB of bytes past ASCII in a hostile file: compared by length, never copied to upper case
    assert.deepEqual(classify(T, 'ÿ'.repeat(1 << 23), 'PAT1/SERIES_CT'), { modality_class: 'CT', class_source: 'path' });
    assert.deepEqual(classify(T, `${' '.repeat(1 << 20)}rtdose${' '.repeat(1 << 20)}`, 'x'), { modality_class: 'RT', class_source: 'tag' });
    assert.deepEqual(classify(T, 'RTSTRUCTS', 'PAT1/MR'), { modality_class: 'MRI', class_source: 'path' });
});
test('an unknown or missing Modality falls back to the path', () => {
    assert.deepEqual(classify(T, 'OT', 'PAT1/SERIES_002_CT_Scout'), { modality_class: 'CT', class_source: 'path' });
    assert.deepEqual(classify(T, null, 'PAT1/PET_wholebody'), { modality_class: 'PET', class_source: 'path' });
    assert.deepEqual(classify(T, '', 'nothing/here'), { modality_class: null, class_source: null });
});
test('rich form: a path-only identifier does not match the tag', () => {
    assert.deepEqual(classify(T, 'PET', ''), { modality_class: null, class_source: null });
});
test('token mode matches whole tokens split on _ - . and space, not substrings', () => {
    assert.equal(classifyPath(T, 'SERIES_003_MR-T1'), 'MRI');
    assert.equal(classifyPath(T, 'study.ct.2024'), 'CT');
    assert.equal(classifyPath(T, 'Head CT'), 'CT');
    assert.equal(classifyPath(T, 'ACT_trial'), null, 'CT inside ACT is not a token');
    assert.equal(classifyPath(T, 'SMRTCT'), null);
    assert.equal(classifyPath(T, 'ComputedTomography_01'), 'CT');
    assert.equal(classifyPath(T, ''), null);
});
test('the deepest matching segment wins over its parents', () => {
    assert.equal(classifyPath(T, 'CT_archive/PAT1/MR_brain'), 'MRI');
    assert.equal(classifyPath(T, 'MR_archive/PAT1/series_CT/plain'), 'CT');
    // a tie inside one segment goes to the first class in template order
    assert.equal(classifyPath(T, 'PAT1/MR_CT'), 'CT');
});
test('substring mode: an identifier anywhere in the path, first class in template order', () => {
    assert.equal(classifyPath(T, 'ACT_trial', 'substring'), 'CT');
    assert.equal(classifyPath(T, 'PAT1/SMRTBRAIN', 'substring'), 'MRI');
    assert.equal(classifyPath(T, 'CT_archive/MR_brain', 'substring'), 'CT', 'template order, not depth');
    assert.equal(classifyPath(T, 'nothing', 'substring'), null);
});
//# sourceMappingURL=classify.test.js.map