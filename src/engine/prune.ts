/**
 * The daemon's prunes: stopped containers, unused networks, unused volumes, unused images
 * (moby v28.2.2 daemon/prune.go, volume/service/service.go Prune, daemon/images/image_prune.go).
 * Each validates its filters, then removes what is unused and reports it.
 */
import { networkMembers, volumeUsers } from './container-index'
import { engineError, type EngineError } from './error-core'
import { boolFilter, labelFiltersMatch, validateFilters, type FilterArgs } from './filters'
import { dropImages, hostImages, imageKey, type StoredImage } from './image-store'
import { isPredefinedName } from './list-objects'
import type { Container, HostName, Network, Result, Topology, Volume } from './model'
import { ANONYMOUS_LABEL, volumeLabels } from './mounts'
import { mapDelete } from './persistent-map'
import { removeNetwork } from './networks'
import { removeContainer } from './container-lifecycle'
import { utf8Bytes } from './utf8'
import { volumeKey } from './mounts'
import { hostNetworks } from './world'
import { parseUntil } from './until'

export interface Pruned<T> {
  readonly topology: Topology
  readonly deleted: readonly T[]
  /** Bytes freed (the CLI prints `Total reclaimed space`). */
  readonly reclaimed: number
}

type PruneResult<T> = Result<Pruned<T>, EngineError>

const PRUNE_FILTERS = ['label', 'label!', 'until']

/** Validated keys, and the `until` cutoff (an object created after it is kept), or null. */
function pruneFilters(
  t: Topology,
  f: FilterArgs,
  accepted: readonly string[],
): { until: number | null } | EngineError {
  const bad = validateFilters(f, accepted)
  if (bad) return bad
  const until = f.get('until') ?? []
  if (until.length > 1) return engineError('FILTER_UNTIL_MANY')
  if (until.length === 0) return { until: null }
  const cutoff = parseUntil(until[0] ?? '', t.seq)
  return typeof cutoff === 'number' ? { until: cutoff } : cutoff
}

/** The bytes of a record of files (a container's layer, a volume's data). */
function filesSize(files: Readonly<Record<string, string>>): number {
  return Object.values(files).reduce((n, text) => n + utf8Bytes(text).length, 0)
}

/** `docker container prune`: every container not running, by label and age. */
export function pruneContainers(t: Topology, host: HostName, f: FilterArgs): PruneResult<string> {
  const checked = pruneFilters(t, f, PRUNE_FILTERS)
  if ('code' in checked) return { ok: false, error: checked }
  const doomed = [...t.containers.values()]
    .filter((c) => c.host === host && c.state !== 'running')
    .filter((c) => checked.until === null || c.seq <= checked.until)
    .filter((c) => labelFiltersMatch(f, c.labels))
    .sort((a, b) => a.seq - b.seq)
  let topology = t
  const deleted: string[] = []
  let reclaimed = 0
  for (const c of doomed) {
    const r = removeContainer(topology, c.id)
    if (!r.ok) continue
    topology = r.value
    deleted.push(c.id)
    reclaimed += filesSize(c.files)
  }
  return { ok: true, value: { topology, deleted, reclaimed } }
}

/**
 * Whether a network has endpoints: running containers attached. A swarm member's
 * docker_gwbridge holds the ingress sandbox's endpoint, and `ingress` is never pruned.
 */
function inUse(t: Topology, host: HostName, n: Network): boolean {
  if (n.name === 'ingress' && n.driver === 'overlay') return true
  if (n.name === 'docker_gwbridge' && (t.hosts.get(host)?.swarm ?? null) !== null) return true
  return networkMembers(t, n.id).some((c: Container) => c.state === 'running')
}

/**
 * `docker network prune`: user-defined networks without endpoints. A network only stopped
 * containers use has none, so it goes (libnetwork removes endpoints on stop). Swarm networks
 * come first, and only on a manager (clusterNetworksPrune), then the local ones.
 */
export function pruneNetworks(t: Topology, host: HostName, f: FilterArgs): PruneResult<string> {
  const checked = pruneFilters(t, f, PRUNE_FILTERS)
  if ('code' in checked) return { ok: false, error: checked }
  const manager = t.hosts.get(host)?.swarm === 'manager'
  const candidates = hostNetworks(t, host)
    .filter((n) => (n.host === null ? manager : !isPredefinedName(n.name)))
    .filter((n) => !n.predefined && !inUse(t, host, n))
    .filter((n) => checked.until === null || n.seq <= checked.until)
    .filter((n) => labelFiltersMatch(f, n.labels))
    .sort((a, b) => Number(a.host !== null) - Number(b.host !== null) || a.seq - b.seq)
  let topology = t
  const deleted: string[] = []
  for (const n of candidates) {
    const r = removeNetwork(topology, host, n.id)
    if (!r.ok) continue
    topology = r.value
    deleted.push(n.name)
  }
  return { ok: true, value: { topology, deleted, reclaimed: 0 } }
}

const VOLUME_PRUNE_FILTERS = ['label', 'label!', 'all']

/** strconv.ParseBool. */
function goBool(value: string): boolean | null {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false
  return null
}

/**
 * `docker volume prune`: volumes no container uses (running or not); since API 1.42 only
 * anonymous ones unless the filter `all` is true (`-a`), by withPrune's label filter.
 */
export function pruneVolumes(t: Topology, host: HostName, f: FilterArgs): PruneResult<string> {
  const bad = validateFilters(f, VOLUME_PRUNE_FILTERS)
  if (bad) return { ok: false, error: bad }
  const all = f.get('all') ?? []
  if (all.length > 1) return { ok: false, error: engineError('FILTER_ALL_MANY', { values: all }) }
  const everything = all.length === 1 ? goBool(all[0] ?? '') : false
  if (everything === null)
    return { ok: false, error: engineError('FILTER_ALL_BOOL', { value: all[0] ?? '' }) }
  const labels = new Map(f)
  if (!everything) labels.set('label', [...(f.get('label') ?? []), ANONYMOUS_LABEL])
  const doomed = [...t.volumes.values()]
    .filter((v: Volume) => v.host === host && v.driver === 'local')
    .filter((v) => volumeUsers(t, host, v.name).length === 0)
    .filter((v) => labelFiltersMatch(labels, volumeLabels(v)))
    .sort((a, b) => a.seq - b.seq)
  let volumes = t.volumes
  for (const v of doomed) volumes = mapDelete(volumes, volumeKey(host, v.name))
  return {
    ok: true,
    value: {
      topology: { ...t, volumes },
      deleted: doomed.map((v) => v.name),
      reclaimed: doomed.reduce((n, v) => n + filesSize(v.files), 0),
    },
  }
}

const IMAGE_PRUNE_FILTERS = ['dangling', 'label', 'label!', 'until']

/**
 * `docker image prune`: Docknet builds nothing, so no image is dangling (untagged); with
 * `dangling=false` (`-a`), every image no container (running or not) was created from. The
 * simulated images carry no labels and were all made before the world began.
 */
export function pruneImages(t: Topology, host: HostName, f: FilterArgs): PruneResult<StoredImage> {
  const checked = pruneFilters(t, f, IMAGE_PRUNE_FILTERS)
  if ('code' in checked) return { ok: false, error: checked }
  const danglingOnly = boolFilter(f, 'dangling') ?? true
  if (typeof danglingOnly !== 'boolean') return { ok: false, error: danglingOnly }
  if (danglingOnly || f.has('label'))
    return { ok: true, value: { topology: t, deleted: [], reclaimed: 0 } }
  const used = new Set(
    [...t.containers.values()].filter((c) => c.host === host).map((c) => imageKey(c.image)),
  )
  const doomed = hostImages(t, host)
    .reverse()
    .filter((i) => !used.has(i.key))
  return {
    ok: true,
    value: {
      topology: dropImages(t, host, new Set(doomed.map((i) => i.key))),
      deleted: doomed,
      reclaimed: doomed.reduce((n, i) => n + i.size, 0),
    },
  }
}
