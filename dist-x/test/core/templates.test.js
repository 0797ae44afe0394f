import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadTemplates, parseTemplates, DEFAULT_TEMPLATES_FILE } from '../../lib/core/templates.js';
import { CrawlerError } from '../../lib/errors.js';
const badTemplate = (file, what) => (e) => e instanceof CrawlerError && e.code === 'BAD_TEMPLATE' && (typeof file === 'string' ? e.message.includes(file) : file.test(e.message)) && what.test(e.message);
function withFile(text, fn) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpl-'));
    const file = path.join(dir, 'my-templates.json');
    fs.writeFileSync(file, text);
    try {
        fn(file);
    }
    finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}
test('the seed form: one list serves Modality and path matching, upper-cased', () => {
    const t = parseTemplates({ CT: ['CT', 'ComputedTomography'], MRI: ['MR'] });
    assert.deepEqual(t.map((c) => ({ ...c })), [
        { name: 'CT', modalities: ['CT', 'COMPUTEDTOMOGRAPHY'], paths: ['CT', 'COMPUTEDTOMOGRAPHY'] },
        { name: 'MRI', modalities: ['MR'], paths: ['MR'] },
    ]);
});
test('the rich form separates modalities from path identifiers, and mixes with the seed form', () => {
    const t = parseTemplates({ PET: { modalities: ['PT'], paths: ['PET', 'FDG'] }, Scout: { paths: ['scout'] }, CT: ['CT'] });
    assert.deepEqual(t.map((c) => ({ ...c })), [
        { name: 'PET', modalities: ['PT'], paths: ['PET', 'FDG'] },
        { name: 'Scout', modalities: [], paths: ['SCOUT'] },
        { name: 'CT', modalities: ['CT'], paths: ['CT'] },
    ]);
});
test('the bundled template loads', () => {
    const t = loadTemplates(DEFAULT_TEMPLATES_FILE);
    assert.ok(t.length >= 10);
    assert.deepEqual(t.find((c) => c.name === 'PET')?.modalities, ['PT', 'PET']);
});
test('bad JSON reports the file, line and column', () => {
    withFile('{\n  "CT": ["CT",],\n}', (file) => {
        // the stray "]" is on line 2, column 15; the message stays on one line
        assert.throws(() => loadTemplates(file), badTemplate(file, /^[^\n]*not valid JSON: Unexpected token '\]' \(line 2, column 15\)$/));
    });
    withFile('{"CT": ["CT"]', (file) => {
        assert.throws(() => loadTemplates(file), badTemplate(file, /not valid JSON.*\(line 1, column 14\)$/));
    });
});
test('a missing template file is BAD_TEMPLATE naming it', () => {
    assert.throws(() => loadTemplates('/nonexistent/tpl.json'), badTemplate('/nonexistent/tpl.json', /cannot read.*ENOENT/));
});
const WRONG = [
    ['an array', [['CT']], /expected an object/],
    ['a string', 'CT', /expected an object/],
    ['null', null, /expected an object/],
    ['no classes', {}, /no classes/],
    ['an empty list', { CT: [] }, /class "CT": the list of identifiers is empty/],
    ['empty rich lists', { CT: { modalities: [], paths: [] } }, /class "CT": the list of identifiers is empty/],
    ['a number for a class', { CT: 5 }, /class "CT": expected a list/],
    ['a non-string identifier', { CT: ['CT', 3] }, /class "CT": identifiers must be non-empty strings, got 3/],
    ['a blank identifier', { CT: ['CT', '  '] }, /non-empty strings/],
    ['paths not a list', { CT: { paths: 'CT' } }, /class "CT": identifiers must be a list/],
    ['an unknown key', { CT: { modality: ['CT'] } }, /unknown key "modality"/],
    ['an empty class name', { ' ': ['CT'] }, /class name is empty/],
];
for (const [what, json, message] of WRONG) {
    test(`wrong shape: ${what} is BAD_TEMPLATE with the file name`, () => {
        withFile(JSON.stringify(json), (file) => {
            assert.throws(() => loadTemplates(file), badTemplate(file, message));
        });
    });
}
//# sourceMappingURL=templates.test.js.map