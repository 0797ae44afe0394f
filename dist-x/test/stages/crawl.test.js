import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { crawl } from '../../lib/crawl.js';
import { CrawlerError } from '../../lib/errors.js';
import { SAMPLE } from '../helpers/paths.js';
async function run(options = {}) {
    const stream = crawl(SAMPLE, options);
    let stats;
    stream.on('stats', (s) => (stats = s));
    const records = await stream.toArray();
    return { records, stats };
}
test('crawl over the sample: DICOM files and the broken one, in walk order, with a balanced stats event', async () => {
    const { records, stats } = await run();
    assert.deepEqual(records.map((r) => path.relative(SAMPLE, r.path)), [
        'PAT001_Doe/STUDY_20240105_CT/SERIES_001_CT_Chest/IM0001',
        'PAT001_Doe/STUDY_20240105_CT/SERIES_001_CT_Chest/IM0002',
        'PAT001_Doe/STUDY_20240105_CT/SERIES_001_CT_Chest/IM0003',
        'PAT001_Doe/STUDY_20240105_CT/SERIES_002_CT_Scout/IM0001',
        'PAT002_Müller/STUDY_20231212_MR/SERIES_003_MR_T1/IM0001',
        'PAT002_Müller/STUDY_20231212_MR/SERIES_003_MR_T1/IM0002',
        'PAT002_Müller/STUDY_20231212_MR/SERIES_004_MR_noPreamble/raw0001.dcm',
        'PAT003_Yamada/STUDY_20220301_PT/SERIES_005_PET/IM0001',
        'PAT003_Yamada/STUDY_20220301_PT/SERIES_005_PET/IM0002',
        'PAT004_Broken/STUDY_X/SERIES_006_CT/good0001',
        'PAT004_Broken/STUDY_X/SERIES_006_CT/truncated0002',
        'PAT005_Seg/STUDY_20240620_SEG/SERIES_007_SEG/seg0001.dcm',
        'PAT005_Seg/STUDY_20240620_SEG/SERIES_008_RTSTRUCT/rtstruct0001.dcm',
    ]);
    assert.deepEqual(records.map((r) => r.modality_class), ['CT', 'CT', 'CT', 'CT', 'MRI', 'MRI', 'MRI', 'PET', 'PET', 'CT', 'CT', 'SEG', 'RT']);
    assert.ok(stats);
    assert.equal(stats.balanced, true);
    assert.deepEqual([stats.filesSeen, stats.dicom, stats.errors, stats.skipped], [19, 12, 1, 6]);
    assert.deepEqual(stats.byKind, { part10: 11, raw: 1 });
    assert.deepEqual(stats.byClass, { CT: 5, MRI: 3, PET: 2, RT: 1, SEG: 1 });
    assert.equal(stats.notDicomByMime['application/pdf'], 1);
    assert.equal(stats.unreadableFiles, 0);
});
test('allFiles: every file has a record, and the counts still balance', async () => {
    const { records, stats } = await run({ allFiles: true, tags: ['Modality'] });
    assert.equal(records.length, 19);
    const byName = new Map(records.map((r) => [path.relative(SAMPLE, r.path), r]));
    assert.equal(byName.get('misc/report.pdf')?.mime, 'application/pdf');
    assert.equal(byName.get('misc/notes.txt')?.dicom, 'none');
    assert.deepEqual(byName.get('misc/notes.txt')?.attributes, { Modality: null });
    assert.equal(stats?.balanced, true);
});
test('bad options throw before any file is read', () => {
    assert.throws(() => crawl(SAMPLE, { tags: ['NoSuchTag'] }), (e) => e instanceof CrawlerError && e.code === 'BAD_TAG');
    assert.throws(() => crawl(SAMPLE, { concurrency: 0 }), (e) => e instanceof CrawlerError && e.code === 'BAD_OPTION');
    assert.throws(() => crawl(SAMPLE, { templates: '/nonexistent.json' }), (e) => e instanceof CrawlerError && e.code === 'BAD_TEMPLATE');
});
test('a missing root errors the stream with ROOT_NOT_FOUND', async () => {
    await assert.rejects(crawl('/nonexistent/root').toArray(), (e) => e instanceof CrawlerError && e.code === 'ROOT_NOT_FOUND');
});
test('recordMime false: other files leave at once with mime null; libmagic still names them for the counts', async () => {
    const collect = async (recordMime) => {
        const stream = crawl(SAMPLE, { allFiles: true, recordMime });
        const stats = new Promise((resolve) => stream.on('stats', resolve));
        const records = await stream.toArray();
        return { records, stats: await stats };
    };
    const named = await collect(true);
    const quick = await collect(false);
    assert.deepEqual(quick.records.map((r) => r.path), named.records.map((r) => r.path), 'same records, same order');
    const pdf = (rs) => rs.find((r) => r.path.endsWith('report.pdf'));
    assert.equal(pdf(named.records).mime, 'application/pdf');
    assert.equal(pdf(quick.records).mime, null);
    assert.deepEqual(quick.records.filter((r) => r.dicom !== 'none'), named.records.filter((r) => r.dicom !== 'none'));
    const { elapsedSeconds: _a, filesPerSecond: _b, ...countsNamed } = named.stats;
    const { elapsedSeconds: _c, filesPerSecond: _d, ...countsQuick } = quick.stats;
    assert.deepEqual(countsQuick, countsNamed);
    assert.equal(countsQuick.notDicomByMime['application/pdf'], 1);
});
//# sourceMappingURL=crawl.test.js.map