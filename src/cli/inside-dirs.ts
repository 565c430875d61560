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
export const isUnder = (path: string, dir: string) =>
  dir === '/' ? path !== '/' : path.startsWith(`${dir}/`)

/** Every file path the container can read, through its layer and its mounts. */
export function visibleFiles(t: Topology, c: Container): string[] {
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

/**
 * What `path` (absolute, normalised) is in the container: a directory, a file, or nothing.
 * `made` holds the directories a command created so far (an empty one holds no file).
 */
export function pathKind(
  t: Topology,
  c: Container,
  path: string,
  made: ReadonlySet<string> = new Set(),
): 'dir' | 'file' | null {
  if (path === '/' || made.has(path) || IMAGE_DIRECTORIES.has(path)) return 'dir'
  const workdir = workdirOf(c)
  if (workdir === path || isUnder(workdir, path)) return 'dir'
  if (c.mounts.some((m) => trimmed(m.destination) === path || isUnder(m.destination, path)))
    return 'dir'
  if (visibleFiles(t, c).some((p) => isUnder(p, path))) return 'dir'
  return readFile(t, c, path, '/') === null ? null : 'file'
}

/** The names directly under a directory, sorted. */
export function entriesOf(
  t: Topology,
  c: Container,
  dir: string,
  made: ReadonlySet<string> = new Set(),
): string[] {
  const names = new Set<string>()
  const prefix = dir === '/' ? '' : dir
  for (const p of [...visibleFiles(t, c), ...made])
    if (isUnder(p, dir)) names.add(p.slice(prefix.length + 1).split('/')[0] ?? '')
  return [...names].sort()
}
