import { count as n } from './count.js';
/** The end summary on stderr: counts that add up, and where to look when they do not. */
export function formatSummary(s, colors) {
    const lines = [];
    // Colour marks only what needs a look (errors, unreadable paths); without it the text is the same.
    const red = colors?.red ?? ((x) => x);
    lines.push(`${n(s.filesSeen)} files: ${n(s.dicom)} DICOM (${n(s.byKind.part10)} part10, ${n(s.byKind.raw)} raw), ` +
        `${n(s.errors)} with errors, ${n(s.skipped)} skipped` +
        (s.unreadableDirs ? `; ${n(s.unreadableDirs)} ${s.unreadableDirs === 1 ? 'folder' : 'folders'} unreadable` : '') +
        ` in ${s.elapsedSeconds.toFixed(2)} s (${n(s.filesPerSecond)} files/s)`);
    if (s.readModes?.length) {
        const how = (m) => m.chosen === 'option'
            ? `${m.root}: ${m.concurrency === 1 ? 'blocking reads' : `${m.concurrency} reads at once`} (--concurrency)`
            : m.mode === 'network'
                ? `${m.root}: network file system (${m.fileSystem}), ${m.concurrency} reads at once`
                : `${m.root}: local disk, blocking reads`;
        lines.push(`  read: ${s.readModes.map(how).join('; ')}${s.threads > 1 ? `; ${s.threads} threads` : ''}`);
    }
    const classes = Object.entries(s.byClass);
    if (classes.length)
        lines.push(`  by class: ${classes.map(([k, v]) => `${k} ${n(v)}`).join(', ')}`);
    const mimes = Object.entries(s.notDicomByMime);
    if (mimes.length) {
        const top = mimes.slice(0, 5).map(([k, v]) => `${k} ${n(v)}`);
        if (mimes.length > 5)
            top.push(`${mimes.length - 5} more types`);
        lines.push(`  not DICOM: ${top.join(', ')}`);
    }
    const reasons = Object.entries(s.skippedByReason).filter(([k]) => k !== 'not DICOM');
    if (reasons.length)
        lines.push(`  skipped: ${reasons.map(([k, v]) => `${k} ${n(v)}`).join(', ')}`);
    for (const [kind, { count, example }] of Object.entries(s.errorsByKind)) {
        lines.push(`  ${red('error:')} ${kind} ${n(count)} (e.g. ${example})`);
    }
    for (const [column, { count, value, path }] of Object.entries(s.untypedValues ?? {})) {
        lines.push(`  not typed: ${column} ${n(count)} kept as text (e.g. ${JSON.stringify(value)} in ${path})`);
    }
    for (const u of s.unreadable)
        lines.push(`  ${red('unreadable:')} ${u.path}: ${u.error}`);
    return lines.join('\n') + '\n';
}
//# sourceMappingURL=report.js.map