import { count as n } from './count.js';
import { fstatSync } from 'node:fs';
import { createRequire } from 'node:module';
import pc from 'picocolors';
/** Redraws a second: often enough to look alive, rare enough to cost nothing next to the crawl. */
const FPS = 5;
/**
 * Colour only for a terminal, and never when NO_COLOR is set to anything but
 * "" (no-color.org). picocolors' own check looks at stdout, but everything
 * coloured here goes to stderr, so the stream in question is passed in.
 */
export function colorsFor(stream, env = process.env) {
    return pc.createColors(stream.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb');
}
/** `75` -> `1:15`, `3725` -> `1:02:05`. */
export function formatElapsed(seconds) {
    const s = Math.floor(seconds);
    const hh = Math.floor(s / 3600);
    const mm = Math.floor((s % 3600) / 60);
    const ss = String(s % 60).padStart(2, '0');
    return hh ? `${hh}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}
/** Keeps the end of a path, where the series folder is: `…/STUDY_X/SERIES_006_CT`. */
export function shortenPath(path, room) {
    if (path.length <= room)
        return path;
    if (room < 2)
        return '';
    return `…${path.slice(path.length - room + 1)}`;
}
/**
 * One progress line, at most `width` columns (colour codes aside):
 * `12,345 files | 11,002 DICOM | 3 errors | 2,345 files/s | 0:05 | PAT001/STUDY_1/SERIES_2`.
 */
export function formatProgress(p, width, colors = pc.createColors(false)) {
    const files = p.filesSeen + (p.unchanged ?? 0);
    const rate = p.elapsedSeconds > 0 ? Math.round(files / p.elapsedSeconds) : 0;
    const fields = [
        [`${n(files)} ${files === 1 ? 'file' : 'files'}`, colors.bold],
        ...(p.unchanged === undefined ? [] : [[`${n(p.unchanged)} unchanged`, colors.dim]]),
        [`${n(p.dicom)} DICOM`, colors.green],
        [`${n(p.errors)} ${p.errors === 1 ? 'error' : 'errors'}`, p.errors ? colors.red : (s) => s],
        [`${n(rate)} files/s`, (s) => s],
        [formatElapsed(p.elapsedSeconds), (s) => s],
    ];
    const sep = ' | ';
    // The last column of a terminal is left free: writing there wraps on some terminals.
    // On a narrow terminal whole fields go from the end: the terminal would cut one mid-field.
    while (fields.length > 1 && fields.map(([plain]) => plain).join(sep).length > width - 1)
        fields.pop();
    const fixed = fields.map(([plain]) => plain).join(sep);
    const room = width - 1 - fixed.length - sep.length;
    const tail = p.done ? 'done' : shortenPath(p.currentDir || '.', room);
    const painted = fields.map(([plain, paint]) => paint(plain));
    if (tail && room >= tail.length)
        painted.push(p.done ? colors.green(tail) : colors.dim(tail));
    return painted.join(colors.dim(sep));
}
export function stdoutKind() {
    if (process.stdout.isTTY)
        return 'terminal';
    try {
        const st = fstatSync(1);
        return st.isFIFO() || st.isSocket() ? 'pipe' : 'file';
    }
    catch {
        return 'file'; // closed: nothing is drawn into it
    }
}
/**
 * The live progress line on stderr. It reads the crawl's counters on its own
 * clock (FPS times a second) instead of being told about each file, so a
 * crawl of millions of files pays nothing per file for it.
 */
export class Progress {
    stats;
    bar;
    done = false;
    stopped = false;
    onExit = () => this.stop();
    unchanged;
    constructor(stats, options = {}) {
        this.stats = stats;
        const stream = options.stream ?? process.stderr;
        const colors = options.colors ?? colorsFor(stream);
        this.unchanged = options.unchanged;
        // Loaded only when a progress line is drawn (a terminal): a crawl into a pipe never needs it.
        const { SingleBar } = createRequire(import.meta.url)('cli-progress');
        this.bar = new SingleBar({
            stream,
            fps: FPS,
            // A second Ctrl-C ends the process at once, with no chance to show a hidden cursor again.
            hideCursor: false,
            clearOnComplete: false,
            // The line is made to fit the terminal's width already (formatProgress).
            linewrap: false,
            format: (_opts, params) => formatProgress(this.snapshot(), params.maxWidth, colors),
        });
    }
    /**
     * A progress line only helps on a terminal, and only if rows are not drawn
     * on the same one: not when stdout is that terminal, and not when it is a
     * pipe, whose reader (`| head`, `| less`, `| jq`) most often prints on the
     * same terminal, where the line would be drawn into its rows. With records
     * in a file (`> files.csv`, `--output`, `/dev/null`) it is drawn.
     */
    static wanted(opts, stderr = process.stderr, stdout = stdoutKind()) {
        return !opts.quiet && stderr.isTTY === true && (opts.toFile || stdout === 'file');
    }
    start() {
        this.bar.start(0, 0);
        // An exit by signal (process.exit) must still leave the terminal with its cursor and a newline.
        process.once('exit', this.onExit);
        return this;
    }
    /** Draws the final state (`done` when the crawl completed) and leaves it on screen. */
    stop(completed = false) {
        if (this.stopped)
            return;
        this.stopped = true;
        this.done = completed;
        process.removeListener('exit', this.onExit);
        this.bar.stop();
    }
    snapshot() {
        const s = this.stats;
        const snap = { filesSeen: s.filesSeen, dicom: s.dicom, errors: s.errors, elapsedSeconds: s.elapsedSeconds, currentDir: s.currentDir, done: this.done };
        if (this.unchanged)
            snap.unchanged = this.unchanged();
        return snap;
    }
}
//# sourceMappingURL=progress.js.map