/**
 * docs/CLI.md is written by hand but checked against `--help` of the built
 * CLI: every option with its default and choices, every example, and no
 * option the CLI no longer has. A change to one without the other fails here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, PROJECT_ROOT } from './helpers/paths.js';
function help(...args) {
    // COLUMNS is ignored off a terminal; the width is fixed so the parse below sees the same text everywhere.
    const r = spawnSync(process.execPath, [CLI, ...args, '--help'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
}
/** The entries of one `Name:` section of commander's help, wrapped lines joined. */
export function helpSection(text, name) {
    const lines = text.split('\n');
    const start = lines.indexOf(`${name}:`);
    if (start < 0)
        return [];
    const entries = [];
    for (const line of lines.slice(start + 1)) {
        if (!line.trim())
            break;
        const entry = /^ {2}(\S.*?)(?: {2,}(.*))?$/.exec(line);
        const last = entries[entries.length - 1];
        if (entry)
            entries.push([entry[1], entry[2] ?? '']);
        else if (last)
            last[1] += ' ' + line.trim();
    }
    return entries;
}
export function parseOptions(text) {
    return helpSection(text, 'Options').map(([flags, description]) => {
        const long = /--[\w-]+/.exec(flags)?.[0] ?? flags;
        const extra = /\(([^()]*)\)$/.exec(description)?.[1] ?? '';
        const dflt = /(?:^|, )default: (.+)$/.exec(extra)?.[1];
        const choices = /choices: ((?:"[^"]*"(?:, )?)+)/.exec(extra)?.[1];
        return {
            flags,
            long,
            description,
            ...(dflt !== undefined ? { default: dflt.replace(/^"(.*)"$/, '$1') } : {}),
            ...(choices ? { choices: [...choices.matchAll(/"([^"]*)"/g)].map((m) => m[1]) } : {}),
        };
    });
}
/** The markdown section whose heading holds `usage`, up to the next heading of the same or higher level. */
function docSection(doc, usage) {
    const lines = doc.split('\n');
    const start = lines.findIndex((l) => /^#{2,3} /.test(l) && l.includes(usage));
    assert.ok(start >= 0, `docs/CLI.md has no heading holding \`${usage}\``);
    const level = /^#+/.exec(lines[start])[0].length;
    const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && /^#+/.exec(l)[0].length <= level);
    return lines.slice(start, end < 0 ? undefined : end).join('\n');
}
/** Option-table rows of a doc section: `| \`flags\` | default | meaning |`. */
function docRows(section) {
    const rows = new Map();
    for (const line of section.split('\n')) {
        const cells = /^\|\s*`([^`]+)`\s*\|([^|]*)\|(.*)\|\s*$/.exec(line);
        if (!cells)
            continue;
        const long = /--[\w-]+/.exec(cells[1])?.[0];
        if (long)
            rows.set(long, { flags: cells[1], default: cells[2].trim().replace(/^`(.*)`$/, '$1'), meaning: cells[3].trim() });
    }
    return rows;
}
const doc = readFileSync(join(PROJECT_ROOT, 'docs', 'CLI.md'), 'utf8');
const mainHelp = help();
// `help [command]` only prints the others' help.
const commands = helpSection(mainHelp, 'Commands').map(([term]) => term.split(' ')[0]).filter((c) => c !== 'help');
for (const command of ['', ...commands]) {
    const label = command ? `dicom-crawler ${command}` : 'dicom-crawler';
    const text = command ? help(command) : mainHelp;
    test(`docs/CLI.md documents every option of ${label} --help with the same default`, () => {
        const usage = /^Usage: (.*)$/m.exec(text)[1].replace(' [command]', '');
        const rows = docRows(docSection(doc, usage));
        const options = parseOptions(text);
        assert.ok(options.length >= 5, `parsed only ${options.length} options`);
        for (const o of options) {
            const row = rows.get(o.long);
            assert.ok(row, `${label}: ${o.flags} is not in docs/CLI.md`);
            assert.equal(row.flags, o.flags, `${label}: flags of ${o.long}`);
            assert.equal(row.default, o.default ?? '', `${label}: default of ${o.long}`);
            for (const c of o.choices ?? [])
                assert.ok(row.meaning.includes(`\`${c}\``) || row.flags.includes(c), `${label}: choice ${c} of ${o.long}`);
        }
        const extra = [...rows.keys()].filter((k) => !options.some((o) => o.long === k));
        assert.deepEqual(extra, [], `${label}: docs/CLI.md lists options --help does not have`);
    });
    test(`docs/CLI.md shows every example of ${label} --help`, () => {
        const examples = text
            .split('\n')
            .filter((l) => /^ {2}dicom-crawler /.test(l))
            .map((l) => l.trim());
        if (!command)
            assert.ok(examples.length >= 3, 'the main --help has three examples');
        for (const e of examples)
            assert.ok(doc.includes(e), `${label}: example not in docs/CLI.md: ${e}`);
    });
}
test('the help parser reads wrapped descriptions, defaults and choices', () => {
    const sample = [
        'Options:',
        '  -f, --format <format>  output format (choices: "csv", "ndjson", default:',
        '                         "csv")',
        '  --stats <file>         write the end summary as JSON to this file',
        '  -q, --quiet            quiet (default: false)',
        '',
    ].join('\n');
    assert.deepEqual(parseOptions(sample), [
        { flags: '-f, --format <format>', long: '--format', description: 'output format (choices: "csv", "ndjson", default: "csv")', default: 'csv', choices: ['csv', 'ndjson'] },
        { flags: '--stats <file>', long: '--stats', description: 'write the end summary as JSON to this file' },
        { flags: '-q, --quiet', long: '--quiet', description: 'quiet (default: false)', default: 'false' },
    ]);
});
test('the transcripts in README.md and docs/CLI.md match a real run on the sample tree', () => {
    const r = spawnSync(process.execPath, [CLI, 'fixtures/sample'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    // Timings differ from run to run; everything else must be as documented.
    const untimed = (s) => s.replace(/ in [\d.]+ s \([\d,]+ files\/s\)/g, ' in T s (R files/s)');
    const summary = untimed(r.stderr).trimEnd().split('\n');
    assert.ok(summary.length >= 4, r.stderr);
    const readme = untimed(readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8'));
    const cliDoc = untimed(doc);
    for (const line of summary) {
        assert.ok(readme.includes(`\n${line}\n`), `README.md lacks the summary line: ${line}`);
        assert.ok(cliDoc.includes(`\n${line}\n`), `docs/CLI.md lacks the summary line: ${line}`);
    }
    const rows = r.stdout.trimEnd().split('\n').length;
    assert.match(readme, new RegExp(`\\$ wc -l < files.csv\\n${rows}\\n`));
});
//# sourceMappingURL=cli-docs.test.js.map