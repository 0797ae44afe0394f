import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { classify } from '../../lib/stages/classify.js';
import { parseTemplates } from '../../lib/core/templates.js';
import { CrawlerError } from '../../lib/errors.js';
import { runStage } from '../helpers/streams.js';
const record = (dir, Modality, dicom = 'part10') => ({
    path: `/r/${dir}/f`, root: '/r', dir, size: 1, mtime: null, dicom, mime: null, modality_class: null, class_source: null, error: null, status: dicom === 'none' ? 'not-dicom' : 'ok', error_code: null, attributes: { Modality },
});
test('DICOM records get a class from the tag or the path; other records pass unchanged', async () => {
    const out = await runStage([
        record('PAT1/SERIES_1_CT', 'MR'),
        record('PAT1/SERIES_2_CT', 'XYZ'),
        record('PAT1/misc', null),
        record('PAT1/SERIES_3_MR', null, 'none'),
    ], classify());
    assert.deepEqual(out.map((r) => [r.modality_class, r.class_source]), [['MRI', 'tag'], ['CT', 'path'], [null, null], [null, null]]);
});
test('match substring uses the old rule', async () => {
    const [token, substring] = await Promise.all([
        runStage([record('ACT_trial', null)], classify()),
        runStage([record('ACT_trial', null)], classify({ match: 'substring' })),
    ]);
    assert.equal(token[0].modality_class, null);
    assert.equal(substring[0].modality_class, 'CT');
});
test('templates given as parsed classes or as a file', async (t) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cls-'));
    t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 't.json');
    fs.writeFileSync(file, JSON.stringify({ Brain: { paths: ['HEAD'] } }));
    const [fromFile] = await runStage([record('x/HEAD', 'CT')], classify({ templates: file }));
    assert.deepEqual([fromFile.modality_class, fromFile.class_source], ['Brain', 'path']);
    const [parsed] = await runStage([record('x', 'SM')], classify({ templates: parseTemplates({ Micro: ['SM'] }) }));
    assert.deepEqual([parsed.modality_class, parsed.class_source], ['Micro', 'tag']);
    assert.throws(() => classify({ templates: path.join(dir, 'missing.json') }), (e) => e instanceof CrawlerError && e.code === 'BAD_TEMPLATE');
});
//# sourceMappingURL=classify.test.js.map