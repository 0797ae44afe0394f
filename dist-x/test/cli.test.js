// The built CLI, spawned as a user runs it, on fixtures/sample and on the shared corpus.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { CLI, CORPUS, CORPUS_SKIP, SAMPLE } from './helpers/paths.js';
/** Spawns the CLI; resolves with its exit status and output (a non-zero exit is a result, not a failure). */
function run(...args) {
    return new Promise((resolve) => {
        execFile(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 30_000, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
            const status = err ? (typeof err.code === 'number' ? err.code : null) : 0;
            resolve({ status, stdout, stderr });
        });
    });
}
const UID = '1.2.826.0.1.3680043.10.543';
const CT = '1.2.840.10008.5.1.4.1.1.2';
const MR = '1.2.840.10008.5.1.4.1.1.4';
const PT = '1.2.840.10008.5.1.4.1.1.128';
const ELE = '1.2.840.10008.1.2.1';
const doe = { PatientID: 'PAT001', PatientName: 'Doe^John', PatientSex: 'M', PatientAge: '054Y', StudyDate: '20240105', StudyTime: '101500', AcquisitionDate: '20240105', StudyInstanceUID: `${UID}.1.1.1`, StudyDescription: 'CT CHEST', ProtocolName: 'Chest routine', SOPClassUID: CT, Modality: 'CT' };
const muller = { PatientID: 'PAT002', PatientName: 'Müller^Jürgen', PatientSex: 'F', PatientAge: '047Y', StudyDate: '20231212', StudyInstanceUID: `${UID}.1.2.1`, SOPClassUID: MR, Modality: 'MR' };
const yamada = { PatientID: 'PAT003', PatientName: 'Yamada^Tarou=山田^太郎=やまだ^たろう', PatientSex: 'M', PatientAge: '062Y', StudyDate: '20220301', AcquisitionTime: '141500', SeriesNumber: '5', SeriesInstanceUID: `${UID}.2.3.5`, SOPClassUID: PT, Modality: 'PT' };
const lee = { PatientID: 'PAT005', PatientName: 'Lee^Ann', PatientSex: 'F', AcquisitionDate: null, AcquisitionTime: null };
/** What fixtures/README.md says of each DICOM file (a subset of columns per file, every file listed). */
const EXPECTED = {
    'PAT001_Doe/STUDY_20240105_CT/SERIES_001_CT_Chest/IM0001': { ...doe, dicom: 'part10', SeriesNumber: '1', InstanceNumber: '1', AcquisitionTime: '101530.000000', SeriesDescription: 'Chest 1.25mm', SOPInstanceUID: `${UID}.3.1.1.1`, SeriesInstanceUID: `${UID}.2.1.1`, TransferSyntaxUID: ELE, modality_class: 'CT', class_source: 'tag', error: null },
    'PAT001_Doe/STUDY_20240105_CT/SERIES_001_CT_Chest/IM0002': { ...doe, dicom: 'part10', SeriesNumber: '1', InstanceNumber: '2', AcquisitionTime: '101531.000000', SOPInstanceUID: `${UID}.3.1.1.2` },
    'PAT001_Doe/STUDY_20240105_CT/SERIES_001_CT_Chest/IM0003': { ...doe, dicom: 'part10', SeriesNumber: '1', InstanceNumber: '3', AcquisitionTime: '101532.000000', SOPInstanceUID: `${UID}.3.1.1.3` },
    'PAT001_Doe/STUDY_20240105_CT/SERIES_002_CT_Scout/IM0001': { ...doe, dicom: 'part10', SeriesNumber: '2', SeriesDescription: 'Scout', AcquisitionTime: '101510.000000', size: '9110' },
    'PAT002_Müller/STUDY_20231212_MR/SERIES_003_MR_T1/IM0001': { ...muller, dicom: 'part10', SeriesNumber: '3', InstanceNumber: '1', SeriesDescription: 'T1 SE axial', AcquisitionTime: '083000', TransferSyntaxUID: '1.2.840.10008.1.2', modality_class: 'MRI' },
    'PAT002_Müller/STUDY_20231212_MR/SERIES_003_MR_T1/IM0002': { ...muller, dicom: 'part10', SeriesNumber: '3', InstanceNumber: '2', AcquisitionTime: '083000' },
    'PAT002_Müller/STUDY_20231212_MR/SERIES_004_MR_noPreamble/raw0001.dcm': { ...muller, dicom: 'raw', SeriesNumber: '4', AcquisitionTime: '083500', TransferSyntaxUID: null },
    'PAT003_Yamada/STUDY_20220301_PT/SERIES_005_PET/IM0001': { ...yamada, dicom: 'part10', InstanceNumber: '1', TransferSyntaxUID: '1.2.840.10008.1.2.2', modality_class: 'PET' },
    'PAT003_Yamada/STUDY_20220301_PT/SERIES_005_PET/IM0002': { ...yamada, dicom: 'part10', InstanceNumber: '2', TransferSyntaxUID: '1.2.840.10008.1.2.1.99' },
    'PAT004_Broken/STUDY_X/SERIES_006_CT/good0001': { PatientID: 'PAT004', PatientName: 'Broken^Case', PatientSex: 'O', PatientAge: '030Y', StudyDate: '', StudyTime: '', AcquisitionTime: '090000', dicom: 'part10', error: null },
    'PAT004_Broken/STUDY_X/SERIES_006_CT/truncated0002': { dicom: 'part10', Modality: 'CT', PatientID: null, SeriesDescription: null, size: '514' },
    'PAT005_Seg/STUDY_20240620_SEG/SERIES_007_SEG/seg0001.dcm': { ...lee, dicom: 'part10', Modality: 'SEG', SOPClassUID: '1.2.840.10008.5.1.4.1.1.66.4', modality_class: 'SEG' },
    'PAT005_Seg/STUDY_20240620_SEG/SERIES_008_RTSTRUCT/rtstruct0001.dcm': { ...lee, dicom: 'part10', Modality: 'RTSTRUCT', SOPClassUID: '1.2.840.10008.5.1.4.1.1.481.3', modality_class: 'RT' },
};
const FILES = Object.keys(EXPECTED);
/** In CSV absent (null) and empty are both empty cells, and numbers are text. */
const asCsv = (v) => v ?? '';
describe('dicom-crawler CLI', { concurrency: 3 }, () => {
    it('CSV on stdout: one row per DICOM file, every expected value, read back with csv-parse', async () => {
        const r = await run('-q', SAMPLE);
        assert.equal(r.status, 0, r.stderr);
        assert.equal(r.stderr, '', 'quiet');
        const rows = parse(r.stdout, { columns: true });
        assert.deepEqual(rows.map((row) => path.relative(SAMPLE, row.path)), FILES);
        assert.deepEqual(Object.keys(rows[0]).slice(0, 9), ['path', 'size', 'dicom', 'mime', 'modality_class', 'class_source', 'error', 'error_code', 'SOPClassUID']);
        for (const row of rows) {
            const rel = path.relative(SAMPLE, row.path);
            for (const [k, v] of Object.entries(EXPECTED[rel]))
                assert.equal(row[k], asCsv(v), `${rel} ${k}`);
        }
        assert.match(rows[10].error, /^truncated or malformed header: .*offset 514/);
        assert.ok(!r.stdout.includes('NESTED-WRONG'));
    });
    it('NDJSON on stdout: null for absent, "" for empty, every expected value', async () => {
        const r = await run('--format', 'ndjson', '--quiet', SAMPLE);
        assert.equal(r.status, 0, r.stderr);
        const records = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
        assert.deepEqual(records.map((o) => path.relative(SAMPLE, o.path)), FILES);
        for (const o of records) {
            const rel = path.relative(SAMPLE, o.path);
            // Typed: size and the IS attributes are numbers; text, dates and times stay text.
            const NUMBERS = ['size', 'SeriesNumber', 'InstanceNumber'];
            for (const [k, v] of Object.entries(EXPECTED[rel]))
                assert.deepEqual(o[k], NUMBERS.includes(k) && v !== null ? Number(v) : v, `${rel} ${k}`);
        }
        assert.equal(records[0].size, 9248);
        assert.equal(records[0].mime, null);
    });
    it('the end summary goes to stderr, never stdout', async () => {
        const r = await run('--format', 'ndjson', SAMPLE);
        assert.equal(r.status, 0);
        assert.match(r.stderr, /19 files: 12 DICOM \(11 part10, 1 raw\), 1 with errors, 6 skipped/);
        assert.equal(r.stdout.trimEnd().split('\n').length, 13);
    });
    const USAGE_ERRORS = [
        ['unknown option', ['--bogus', SAMPLE], /unknown option '--bogus'/],
        ['--concurrency 0', ['--concurrency', '0', SAMPLE], /--concurrency must be a whole number/],
        ['unknown --format', ['--format', 'xml', SAMPLE], /'xml' is invalid/],
        ['unknown tag keyword', ['--tags', 'Modality,PatientIdent', SAMPLE], /unknown DICOM keyword "PatientIdent"/],
        ['missing root', ['/nonexistent/dicom'], /root not found: \/nonexistent\/dicom/],
        ['bad template file', ['--templates', '/nonexistent/t.json', SAMPLE], /\/nonexistent\/t\.json: cannot read template file/],
        ['--escape-formulas with NDJSON', ['--escape-formulas', '--format', 'ndjson', SAMPLE], /--escape-formulas applies to CSV only, not to --format ndjson/],
    ];
    for (const [what, args, message] of USAGE_ERRORS) {
        it(`exit 2 for ${what}: one message line on stderr, nothing on stdout`, async () => {
            const r = await run(...args);
            assert.equal(r.status, 2);
            assert.equal(r.stdout, '');
            const [first, ...rest] = r.stderr.trimEnd().split('\n');
            assert.match(first, /^dicom-crawler: /);
            assert.match(first, message);
            assert.deepEqual(rest, ["Run 'dicom-crawler --help' for usage."]);
        });
    }
    it('exit 2 for a template that is not valid JSON, with line and column', async (t) => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-'));
        t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
        const file = path.join(dir, 'bad.json');
        fs.writeFileSync(file, '{\n  "CT": ["CT",]\n}\n');
        const r = await run('--templates', file, SAMPLE);
        assert.equal(r.status, 2);
        assert.equal(r.stdout, '');
        assert.equal(r.stderr.split('\n')[0], `dicom-crawler: ${file}: not valid JSON: Unexpected token ']' (line 2, column 15)`);
    });
    it('--output writes the file via a temp name and leaves no temp file behind', async (t) => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-'));
        t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
        const out = path.join(dir, 'files.csv');
        const r = await run('-q', '--output', out, SAMPLE);
        assert.equal(r.status, 0, r.stderr);
        assert.equal(r.stdout, '');
        assert.deepEqual(fs.readdirSync(dir), ['files.csv']);
        const rows = parse(fs.readFileSync(out, 'utf8'), { columns: true });
        assert.equal(rows.length, FILES.length);
        assert.equal(rows[0].PatientName, 'Doe^John');
    });
    it('--all-files adds the non-DICOM files with their libmagic mime', async () => {
        const r = await run('-q', '--all-files', '--format', 'ndjson', SAMPLE);
        assert.equal(r.status, 0, r.stderr);
        const records = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
        assert.equal(records.length, 19);
        const mimes = Object.fromEntries(records.filter((o) => o.dicom === 'none').map((o) => [path.relative(SAMPLE, o.path), o.mime]));
        assert.deepEqual(mimes, {
            'PAT001_Doe/STUDY_20240105_CT/SERIES_002_CT_Scout/thumbnail.jpg': 'image/jpeg',
            'PAT004_Broken/STUDY_X/SERIES_006_CT/empty0003': 'application/x-empty',
            'misc/archive.gz': 'application/x-gzip',
            'misc/data.json': 'text/plain',
            'misc/notes.txt': 'text/plain',
            'misc/report.pdf': 'application/pdf',
        });
        const notes = records.find((o) => o.path.endsWith('notes.txt'));
        assert.equal(notes.Modality, null);
        assert.equal(notes.modality_class, null);
    });
    it('--tags replaces the attribute columns; --add-tags appends to the defaults (keywords or hex)', async () => {
        const only = await run('-q', '--tags', 'Modality,00100020', '--tags', 'Rows', SAMPLE);
        assert.equal(only.status, 0, only.stderr);
        const rows = parse(only.stdout, { columns: true });
        assert.deepEqual(Object.keys(rows[0]), ['path', 'size', 'dicom', 'mime', 'modality_class', 'class_source', 'error', 'error_code', 'Modality', '00100020', 'Rows'], 'columns named as written');
        assert.deepEqual([rows[0].Modality, rows[0]['00100020'], rows[0].Rows], ['CT', 'PAT001', '64']);
        assert.equal(rows[7].Rows, '64', 'big-endian Rows');
        const added = await run('-q', '--format', 'ndjson', '--add-tags', 'SpecificCharacterSet,ImplementationVersionName', SAMPLE);
        assert.equal(added.status, 0, added.stderr);
        const first = JSON.parse(added.stdout.split('\n')[0]);
        const keys = Object.keys(first);
        assert.equal(keys.length, 8 + 19 + 2);
        assert.deepEqual(keys.slice(-3), ['TransferSyntaxUID', 'SpecificCharacterSet', 'ImplementationVersionName']);
        // SpecificCharacterSet may hold several values (1-n): NDJSON writes it as a list.
        assert.deepEqual(first.SpecificCharacterSet, ['ISO_IR 100']);
        assert.equal(first.ImplementationVersionName, 'DCMCRAWL_TEST');
    });
    it('--tags takes paths, private attributes by creator (a comma inside) and the common tag spellings, named as written', async () => {
        const r = await run('-q', '--format', 'ndjson', '--tags', 'patientid,(0028,0010),0028,0011,0x00080060,[Mortara Instrument, Inc.]1455,xx03', '--add-tags', 'OtherPatientIDsSequence/PatientID', SAMPLE);
        assert.equal(r.status, 0, r.stderr);
        const first = JSON.parse(r.stdout.split('\n')[0]);
        assert.deepEqual(Object.keys(first).slice(-6), ['patientid', '(0028,0010)', '0028,0011', '0x00080060', '[Mortara Instrument, Inc.]1455,xx03', 'OtherPatientIDsSequence/PatientID']);
        // Typed by the attribute, however it was named: Rows and Columns (US) are numbers.
        assert.deepEqual(Object.values(first).slice(-6), ['PAT001', 64, 64, 'CT', null, null]);
        assert.equal(first.modality_class, 'CT', 'classified by Modality though Modality was asked as a hex tag');
    });
    it('--tags PatientID still classifies by Modality, and counts the same files as the default set', async () => {
        const counts = async (...args) => {
            const out = await run('--format', 'ndjson', ...args, SAMPLE);
            assert.equal(out.status, 0, out.stderr);
            const records = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
            return { summary: out.stderr.split('\n').filter((l) => /DICOM|error/i.test(l)).join('\n').replace(/ in [\d.]+ s \(\d+ files\/s\)/, ''), classes: records.map((x) => `${x.modality_class}:${x.error === null}`) };
        };
        const defaults = await counts();
        assert.deepEqual(await counts('--tags', 'PatientID'), defaults);
        assert.deepEqual(await counts('--tags', 'Rows,PixelData'), defaults);
    });
    it('on the shared corpus: one NDJSON record per DICOM file in truth.json', { skip: CORPUS_SKIP }, async () => {
        const truth = JSON.parse(fs.readFileSync(path.join(CORPUS, 'truth.json'), 'utf8'));
        const dicom = Object.keys(truth).filter((k) => truth[k].dicom).sort();
        const r = await run('-q', '--format', 'ndjson', CORPUS);
        assert.equal(r.status, 0, r.stderr);
        const records = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
        assert.equal(records.length, dicom.length);
        assert.deepEqual(records.map((o) => path.relative(CORPUS, o.path)).sort(), dicom);
        for (const o of records)
            assert.equal(o.dicom, truth[path.relative(CORPUS, o.path)].dicom, o.path);
    });
});
//# sourceMappingURL=cli.test.js.map