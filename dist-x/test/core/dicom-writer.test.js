// The writer builds every fixture, so it is checked against readers we did not write:
// dicom-parser (always) and dcmtk's dcmdump (when installed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import dicomParser from 'dicom-parser';
import { writeDicom, pixelData, uid, UID_ROOT, TRANSFER_SYNTAX } from '../helpers/dicom-writer.js';
const SYNTAXES = ['explicit-le', 'implicit-le', 'explicit-be', 'deflated'];
const PREAMBLES = ['zero', 'tiff', 'none-raw'];
const DCMDUMP = '/usr/bin/dcmdump';
const CT = '1.2.840.10008.5.1.4.1.1.2';
/** Deliberately unsorted, with every numeric VR, a nested item that shadows a top-level tag, and raw Latin-1 text. */
const ELEMENTS = [
    pixelData(64),
    { tag: '00100020', vr: 'LO', value: 'PAT001' },
    { tag: '00080060', vr: 'CS', value: 'CT' },
    { tag: '00080018', vr: 'UI', value: uid(4, 11) },
    { tag: '00080016', vr: 'UI', value: CT },
    { tag: '00080005', vr: 'CS', value: 'ISO_IR 100' },
    { tag: '00100010', vr: 'PN', value: new Uint8Array(Buffer.from('Müller^Jürgen', 'latin1')) },
    { tag: '00081140', vr: 'SQ', value: [
            [{ tag: '00100020', vr: 'LO', value: 'NESTED-WRONG' }, { tag: '00081155', vr: 'UI', value: uid(4, 2) }],
            [{ tag: '00081155', vr: 'UI', value: uid(4, 3) }],
        ] },
    { tag: '00280010', vr: 'US', value: 512 },
    { tag: '00280011', vr: 'US', value: 0xfffe },
    { tag: '00189219', vr: 'SS', value: -45 },
    { tag: '00186020', vr: 'SL', value: -100000 },
    { tag: '00081161', vr: 'UL', value: [1, 70000] },
    { tag: '00109431', vr: 'FL', value: 123.5 },
    { tag: '00181271', vr: 'FD', value: 301.25 },
    { tag: '00280009', vr: 'AT', value: 0x00181063 },
    { tag: '00281052', vr: 'DS', value: -1024 },
    { tag: '00200013', vr: 'IS', value: 7 },
];
function parse(buf, syntax, raw) {
    const inflater = (arr, pos) => {
        const inflated = zlib.inflateRawSync(arr.subarray(pos));
        const out = new Uint8Array(pos + inflated.length);
        out.set(arr.subarray(0, pos));
        out.set(inflated, pos);
        return out;
    };
    return dicomParser.parseDicom(new Uint8Array(buf), {
        ...(raw ? { TransferSyntaxUID: TRANSFER_SYNTAX[syntax] } : {}),
        ...(syntax === 'deflated' ? { inflater } : {}),
    });
}
for (const syntax of SYNTAXES) {
    for (const preamble of PREAMBLES) {
        if (syntax === 'deflated' && preamble === 'none-raw')
            continue;
        const raw = preamble === 'none-raw';
        const buf = writeDicom(ELEMENTS, { syntax, preamble });
        test(`dicom-parser reads ${syntax} / ${preamble}`, () => {
            const ds = parse(buf, syntax, raw);
            assert.deepEqual(ds.warnings, []);
            assert.equal(ds.string('x00100020'), 'PAT001');
            assert.equal(ds.string('x00080060'), 'CT');
            assert.equal(ds.string('x00080016'), CT);
            assert.equal(ds.string('x00100010'), 'Müller^Jürgen'); // dicom-parser decodes bytes as Latin-1
            assert.equal(ds.uint16('x00280010'), 512);
            assert.equal(ds.uint16('x00280011'), 0xfffe);
            assert.equal(ds.int16('x00189219'), -45);
            assert.equal(ds.int32('x00186020'), -100000);
            assert.equal(ds.uint32('x00081161', 1), 70000);
            assert.equal(ds.float('x00109431'), 123.5);
            assert.equal(ds.double('x00181271'), 301.25);
            assert.equal(ds.attributeTag('x00280009'), 'x00181063');
            assert.equal(ds.floatString('x00281052'), -1024);
            assert.equal(ds.intString('x00200013'), 7);
            const items = ds.elements.x00081140?.items ?? [];
            assert.equal(items.length, 2);
            assert.equal(items[0]?.dataSet?.string('x00100020'), 'NESTED-WRONG');
            assert.equal(items[1]?.dataSet?.string('x00081155'), uid(4, 3));
            assert.equal(ds.elements.x7fe00010?.length, 64);
            if (!raw) {
                assert.equal(ds.string('x00020010'), TRANSFER_SYNTAX[syntax]);
                assert.equal(ds.string('x00020002'), CT);
                assert.equal(ds.string('x00020003'), uid(4, 11));
            }
        });
        test(`dcmdump reads ${syntax} / ${preamble}`, (t) => {
            if (!fs.existsSync(DCMDUMP))
                return t.skip('dcmdump not installed');
            const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dcmw-')), 'f.dcm');
            fs.writeFileSync(file, buf);
            const run = spawnSync(DCMDUMP, [file], { encoding: 'latin1' });
            fs.rmSync(path.dirname(file), { recursive: true });
            assert.equal(run.status, 0, run.stderr);
            assert.equal(run.stderr, '');
            assert.match(run.stdout, /\(0010,0020\) LO \[PAT001\]/);
            assert.match(run.stdout, /\(0010,0020\) LO \[NESTED-WRONG\]/);
            assert.match(run.stdout, /\(0010,0010\) PN \[Müller\^Jürgen\]/);
            assert.match(run.stdout, /\(0028,0010\) US 512 /);
            assert.match(run.stdout, /\(0018,9219\) SS -45 /);
            assert.match(run.stdout, /\(0018,1271\) FD 301\.25 /);
            if (!raw)
                assert.match(run.stdout, /\(0002,0000\) UL \d+ /);
        });
    }
}
test('the meta group is explicit LE with a group length that covers exactly the group', () => {
    for (const syntax of SYNTAXES) {
        const buf = writeDicom(ELEMENTS, { syntax });
        assert.equal(buf.subarray(128, 132).toString('latin1'), 'DICM');
        assert.equal(buf.subarray(132, 138).toString('latin1'), '\x02\x00\x00\x00UL');
        const groupLength = buf.readUInt32LE(140);
        const ds = parse(buf, syntax, false);
        const last = ds.elements.x00020013;
        assert.ok(last);
        assert.equal(last.dataOffset + last.length, 144 + groupLength);
        const firstGroup = syntax === 'explicit-be' ? buf.readUInt16BE(144 + groupLength) : buf.readUInt16LE(144 + groupLength);
        if (syntax !== 'deflated')
            assert.equal(firstGroup, 0x0008); // the data set starts right after the group
        assert.deepEqual([...buf.subarray(144, 154)], [2, 0, 1, 0, 0x4f, 0x42, 0, 0, 2, 0]); // (0002,0001) OB, 4-byte length
    }
});
test('elements are written in tag order, padded to even length (NUL for UI, space for text)', () => {
    const ds = parse(writeDicom(ELEMENTS), 'explicit-le', false);
    const offsets = Object.entries(ds.elements).filter(([k]) => !k.startsWith('x0002'));
    const byOffset = [...offsets].sort((a, b) => a[1].dataOffset - b[1].dataOffset).map(([k]) => k);
    assert.deepEqual(byOffset, offsets.map(([k]) => k).sort());
    for (const [, el] of offsets)
        assert.equal(el.length % 2, 0);
    const uidEl = ds.elements.x00080018;
    assert.ok(uidEl && uid(4, 11).length % 2 === 1);
    assert.equal(ds.byteArray[uidEl.dataOffset + uidEl.length - 1], 0);
    const modality = writeDicom([{ tag: '00080060', vr: 'CS', value: 'MRI' }], { preamble: 'none-raw' });
    assert.deepEqual([...modality], [8, 0, 0x60, 0, 0x43, 0x53, 4, 0, 0x4d, 0x52, 0x49, 0x20]);
});
test('explicit VR uses 4-byte lengths for long VRs and undefined lengths for sequences', () => {
    const buf = writeDicom([{ tag: '00081140', vr: 'SQ', value: [[]] }, { tag: '00204000', vr: 'LT', value: 'ab' }], { preamble: 'none-raw' });
    assert.equal(buf.toString('hex'), [
        '08004011', '5351', '0000', 'ffffffff', // SQ, reserved, undefined length
        'feff00e0', 'ffffffff', 'feff0de0', '00000000', // item, item delimiter
        'feffdde0', '00000000', // sequence delimiter
        '20000040', '4c54', '0200', '6162', // LT: 2-byte length
    ].join(''));
});
test('explicit big endian writes tags, lengths and numbers big-endian', () => {
    const buf = writeDicom([{ tag: '00280010', vr: 'US', value: 0x0102 }], { syntax: 'explicit-be', preamble: 'none-raw' });
    assert.equal(buf.toString('hex'), '00280010' + '5553' + '0002' + '0102');
});
test('the tiff preamble is a little-endian TIFF header followed by DICM', () => {
    const buf = writeDicom(ELEMENTS, { preamble: 'tiff' });
    assert.equal(buf.subarray(0, 8).toString('hex'), '49492a0008000000');
    assert.equal(buf.subarray(128, 132).toString('latin1'), 'DICM');
    assert.ok(writeDicom(ELEMENTS).subarray(0, 128).every((b) => b === 0));
});
test('none-raw starts with the first data element; meta can be forced off or on', () => {
    assert.equal(writeDicom(ELEMENTS, { preamble: 'none-raw' }).readUInt16LE(0), 0x0008);
    const noMeta = writeDicom(ELEMENTS, { meta: false });
    assert.equal(noMeta.subarray(132, 134).toString('hex'), '0800');
    assert.equal(writeDicom(ELEMENTS, { preamble: 'none-raw', meta: true }).subarray(0, 6).toString('latin1'), '\x02\x00\x00\x00UL');
});
test('output is deterministic and refuses what it cannot write', () => {
    for (const syntax of SYNTAXES)
        assert.deepEqual(writeDicom(ELEMENTS, { syntax }), writeDicom(ELEMENTS, { syntax }));
    assert.throws(() => writeDicom([{ tag: '0010002', vr: 'LO', value: 'x' }]), /8 hex digits/);
    assert.throws(() => writeDicom([{ tag: '00100020', vr: 'XX', value: 'x' }]), /unknown VR/);
    assert.throws(() => writeDicom([{ tag: '00020010', vr: 'UI', value: '1.2' }]), /meta elements/);
    assert.throws(() => writeDicom([{ tag: '00100020', vr: 'LO', value: 'x'.repeat(70000) }]), /too long/);
    assert.throws(() => writeDicom(ELEMENTS, { syntax: 'deflated', preamble: 'none-raw' }), /meta group/);
    assert.throws(() => pixelData(3), /even/);
});
test('charset option encodes strings; uid() stays under the root and the 64-char limit', () => {
    const latin = writeDicom([{ tag: '00100010', vr: 'PN', value: 'Jö' }], { preamble: 'none-raw', charset: 'latin1' });
    assert.equal(latin.subarray(8).toString('hex'), '4af6'); // 2 bytes, no padding
    const utf8 = writeDicom([{ tag: '00100010', vr: 'PN', value: 'Jö' }], { preamble: 'none-raw' });
    assert.equal(utf8.subarray(8).toString('hex'), '4ac3b620');
    assert.equal(uid(1, '2.3'), `${UID_ROOT}.1.2.3`);
    assert.throws(() => uid('x'), /bad UID/);
    assert.throws(() => uid('1'.repeat(40)), /bad UID/);
});
//# sourceMappingURL=dicom-writer.test.js.map