/**
 * A small archive for the summary tests, built on the fly: several patients,
 * studies and series folders, with the awkward files real archives hold.
 * Returns the root and what each folder's row must say.
 */
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDicom, uid } from './dicom-writer.js';
export function elements(i) {
    return [
        { tag: '00080016', vr: 'UI', value: '1.2.840.10008.5.1.4.1.1.7' },
        { tag: '00080018', vr: 'UI', value: uid(3, i.study, i.series, i.n) },
        { tag: '00080020', vr: 'DA', value: i.studyDate },
        ...(i.time === undefined ? [] : [{ tag: '00080032', vr: 'TM', value: i.time }]),
        { tag: '00080060', vr: 'CS', value: i.modality },
        { tag: '0008103E', vr: 'LO', value: 'a series description long enough to cut inside' },
        { tag: '00100010', vr: 'PN', value: `${i.patient}^Test` },
        { tag: '00100020', vr: 'LO', value: i.patient },
        { tag: '00100040', vr: 'CS', value: i.sex },
        { tag: '00101010', vr: 'AS', value: i.age },
        { tag: '0020000D', vr: 'UI', value: uid(1, i.study) },
        { tag: '0020000E', vr: 'UI', value: uid(2, i.study, i.series) },
        { tag: '00200013', vr: 'IS', value: i.n },
    ];
}
export function dicomFile(i, opts = {}) {
    return writeDicom(elements(i), opts);
}
const JPEG = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
export const P1 = { patient: 'P1', sex: 'M', age: '054Y', studyDate: '20240105', study: 1 };
export const P2 = { patient: 'P2', sex: 'F', age: '047Y', studyDate: '20231212', study: 2 };
export const P3 = { patient: 'P3', sex: 'O', age: '030Y', studyDate: '20220301', study: 3 };
/** Relative path -> contents (a folder when `null`). */
export function treeFiles() {
    const truncatedMr = dicomFile({ ...P2, modality: 'MR', time: '110000', series: 5, n: 1 });
    return [
        // Three CT images without extension, and a thumbnail.
        ['P1_Alpha/ST1_CT/SER1_CT/IM1', dicomFile({ ...P1, modality: 'CT', time: '100000', series: 1, n: 1 })],
        ['P1_Alpha/ST1_CT/SER1_CT/IM2', dicomFile({ ...P1, modality: 'CT', time: '100001', series: 1, n: 2 })],
        ['P1_Alpha/ST1_CT/SER1_CT/IM3', dicomFile({ ...P1, modality: 'CT', time: '100002', series: 1, n: 3 })],
        ['P1_Alpha/ST1_CT/SER1_CT/thumb.jpg', JPEG],
        // A vendor TIFF preamble (libmagic says image/tiff) and a notes file.
        ['P1_Alpha/ST1_CT/SER2_CT_Scout/IM1', dicomFile({ ...P1, modality: 'CT', time: '095900', series: 2, n: 1 }, { preamble: 'tiff' })],
        ['P1_Alpha/ST1_CT/SER2_CT_Scout/notes.txt', Buffer.from('scout taken twice\n')],
        // No preamble, then a file of another series in the same folder.
        ['P2_Beta/ST2_MR/SER3_MR/a0.dcm', dicomFile({ ...P2, modality: 'MR', time: '080000', series: 3, n: 1 }, { preamble: 'none-raw' })],
        ['P2_Beta/ST2_MR/SER3_MR/a1.dcm', dicomFile({ ...P2, modality: 'MR', time: '080500', series: 4, n: 1 })],
        // Empty and truncated files first in name order: the values come from the first good one.
        ['P2_Beta/ST2_MR/SER4_MR_broken/a_empty', Buffer.alloc(0)],
        ['P2_Beta/ST2_MR/SER4_MR_broken/b_truncated', truncatedMr.subarray(0, Math.floor(truncatedMr.length * 0.6))],
        ['P2_Beta/ST2_MR/SER4_MR_broken/c_good', dicomFile({ ...P2, modality: 'MR', time: '120000', series: 5, n: 2 })],
        // A folder whose name matches a template but holds only a PDF; an empty one.
        ['P3_Gamma/ST3/SER5_PET_pdfonly/report.pdf', PDF],
        ['P3_Gamma/ST3/SER6_CT_empty', null],
        // Two classes in one folder.
        ['P3_Gamma/ST3/SER7_mixed/x1', dicomFile({ ...P3, modality: 'CT', time: '070000', series: 7, n: 1 })],
        ['P3_Gamma/ST3/SER7_mixed/x2', dicomFile({ ...P3, modality: 'PT', time: '070100', series: 8, n: 1 })],
        // DICOM without any class: no row.
        ['P3_Gamma/ST9/SER8/y1', dicomFile({ ...P3, modality: 'XX', time: '060000', series: 9, n: 1 })],
        // The old substring rule matches "CT" inside "Doctor" and "SC" inside "misc".
        ['P5_Doctor/SER9_notes/notes.txt', Buffer.from('letters\n')],
        ['misc/notes.txt', Buffer.from('hello\n')],
    ];
}
/** Writes the tree into a new temporary folder (readable by everyone, for the read-only test) and returns its path. */
export function buildSummaryTree() {
    const root = mkdtempSync(join(tmpdir(), 'dcm-summary-'));
    chmodSync(root, 0o755);
    for (const [rel, data] of treeFiles()) {
        const full = join(root, rel);
        if (data === null) {
            mkdirSync(full, { recursive: true });
            continue;
        }
        mkdirSync(join(full, '..'), { recursive: true });
        writeFileSync(full, data);
    }
    return root;
}
//# sourceMappingURL=summary-tree.js.map