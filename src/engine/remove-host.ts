/**
 * `docker context rm` of a simulated host. In Docker it removes only the client's entry: the
 * daemon and everything it runs carry on. In Docknet a context is the host itself, so removing
 * one whose daemon holds containers, user-defined networks, volumes or a swarm membership would
 * destroy what Docker keeps; that is refused, and an empty host goes (its images with it).
 */
import { engineError, type EngineError } from './error-core'
import type { HostName, Result, Topology } from './model'
import { mapDelete, PersistentMap } from './persistent-map'

export function removeHost(t: Topology, name: HostName): Result<Topology, EngineError> {
  const host = t.hosts.get(name)
  if (!host) return { ok: false, error: engineError('NO_SUCH_HOST', { name }) }
  const holds =
    host.swarm !== null ||
    [...t.containers.values()].some((c) => c.host === name) ||
    [...t.volumes.values()].some((v) => v.host === name) ||
    [...t.networks.values()].some((n) => n.host === name && !n.predefined)
  if (holds) return { ok: false, error: engineError('HOST_NOT_EMPTY', { name }) }
  let networks = PersistentMap.from(t.networks)
  for (const n of t.networks.values()) if (n.host === name) networks = networks.delete(n.id)
  return { ok: true, value: { ...t, hosts: mapDelete(t.hosts, name), networks } }
}
