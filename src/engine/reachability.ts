/**
 * Who can reach whom, on which port, and why not.
 *
 * Per pair (`checkReach`): every route from one container to another (reach-routes.ts), plus
 * ambassador chains (a client reaching a socat forwarder whose forwards end at the server),
 * then a verdict per port with the names that lead there. Reasons are computed only for the
 * pairs someone looks at.
 *
 * For the whole world (`computeReachIndex`): containers with the same attachments reach the
 * same peers, so reachability is one bitset over containers per class of identically
 * attached containers (performance.md §4): O(network members + classes × N/32), not N².
 */
import { namespaceOwner } from './namespace'
import { lookupName } from './dns'
import type { Container, Topology } from './model'
import type { ExposedPort } from './port-spec'
import { ref, type Blocker, type Hop } from './reach-hops'
import { directRoutes, hasOutbound, noRouteOut, routeCovers, type Route } from './reach-routes'
import { ambassadorForwards, listeningPorts } from './services'
import { worldIndex } from './world-index'
import { probeTcp } from './probe'

export interface PortReach {
  readonly port: ExposedPort
  readonly listening: boolean
  readonly reachable: boolean
  /** Addresses (and the names that resolve to them from the client) that reach this port. */
  readonly via: readonly {
    readonly address: string
    readonly port: number
    readonly names: readonly string[]
    readonly route: Route
  }[]
  /** Why it is not reached; null when it is. */
  readonly reason: Blocker | null
}

export interface ReachVerdict {
  readonly from: string
  readonly to: string
  /** IP-level reachability (ping by address): a bridge, loopback or host route exists. */
  readonly ping: boolean
  readonly reachable: boolean
  readonly ports: readonly PortReach[]
  readonly routes: readonly Route[]
  /** Why not; null when reachable (the first route says how). reach-text.ts words both. */
  readonly reason: Blocker | null
}

interface ChainEnd {
  readonly server: Container
  readonly port: number
  readonly hops: Hop[]
}

/** Follows an ambassador's forward to the final server (chains of ambassadors included). */
function followChain(t: Topology, amb: Container, listen: number): ChainEnd | null {
  const fwd = ambassadorForwards(t, amb).find((f) => f.listen === listen)
  if (!fwd) return null
  const p = probeTcp(t, amb, fwd.targetIp, fwd.targetPort)
  if (p.kind !== 'open') return null
  const hop: Hop = {
    kind: 'ambassador',
    rule: 'socat',
    container: ref(amb),
    listen,
    target: { address: fwd.targetIp, port: fwd.targetPort },
  }
  return { server: p.server, port: p.serverPort, hops: [hop, ...p.hops] }
}

const chainMemo = new WeakMap<
  Topology,
  Map<string, { amb: Container; listen: number; end: ChainEnd }[]>
>()

/** Every ambassador forward in the world, grouped by the server it finally reaches. */
export function ambassadorChains(
  t: Topology,
): Map<string, { amb: Container; listen: number; end: ChainEnd }[]> {
  const memo = chainMemo.get(t)
  if (memo) return memo
  const out = new Map<string, { amb: Container; listen: number; end: ChainEnd }[]>()
  for (const c of worldIndex(t).running) {
    for (const f of ambassadorForwards(t, c)) {
      const end = followChain(t, c, f.listen)
      if (!end) continue
      const key = namespaceOwner(t, end.server).id
      const list = out.get(key) ?? []
      list.push({ amb: c, listen: f.listen, end })
      out.set(key, list)
    }
  }
  chainMemo.set(t, out)
  return out
}

function namesFor(
  t: Topology,
  from: Container,
  address: string,
  candidates: readonly string[],
): string[] {
  const out: string[] = []
  for (const name of candidates) {
    const r = lookupName(t, from, name)
    if (r && r.addresses.includes(address)) out.push(name)
  }
  return out
}

const aliasMemo = new WeakMap<Topology, Map<string, string[]>>()

/** Aliases other containers gave each container with --link (legacy or user-network). */
function linkAliases(t: Topology): Map<string, string[]> {
  const memo = aliasMemo.get(t)
  if (memo) return memo
  const byId = new Map<string, string[]>()
  const push = (id: string, alias: string) => byId.set(id, [...(byId.get(id) ?? []), alias])
  const byName = new Map([...t.containers.values()].map((c) => [`${c.host}/${c.name}`, c.id]))
  for (const p of t.containers.values()) {
    for (const l of p.links) push(l.childId, l.alias)
    for (const e of p.endpoints) {
      for (const spec of e.links) {
        const [target = '', alias = target] = spec.split(':')
        const id = byName.get(`${p.host}/${target}`)
        if (id) push(id, alias)
      }
    }
  }
  aliasMemo.set(t, byId)
  return byId
}

/** Every name that may lead to `c`: its name, hostname, network aliases and link aliases. */
function candidateNames(t: Topology, c: Container): string[] {
  const names = [c.name, c.hostname, ...(linkAliases(t).get(c.id) ?? [])]
  for (const e of c.endpoints) names.push(...e.aliases)
  return [...new Set(names)]
}

/** Can `a` reach `b`, on which ports, by which addresses and names, and if not, why not. */
export function checkReach(t: Topology, a: Container, b: Container): ReachVerdict {
  const base = { from: a.name, to: b.name }
  const stopped = a.state !== 'running' ? a : b.state !== 'running' ? b : null
  if (stopped) {
    const reason: Blocker = { code: 'not-running', params: { container: ref(stopped) } }
    return { ...base, ping: false, reachable: false, ports: [], routes: [], reason }
  }
  const oa = namespaceOwner(t, a)
  const ob = namespaceOwner(t, b)
  const { routes, blocked } = directRoutes(t, a, b)
  for (const chain of ambassadorChains(t).get(ob.id) ?? []) {
    if (chain.amb.id === a.id) continue
    for (const r of directRoutes(t, a, chain.amb).routes) {
      if (!routeCovers(r, chain.listen)) continue
      routes.push({
        kind: 'ambassador',
        address: r.address,
        connectPort: chain.listen,
        targetPort: chain.end.port,
        onlyPorts: null,
        network: r.network,
        hops: [...r.hops, ...chain.end.hops],
      })
      break
    }
  }
  const ping = routes.some(
    (r) => r.kind !== 'published' && r.kind !== 'ambassador' && r.onlyPorts === null,
  )
  const listening = namespaceListening(t, ob)
  const ports = [...listening]
  for (const e of ob.exposed)
    if (!ports.some((p) => p.port === e.port && p.proto === e.proto)) ports.push(e)
  const names = candidateNames(t, b)
  const portReach: PortReach[] = ports.map((port) => {
    const isListening = listening.some((p) => p.port === port.port && p.proto === port.proto)
    const via = routes
      .filter((r) => routeCovers(r, port.port))
      .map((r) => ({
        address: r.address,
        port: r.connectPort ?? port.port,
        names: r.kind === 'loopback' ? ['localhost'] : namesFor(t, a, r.address, names),
        route: r,
      }))
    const reachable = isListening && via.length > 0
    let reason: Blocker | null = null
    if (!isListening)
      reason = { code: 'not-listening', params: { container: ref(b), port: port.port } }
    else if (via.length === 0) reason = portBlockedReason(t, oa, ob, port.port, blocked)
    return { port, listening: isListening, reachable, via, reason }
  })
  const reachable = ping || portReach.some((p) => p.reachable)
  return {
    ...base,
    ping,
    reachable,
    ports: portReach,
    routes,
    reason: summarize(oa, ob, blocked, portReach, reachable),
  }
}

/**
 * Ports something listens on in `owner`'s network namespace: its own services and those of the
 * containers joined to it (`--net=container:`), which answer on the same addresses.
 */
function namespaceListening(t: Topology, owner: Container): ExposedPort[] {
  const out = [...listeningPorts(t, owner)]
  for (const c of worldIndex(t).joinedTo.get(owner.id) ?? []) {
    if (c.state !== 'running') continue
    for (const p of listeningPorts(t, c))
      if (!out.some((q) => q.port === p.port && q.proto === p.proto)) out.push(p)
  }
  return out
}

function portBlockedReason(
  t: Topology,
  oa: Container,
  ob: Container,
  port: number,
  blocked: Blocker[],
): Blocker {
  if (blocked[0]) return blocked[0]
  if (!hasOutbound(t, oa)) return noRouteOut(t, oa, oa)
  return { code: 'not-published', params: { port, host: ob.host } }
}

function summarize(
  oa: Container,
  ob: Container,
  blocked: Blocker[],
  ports: PortReach[],
  reachable: boolean,
): Blocker | null {
  if (reachable) return null
  if (oa.networkMode.kind === 'none')
    return { code: 'none-network', params: { container: ref(oa) } }
  if (blocked[0]) return blocked[0]
  const first = ports[0]
  if (first?.reason && ports.every((p) => !p.listening)) return first.reason
  return {
    code: 'no-shared-network',
    params: {
      container: ref(ob),
      host: oa.host !== ob.host ? ob.host : null,
      publishes: ob.ports.length > 0,
    },
  }
}
