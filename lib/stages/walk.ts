import { Readable } from 'node:stream'
// fs.promises is reached through `fs` at the call: loading node:fs/promises up
// front cost start-up time for a walk that, by default, never uses it.
import { isUtf8 } from 'node:buffer'
import fs, { readdirSync, type Dirent, type Stats } from 'node:fs'
import { CrawlerError, type RecordErrorCode } from '../errors.js'
import { checkShard, shardOfFolder, type Shard } from '../parallel/shard.js'
import type { EntryKind, FileEntry } from '../types.js'
import { basename } from 'node:path'
import { listFolderInto } from '../core/read-head.js'

export interface WalkOptions {
  /** Follow symbolic links to files and folders. Default `false`: links are reported as skipped. */
  followSymlinks?: boolean
  /**
   * With `followSymlinks`, also follow links whose target lies outside every
   * root. Default `false`: such a link is skipped (`SYMLINK_OUTSIDE_ROOTS`),
   * so a crawl stays in the folders it was given (a link to `/`, or
   * `/proc/self/root`, would walk the whole machine).
   */
  followOutsideRoots?: boolean
  /** Entries buffered ahead of the reader. Default 64: enough to keep readers busy, small enough to stay flat. */
  highWaterMark?: number
  /**
   * Also yield an entry `{kind: 'directory', folder: true}` for each folder
   * entered, before its files. Default `false`. It lets a consumer see folders
   * that hold no file at all (`summarize` reports empty series folders).
   */
  announceDirs?: boolean
  /**
   * List folders with blocking calls, for all roots or per root. Default
   * `false`. With synchronous file reads downstream there is nothing to
   * overlap an async listing with, and the event loop sat idle for 11% of a
   * crawl waiting for it.
   */
  sync?: boolean | ((root: string) => boolean)
  /**
   * Folders listed ahead of the reader, this many at once, for all roots or
   * per root (not with `sync`). Default 0: a folder is listed when the walk
   * reaches it. On a network drive each listing is a round trip or more:
   * listed one at a time, only when the reader asked, they left the reads
   * waiting (crawl() lists 16 at once there, on the native reader's threads).
   * Listings run in walk order, the folders needed next first, driven by
   * listings finishing, not by the reader's demand, and at most 64 folders
   * are held before the walk reaches them.
   */
  listAhead?: number | ((root: string) => number)
  /**
   * Walk only the folders of one shard (`{ index, count }`): every folder is
   * still listed, to find its sub-folders, but the files (and announcement,
   * and errors) of a folder whose path below the root hashes to another
   * shard are never yielded, so they are never opened. Default: none (all).
   */
  shard?: Shard
  /**
   * Files never yielded nor counted, matched by identity (device and inode),
   * so any path to them matches: a program's own output files inside the
   * tree it crawls. Paths that do not exist when the walk starts are left
   * out of the list. Default none.
   */
  ignore?: readonly string[]
  /**
   * Called as the walk enters each folder of its shard, in walk order, before
   * any entry of the folder is yielded, with the folder and the directory
   * entries of its files (all but sub-folders, sorted, ignored files left
   * out); returns those to yield, or a promise of them: the others are never
   * yielded, so never opened nor counted. Called with `files` undefined for
   * a folder that cannot be listed (its error entry follows). Not called with
   * `followSymlinks` (files come through links as entries then). Default
   * none. The catalogue passes over unchanged files this way, a folder at a time.
   */
  filterFiles?: (folder: WalkFolder, files: Dirent[] | undefined) => Dirent[] | Promise<Dirent[]>
  /**
   * Called when a folder listed ahead of the walk (`listAhead`) has been
   * listed, with its entries that are not folders, before the walk enters
   * it: work on its files may start early (the catalogue stamps them on a
   * network drive, where each is a round trip). Only for folders of the
   * walk's `shard`; the files may include ignored ones, and links (with
   * `followSymlinks`, links to folders too). Not called for folders listed
   * as the walk enters them.
   * Default none.
   */
  prepareFiles?: (folder: { root: string; path: string; fsPath: string | Buffer }, files: Dirent[]) => void
  /**
   * List folders that are not listed with blocking calls on the native
   * reader's threads, as many at once as `listAhead` asks, instead of with
   * `fs.promises.readdir` on libuv's pool (four threads unless
   * UV_THREADPOOL_SIZE is set before Node starts: listings beyond them
   * wait). The same entries, types and names (bytes where a name is not
   * UTF-8); a folder the threads cannot list is listed again with Node's
   * call, for its error. Default `false` (no effect where the native part
   * is not built).
   */
  listOnReaderThreads?: boolean
}

/** A folder as the walk enters it: its path below the root (`dir`), as written and as opened. */
export interface WalkFolder {
  root: string
  dir: string
  path: string
  fsPath: string | Buffer
}

/**
 * Folders listed (or listing) ahead of the walk at most, whatever `listAhead`
 * is: room for the reads not to wait for listings when only 4 run at once,
 * and a bound on what is held (a 10,000-file folder's listing is about 1 MB).
 */
const HELD_AHEAD = 64

const DEFAULTS = Object.freeze({ followSymlinks: false, followOutsideRoots: false, highWaterMark: 64, announceDirs: false, sync: false, listAhead: 0, ignore: [] as readonly string[] })

/** A folder's listing while it runs and until the walk enters the folder; its sub-folders are listed ahead in turn. */
interface Listing {
  listed: Promise<Dirent[]>
  /** Set when the listing is done (empty when it failed). */
  dirents?: Dirent[]
  /** Its sub-folders, in order, made from `dirents` when first needed. */
  subdirs?: Array<{ name: string; raw?: Buffer }>
}

interface Frame {
  /** Path for display and output. */
  path: string
  /** Path to open (Buffer when some name on the way is not valid UTF-8). */
  fsPath: string | Buffer
  root: string
  dir: string
  /** Sub-folders still to walk, in order. */
  subdirs: Array<{ name: string; raw?: Buffer }>
  /**
   * The folder's other entries, sorted; each becomes a FileEntry only when
   * the reader asks for it. Made all at once, the entries of a large folder
   * outlived young-generation collections and filled the old generation.
   */
  files: Array<Dirent | undefined>
  nextFile: number
}

/**
 * Walks roots depth-first and yields one entry per non-folder path. Within a
 * folder its files come first, then its sub-folders, each sorted by name
 * (bytewise), so a folder's files are contiguous and the order is the same on
 * every machine. Only readdir is called: the file type comes from the
 * directory entry, and `sniff` gets size and mtime from the open file.
 *
 * A root that does not exist destroys the stream with CrawlerError
 * ROOT_NOT_FOUND. A folder that cannot be read becomes an entry of kind
 * `directory` with `error` set; the walk goes on.
 */
export function walk(roots: string | readonly string[], options: WalkOptions = {}): Readable {
  const opts = { ...DEFAULTS, ...options }
  const rootList = typeof roots === 'string' ? [roots] : [...roots]
  if (rootList.length === 0) throw new CrawlerError('BAD_OPTION', 'no root folder given')
  const shard = opts.shard ? checkShard(opts.shard) : undefined
  /** Whether entries whose `dir` is this folder are this walk's to yield. */
  const isMine = (dir: string): boolean => !shard || shard.count === 1 || shardOfFolder(dir, shard.count) === shard.index
  const syncOf = typeof opts.sync === 'function' ? opts.sync : () => opts.sync as boolean
  const aheadOf = typeof opts.listAhead === 'function' ? opts.listAhead : () => opts.listAhead as number
  /**
   * Asynchronous listings, by folder path, from their start until the walk
   * has entered the folder: those started ahead, and the walk's own.
   */
  const ahead = new Map<string, Listing>()
  /** The folder the walk waits for the listing of: the first in walk order. */
  let entering: { where: { path: string; fsPath: string | Buffer }; root: string; dir: string } | undefined
  let listing = 0
  const pending: FileEntry[] = []
  const stack: Frame[] = []
  // Real folders already walked (dev:ino), only when following links: one key per folder, never per file.
  const visited = new Set<string>()
  // The roots' real paths, found when the first link is followed: a followed link must resolve inside one.
  let realRoots: Promise<Buffer[]> | undefined
  const ignored = identities(opts.ignore)
  let rootIndex = 0
  let busy = false
  // A read() that arrives while fill() is still settling must not be lost:
  // Readable calls read() once and waits for a push, so it is replayed.
  let readAgain = false

  const stream = new Readable({
    objectMode: true,
    highWaterMark: opts.highWaterMark,
    read() {
      if (busy) {
        readAgain = true
        return
      }
      busy = true
      readAgain = false
      fill().then(
        (more) => {
          busy = false
          if (!more && pending.length === 0) this.push(null)
          else if (readAgain) this._read(opts.highWaterMark)
        },
        (e) => this.destroy(e as Error),
      )
    },
  })

  /** Produces until the consumer is satisfied; returns false when the walk is over. */
  async function fill(): Promise<boolean> {
    for (;;) {
      while (pending.length) {
        if (!stream.push(pending.shift())) return true
      }
      if (stream.destroyed) return false
      const frame = stack[stack.length - 1]
      if (frame) {
        if (frame.nextFile < frame.files.length) {
          const d = frame.files[frame.nextFile]!
          frame.files[frame.nextFile++] = undefined
          pending.push(fileEntry(frame, d))
          continue
        }
        const next = frame.subdirs.shift()
        if (!next) {
          stack.pop()
          continue
        }
        await enterDir(childPath(frame, next), frame.root, joinRel(frame.dir, next.name))
        continue
      }
      if (rootIndex >= rootList.length) return false
      await enterRoot(rootList[rootIndex++]!)
    }
  }

  async function enterRoot(root: string): Promise<void> {
    let st: Stats
    try {
      st = await fs.promises.stat(root)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      throw new CrawlerError('ROOT_NOT_FOUND', code === 'ENOENT' ? `root not found: ${root}` : `root cannot be read: ${root} (${code})`)
    }
    const shown = escapeBackslashes(root)
    if (st.isDirectory()) {
      if (opts.followSymlinks) visited.add(`${st.dev}:${st.ino}`)
      await enterDir({ path: shown, fsPath: root }, shown, '')
    } else {
      // A single file given as root: crawl just that file.
      if (isMine('')) pending.push({ path: shown, fsPath: root, root: shown, dir: '', kind: st.isFile() ? 'file' : kindOfStats(st) })
    }
  }

  async function enterDir(where: { path: string; fsPath: string | Buffer }, root: string, dir: string): Promise<void> {
    let dirents: Dirent[]
    try {
      if (syncOf(root)) dirents = await listDir(where.fsPath, true)
      else {
        // Listed ahead, or listed now: either way known while it runs, so the listings ahead go on below it.
        const listed = (ahead.get(where.path) ?? startListing(where)).listed
        entering = { where, root, dir }
        try {
          dirents = await listed
        } finally {
          entering = undefined
          ahead.delete(where.path)
        }
      }
    } catch (e) {
      if (isMine(dir)) {
        if (opts.filterFiles && !opts.followSymlinks) await opts.filterFiles({ root, dir, path: where.path, fsPath: where.fsPath }, undefined)
        pending.push({ path: where.path, fsPath: where.fsPath, root, dir, kind: 'directory', error: errorText(e, 'cannot read folder'), code: 'UNREADABLE_FOLDER' })
      }
      return
    }
    const mine = isMine(dir)
    const frame: Frame = { path: where.path, fsPath: where.fsPath, root, dir, subdirs: [], files: [], nextFile: 0 }
    // Entries found while listing (links followed), yielded after the folder's announcement.
    const found: FileEntry[] = []
    for (let i = 0; i < dirents.length; i++) {
      const d = dirents[i]!
      if (d.isDirectory()) {
        frame.subdirs.push(nameOf(d))
        continue
      }
      // A name check per entry; a stat only for an entry named like an ignored file.
      if (ignored.names.has(d.name as string) && isIgnored(childPath(frame, nameOf(d)).fsPath, ignored.ids)) continue
      if (opts.followSymlinks && d.isSymbolicLink()) {
        // Followed in every shard's folders: a link to a folder is a sub-folder to walk.
        const named = nameOf(d)
        const path = childPath(frame, named)
        const resolved = await followLink(path.fsPath)
        if (!resolved.error && !opts.followOutsideRoots && !(await insideRoots(path.fsPath))) {
          if (mine) found.push({ ...path, root, dir, kind: 'symlink', skip: 'symlink to outside the roots not followed (use --follow-outside-roots)', code: 'SYMLINK_OUTSIDE_ROOTS' })
          continue
        }
        if (resolved.kind === 'directory') frame.subdirs.push(named)
        else if (mine) found.push({ ...path, root, dir, kind: resolved.kind, ...(resolved.error ? { error: resolved.error, code: resolved.code } : {}) })
        continue
      }
      // Another shard's folder: only its sub-folders matter here.
      if (!mine) continue
      if (opts.followSymlinks) found.push(fileEntry(frame, d))
      else frame.files.push(d)
    }
    if (opts.filterFiles && mine && !opts.followSymlinks) frame.files = await opts.filterFiles({ root, dir, path: where.path, fsPath: where.fsPath }, frame.files as Dirent[])
    // Links to folders were queued as sub-folders; check them when entered.
    if (opts.followSymlinks) frame.subdirs = await dedupeSubdirs(frame, mine ? found : [])
    if (opts.announceDirs && mine) {
      // `subfolders`: a shard's summary cannot see sub-folders dealt to other shards.
      pending.push({ path: where.path, fsPath: where.fsPath, root, dir, kind: 'directory', folder: true, ...(frame.subdirs.length ? { subfolders: true as const } : {}) })
    }
    for (const entry of found) pending.push(entry)
    stack.push(frame)
    pumpListings()
  }

  /**
   * Starts listings ahead, in walk order: the folders the walk will enter
   * next, found by going through the folder being entered and the
   * sub-folders still to walk (the deepest folder's first) and, below those
   * already listed, their own sub-folders first. At most `listAhead`
   * listings run at once, and at most HELD_AHEAD folders are listed or
   * listing ahead of the walk. Run when
   * the walk enters a folder and when a listing ends, so listings run while
   * the reader is busy with files, whatever it asks for.
   */
  function pumpListings(): void {
    if (stream.destroyed) return
    let held = 0
    /** False once nothing more can start now. */
    const visit = (where: { path: string; fsPath: string | Buffer }, n: number, root: string, dir: string): boolean => {
      const early = ahead.get(where.path)
      if (!early) {
        if (listing >= n) return false
        startListing(where, { root, dir })
        return ++held < HELD_AHEAD
      }
      if (++held >= HELD_AHEAD) return false
      if (early.dirents && !early.subdirs) early.subdirs = early.dirents.filter((d) => d.isDirectory()).map(nameOf)
      for (const sub of early.subdirs ?? []) if (!visit(childPath(where, sub), n, root, joinRel(dir, sub.name))) return false
      return true
    }
    if (entering) {
      const n = aheadOf(entering.root)
      if (n > 0 && !visit(entering.where, n, entering.root, entering.dir)) return
    }
    for (let i = stack.length - 1; i >= 0; i--) {
      const frame = stack[i]!
      const n = syncOf(frame.root) ? 0 : aheadOf(frame.root)
      if (n <= 0) continue
      for (const sub of frame.subdirs) if (!visit(childPath(frame, sub), n, frame.root, joinRel(frame.dir, sub.name))) return
    }
  }

  /** Lists a folder without blocking; `early` given: listed ahead of the walk (prepareFiles is told of its files, if the folder is of the walk's shard). */
  function startListing(where: { path: string; fsPath: string | Buffer }, early?: { root: string; dir: string }): Listing {
    listing++
    const entry: Listing = { listed: listDir(where.fsPath, false) }
    ahead.set(where.path, entry)
    entry.listed.then(
      (dirents) => {
        listing--
        // Its sub-folders come next in walk order: they may be listed ahead now.
        entry.dirents = dirents
        if (early && opts.prepareFiles && !stream.destroyed && isMine(early.dir)) {
          const files = dirents.filter((d) => !d.isDirectory())
          if (files.length) opts.prepareFiles({ root: early.root, path: where.path, fsPath: where.fsPath }, files)
        }
        pumpListings()
      },
      () => {
        listing--
        entry.dirents = []
        pumpListings()
      },
    )
    return entry
  }

  /** A folder's entries, sorted bytewise. */
  async function listDir(fsPath: string | Buffer, sync: boolean): Promise<Dirent[]> {
    const list = async (encoding: 'utf8' | 'buffer'): Promise<Dirent[]> => {
      const how = { withFileTypes: true, encoding: encoding as BufferEncoding } as const
      return (sync ? readdirSync(fsPath as string, how) : await fs.promises.readdir(fsPath as string, how)) as unknown as Dirent[]
    }
    // Names as text: as bytes, every name was a Buffer of its own (a tenth of a
    // crawl's time went to listing folders). A name that is not valid UTF-8
    // decodes with U+FFFD: then the folder is listed again as bytes.
    let dirents = !sync && opts.listOnReaderThreads ? await listOnThreads(fsPath) : undefined
    if (!dirents) dirents = await list('utf8')
    if (dirents.some((d) => d.name.includes('\uFFFD'))) dirents = await list('buffer')
    // Bytewise order: for text, code point order is the order of the UTF-8 bytes.
    if (typeof dirents[0]?.name === 'string') dirents.sort((a, b) => compareCodePoints(a.name, b.name))
    else dirents.sort((a, b) => Buffer.compare(rawName(a)!, rawName(b)!))
    return dirents
  }

  async function followLink(fsPath: string | Buffer): Promise<{ kind: EntryKind; error?: string; code?: RecordErrorCode }> {
    try {
      const st = await fs.promises.stat(fsPath)
      if (st.isDirectory()) return { kind: 'directory' }
      return { kind: kindOfStats(st) }
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code === 'ENOENT') return { kind: 'symlink', error: 'dangling symlink (target does not exist)', code: 'DANGLING_SYMLINK' }
      if (code === 'ELOOP') return { kind: 'symlink', error: 'symlink loop', code: 'SYMLINK_LOOP' }
      return { kind: 'symlink', error: errorText(e, 'cannot follow symlink'), code: 'SYMLINK_UNREADABLE' }
    }
  }

  /** Whether a link's target (its real path) is a root or lies below one. */
  async function insideRoots(fsPath: string | Buffer): Promise<boolean> {
    realRoots ??= Promise.all(rootList.map((r) => fs.promises.realpath(r, { encoding: 'buffer' }).catch(() => null))).then((all) => all.flatMap((r) => (r ? [r as Buffer] : [])))
    let target: Buffer
    try {
      target = await fs.promises.realpath(fsPath, { encoding: 'buffer' })
    } catch {
      return false
    }
    return (await realRoots).some((r) => isWithin(target, r))
  }

  /** Drops sub-folders whose real folder was already walked: loops and second links end here. */
  async function dedupeSubdirs(frame: Frame, found: FileEntry[]): Promise<Frame['subdirs']> {
    const keep: Frame['subdirs'] = []
    for (const sub of frame.subdirs) {
      const p = childPath(frame, sub)
      try {
        const st = await fs.promises.stat(p.fsPath)
        const key = `${st.dev}:${st.ino}`
        if (visited.has(key)) {
          const isLink = (await fs.promises.lstat(p.fsPath)).isSymbolicLink()
          // The first path in walk order wins; a real folder met after a link to it is a folder, not a link.
          found.push({ ...p, root: frame.root, dir: frame.dir, ...(isLink ? { kind: 'symlink', skip: 'symlink to a folder already walked (loop or duplicate link)', code: 'SYMLINK_ALREADY_WALKED' } : { kind: 'directory', skip: 'folder already walked through an earlier link', code: 'FOLDER_ALREADY_WALKED' }) })
          continue
        }
        visited.add(key)
        keep.push(sub)
      } catch (e) {
        found.push({ ...p, root: frame.root, dir: frame.dir, kind: 'directory', error: errorText(e, 'cannot read folder'), code: 'UNREADABLE_FOLDER' })
      }
    }
    return keep
  }

  return stream
}

/** Names and identities (`dev:ino`) of the files to ignore that exist now. */
function identities(paths: readonly string[]): { names: Set<string>; ids: Set<string> } {
  const names = new Set<string>()
  const ids = new Set<string>()
  for (const p of paths) {
    const st = fs.statSync(p, { throwIfNoEntry: false })
    if (!st?.isFile()) continue
    ids.add(`${st.dev}:${st.ino}`)
    names.add(basename(p))
    // Reached through a link (/dev/stdout): the file's own name is what a folder lists.
    try {
      names.add(basename(fs.realpathSync(p)))
    } catch {
      // the identity is enough
    }
  }
  return { names, ids }
}

function isIgnored(fsPath: string | Buffer, ids: Set<string>): boolean {
  const st = fs.statSync(fsPath, { throwIfNoEntry: false })
  return st !== undefined && ids.has(`${st.dev}:${st.ino}`)
}

/** The entry of a folder's non-folder dirent (written out, no spreads: one per file of the tree). */
function fileEntry(frame: Frame, d: Dirent): FileEntry {
  const path = childPath(frame, nameOf(d))
  const kind = kindOfDirent(d)
  const entry: FileEntry = { path: path.path, fsPath: path.fsPath, root: frame.root, dir: frame.dir, kind }
  if (kind === 'symlink') {
    entry.skip = 'symlink not followed (use --follow-symlinks)'
    entry.code = 'SYMLINK_NOT_FOLLOWED'
  }
  return entry
}

/** The path (as written, and as opened) of a folder's entry `d`, as the walk yields it. */
export function entryPath(folder: { path: string; fsPath: string | Buffer }, d: Dirent): { path: string; fsPath: string | Buffer } {
  return childPath(folder, nameOf(d))
}

/** A folder listed on the native reader's threads (listFolderInto), as Dirents; undefined when it was not (list it with Node's call). */
function listOnThreads(fsPath: string | Buffer): Promise<Dirent[] | undefined> {
  return new Promise((resolve) => {
    const asked = listFolderInto(fsPath, (listing, count) => resolve(listing ? direntsOf(listing, count) : undefined))
    if (!asked) resolve(undefined)
  })
}

/** The entries of a listing (read-head.ts listFolderInto): names as text, or all as bytes when one is not UTF-8 (as Node's readdir with encoding 'buffer' gives them). */
function direntsOf(listing: Buffer, count: number): Dirent[] {
  const types = new Uint8Array(count)
  const starts = new Int32Array(count)
  const ends = new Int32Array(count)
  let at = 0
  let bytes = false
  for (let i = 0; i < count; i++) {
    types[i] = listing[at]!
    const length = listing.readUInt32LE(at + 1)
    starts[i] = at + 5
    ends[i] = at = at + 5 + length
    if (!bytes && !isUtf8(listing.subarray(starts[i]!, ends[i]!))) bytes = true
  }
  const dirents = new Array<Dirent>(count)
  for (let i = 0; i < count; i++) {
    const name = bytes ? Buffer.from(listing.subarray(starts[i]!, ends[i]!)) : listing.toString('utf8', starts[i]!, ends[i]!)
    dirents[i] = new ListedEntry(name, types[i]!) as unknown as Dirent
  }
  return dirents
}

/** A directory entry listed on the native reader's threads: what the walk asks of a Dirent (its name and type). */
class ListedEntry {
  constructor(
    readonly name: string | Buffer,
    private readonly type: number,
  ) {}
  isFile(): boolean {
    return this.type === 1
  }
  isDirectory(): boolean {
    return this.type === 2
  }
  isSymbolicLink(): boolean {
    return this.type === 3
  }
  isFIFO(): boolean {
    return this.type === 4
  }
  isSocket(): boolean {
    return this.type === 5
  }
  isCharacterDevice(): boolean {
    return this.type === 6
  }
  isBlockDevice(): boolean {
    return this.type === 7
  }
}

/** A directory entry's name as written in paths, and its bytes when they differ from it. */
function nameOf(d: Dirent): { name: string; raw?: Buffer } {
  const raw = rawName(d)
  if (raw) return { name: displayName(raw), raw }
  return d.name.includes('\\') ? { name: escapeBackslashes(d.name), raw: Buffer.from(d.name) } : { name: d.name }
}

function rawName(d: Dirent): Buffer | undefined {
  const name = d.name as string | Buffer
  return typeof name === 'string' ? undefined : name
}

/** Compares by code point, which for valid text is the order of its UTF-8 bytes (UTF-16 units are not). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i)
    let y = b.charCodeAt(i)
    if (x === y) continue
    if (x >= 0xd800 && y >= 0xd800) {
      // Surrogates (code points past U+FFFF) sort after U+E000-U+FFFF.
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000
    }
    return x - y
  }
  return a.length - b.length
}

function childPath(parent: { path: string; fsPath: string | Buffer }, child: { name: string; raw?: Buffer }): { path: string; fsPath: string | Buffer } {
  const sep = parent.path.endsWith('/') ? '' : '/'
  const path = parent.path + sep + child.name
  // The common case: the path as written is the path to open (no backslash, valid UTF-8).
  if (!child.raw && parent.fsPath === parent.path) return { path, fsPath: path }
  const raw = child.raw ?? Buffer.from(child.name)
  if (typeof parent.fsPath === 'string' && isUtf8(raw)) return { path, fsPath: parent.fsPath + sep + raw.toString() }
  const base = typeof parent.fsPath === 'string' ? Buffer.from(parent.fsPath) : parent.fsPath
  return { path, fsPath: Buffer.concat([base, Buffer.from(sep), raw]) }
}

/** `path` is `folder` or below it (real paths, as bytes). */
function isWithin(path: Buffer, folder: Buffer): boolean {
  if (path.length < folder.length || path.compare(folder, 0, folder.length, 0, folder.length) !== 0) return false
  return path.length === folder.length || folder[folder.length - 1] === 0x2f || path[folder.length] === 0x2f
}

function joinRel(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name
}

/**
 * A name as written in paths (docs/API.md, "Paths"): UTF-8 where it is valid,
 * each byte that is not written `\xNN` (like `ls -b`), and a backslash
 * written `\\`, so the form is unambiguous and `fsPathOf` turns it back into
 * the bytes to open.
 */
export function displayName(raw: Buffer): string {
  if (isUtf8(raw)) return escapeBackslashes(raw.toString('utf8'))
  let out = ''
  let i = 0
  while (i < raw.length) {
    const len = utf8SequenceLength(raw, i)
    if (len > 0) {
      out += escapeBackslashes(raw.subarray(i, i + len).toString('utf8'))
      i += len
    } else {
      out += `\\x${raw[i]!.toString(16).padStart(2, '0')}`
      i++
    }
  }
  return out
}

/** A backslash in a name or root is written doubled: `\xNN` then always means a byte. */
function escapeBackslashes(name: string): string {
  return name.includes('\\') ? name.replaceAll('\\', '\\\\') : name
}

/**
 * What `fs` opens for a record's `path` (or a summary row's `Path`): the
 * written form turned back into the name on disk. `\\` is a backslash and
 * `\xNN` the byte NN; the result is a Buffer when the name holds bytes that
 * are not UTF-8, a string otherwise.
 *
 *     fs.readFileSync(fsPathOf(record.path))
 */
export function fsPathOf(path: string): string | Buffer {
  if (!path.includes('\\')) return path
  const chunks: Buffer[] = []
  let text = ''
  for (let i = 0; i < path.length; i++) {
    const c = path[i]!
    const hex = c === '\\' && path[i + 1] === 'x' ? HEX_BYTE.exec(path.slice(i + 2, i + 4)) : null
    if (hex) {
      chunks.push(Buffer.from(text), Buffer.from([parseInt(hex[0], 16)]))
      text = ''
      i += 3
    } else {
      text += c
      if (c === '\\' && path[i + 1] === '\\') i++
    }
  }
  if (chunks.length === 0) return text
  chunks.push(Buffer.from(text))
  return Buffer.concat(chunks)
}
const HEX_BYTE = /^[0-9a-f]{2}$/

function utf8SequenceLength(b: Buffer, i: number): number {
  const c = b[i]!
  const need = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0
  if (need === 0 || i + need > b.length) return 0
  const s = b.subarray(i, i + need).toString('utf8')
  return s.includes('\uFFFD') ? 0 : need
}

function kindOfDirent(d: Dirent): EntryKind {
  if (d.isFile()) return 'file'
  if (d.isSymbolicLink()) return 'symlink'
  if (d.isFIFO()) return 'fifo'
  if (d.isSocket()) return 'socket'
  if (d.isCharacterDevice()) return 'char-device'
  if (d.isBlockDevice()) return 'block-device'
  // Some file systems do not fill d_type; sniff finds out from the open file.
  return 'file'
}

function kindOfStats(st: Stats): EntryKind {
  if (st.isFile()) return 'file'
  if (st.isFIFO()) return 'fifo'
  if (st.isSocket()) return 'socket'
  if (st.isCharacterDevice()) return 'char-device'
  if (st.isBlockDevice()) return 'block-device'
  return 'unknown'
}

export function errorText(e: unknown, what: string): string {
  const err = e as NodeJS.ErrnoException
  const reason: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOENT: 'vanished (no such file or folder)',
    ENOTDIR: 'not a folder',
    EIO: 'input/output error',
    ELOOP: 'symlink loop',
    EMFILE: 'too many open files',
  }
  return err?.code ? `${what}: ${reason[err.code] ?? err.message} (${err.code})` : `${what}: ${String((e as Error)?.message ?? e)}`
}
