/** The containers and values goals name, looked up in the world. */
import { DEFAULT_HOST, namespaceOwner, type Container, type Ref, type Topology } from '../engine'
import type { ContainerRef, Expected, Goal, GoalResult, Named } from './goal-types'

/** A reference with its host made explicit: a bare name is on the default host. */
export function named(r: ContainerRef): Named {
  return typeof r === 'string' ? { name: r, host: DEFAULT_HOST } : r
}

/**
 * The container so named on its host. By exact name only: Docker's own lookup would also take
 * an id prefix, and `db` or `cafe` are hex, so a goal about `db` could land on a container
 * whose id starts with db.
 */
export function findNamed(t: Topology, r: ContainerRef): Container | null {
  const { name, host } = named(r)
  for (const c of t.containers.values()) if (c.host === host && c.name === name) return c
  return null
}

/** The result of a goal whose container (or host) does not exist. */
export function missing(t: Topology, goal: Goal['kind'], r: ContainerRef): GoalResult {
  const { name, host } = named(r)
  return { kind: 'missing', met: false, goal, host, container: t.hosts.has(host) ? name : null }
}

/** A container as results name it. */
export function refOf(c: Container): Ref {
  return { id: c.id, name: c.name }
}

/** Whether a result's container is the one a reference names. */
export function isNamed(t: Topology, seen: Ref | null, r: ContainerRef): boolean {
  const c = seen ? t.containers.get(seen.id) : undefined
  const { name, host } = named(r)
  return c !== undefined && c.name === name && c.host === host
}

/**
 * The values a goal accepts, now: the one written, or the container's current addresses (its
 * namespace's, for a joined container), on the network named or else on any; none when it has
 * none (missing, stopped, not on that network).
 */
export function expectedValues(t: Topology, e: Expected): string[] {
  if (typeof e === 'string') return [e]
  const c = findNamed(t, e.ipOf)
  if (!c) return []
  return namespaceOwner(t, c)
    .endpoints.filter(
      (ep) => e.network === undefined || t.networks.get(ep.networkId)?.name === e.network,
    )
    .flatMap((ep) => (ep.ip === null ? [] : [ep.ip]))
}
