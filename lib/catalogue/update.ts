import type { Dirent } from 'node:fs'
import { hostname } from 'node:os'
import type Database from 'better-sqlite3'
import { crawl, type CrawlOptions } from '../crawl.js'
import { CrawlerError, RECORD_ERRORS, checkPositiveInt } from '../errors.js'
import { resolveTag, resolveTags, type TagSpec } from '../core/tags.js'
import { toTagSpecs } from '../stages/read-header.js'
import { checkShard, parseShard } from '../parallel/shard.js'
import { loadTemplates } from '../core/templates.js'
import type { CrawlStats, CrawlSummary } from '../core/stats.js'
import type { DicomRecord, FileEntry, FileStamp } from '../types.js'
import { GROUP_TAGS, addAttributes, catalogueAttributes, catalogueError, getMeta, groupViews, openCatalogue, setMeta } from './schema.js'
import { CatalogueWriter } from './writer.js'
import { FIXED_COLUMNS } from './row-store.js'
import { RowChunks } from './chunks.js'
import { KeyWriter } from './walk-key.js'
import { RootMerge, UNSTAMPED, mergeStatements, type MergeContext } from './merge.js'
import { entryPath, type WalkFolder } from '../stages/walk.js'
import { folderStamper, folderStamps, putStamp, stampAll, stamper, type FolderStamps } from './stamp.js'
import { PendingFiles } from './pending.js'
import { blockingReadsStamp, readerThreads } from '../core/read-head.js'
import { readModes } from '../io/fs-type.js'

/** Folders listed ahead of the walk whose files are stamped early (network drives), at most: the walk lists at most 64 ahead. */
const PREPARED = 256

export interface IndexOptions extends Omit<CrawlOptions, 'select' | 'filterFiles' | 'prepareFiles' | 'allFiles' | 'recordMime' | 'announceDirs' | 'format' | 'escapeFormulas' | 'stamps'> {
  /**
   * Commit after this many files written or removed. Default 2000: a commit
   * costs about as much as a few hundred rows, and a killed run reads at most
   * this many files again.
   */
  batchFiles?: number
  /** Commit at least this often (milliseconds) while files are written. Default 1000. */
  batchMs?: number
  /** Take over the catalogue from a writer recorded on another host (whose liveness cannot be checked). Default `false`. */
  breakLock?: boolean
}

/** What a run did to the catalogue. */
export interface CatalogueCounts {
  /** Files new to the catalogue, read. */
  added: number
  /** Files whose size, mtime or inode changed (or that lack attributes asked for), read again. */
  changed: number
  /** Files in the catalogue the walk no longer met, deleted. */
  removed: number
  /** Files whose size, mtime and inode are as catalogued: not opened. */
  unchanged: number
  /** Files read in this run whose record has an error. */
  errors: number
  /** Catalogued files kept because their folder could not be listed this run (not counted as removed). */
  kept: number
}

export interface IndexSummary extends CrawlSummary {
  catalogue: CatalogueCounts & {
    run: number
    /** Why every file is read again in this run, if it is (new attributes, other templates). */
    rereadAll: string | null
  }
}

/** A run of `index`: the live counts, and the summary when it ends. */
export interface IndexRun {
  /** The crawl's accounting of the files read (new and changed ones). */
  stats: CrawlStats
  counts: CatalogueCounts
  /** Why every file is read again in this run, if it is. */
  rereadAll: string | null
  /** Resolves when the run is committed and the catalogue closed; rejects with CrawlerError or a crawl error. */
  done: Promise<IndexSummary>
  /** Commits what was written, marks the run interrupted and closes the catalogue (for signals). */
  stop(): void
}

/** No stamp's text (meet() with UNSTAMPED). */
const NO_TEXT = Buffer.alloc(0)

/** A file not DICOM whose record is written, waiting for libmagic's name: its key and its stamp. */
interface Naming {
  key: Buffer
  /** The stamp written with the name; null: none (the file is read again next run). */
  size: bigint | null
  mtimeNs: bigint | null
  ino: bigint | null
}

/**
 * Brings the catalogue `db` up to date with `roots`: walks them, reads the
 * files that are new or changed (size, mtime in ns or inode differ), removes
 * the rows of files gone, and leaves the others unopened. Checks, opening
 * and locking happen here, before any file is read: a problem throws
 * CrawlerError. Writes are committed in batches, so a run killed at any
 * moment leaves a consistent catalogue and the next run reads only what was
 * not committed.
 */
export function indexArchive(roots: string | readonly string[], db: string, options: IndexOptions = {}): IndexRun {
  const rootList = [...new Set(typeof roots === 'string' ? [roots] : roots)]
  const batchFiles = checkPositiveInt('batchFiles', options.batchFiles ?? 2000)
  const batchMs = checkPositiveInt('batchMs', options.batchMs ?? 1000)
  const wanted = toTagSpecs(options.tags)
  const templates = typeof options.templates === 'object' ? options.templates : loadTemplates(options.templates)
  const match = options.match ?? 'token'
  // Kept as text, not hashed: loading node:crypto cost start-up time on every run.
  const settings = JSON.stringify({ templates, match })

  const shard = typeof options.shard === 'string' ? parseShard(options.shard) : options.shard && checkShard(options.shard)
  const conn = openCatalogue(db)
  const started = new Date().toISOString()
  let begun: ReturnType<typeof beginRun>
  try {
    begun = beginRun(conn, db, rootList, wanted, settings, started, { ...options, shard })
  } catch (e) {
    conn.close()
    throw catalogueError(e, db)
  }
  const { runId, generation, tags, rereadAll } = begun

  const counts: CatalogueCounts = { added: 0, changed: 0, removed: 0, unchanged: 0, errors: 0, kept: 0 }
  const statements = mergeStatements(conn)
  // The writes, committed in batches by count and by time: on a thread of their own once it has started, on this one until then (writer.ts).
  const types = catalogueAttributes(conn).map((a) => a.column_type)
  // A root's path as the file system takes it (its shown form escapes a backslash): the native parts may stamp files below it from the catalogue's keys.
  const fsRoot = (root: string) => !root.includes('\\')
  // Roots on network drives (read many at once): their files are stamped many at once too, on the reader threads.
  const modes = readModes(rootList, options.concurrency)
  const inFlightOf = new Map(modes.map((m) => [m.root, m.concurrency]))
  // On local disks only, the writer thread reads the merge's rows ahead, and checks them against their files (one lstat after the other) where links are not followed.
  const local = modes.every((m) => m.concurrency === 1)
  const check = !(options.followSymlinks ?? false) && rootList.every(fsRoot) && local
  const writer = new CatalogueWriter({ db, columns: [...FIXED_COLUMNS, ...tags.map((t) => t.keyword)], types, started, generation, runId, batchFiles, batchMs }, conn, check)
  // No row of these roots (a first run), or every file read again: every file will be written, so the writer thread starts now.
  const hasRows = conn.prepare('SELECT 1 FROM files WHERE root = ? LIMIT 1').pluck()
  if (rereadAll || rootList.every((root) => hasRows.get(root) === undefined)) writer.warm()

  // The merge: each root's rows in walk order beside the walk (lib/catalogue/merge.ts).
  const chunks = new RowChunks(statements.nextRows, generation, writer, local)
  const context: MergeContext = { generation, counts, remove: (root, key) => writer.remove(root, key), rows: (root, after) => chunks.next(root, after) }
  const merges = new Map<string, RootMerge>()
  const mergeOf = (root: string): RootMerge => {
    let merge = merges.get(root)
    if (!merge) merges.set(root, (merge = new RootMerge(root, context, statements)))
    return merge
  }
  const followSymlinks = options.followSymlinks ?? false
  const stamp = stamper(followSymlinks)
  const stampFolder = folderStamper()
  const keys = new KeyWriter()
  const pending = new PendingFiles()
  // Files met one by one at the crawl's end of the stream (roots that are files), while
  // folders are met as the walk enters them: their order among the queued ones is not
  // the records' order, so they wait apart.
  const apart = new Map<string, { key: Buffer; size: bigint | null; mtimeNs: bigint | null; ino: bigint | null; existed: boolean; fromRead: boolean }>()

  /** Meets a file the walk yielded as an entry: the stamp from one `lstat`, the key from its path. */
  const meetEntry = (entry: FileEntry, queue: 'in-order' | 'apart'): boolean => {
    const keyLength = keys.entry(entry)
    if (queue === 'in-order' && entry.kind === 'file' && readsStamp(entry.root) && !mergeOf(entry.root).rowsAhead()) {
      // No row of this root ahead (a first run; with --follow-symlinks, where files come as entries): the stamp comes with the read, which follows a link as `stat` does.
      pending.push(entry.path, keys.buf, keyLength, undefined, 0, false, true)
      return true
    }
    // Vanished or unreadable (no stamp): the read says why. With --follow-symlinks on a network drive, most were stamped ahead.
    const stampLength = (followSymlinks && typeof entry.fsPath === 'string' ? readyStamp(entry.path) : undefined) ?? stamp(entry.fsPath)
    const met = mergeOf(entry.root).meet(keys.buf, keyLength, stamp.text, 0, stampLength, stamp.values, 0)
    if (met === 'unchanged') {
      counts.unchanged++
      return false
    }
    if (queue === 'in-order') pending.push(entry.path, keys.buf, keyLength, stampLength > 0 ? stamp.values : undefined, 0, met === 'changed')
    else {
      const st = stamp.values
      apart.set(entry.path, { key: Buffer.from(keys.buf.subarray(0, keyLength)), size: stampLength > 0 ? st[0]! : null, mtimeNs: stampLength > 0 ? st[1]! : null, ino: stampLength > 0 ? st[2]! : null, existed: met === 'changed', fromRead: false })
    }
    return true
  }

  /**
   * Without --follow-symlinks, a folder's files are met as the walk enters
   * the folder, before they become entries: stamped in one native call, the
   * unchanged ones never yielded (no entry, no stream object, nothing
   * counted). An entry object and a stream hop per unchanged file were a
   * third of an unchanged re-run's time.
   */
  let passed = 0
  /**
   * On a network drive, the files of folders listed ahead of the walk are
   * stamped from then on (prepareFiles), their round trips overlapping
   * those of the folders before them; the walk meets them as it enters each
   * folder. At most PREPARED folders are held: the oldest (a folder never
   * entered: the run stopped) go first.
   */
  const prepared = new Map<string, { names: string[]; got: Promise<Array<FileStamp | undefined>> }>()
  const prepareFiles = (folder: { root: string; path: string; fsPath: string | Buffer }, files: Dirent[]): void => {
    const inFlight = inFlightOf.get(folder.root) ?? 1
    if (closed || inFlight <= 1 || folder.fsPath !== folder.path || !mergeOf(folder.root).rowsAhead()) return
    const names = files.map((d) => d.name)
    if (names.some((n) => typeof n !== 'string' || n.includes('\\'))) return
    const got = stampAll(folder.path, names, inFlight, followSymlinks)
    if (!got) return
    if (followSymlinks) {
      // Files come as entries, met one by one in the crawl's synchronous `select`: their stamps wait there, once taken.
      void got.then((stamps) => {
        if (closed) return
        ready.set(folder.path, new Map(names.map((n, i) => [n, stamps[i]])))
        if (ready.size > PREPARED) ready.delete(ready.keys().next().value!)
      })
      return
    }
    prepared.set(folder.path, { names, got })
    if (prepared.size > PREPARED) prepared.delete(prepared.keys().next().value!)
  }
  /** With --follow-symlinks: the stamps (`stat`) of the files of folders listed ahead, taken already, by folder and name; each is taken once. */
  const ready = new Map<string, Map<string, FileStamp | undefined>>()
  /** A file's stamp from `ready` into `stamp`'s values and text: its length (-1: it could not be stamped), or undefined when it is not there. */
  const readyStamp = (path: string): number | undefined => {
    const at = path.lastIndexOf('/')
    const folder = ready.get(path.slice(0, at))
    const name = path.slice(at + 1)
    if (!folder?.has(name)) return undefined
    const st = folder.get(name)
    folder.delete(name)
    if (folder.size === 0) ready.delete(path.slice(0, at))
    return st ? putStamp(st, stamp.values, 0, stamp.text, 0) : -1
  }
  const filterFiles = (folder: WalkFolder, files: Dirent[] | undefined): Dirent[] | Promise<Dirent[]> => {
    if (closed) return []
    const early = prepared.get(folder.path)
    if (early) prepared.delete(folder.path)
    if (!files) {
      // A folder that cannot be listed: what the catalogue holds below it stays.
      mergeOf(folder.root).unlisted.push(folder.dir)
      return []
    }
    if (files.length === 0) return files
    const merge = mergeOf(folder.root)
    const kept: Dirent[] = []
    const plain = folder.fsPath === folder.path && files.every((d) => typeof d.name === 'string' && !d.name.includes('\\'))
    const names = plain ? files.map((d) => d.name) : undefined
    const sep = folder.path.endsWith('/') ? '' : '/'
    if (names && merge.checked) {
      // Rows checked against their files by the writer thread: only the other files are stamped here.
      for (let i = 0; i < files.length; i++) {
        const keyLength = keys.file(folder.dir, names[i]!)
        let met = merge.meet(keys.buf, keyLength, NO_TEXT, 0, UNSTAMPED, stamp.values, 0)
        if (met === 'unchanged') {
          counts.unchanged++
          passed++
          continue
        }
        const path = folder.path + sep + names[i]!
        const stampLength = stamp(path)
        if (met === 'check') met = merge.decide(stamp.text, 0, stampLength)
        else if (met === 'again') met = merge.meet(keys.buf, keyLength, stamp.text, 0, stampLength, stamp.values, 0)
        if (met === 'unchanged') {
          counts.unchanged++
          passed++
        } else {
          pending.push(path, keys.buf, keyLength, stampLength > 0 ? stamp.values : undefined, 0, met === 'changed')
          kept.push(files[i]!)
        }
      }
      return afterFolder(kept)
    }
    if (names && readsStamp(folder.root) && !merge.rowsAhead()) {
      // No row of this root ahead in the catalogue (a first run, new folders at the end): every file is new, and its stamp comes with its read.
      for (let i = 0; i < files.length; i++) {
        const keyLength = keys.file(folder.dir, names[i]!)
        const path = folder.path + sep + names[i]!
        // A link is stamped as itself (its read would give its target's stamp).
        if (files[i]!.isFile()) pending.push(path, keys.buf, keyLength, undefined, 0, false, true)
        else pending.push(path, keys.buf, keyLength, stamp(path) > 0 ? stamp.values : undefined, 0, false)
      }
      return afterFolder(files)
    }
    // A network drive: the folder's files stamped many at once (from when it was listed, if that was ahead of the walk), then met.
    const inFlight = inFlightOf.get(folder.root) ?? 1
    const asked = early ?? (names && inFlight > 1 ? { names, got: stampAll(folder.path, names, inFlight) } : undefined)
    if (names && asked?.got) return asked.got.then((got) => (closed ? [] : meetStamped(folder, files, names, folderStamps(names, asked.names, got))))
    const stamps = names && stampFolder?.(folder.fsPath, names)
    if (stamps) return meetStamped(folder, files, names!, stamps)
    // Odd names, or no native part: one by one, as entries of the walk would be.
    for (const d of files) {
      const at = entryPath(folder, d)
      if (meetEntry({ ...at, root: folder.root, dir: folder.dir, kind: 'file' }, 'in-order')) kept.push(d)
      else passed++
    }
    return afterFolder(kept)
  }
  /** A folder's files met with their stamps (FolderStamps). */
  const meetStamped = (folder: WalkFolder, files: Dirent[], names: string[], stamps: FolderStamps): Dirent[] | Promise<Dirent[]> => {
    const merge = mergeOf(folder.root)
    const sep = folder.path.endsWith('/') ? '' : '/'
    const kept: Dirent[] = []
    let start = 0
    for (let i = 0; i < files.length; i++) {
      const end = stamps.ends[i]!
      const keyLength = keys.file(folder.dir, names[i]!)
      const met = merge.meet(keys.buf, keyLength, stamps.text, start, end - start, stamps.values, 3 * i)
      if (met === 'unchanged') {
        counts.unchanged++
        passed++
      } else {
        pending.push(folder.path + sep + names[i]!, keys.buf, keyLength, end > start ? stamps.values : undefined, 3 * i, met === 'changed')
        kept.push(files[i]!)
      }
      start = end
    }
    return afterFolder(kept)
  }
  const afterFolder = (kept: Dirent[]): Dirent[] | Promise<Dirent[]> => {
    // Rows of files gone wait for the writer to have room.
    if (writer.full) return writer.drained().then(() => kept)
    // Folders of files passed over still let the event loop turn (signals, timers, the progress line).
    if (passed < 2000) return kept
    passed = 0
    return new Promise((resolve) => setImmediate(resolve, kept))
  }

  const select = (entry: FileEntry): boolean => {
    if (entry.kind === 'directory') {
      // A folder that cannot be listed: what the catalogue holds below it stays.
      if (entry.error && followSymlinks) mergeOf(entry.root).unlisted.push(entry.dir)
      return !entry.folder
    }
    if (followSymlinks) return meetEntry(entry, 'in-order')
    // A root that is a file; the files of folders were met as the walk entered them.
    return entry.path === entry.root ? meetEntry(entry, 'apart') : true
  }

  // recordMime false: a file that is not DICOM does not hold up the records behind it
  // while libmagic names it. Its row is written without its type and without its
  // stamp (so a run killed before the name comes reads it again); the name,
  // when it comes, writes both (onNamed).
  const naming = new Map<string, Naming>()
  // Names that came before their record (the record waits in the crawl's buffers).
  const early = new Map<string, string | null>()
  // By root and path: a root may lie inside another, and its file is then met under both.
  const nameKey = (record: DicomRecord) => `${record.root}\0${record.path}`
  const named = (record: DicomRecord) => {
    if (closed) return
    const file = naming.get(nameKey(record))
    if (!file) return void early.set(nameKey(record), record.mime)
    naming.delete(nameKey(record))
    writer.name(record.root, file.key, record.mime, file.size, file.mtimeNs, file.ino)
  }
  const records = crawl(rootList, { ...options, ...(shard ? { shard } : {}), tags, allFiles: true, recordMime: false, onNamed: named, select, stamps: true, ...(followSymlinks ? { prepareFiles } : { filterFiles, prepareFiles }) })
  // Roots read by the native reader (blocking on local disks, on its threads on network drives): their records carry the stamp of the file as it was opened (the crawl's `stamps`).
  const stampedRoots = new Set(records.stats.readModes.filter((m) => fsRoot(m.root) && (m.concurrency === 1 ? blockingReadsStamp : readerThreads)).map((m) => m.root))
  const readsStamp = (root: string) => stampedRoots.has(root)

  const store = (record: DicomRecord) => {
    // A root that is a file: its record names it as root and path (the same file under a folder root is a record of that root).
    let file = !followSymlinks && record.path === record.root ? apart.get(record.path) : undefined
    if (file) apart.delete(record.path)
    else {
      if (pending.firstPath() !== record.path) return // an unreadable folder: counted by the crawl, not a file
      file = pending.first()
      pending.shift()
    }
    if (file.fromRead && record.stamp) ({ size: file.size, mtimeNs: file.mtimeNs, ino: file.ino } = record.stamp)
    if (file.existed) counts.changed++
    else counts.added++
    if (record.error) counts.errors++
    // A file that could not be read is read again next time, whatever its stat says.
    let mime = record.mime
    if (mime === null && record.status === 'not-dicom' && early.has(nameKey(record))) {
      mime = early.get(nameKey(record))!
      early.delete(nameKey(record))
    }
    const unnamed = mime === null && record.status === 'not-dicom'
    const stamped = file.mtimeNs !== null && !unnamed && !(record.error_code && RECORD_ERRORS[record.error_code].unreadable)
    // Its name comes later: written then, with the stamp when there is one (none: read again next run).
    if (unnamed) naming.set(nameKey(record), { key: Buffer.from(file.key), size: file.size, mtimeNs: file.mtimeNs, ino: file.ino })
    const attrs = record.attributes
    const values: unknown[] = new Array(tags.length)
    for (let i = 0; i < tags.length; i++) values[i] = attrs[tags[i]!.keyword] ?? null
    writer.upsert(
      record.root,
      file.key,
      record.path,
      record.dir,
      stamped ? file.size : record.size,
      stamped ? file.mtimeNs : null,
      stamped ? file.ino : null,
      [record.status, record.error_code, record.error ?? record.skip ?? null, record.dicom, mime, record.modality_class, record.class_source],
      values,
    )
    // The writer's thread behind: the records wait (backpressure down to the walk).
    if (writer.full && !records.isPaused()) {
      records.pause()
      void writer.drained().then(() => {
        if (!closed) records.resume()
      })
    }
  }

  let closed = false
  const close = (status: 'complete' | 'interrupted' | 'failed', summary?: CrawlSummary) => {
    if (closed) return
    closed = true
    // The writer's last batch committed (rolled back for a failed run) and its connection closed, then the run's end written here.
    let writeError: unknown
    try {
      try {
        writer.end(status !== 'failed')
      } catch (e) {
        writeError = e
        status = 'failed'
      }
      try {
        endRun(conn, runId, status, counts, rootList, started, summary)
        conn.pragma('wal_checkpoint(TRUNCATE)')
      } catch (e) {
        if (!writeError) throw e
      }
    } finally {
      conn.close()
    }
    if (writeError) throw writeError
  }
  /** SQLite errors inside the run end it: rolled back to the last commit, one line for the user. */
  let fail: (e: unknown) => void = () => {}
  const guard = (fn: () => void) => {
    try {
      fn()
    } catch (e) {
      fail(e)
    }
  }

  const done = new Promise<IndexSummary>((resolve, reject) => {
    let failed = false
    writer.onError = (e) => fail(e)
    fail = (e) => {
      if (failed) return
      failed = true
      records.destroy()
      try {
        close('failed')
      } catch {
        // The catalogue keeps its last commit; the first error is the one to report.
      }
      reject(catalogueError(e, db))
    }
    let summary: CrawlSummary | undefined
    records.on('stats', (s: CrawlSummary) => (summary = s))
    records.on('data', (record: DicomRecord) => guard(() => store(record)))
    records.on('error', (e) => fail(e))
    records.on('end', () =>
      guard(() => {
        for (const merge of merges.values()) merge.finish()
        summary ??= records.stats.toJSON()
        close('complete', summary)
        resolve({ ...summary, catalogue: { ...counts, run: runId, rereadAll } })
      }),
    )
  })

  return {
    stats: records.stats,
    counts,
    rereadAll,
    done,
    stop: () => {
      records.destroy()
      close('interrupted')
    },
  }
}

/**
 * Registers this run as the catalogue's one writer, adds the attribute
 * columns asked for, and records the run; in one immediate transaction, so
 * two runs starting together cannot both pass.
 */
function beginRun(conn: Database.Database, file: string, roots: string[], wanted: readonly TagSpec[], settings: string, started: string, options: IndexOptions) {
  // A live writer is told at once, from a read (WAL: reads never wait), before the write lock is asked for:
  // a writer committing batch after batch held it past the busy timeout on a loaded machine, and the second
  // run then said only SQLITE_BUSY. The transaction below checks again, for two runs starting together.
  const current = getMeta(conn, 'writer')
  if (current) checkWriter(JSON.parse(current) as Writer, file, options.breakLock ?? false)
  return conn
    .transaction(() => {
      // One catalogue per shard: under another shard its files would all count as removed.
      const part = options.shard && typeof options.shard === 'object' ? `${options.shard.index}/${options.shard.count}` : 'all'
      const held = getMeta(conn, 'shard')
      if (held !== undefined && held !== part && conn.prepare('SELECT 1 FROM files LIMIT 1').get() !== undefined) {
        throw new CrawlerError('BAD_OPTION', `catalogue ${file} holds ${held === 'all' ? 'all shards' : `shard ${held}`} of its roots; this run asks for ${part === 'all' ? 'all of them' : `shard ${part}`}: keep one catalogue per shard`)
      }
      setMeta(conn, 'shard', part)
      const writer = getMeta(conn, 'writer')
      if (writer) checkWriter(JSON.parse(writer) as Writer, file, options.breakLock ?? false)
      setMeta(conn, 'writer', JSON.stringify({ pid: process.pid, host: hostname(), started } satisfies Writer))
      conn.prepare("UPDATE runs SET status = 'interrupted' WHERE status = 'running'").run()
      let generation = Number(getMeta(conn, 'generation') ?? '1')
      // Columns are named as the attribute was asked (`0020000E` and `SeriesInstanceUID` are two columns).
      const have = new Set(catalogueAttributes(conn).map((a) => a.keyword))
      // The grouping views need their attributes in every catalogue, under their keywords.
      const asked = [...wanted, ...resolveTags(GROUP_TAGS).filter((g) => !wanted.some((t) => t.keyword === g.keyword))]
      const added = asked.filter((t) => !have.has(t.keyword))
      const hasFiles = conn.prepare('SELECT 1 FROM files LIMIT 1').get() !== undefined
      const reasons: string[] = []
      if (added.length) {
        if (hasFiles) generation++
        addAttributes(conn, added, generation)
        if (hasFiles) reasons.push(`new attributes ${added.map((t) => t.keyword).join(', ')}`)
      }
      conn.exec(groupViews('files'))
      const before = getMeta(conn, 'settings')
      if (before !== settings) {
        if (hasFiles && before) {
          if (!added.length) generation++
          reasons.push('other templates or --match')
        }
        setMeta(conn, 'settings', settings)
      }
      setMeta(conn, 'generation', String(generation))
      const all = catalogueAttributes(conn)
      // By column, one spec each (`0020000E` and `SeriesInstanceUID` may both be columns); common keywords resolve without the data dictionary.
      const tags = all.map((a) => resolveTag(a.keyword))
      const runOptions = { shard: part, followSymlinks: options.followSymlinks ?? false, match: options.match ?? 'token', templates: typeof options.templates === 'string' ? options.templates : null, concurrency: options.concurrency ?? 1 }
      const runId = Number(
        conn
          .prepare("INSERT INTO runs (started, status, roots, options, tags) VALUES (?, 'running', ?, ?, ?)")
          .run(started, JSON.stringify(roots), JSON.stringify(runOptions), JSON.stringify(wanted.map((t) => t.keyword))).lastInsertRowid,
      )
      return { runId, generation, tags, rereadAll: reasons.length ? `${reasons.join('; ')}: every file is read again` : null }
    })
    .immediate()
}

interface Writer {
  pid: number
  host: string
  started: string
}

function checkWriter(writer: Writer, file: string, breakLock: boolean): void {
  if (writer.host === hostname()) {
    if (writer.pid !== process.pid && isAlive(writer.pid)) {
      throw new CrawlerError('CATALOGUE_BUSY', `catalogue ${file} is being updated by process ${writer.pid} (since ${writer.started}); wait for it to finish`)
    }
    return // a run that was killed: take over
  }
  if (!breakLock) {
    throw new CrawlerError('CATALOGUE_BUSY', `catalogue ${file} is being updated from host ${writer.host} (process ${writer.pid}, since ${writer.started}); if that run is gone, run again with --break-lock`)
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function endRun(conn: Database.Database, runId: number, status: string, counts: CatalogueCounts, roots: string[], started: string, summary?: CrawlSummary): void {
  conn
    .transaction(() => {
      const ended = new Date().toISOString()
      conn
        .prepare('UPDATE runs SET ended = ?, status = ?, added = ?, changed = ?, removed = ?, unchanged = ?, errors = ? WHERE id = ?')
        .run(ended, status, counts.added, counts.changed, counts.removed, counts.unchanged, counts.errors, runId)
      if (status === 'complete' && summary) {
        // Every file under these roots was seen (unchanged or read) by this run.
        const seen = conn.prepare('INSERT INTO roots (root, last_seen, last_run) VALUES (?, ?, ?) ON CONFLICT (root) DO UPDATE SET last_seen = excluded.last_seen, last_run = excluded.last_run')
        for (const r of roots) seen.run(r, started, runId)
      }
      setMeta(conn, 'writer', null)
    })
    .immediate()
}
