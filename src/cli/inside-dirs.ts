/**
 * Directories as a container sees them. Files live in path-keyed maps (its layer, the host's
 * files behind binds, volumes), so a directory is implicit: the root, a directory every image
 * has, the working directory and its parents, a mount point (or a parent of one), or a path a
 * file lies under.
 */
import { readFile, layerFiles, workdirOf } from './inside-fs'
import { volumeKey, type Container, type Topology } from '../engine'

/** The directories of the Linux filesystem layout that alpine, busybox and Debian images share. */
const IMAGE_DIRECTORIES = new Set([
  '/bin',
  '/dev',
  '/etc',
  '/home',
  '/lib',
  '/media',
  '/mnt',
  '/opt',
  '/proc',
  '/root',
  '/run',
  '/sbin',
  '/srv',
  '/sys',
  '/tmp',
  '/usr',
  '/usr/bin',
  '/usr/lib',
  '/usr/local',
  '/usr/local/bin',
  '/usr/sbin',
  '/usr/share',
  '/var',
  '/var/lib',
  '/var/log',
  '/var/tmp',
])

const trimmed = (path: string) => path.replace(/\/+$/, '')

/** `dir` holds `path` (at any depth). */
const isUnder = (path: string, dir: string) =>
  dir === '/' ? path !== '/' : path.startsWith(`${dir}/`)

/** Every file path the container can read, through its layer and its mounts. */
function visibleFiles(t: Topology, c: Container): string[] {
  const paths = new Set(Object.keys(layerFiles(t, c)))
  for (const m of c.mounts) {
    const at = trimmed(m.destination)
    if (m.type === 'volume') {
      for (const p of Object.keys(t.volumes.get(volumeKey(c.host, m.source))?.files ?? {}))
        paths.add(`${at}${p}`)
      continue
    }
    const source = trimmed(m.source)
    for (const p of Object.keys(t.hosts.get(c.host)?.files ?? {}))
      if (isUnder(p, source)) paths.add(`${at}${p.slice(source.length)}`)
  }
  // A path a deeper mount hides is not there (the kernel resolves the deepest mount).
  return [...paths].filter((p) => readFile(t, c, p, '/') !== null)
}

/** The directory holding `path` (absolute, normalised). */
export const parentOf = (path: string) => path.slice(0, path.lastIndexOf('/')) || '/'

/** What a command sees of the container's tree, and what it adds to it as it goes. */
export interface DirectoryIndex {
  /** What `path` (absolute, normalised) is: a directory, a file, or nothing. */
  kind(path: string): 'dir' | 'file' | null
  /** The names directly under a directory that hold something, sorted. */
  entries(dir: string): string[]
  /** A file the command wrote. */
  addFile(path: string): void
  /** A directory the command made (an empty one holds no file, so only the index knows it). */
  addDirectory(path: string): void
}

/** The container's tree, read once: a command that writes many files keeps it up to date. */
export function directoryIndex(t: Topology, c: Container): DirectoryIndex {
  const files = new Set(visibleFiles(t, c))
  const dirs = new Set(['/', ...IMAGE_DIRECTORIES])
  const children = new Map<string, Set<string>>()
  const ancestors = (path: string) => {
    for (let p = path; p !== '/'; p = parentOf(p)) dirs.add(p)
  }
  ancestors(workdirOf(c))
  for (const m of c.mounts) ancestors(trimmed(m.destination) || '/')
  /** Files and made directories hold their parents open: they are entries all the way up. */
  const link = (path: string) => {
    for (let p = path; p !== '/'; p = parentOf(p)) {
      const parent = parentOf(p)
      const names = children.get(parent) ?? new Set<string>()
      children.set(parent, names)
      dirs.add(parent)
      const name = p.slice(parent.length + (parent === '/' ? 0 : 1))
      if (names.has(name)) return
      names.add(name)
    }
  }
  for (const f of files) link(f)
  return {
    kind: (path) => {
      if (dirs.has(path)) return 'dir'
      // /etc/hosts and the other files Docker writes are read, not stored.
      return files.has(path) || readFile(t, c, path, '/') !== null ? 'file' : null
    },
    entries: (dir) => [...(children.get(dir) ?? [])].sort(),
    addFile: (path) => {
      files.add(path)
      link(path)
    },
    addDirectory: (path) => {
      dirs.add(path)
      link(path)
    },
  }
}
