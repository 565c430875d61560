/**
 * "Trace to...": the cards and edges a connection from one container to another passes, for
 * the canvas to highlight. The chain is the client, each ambassador the route names in its
 * hops, and the server; consecutive members on one host meet on a shared network (and a link
 * or join when there is one), members on different hosts meet through the far host.
 */
import { ambassadorForwards, checkReach, type Container, type Topology } from '../engine'
import { nodeId } from './ids'

export interface Trace {
  readonly from: string
  readonly to: string
  readonly nodes: ReadonlySet<string>
  readonly edges: ReadonlySet<string>
  /** The rules on the way, as the engine states them. */
  readonly steps: readonly string[]
  readonly reachable: boolean
}

const AMBASSADOR_HOP = /ambassador (\S+?)(?: \(socat\))? (?:listens|forwards)/g

export function traceBetween(t: Topology, fromId: string, toId: string): Trace | null {
  const from = t.containers.get(fromId)
  const to = t.containers.get(toId)
  if (!from || !to) return null
  const verdict = checkReach(t, from, to)
  // The route the names lead to, when a name reaches the server; else the first one.
  const named = verdict.ports.flatMap((p) => p.via).find((v) => v.names.length > 0)?.route
  const route = named ?? verdict.routes[0]
  const chain: Container[] = [from]
  for (const m of (route?.hops ?? []).join('\n').matchAll(AMBASSADOR_HOP)) {
    const last = chain[chain.length - 1] as Container
    const candidates = [...t.containers.values()].filter((c) => c.name === m[1])
    const amb = candidates.find((c) => c.host === last.host) ?? candidates[0]
    if (amb && !chain.includes(amb)) chain.push(amb)
  }
  chain.push(to)
  const nodes = new Set(chain.map((c) => nodeId.container(c.id)))
  const edges = new Set<string>()
  for (let i = 0; i + 1 < chain.length; i++) {
    const a = chain[i] as Container
    const b = chain[i + 1] as Container
    if (a.host !== b.host) {
      nodes.add(nodeId.host(b.host))
      for (const f of ambassadorForwards(t, a)) edges.add(`ambassador:${a.id}:${f.listen}`)
      continue
    }
    for (const l of a.links) if (l.childId === b.id) edges.add(`link:${a.id}:${l.alias}`)
    if (a.joinedTo === b.id) edges.add(`join:${a.id}`)
    if (b.joinedTo === a.id) edges.add(`join:${b.id}`)
    const shared = a.endpoints.find((e) => b.endpoints.some((f) => f.networkId === e.networkId))
    if (shared) {
      nodes.add(nodeId.network(shared.networkId))
      edges.add(`endpoint:${a.id}:${shared.networkId}`)
      edges.add(`endpoint:${b.id}:${shared.networkId}`)
    }
  }
  return {
    from: from.name,
    to: to.name,
    nodes,
    edges,
    steps: [verdict.reason, ...(route?.hops ?? [])],
    reachable: verdict.reachable,
  }
}
