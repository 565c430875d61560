/**
 * Volumes and mounts: `-v`, `--volumes-from`, `docker volume create / rm`, and which
 * containers share a mount (so a file written through one is seen by all).
 * Docker docs: engine/storage/volumes.md, engine/storage/bind-mounts.md.
 */
import { volumeUsers } from './container-index'
import { mapDelete, mapSet } from './persistent-map'
import { engineError, type EngineError } from './error-core'
import { makeId } from './ids'
import type { Container, HostName, Mount, Result, Topology, Volume } from './model'

const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/

/**
 * The local driver's name check (moby v28.2.2 volume/local/local.go validateName): a single
 * character is too short before any character is looked at.
 */
function volumeNameError(name: string): EngineError | null {
  if (name.length === 1) return engineError('VOLUME_NAME_SHORT', { name })
  return VOLUME_NAME.test(name) ? null : engineError('VOLUME_BAD_NAME', { name })
}

/**
 * A volume's labels: `volume create --label`, and the mark the daemon gives the ones it creates
 * for `-v /path` (moby volume/service AnonymousLabel), which is how `docker volume prune` finds
 * them.
 */
export function volumeLabels(v: Volume): Readonly<Record<string, string>> {
  return v.anonymous ? { [ANONYMOUS_LABEL]: '' } : (v.labels ?? {})
}

export const ANONYMOUS_LABEL = 'com.docker.volume.anonymous'

export function volumeKey(host: HostName, name: string): string {
  return `${host}/${name}`
}

/** A parsed `-v` value: an anonymous volume, a named volume or a bind mount. */
export function parseVolumeSpec(
  spec: string,
): Result<Omit<Mount, 'anonymous'> & { anonymous: boolean }, EngineError> {
  const parts = spec.split(':')
  const invalid = { ok: false as const, error: engineError('INVALID_MOUNT', { spec }) }
  if (parts.length > 3 || parts.some((p, i) => p === '' && i < 2)) return invalid
  const [first = '', second, mode] = parts
  const MODES = [
    'ro',
    'rw',
    'z',
    'Z',
    'nocopy',
    'shared',
    'slave',
    'private',
    'rshared',
    'rslave',
    'rprivate',
  ]
  if (mode !== undefined && !mode.split(',').every((m) => MODES.includes(m))) {
    return { ok: false, error: engineError('INVALID_MOUNT_MODE', { mode }) }
  }
  const rw = !(mode?.split(',').includes('ro') ?? false)
  if (second === undefined) {
    if (!first.startsWith('/')) return invalid
    return {
      ok: true,
      value: { type: 'volume', source: '', destination: first, rw: true, anonymous: true },
    }
  }
  if (!second.startsWith('/')) return invalid
  if (first.startsWith('/')) {
    return {
      ok: true,
      value: { type: 'bind', source: first, destination: second, rw, anonymous: false },
    }
  }
  const badName = volumeNameError(first)
  if (badName) return { ok: false, error: badName }
  return {
    ok: true,
    value: { type: 'volume', source: first, destination: second, rw, anonymous: false },
  }
}

const RW_MODES = ['rw', 'ro']
const LABEL_MODES = ['z', 'Z']
const PROPAGATION_MODES = ['shared', 'slave', 'private', 'rshared', 'rslave', 'rprivate']
const COPY_MODES = ['nocopy']
const CONSISTENCY_MODES = ['consistent', 'cached', 'delegated']

/** moby v28.2.2 volume/mounts/linux_parser.go linuxValidMountMode: known options, one of each kind. */
function validMountMode(mode: string): boolean {
  if (mode === '') return true
  const kinds = [RW_MODES, LABEL_MODES, PROPAGATION_MODES, COPY_MODES, CONSISTENCY_MODES]
  const counts = kinds.map(() => 0)
  for (const o of mode.split(',')) {
    const k = kinds.findIndex((list) => list.includes(o))
    if (k < 0) return false
    counts[k] = (counts[k] ?? 0) + 1
  }
  return counts.every((n) => n <= 1)
}

/**
 * A `--volumes-from CONTAINER[:MODE]` value (moby v28.2.2 volume/mounts/linux_parser.go
 * ParseVolumesFrom): the mode defaults to rw; propagation and copy modes are refused. `rw` is
 * ReadWrite(mode): false when the mode says ro; the daemon ANDs it with the donor's own flag.
 */
export function parseVolumesFrom(spec: string): Result<{ ref: string; rw: boolean }, EngineError> {
  if (spec === '') return { ok: false, error: engineError('VOLUMES_FROM_EMPTY') }
  const colon = spec.indexOf(':')
  const ref = colon < 0 ? spec : spec.slice(0, colon)
  const mode = colon < 0 ? '' : spec.slice(colon + 1)
  if (mode === '') return { ok: true, value: { ref, rw: true } }
  const opts = mode.split(',')
  if (
    !validMountMode(mode) ||
    opts.some((o) => PROPAGATION_MODES.includes(o) || COPY_MODES.includes(o))
  ) {
    return { ok: false, error: engineError('INVALID_MOUNT_MODE', { mode }) }
  }
  return { ok: true, value: { ref, rw: !opts.includes('ro') } }
}

/** Go's path.Clean for an absolute mount target: the form the daemon compares and prints. */
export function cleanTarget(p: string): string {
  const parts: string[] = []
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue
    if (seg === '..') parts.pop()
    else parts.push(seg)
  }
  return `/${parts.join('/')}`
}

/** Adds a volume record if it does not exist yet (`-v name:/path` creates it on first use). */
export function ensureVolume(
  t: Topology,
  host: HostName,
  name: string,
  anonymous: boolean,
): Topology {
  const key = volumeKey(host, name)
  if (t.volumes.has(key)) return t
  const volume: Volume = { name, host, driver: 'local', anonymous, seq: t.seq, files: {} }
  return { ...t, seq: t.seq + 1, volumes: mapSet(t.volumes, key, volume) }
}

/**
 * `docker volume create [NAME] [--label k=v]`; a missing name gets a 64-hex one, like Docker.
 * An existing volume is returned as it is.
 */
export function createVolume(
  t: Topology,
  host: HostName,
  name?: string,
  labels: Readonly<Record<string, string>> = {},
): Result<{ topology: Topology; name: string }, EngineError> {
  const chosen = name ?? makeId(t.seq)
  const badName = volumeNameError(chosen)
  if (badName) return { ok: false, error: badName }
  const key = volumeKey(host, chosen)
  const created = ensureVolume(t, host, chosen, false)
  const volume = created.volumes.get(key)
  const labelled =
    created !== t && volume && Object.keys(labels).length > 0
      ? { ...created, volumes: mapSet(created.volumes, key, { ...volume, labels }) }
      : created
  return { ok: true, value: { topology: labelled, name: chosen } }
}

/**
 * `docker volume rm`: refused while any container (even stopped) uses it. With `force` a
 * missing volume is no error (moby v28.2.2 volume/service/service.go Remove: PurgeOnError).
 */
export function removeVolume(
  t: Topology,
  host: HostName,
  name: string,
  opts: { readonly force?: boolean } = {},
): Result<Topology, EngineError> {
  const key = volumeKey(host, name)
  if (!t.volumes.has(key)) {
    if (opts.force === true) return { ok: true, value: t }
    return { ok: false, error: engineError('NO_SUCH_VOLUME', { name }) }
  }
  const users = volumeUsers(t, host, name)
  if (users.length > 0) {
    return {
      ok: false,
      error: engineError('VOLUME_IN_USE', { name, ids: users.map((c) => c.id).join(', ') }),
    }
  }
  return { ok: true, value: { ...t, volumes: mapDelete(t.volumes, key) } }
}

/** Removes a container's anonymous volumes when nothing else uses them (`rm -v`, `--rm`). */
export function dropAnonymousVolumes(t: Topology, c: Container): Topology {
  let volumes = t.volumes
  for (const m of c.mounts) {
    if (m.type !== 'volume' || !m.anonymous) continue
    if (volumeUsers(t, c.host, m.source).length > 0) continue
    volumes = mapDelete(volumes, volumeKey(c.host, m.source))
  }
  return volumes === t.volumes ? t : { ...t, volumes }
}

/** Where a path inside a container lives: a mount (volume or bind) or the container's layer. */
export type FileLocation =
  | { readonly kind: 'volume'; readonly key: string; readonly path: string; readonly rw: boolean }
  | { readonly kind: 'bind'; readonly host: HostName; readonly path: string; readonly rw: boolean }
  | { readonly kind: 'layer'; readonly path: string }

/** The mount with the longest destination prefix that holds `path`, as the kernel resolves it. */
export function locateFile(c: Container, path: string): FileLocation {
  let best: Mount | null = null
  for (const m of c.mounts) {
    const d = m.destination.replace(/\/+$/, '')
    if (path === d || path.startsWith(`${d}/`)) {
      if (!best || d.length > best.destination.replace(/\/+$/, '').length) best = m
    }
  }
  if (!best) return { kind: 'layer', path }
  const rest = path.slice(best.destination.replace(/\/+$/, '').length)
  if (best.type === 'bind') {
    return {
      kind: 'bind',
      host: c.host,
      path: `${best.source.replace(/\/+$/, '')}${rest}`,
      rw: best.rw,
    }
  }
  return { kind: 'volume', key: volumeKey(c.host, best.source), path: rest || '/', rw: best.rw }
}

/** Groups of containers that share one mount source (a volume, or a host path for binds). */
export function sharedMounts(t: Topology): Map<string, Container[]> {
  const groups = new Map<string, Container[]>()
  for (const c of [...t.containers.values()].sort((a, b) => a.seq - b.seq)) {
    for (const m of c.mounts) {
      const key =
        m.type === 'bind' ? `bind:${c.host}:${m.source}` : `volume:${volumeKey(c.host, m.source)}`
      const list = groups.get(key)
      if (list) {
        if (!list.includes(c)) list.push(c)
      } else groups.set(key, [c])
    }
  }
  return groups
}
