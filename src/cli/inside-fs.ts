/** Files as a container sees them: Docker-written files, mounts, and its own layer. */
import {
  computeHostsFile,
  computeResolvConf,
  locateFile,
  lookupImage,
  mapSet,
  namespaceOwner,
  withContainer,
  withHost,
  type Container,
  type Topology,
} from '../engine'

/** A shell process in a container: where it is, and how `docker run` / `docker exec` set it up. */
export interface Proc {
  readonly cwd: string
  /** Started by `docker exec` (link variables are current, not frozen at start). */
  readonly exec: boolean
  readonly tty: boolean
  /** `docker exec -e` values. */
  readonly env: readonly string[]
}

/** The container's main process (PID 1): the image's WORKDIR, the container's own -t. */
export function mainProc(c: Container): Proc {
  return { cwd: workdirOf(c), exec: false, tty: c.tty, env: [] }
}

/** The directory a container's processes start in: the image's WORKDIR. */
export function workdirOf(c: Container): string {
  return lookupImage(c.image).workdir
}

/** An absolute, normalised path; relative ones are taken from `cwd`. */
export function absolute(path: string, cwd: string): string {
  const parts: string[] = []
  for (const part of `${path.startsWith('/') ? '' : cwd}/${path}`.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') parts.pop()
    else parts.push(part)
  }
  return `/${parts.join('/')}`
}

/** The id prefix of the pseudo-container that stands for a host's own shell. */
export const HOST_SHELL_PREFIX = 'host:'

function isHostShell(c: Container): boolean {
  return c.id.startsWith(HOST_SHELL_PREFIX)
}

/** Files of the container's own layer; for the host shell, the host's filesystem. */
export function layerFiles(t: Topology, c: Container): Readonly<Record<string, string>> {
  return isHostShell(c) ? (t.hosts.get(c.host)?.files ?? {}) : c.files
}

function withLayerFile(t: Topology, c: Container, path: string, text: string): Topology {
  if (isHostShell(c)) {
    const host = t.hosts.get(c.host)
    if (!host) return t
    return withHost(t, { ...host, files: { ...host.files, [path]: text } })
  }
  return withContainer(t, { ...c, files: { ...c.files, [path]: text } })
}

/** Reads a file as the container sees it: generated files, mounts, or its own layer. */
export function readFile(
  t: Topology,
  c: Container,
  relative: string,
  cwd = workdirOf(c),
): string | null {
  const path = absolute(relative, cwd)
  if (path === '/etc/hosts') return computeHostsFile(t, c)
  if (path === '/etc/resolv.conf') return computeResolvConf(t, c)
  if (path === '/etc/hostname') return `${namespaceOwner(t, c).hostname}\n`
  const loc = locateFile(c, path)
  if (loc.kind === 'layer') return layerFiles(t, c)[path] ?? null
  if (loc.kind === 'bind') return t.hosts.get(loc.host)?.files[loc.path] ?? null
  return t.volumes.get(loc.key)?.files[loc.path] ?? null
}

export function writeFile(
  t: Topology,
  c: Container,
  relative: string,
  content: string,
  append: boolean,
  cwd = workdirOf(c),
): Topology | string {
  const path = absolute(relative, cwd)
  if (path === '/dev/null') return t
  const loc = locateFile(c, path)
  const before = readFile(t, c, path) ?? ''
  const text = append ? before + content : content
  if (loc.kind === 'layer') return withLayerFile(t, c, path, text)
  if (!loc.rw) return `can't create ${path}: Read-only file system`
  if (loc.kind === 'bind') {
    const host = t.hosts.get(loc.host)
    if (!host) return `can't create ${path}: No such file or directory`
    return withHost(t, { ...host, files: { ...host.files, [loc.path]: text } })
  }
  const vol = t.volumes.get(loc.key)
  if (!vol) return `can't create ${path}: No such file or directory`
  const volume = { ...vol, files: { ...vol.files, [loc.path]: text } }
  return { ...t, volumes: mapSet(t.volumes, loc.key, volume) }
}
