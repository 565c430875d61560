/**
 * `docker network ls` and `docker volume ls` with their filters, as the daemon applies them:
 * moby v28.2.2 daemon/network/filter.go FilterNetworks and volume/service (filtersToBy).
 */
import { volumeUsers } from './container-index'
import { engineError, type EngineError } from './error-core'
import {
  boolFilter,
  exactMatch,
  labelsMatch,
  textMatch,
  validateFilters,
  type FilterArgs,
} from './filters'
import type { HostName, Network, Result, Topology, Volume } from './model'
import { volumeLabels } from './mounts'
import { hostNetworks } from './world'

/** api/types/network acceptedFilters. */
const NETWORK_FILTERS = ['dangling', 'driver', 'id', 'label', 'name', 'scope', 'type']

/** daemon/network IsPredefined: the names the daemon keeps for itself. */
export function isPredefinedName(name: string): boolean {
  return ['bridge', 'host', 'none', 'default'].includes(name)
}

/** What `docker network ls` shows as a network's driver and scope. */
export function networkScope(n: Network): 'local' | 'swarm' {
  return n.host === null ? 'swarm' : 'local'
}

function keptByFields(f: FilterArgs, n: Network): boolean {
  return (
    exactMatch(f, 'driver', n.driver) &&
    textMatch(f, 'name', n.name) &&
    textMatch(f, 'id', n.id) &&
    labelsMatch(f, 'label', n.labels) &&
    exactMatch(f, 'scope', networkScope(n))
  )
}

/**
 * `dangling`: one value, a boolean. The list API builds each network without its containers
 * (daemon/network.go buildNetworkResource; they are added only for API < 1.28), so a
 * user-defined network counts as dangling whether or not containers use it, and only the
 * predefined ones are not.
 */
function dangling(f: FilterArgs, list: Network[]): Network[] | EngineError {
  const values = f.get('dangling')
  if (!values || values.length === 0) return list
  if (values.length > 1) return engineError('FILTER_DANGLING_MANY')
  const value = values[0] ?? ''
  if (!['0', 'false', '1', 'true'].includes(value)) return engineError('FILTER_DANGLING_VALUE')
  const only = value === '1' || value === 'true'
  return list.filter((n) => isPredefinedName(n.name) !== only)
}

/** `type=custom|builtin`: each value adds its networks, in turn. */
function byType(f: FilterArgs, list: Network[]): Network[] | EngineError {
  const values = f.get('type')
  if (!values) return list
  const out: Network[] = []
  for (const value of values) {
    if (value !== 'custom' && value !== 'builtin')
      return engineError('FILTER_NETWORK_TYPE', { value })
    out.push(...list.filter((n) => isPredefinedName(n.name) === (value === 'builtin')))
  }
  return out
}

/** The networks `docker network ls` shows on `host` (the client sorts them), or the refusal. */
export function listNetworks(
  t: Topology,
  host: HostName,
  f: FilterArgs,
): Result<Network[], EngineError> {
  const bad = validateFilters(f, NETWORK_FILTERS)
  if (bad) return { ok: false, error: bad }
  const kept = dangling(
    f,
    hostNetworks(t, host).filter((n) => keptByFields(f, n)),
  )
  if (!Array.isArray(kept)) return { ok: false, error: kept }
  const typed = byType(f, kept)
  return Array.isArray(typed) ? { ok: true, value: typed } : { ok: false, error: typed }
}

/** volume/service acceptedListFilters. */
const VOLUME_FILTERS = ['dangling', 'name', 'driver', 'label']

/** The volumes `docker volume ls` shows on `host`, or the refusal. */
export function listVolumes(
  t: Topology,
  host: HostName,
  f: FilterArgs,
): Result<Volume[], EngineError> {
  const bad = validateFilters(f, VOLUME_FILTERS)
  if (bad) return { ok: false, error: bad }
  const onlyDangling = boolFilter(f, 'dangling')
  if (onlyDangling !== null && typeof onlyDangling !== 'boolean')
    return { ok: false, error: onlyDangling }
  const drivers = f.get('driver') ?? []
  const volumes = [...t.volumes.values()].filter(
    (v) =>
      v.host === host &&
      (drivers.length === 0 || drivers.includes(v.driver)) &&
      (!f.has('name') || textMatch(f, 'name', v.name)) &&
      labelsMatch(f, 'label', volumeLabels(v)) &&
      (onlyDangling === null || (volumeUsers(t, host, v.name).length === 0) === onlyDangling),
  )
  return { ok: true, value: volumes }
}
