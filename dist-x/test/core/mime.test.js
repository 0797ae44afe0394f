import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nativeAllowed } from '../../lib/io/native-parts.js';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { detectMime, libmagicNamer, mimeNamerKind } from '../../lib/core/mime.js';
import { CORPUS, HAVE_CORPUS, PROJECT_ROOT } from '../helpers/paths.js';
/** Heads of files that are not DICOM, as a user's archive has them beside the images. */
function heads() {
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.from('0000001000000010080200000090916836', 'hex')]);
    const jpeg = Buffer.concat([Buffer.from('ffd8ffe000104a46494600010101004800480000', 'hex'), Buffer.alloc(200, 0x11)]);
    const out = [
        ['text', Buffer.from('Patient list\nPAT0001 CT THORAX\nPAT0002 MR BRAIN\n'.repeat(40))],
        ['csv', Buffer.from('Modality,Path,DCM_Count\nCT,/data/CT,120\n')],
        ['html', Buffer.from('<!DOCTYPE html>\n<html><head><title>report</title></head><body>ok</body></html>\n')],
        ['pdf', Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1')],
        ['png', png],
        ['jpeg', jpeg],
        ['gzip', zlib.gzipSync(Buffer.from('compressed report'))],
        ['zeros', Buffer.alloc(4096)],
        ['one byte', Buffer.from([0x42])],
        ['random', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24))],
        ['utf-8 text', Buffer.from('Müller^Jürgen, Straße 5, 東京\n'.repeat(20))],
        ['empty', Buffer.alloc(0)],
    ];
    if (HAVE_CORPUS) {
        // The corpus's own files that are not DICOM, and a few DICOM heads for good measure.
        for (const name of ['charset_files/FileInfo.txt', 'test_files/README.txt', 'test_files/zipMR.gz', 'test_files/test1.json', 'test_files/CT_small.dcm', 'test_files/MR_small.dcm']) {
            const file = path.join(CORPUS, name);
            if (fs.existsSync(file))
                out.push([name, fs.readFileSync(file).subarray(0, 4096)]);
        }
    }
    return out;
}
test('the native MIME namer is built by npm install, and crawls use it', () => {
    const want = nativeAllowed('mime-namer') ? 'native' : 'mmmagic';
    assert.equal(mimeNamerKind(), want, 'native/mime-namer/build/Release/mime_namer.node did not load: run npm install (scripts/build-native.mjs)');
});
test('the native namer and mmmagic name every head alike', { skip: libmagicNamer('native') ? false : 'native MIME namer not built or turned off (DICOM_CRAWLER_NATIVE=0)' }, async () => {
    const native = libmagicNamer('native');
    const mmmagic = libmagicNamer('mmmagic');
    const all = heads();
    const a = await Promise.all(all.map(([, bytes]) => native(bytes)));
    const b = await Promise.all(all.map(([, bytes]) => mmmagic(bytes)));
    assert.deepEqual(Object.fromEntries(all.map(([name], i) => [name, a[i]])), Object.fromEntries(all.map(([name], i) => [name, b[i]])));
    // What a user would check in the counts.
    const byName = Object.fromEntries(all.map(([name], i) => [name, a[i]]));
    assert.equal(byName['text'], 'text/plain');
    assert.equal(byName['pdf'], 'application/pdf');
    assert.equal(byName['png'], 'image/png');
    assert.equal(byName['jpeg'], 'image/jpeg');
    assert.equal(byName['gzip'], 'application/x-gzip'); // libmagic 5.32's name
    assert.equal(byName['empty'], 'application/x-empty');
});
/** Text of many kinds: libmagic tries its regular expressions on these (the native namer keeps them compiled per thread). */
function texts() {
    const t = (name, text, encoding = 'utf8') => [name, Buffer.from(text, encoding)];
    return [
        t('shell', '#!/bin/sh\nset -e\nfor f in *.dcm; do echo "$f"; done\n'),
        t('bash', '#!/usr/bin/env bash\nexport A=1\n'),
        t('python', '#!/usr/bin/env python3\nimport pydicom\n\ndef main():\n    print(1)\n'),
        t('python, no #!', 'import os\nfrom pathlib import Path\n\nclass Reader(object):\n    def __init__(self):\n        pass\n'),
        t('perl', '#!/usr/bin/perl\nuse strict;\nmy $x = 1;\n'),
        t('c', '#include <stdio.h>\n#include <stdlib.h>\n\nint main(int argc, char **argv)\n{\n\treturn 0;\n}\n'),
        t('c++', '#include <iostream>\nnamespace dc {\nclass Reader {\npublic:\n  virtual ~Reader();\n};\n}\n'),
        t('java', 'package org.example;\n\nimport java.util.List;\n\npublic class Main {\n  public static void main(String[] a) {}\n}\n'),
        t('makefile', 'all: main\n\nmain: main.o\n\t$(CC) -o $@ $^\n\n.PHONY: all\n'),
        t('xml', '<?xml version="1.0" encoding="UTF-8"?>\n<study><series uid="1.2.3"/></study>\n'),
        t('svg', '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>\n'),
        t('json', '{\n  "PatientID": "PAT0001",\n  "Series": [1, 2, 3]\n}\n'),
        t('troff', '.TH DICOM-CRAWLER 1\n.SH NAME\ndicom-crawler \\- crawl\n'),
        t('latex', '\\documentclass{article}\n\\begin{document}\nHello\n\\end{document}\n'),
        t('rtf', '{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Hello}\n'),
        t('postscript', '%!PS-Adobe-3.0\n%%Title: report\n%%EndComments\nshowpage\n'),
        t('diff', 'diff --git a/x b/x\nindex 1..2 100644\n--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n+b\n'),
        t('mail', 'From: PACS <pacs@example.org>\nTo: admin@example.org\nSubject: export done\n\nAll done.\n'),
        t('ini', '[dicom]\naet=CRAWLER\nport=104\n'),
        t('php', '<?php\necho "hi";\n?>\n'),
        t('ruby', '#!/usr/bin/env ruby\nrequire "json"\nputs 1\n'),
        t('javascript', '#!/usr/bin/env node\nconst fs = require("fs")\n'),
        t('m3u', '#EXTM3U\n#EXTINF:10,Title\nfile.mp3\n'),
        t('latin-1 text', 'R\xe9sultats de l\x27examen, patient Mu\xf1oz\n'.repeat(10), 'latin1'),
        t('utf-16 text', '\ufeffPatient list\r\nPAT0001\r\n', 'utf16le'),
        t('crlf text', 'line one\r\nline two\r\n'.repeat(30)),
        t('long lines', 'x'.repeat(3000) + '\n'),
        t('dicom dump', '# Dicom-File-Format\n(0008,0060) CS [CT]  #   2, 1 Modality\n'),
    ];
}
test('libmagic names text alike with its regular expressions kept compiled or compiled each time (native namer against mmmagic, again and again)', { skip: libmagicNamer('native') ? false : 'native MIME namer not built or turned off (DICOM_CRAWLER_NATIVE=0)' }, async () => {
    const native = libmagicNamer('native');
    const mmmagic = libmagicNamer('mmmagic');
    const all = [...texts(), ...heads()];
    const want = await Promise.all(all.map(([, bytes]) => mmmagic(bytes)));
    // Three rounds in different orders: each thread's kept expressions serve files of every kind.
    for (const order of [all.keys(), [...all.keys()].reverse(), [...all.keys()].sort((a, b) => (a * 7919) % all.length - (b * 7919) % all.length)]) {
        const idx = [...order];
        const got = await Promise.all(idx.map((i) => native(all[i][1])));
        for (let k = 0; k < idx.length; k++)
            assert.equal(got[k], want[idx[k]], all[idx[k]][0]);
    }
    const byName = Object.fromEntries(all.map(([name], i) => [name, want[i]]));
    // What a user would see counted: text of several kinds, told apart.
    assert.equal(byName['shell'], 'text/x-shellscript');
    assert.equal(byName['c'], 'text/x-c');
    assert.equal(byName['xml'], 'text/xml');
    assert.notEqual(new Set(want).size, 1);
});
test('many names at once come back to the file that asked, even from a reused buffer', async () => {
    const all = heads().filter(([, b]) => b.length > 0);
    const expected = await Promise.all(all.map(([, b]) => detectMime(b)));
    const scratch = Buffer.alloc(4096);
    const asked = [];
    for (let i = 0; i < 300; i++) {
        const bytes = all[i % all.length][1];
        bytes.copy(scratch);
        asked.push(detectMime(scratch.subarray(0, bytes.length), true));
        scratch.fill(0xee); // the namer must have taken its copy already
    }
    const got = await Promise.all(asked);
    assert.deepEqual(got, got.map((_, i) => expected[i % all.length]));
});
test('a process that named files ends by itself, after the last name came back', () => {
    const mime = pathToFileURL(path.join(PROJECT_ROOT, 'dist', 'lib', 'core', 'mime.js')).href;
    const script = `import { detectMime } from ${JSON.stringify(mime)}
const names = await Promise.all([detectMime(Buffer.from('%PDF-1.4\\n')), detectMime(Buffer.from('hello\\n'))])
console.log(names.join(' '))
setTimeout(() => detectMime(Buffer.from('late text\\n')).then((m) => console.log(m)), 50)`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(r.signal, null, 'the process did not end by itself');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'application/pdf text/plain\ntext/plain\n');
});
test('worker threads name files too, and one ended while names are due neither crashes nor hangs the process', { skip: mimeNamerKind() === 'native' ? false : 'mmmagic (a Nan addon) loads in one thread per process only' }, async () => {
    const { Worker } = await import('node:worker_threads');
    const mime = pathToFileURL(path.join(PROJECT_ROOT, 'dist', 'lib', 'core', 'mime.js')).href;
    const src = `
const { detectMime } = await import(${JSON.stringify(mime)})
const { parentPort, workerData } = await import('node:worker_threads')
const text = Buffer.from('hello world\\n'.repeat(300))
const asked = Array.from({ length: 300 }, () => detectMime(text))
if (workerData.early) parentPort.postMessage('asked')
const names = await Promise.all(asked)
parentPort.postMessage(names[0] + ' x' + names.length)`;
    for (const early of [false, true, false, true]) {
        const worker = new Worker(src, { eval: true, workerData: { early } });
        const said = await new Promise((resolve, reject) => {
            worker.once('message', resolve);
            worker.once('error', reject);
        });
        if (early) {
            assert.equal(said, 'asked');
            await worker.terminate(); // with names still being worked on
        }
        else {
            assert.equal(said, 'text/plain x300');
        }
    }
    assert.equal(await detectMime(Buffer.from('%PDF-1.4\n')), 'application/pdf');
});
//# sourceMappingURL=mime.test.js.map