import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { summarize } from '../../lib/stages/summarize.js';
import { crawl } from '../../lib/crawl.js';
import { SUMMARY_TAGS } from '../../lib/core/summary.js';
import { parseTemplates } from '../../lib/core/templates.js';
import { CrawlerError } from '../../lib/errors.js';
import { statusOf } from '../helpers/records.js';
import { buildSummaryTree, treeFiles } from '../helpers/summary-tree.js';
const templates = parseTemplates({ CT: ['CT'], MRI: ['MR'] });
function rec(path, over = {}) {
    const dir = path.split('/').slice(1, -1).join('/');
    const base = { path, root: 'r', dir, size: 1, mtime: null, dicom: 'part10', mime: null, modality_class: 'CT', class_source: 'tag', error: null, attributes: { SeriesInstanceUID: '1', AcquisitionTime: '' }, ...over };
    return { ...base, status: statusOf(base), error_code: base.error ? (over.error_code ?? 'HEADER_MALFORMED') : null };
}
async function collect(records, options = {}) {
    const rows = [];
    const order = [];
    const stage = summarize({ templates, ...options });
    await pipeline(Readable.from(records), stage, async function* (source) {
        for await (const row of source)
            rows.push(row);
    });
    return { rows, order };
}
test('one row per folder, sorted by Study Date then Acquisition Time', async () => {
    const { rows } = await collect([
        rec('r/A/1', { attributes: { SeriesInstanceUID: '1', AcquisitionTime: '120000' } }),
        rec('r/A/2', { attributes: { SeriesInstanceUID: '1', AcquisitionTime: '120001' } }),
        rec('r/B/1', { attributes: { SeriesInstanceUID: '2', AcquisitionTime: '080000' } }),
        rec('r/B/notes.txt', { dicom: 'none', mime: 'text/plain', modality_class: null, class_source: null }),
    ]);
    assert.deepEqual(rows.map((r) => [r.Path, r.DCM_Count, r.Other_Count, r['Acquisition Time']]), [
        ['r/B', 1, 1, '080000'],
        ['r/A', 2, 0, '120000'],
    ]);
});
test('sort: false emits a folder row as soon as a record of another folder arrives', async () => {
    const seen = [];
    const stage = summarize({ templates, sort: false });
    stage.on('data', (row) => seen.push(row.Path));
    stage.write(rec('r/A/1'));
    stage.write(rec('r/A/2'));
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(seen, [], 'A may still get files');
    stage.write(rec('r/B/1'));
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(seen, ['r/A'], 'A is finished once B starts');
    stage.end();
    await new Promise((r) => stage.on('end', r));
    assert.deepEqual(seen, ['r/A', 'r/B']);
});
test('a folder that comes back (input not in walk order) is merged into one row', async () => {
    const { rows } = await collect([rec('r/A/1'), rec('r/B/1'), rec('r/A/2', { attributes: { SeriesInstanceUID: '1' } })]);
    const a = rows.find((r) => r.Path === 'r/A');
    assert.equal(rows.length, 2);
    assert.equal(a.DCM_Count, 2);
    assert.equal(a.Series_Count, 1);
});
test('a bad match option is refused at construction', () => {
    assert.throws(() => summarize({ templates, match: 'glob' }), (e) => e instanceof CrawlerError && e.code === 'BAD_OPTION');
});
const root = buildSummaryTree();
after(() => rmSync(root, { recursive: true, force: true }));
test('crawl with announceDirs: empty and PDF-only series folders appear, parents do not; stats ignore announcements', async () => {
    const records = crawl(root, { tags: [...SUMMARY_TAGS], allFiles: true, announceDirs: true });
    const rows = [];
    await pipeline(records, summarize(), async function* (source) {
        for await (const row of source)
            rows.push(row);
    });
    const rel = (p) => p.slice(root.length + 1);
    assert.deepEqual(rows.map((r) => [r.Modality, rel(r.Path), r.DCM_Count]), [
        ['CT+PET', 'P3_Gamma/ST3/SER7_mixed', 2],
        ['MRI', 'P2_Beta/ST2_MR/SER3_MR', 2],
        ['MRI', 'P2_Beta/ST2_MR/SER4_MR_broken', 2],
        ['CT', 'P1_Alpha/ST1_CT/SER2_CT_Scout', 1],
        ['CT', 'P1_Alpha/ST1_CT/SER1_CT', 3],
        ['PET', 'P3_Gamma/ST3/SER5_PET_pdfonly', 0],
        ['CT', 'P3_Gamma/ST3/SER6_CT_empty', 0],
    ]);
    const s = records.stats.toJSON();
    // Every file of the tree, and not one of the folder announcements.
    assert.equal(s.filesSeen, treeFiles().filter(([, data]) => data !== null).length);
    assert.equal(s.filesSeen, 17);
    assert.equal(s.balanced, true);
});
//# sourceMappingURL=summarize.test.js.map