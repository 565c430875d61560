/**
 * Docker's own invariants over a restored world: what no daemon could ever hold is refused
 * (two containers named db on one host, a reference to a network that is not there, a host
 * without its default bridge, a join cycle). Dangling link children and join donors are kept:
 * Docker lets those be removed, and the simulator knows what follows (docker-semantics 2.2).
 */
import type { Topology } from '../engine'
import type { Damage } from './read-problem'

/** Docker's container name rule (daemon/names.go), also used for volume names. */
const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/

/** The first broken invariant, as data, or null. Linear in the size of the world. */
export function checkInvariants(t: Topology): Damage | null {
  if (t.hosts.size === 0) return { code: 'no-host' }
  return checkNetworks(t) ?? checkContainers(t) ?? checkVolumes(t)
}

function checkNetworks(t: Topology): Damage | null {
  const names = new Set<string>()
  const bridges = new Set<string>()
  for (const n of t.networks.values()) {
    if (n.host !== null && !t.hosts.has(n.host))
      return { code: 'unknown-host', kind: 'network', name: n.name }
    const key = `${n.host ?? ''}/${n.name}`
    if (names.has(key)) return { code: 'twin-networks', name: n.name }
    names.add(key)
    if (n.host !== null && n.predefined && n.name === 'bridge') bridges.add(n.host)
  }
  for (const h of t.hosts.keys()) if (!bridges.has(h)) return { code: 'no-default-bridge', host: h }
  return null
}

function checkContainers(t: Topology): Damage | null {
  const names = new Set<string>()
  for (const c of t.containers.values()) {
    if (!t.hosts.has(c.host)) return { code: 'unknown-host', kind: 'container', name: c.name }
    if (!NAME.test(c.name)) return { code: 'bad-name', kind: 'container', name: c.name }
    const key = `${c.host}/${c.name}`
    if (names.has(key)) return { code: 'twin-containers', host: c.host, name: c.name }
    names.add(key)
    for (const e of c.endpoints) {
      const n = t.networks.get(e.networkId)
      if (!n || (n.host !== null && n.host !== c.host))
        return { code: 'unknown-network', container: c.name }
    }
    if (c.links.some((l) => l.childId === c.id)) return { code: 'links-itself', container: c.name }
    for (const m of c.mounts)
      if (m.type === 'volume' && !t.volumes.has(`${c.host}/${m.source}`))
        return { code: 'missing-volume', container: c.name, volume: m.source }
  }
  return checkJoins(t)
}

/** `--net=container:X` chains end: no container joins itself, directly or round a cycle. */
function checkJoins(t: Topology): Damage | null {
  const done = new Set<string>()
  for (const start of t.containers.values()) {
    const path = new Set<string>()
    let c = start
    while (c.joinedTo !== null && !done.has(c.id)) {
      path.add(c.id)
      const next = t.containers.get(c.joinedTo)
      if (!next) break
      if (path.has(next.id)) return { code: 'joins-itself', container: start.name }
      c = next
    }
    for (const id of path) done.add(id)
  }
  return null
}

function checkVolumes(t: Topology): Damage | null {
  for (const v of t.volumes.values()) {
    if (!t.hosts.has(v.host)) return { code: 'unknown-host', kind: 'volume', name: v.name }
    if (!NAME.test(v.name)) return { code: 'bad-name', kind: 'volume', name: v.name }
  }
  return null
}
