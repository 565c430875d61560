/**
 * Docker's own invariants over a restored world: what no daemon could ever hold is refused
 * (two containers named db on one host, a reference to a network that is not there, a host
 * without its default bridge, a join cycle). Dangling link children and join donors are kept:
 * Docker lets those be removed, and the simulator knows what follows (docker-semantics 2.2).
 */
import type { Topology } from '../engine'

/** Docker's container name rule (daemon/names.go), also used for volume names. */
const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/

/** The first broken invariant, in words, or null. Linear in the size of the world. */
export function checkInvariants(t: Topology): string | null {
  if (t.hosts.size === 0) return 'it has no host'
  return checkNetworks(t) ?? checkContainers(t) ?? checkVolumes(t)
}

function checkNetworks(t: Topology): string | null {
  const names = new Set<string>()
  const bridges = new Set<string>()
  for (const n of t.networks.values()) {
    if (n.host !== null && !t.hosts.has(n.host)) return `network ${n.name} is on an unknown host`
    const key = `${n.host ?? ''}/${n.name}`
    if (names.has(key)) return `two networks are named ${n.name}`
    names.add(key)
    if (n.host !== null && n.predefined && n.name === 'bridge') bridges.add(n.host)
  }
  for (const h of t.hosts.keys()) if (!bridges.has(h)) return `host ${h} has no default bridge`
  return null
}

function checkContainers(t: Topology): string | null {
  const names = new Set<string>()
  for (const c of t.containers.values()) {
    if (!t.hosts.has(c.host)) return `container ${c.name} is on an unknown host`
    if (!NAME.test(c.name)) return `container name ${c.name} is not one Docker allows`
    const key = `${c.host}/${c.name}`
    if (names.has(key)) return `two containers on host ${c.host} are named ${c.name}`
    names.add(key)
    for (const e of c.endpoints) {
      const n = t.networks.get(e.networkId)
      if (!n || (n.host !== null && n.host !== c.host))
        return `container ${c.name} is attached to an unknown network`
    }
    if (c.links.some((l) => l.childId === c.id)) return `container ${c.name} links to itself`
    for (const m of c.mounts)
      if (m.type === 'volume' && !t.volumes.has(`${c.host}/${m.source}`))
        return `container ${c.name} mounts volume ${m.source}, which is not there`
  }
  return checkJoins(t)
}

/** `--net=container:X` chains end: no container joins itself, directly or round a cycle. */
function checkJoins(t: Topology): string | null {
  const done = new Set<string>()
  for (const start of t.containers.values()) {
    const path = new Set<string>()
    let c = start
    while (c.joinedTo !== null && !done.has(c.id)) {
      path.add(c.id)
      const next = t.containers.get(c.joinedTo)
      if (!next) break
      if (path.has(next.id)) return `container ${start.name} joins its own network namespace`
      c = next
    }
    for (const id of path) done.add(id)
  }
  return null
}

function checkVolumes(t: Topology): string | null {
  for (const v of t.volumes.values()) {
    if (!t.hosts.has(v.host)) return `volume ${v.name} is on an unknown host`
    if (!NAME.test(v.name)) return `volume name ${v.name} is not one Docker allows`
  }
  return null
}
