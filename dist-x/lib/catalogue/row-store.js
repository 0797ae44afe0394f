import { quoteId, quoteText, toColumn } from './values.js';
/**
 * The writes of an `index` run on one connection, committed in batches by
 * count and by time: on the run's own thread while a run is young, then on
 * the writer thread (lib/catalogue/writer.ts).
 */
export class RowStore {
    db;
    setup;
    upsertRow;
    setMime;
    removeRow;
    inBatch = 0;
    batchStarted = 0;
    constructor(db, setup) {
        this.db = db;
        this.setup = setup;
        const { columns } = setup;
        // The run's own values are part of the statement, not bound to each row: a bound value costs about 0.1 us.
        const own = { first_seen: quoteText(setup.started), last_read: quoteText(setup.started), generation: String(setup.generation), run: String(setup.runId) };
        this.upsertRow = db.prepare(`INSERT INTO files (${columns.map(quoteId).join(', ')}) VALUES (${columns.map((c) => own[c] ?? '?').join(', ')})
       ON CONFLICT (root, walk_key) DO UPDATE SET ${columns
            .filter((c) => c !== 'root' && c !== 'walk_key' && c !== 'first_seen')
            .map((c) => `${quoteId(c)} = excluded.${quoteId(c)}`)
            .join(', ')}`);
        this.setMime = db.prepare('UPDATE files SET mime = ?, size = ?, mtime_ns = ?, inode = ? WHERE root = ? AND walk_key = ?');
        this.removeRow = db.prepare('DELETE FROM files WHERE root = ? AND walk_key = ?');
    }
    /** A file read: its row. `rest`: status, error_code, error, dicom, mime, modality_class, class_source; `attributes` as the record has them (text), in the columns' order. */
    upsert(root, key, path, folder, size, mtimeNs, inode, rest, attributes) {
        const { types } = this.setup;
        const values = [root, key, path, folder, size, mtimeNs, inode];
        for (let i = 0; i < rest.length; i++)
            values.push(rest[i]);
        for (let i = 0; i < types.length; i++)
            values.push(toColumn(attributes[i], types[i]));
        this.write(this.upsertRow, values);
    }
    /** A file not DICOM, named after its row was written: its type and stamp. */
    name(root, key, mime, size, mtimeNs, inode) {
        this.write(this.setMime, [mime, size, mtimeNs, inode, root, key]);
    }
    /** A file gone: its row deleted. */
    remove(root, key) {
        this.write(this.removeRow, [root, key]);
    }
    /** Commits the open batch if it is older than `batchMs` (for a timer: files may come slowly). */
    commitIfDue() {
        if (this.inBatch > 0 && Date.now() - this.batchStarted >= this.setup.batchMs)
            this.commit();
    }
    commit() {
        if (this.inBatch === 0)
            return;
        this.db.exec('COMMIT');
        this.inBatch = 0;
    }
    /** Drops the open batch (a failed run keeps its last commit). */
    rollback() {
        if (this.db.inTransaction)
            this.db.exec('ROLLBACK');
        this.inBatch = 0;
    }
    write(statement, values) {
        if (this.inBatch === 0) {
            this.db.exec('BEGIN');
            this.batchStarted = Date.now();
        }
        statement.run(values);
        this.inBatch++;
        if (this.inBatch >= this.setup.batchFiles || Date.now() - this.batchStarted >= this.setup.batchMs)
            this.commit();
    }
}
//# sourceMappingURL=row-store.js.map