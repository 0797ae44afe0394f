import { statfsSync } from 'node:fs'

/**
 * How a root is read: `local` with blocking reads, one file at a time (a warm
 * local disk answers in microseconds: callbacks would cost more than they
 * hide), or `network` with many reads in flight (each open is a round trip to
 * a server: only overlap hides it).
 */
export type ReadMode = 'local' | 'network'

/**
 * statfs(2) `f_type` of the file systems whose every open, listing and read is
 * a round trip (Linux include/uapi/linux/magic.h, and coreutils' stat.c for
 * those the kernel tree does not hold: Lustre, GPFS, BeeGFS, panfs). FUSE is
 * here because most FUSE mounts people crawl are remote (sshfs, s3fs,
 * rclone, gcsfuse, virtiofs); 9p because it is how VMs and WSL see host
 * folders.
 */
export const NETWORK_FILE_SYSTEMS: ReadonlyMap<number, string> = new Map([
  [0x6969, 'nfs'],
  [0xfe534d42, 'smb2'],
  [0xff534d42, 'cifs'],
  [0x517b, 'smb'],
  [0x65735546, 'fuse'],
  [0x0bd00bd0, 'lustre'],
  [0x47504653, 'gpfs'],
  [0x00c36400, 'ceph'],
  [0x01021997, '9p'],
  [0x19830326, 'beegfs'],
  [0x5346414f, 'afs'],
  [0x6b414653, 'afs'],
  [0x73757245, 'coda'],
  [0x01161970, 'gfs2'],
  [0x7461636f, 'ocfs2'],
  [0xaad7aaea, 'panfs'],
  [0x013111a8, 'ibrix'],
  [0x564c, 'ncp'],
  [0x786f4256, 'vboxsf'],
  [0xbacbacbc, 'vmhgfs'],
])

export interface RootFileSystem {
  /** statfs `f_type` (0 when it could not be read). */
  type: number
  /** A short name for network file systems (`nfs`, `smb2`, `fuse`, ...), else the type in hex. */
  name: string
  mode: ReadMode
}

/**
 * The file system of a root, and whether it is read as a network drive.
 * Never throws: a root whose file system cannot be asked (another platform,
 * an error) is taken for a local disk, the behaviour before this check.
 */
export function rootFileSystem(root: string): RootFileSystem {
  let type = 0
  try {
    type = statfsSync(root).type >>> 0
  } catch {
    return { type: 0, name: 'unknown', mode: 'local' }
  }
  const net = NETWORK_FILE_SYSTEMS.get(type)
  return { type, name: net ?? `0x${type.toString(16)}`, mode: net ? 'network' : 'local' }
}

/** Files read at once on a network drive by default: about where the stand-in's limit levels off (docs/PERFORMANCE.md). */
export const NETWORK_CONCURRENCY = 32

/**
 * Files handed to each reader thread at once on asynchronous reads: one
 * being read, one waiting, so a thread takes its next file as soon as it is
 * done. With only the files being read handed over, each thread waited, file
 * after file, for JavaScript's thread to take its result and hand it another,
 * and that thread is busy parsing (and, on a loaded machine, often not
 * running at all).
 */
export const FILES_PER_READER = 2

/**
 * Folders listed at once ahead of the walk on a network drive (walk option
 * `listAhead`): 16 when they are listed on the native reader's threads
 * (`onReaderThreads`: a thread for each); else as many as libuv's pool runs
 * at once (`UV_THREADPOOL_SIZE`, default 4), at most 16. Listings beyond the
 * pool's threads wait in its queue, first come first served, so the folders
 * the walk needs next waited behind later ones: 16 at once on 4 threads took
 * the first file of the stand-in 40 ms after the root was opened, 4 at once
 * 20 ms.
 */
export function networkListAhead(onReaderThreads = false): number {
  return onReaderThreads ? 16 : Math.min(16, Number(process.env.UV_THREADPOOL_SIZE) || 4)
}

/** How one root is read, as the end summary and `--stats` report it. */
export interface RootReadMode {
  root: string
  /** `nfs`, `smb2`, `fuse`, ... for network file systems; `ext4`, `xfs`, ... or statfs's type in hex for the rest. */
  fileSystem: string
  mode: ReadMode
  /** Files read at once: 1 is blocking reads. */
  concurrency: number
  /** `detected` from the file system, or `option` when `concurrency` was given. */
  chosen: 'detected' | 'option'
}

const LOCAL_NAMES: ReadonlyMap<number, string> = new Map([
  [0xef53, 'ext4'],
  [0x58465342, 'xfs'],
  [0x9123683e, 'btrfs'],
  [0x01021994, 'tmpfs'],
  [0x794c7630, 'overlayfs'],
  [0x2fc12fc1, 'zfs'],
  [0x5346544e, 'ntfs'],
  [0x4d44, 'vfat'],
  [0x2011bab0, 'exfat'],
  [0x9660, 'iso9660'],
])

/**
 * Each root's read mode: with `concurrency` given, that for every root;
 * without, blocking reads on local disks and NETWORK_CONCURRENCY reads at
 * once on network file systems.
 */
export function readModes(roots: readonly string[], concurrency?: number): RootReadMode[] {
  return roots.map((root) => {
    const fsType = rootFileSystem(root)
    const fileSystem = LOCAL_NAMES.get(fsType.type) ?? fsType.name
    if (concurrency !== undefined) return { root, fileSystem, mode: concurrency > 1 ? 'network' : 'local', concurrency, chosen: 'option' }
    return { root, fileSystem, mode: fsType.mode, concurrency: fsType.mode === 'network' ? NETWORK_CONCURRENCY : 1, chosen: 'detected' }
  })
}
