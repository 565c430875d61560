/**
 * What a connection attempt from inside a container meets: the answers behind ping, curl,
 * wget and nc. Open (something listens and every rule lets it through), refused (the address
 * answers but nothing listens), or timed out (a rule drops the packets, or no route).
 */
import { hostNetworked, joinedTo, portHolders, runningAt } from './container-index'
import { driverCaps } from './drivers'
import { hostBlockedReason, reachesHost, wireEndpoints } from './lan-reach'
import { namespaceOwner } from './namespace'
import { parseIpv4 } from './ip'
import type { Container, Topology } from './model'
import { ref, type Blocker, type Hop } from './reach-hops'
import {
  directRoutes,
  hasOutbound,
  lanHop,
  noRouteOut,
  publishedHop,
  routeCovers,
} from './reach-routes'
import { ambassadorForwards, listeningPorts } from './services'

export type Probe =
  | {
      readonly kind: 'open'
      readonly target: Container
      readonly port: number
      readonly server: Container
      /** The port the final server answers on (after any ambassador forwards). */
      readonly serverPort: number
      readonly hops: readonly Hop[]
    }
  | { readonly kind: 'refused'; readonly reason: Blocker }
  | { readonly kind: 'timeout'; readonly reason: Blocker }
  | { readonly kind: 'unreachable'; readonly reason: Blocker }

const lanMemo = new WeakMap<Topology['hosts'], ReadonlyMap<string, string>>()
const gatewayMemo = new WeakMap<Topology['networks'], ReadonlySet<string>>()

/** Hosts by LAN address, once per hosts map (edits of containers keep it). */
function hostByLanIp(t: Topology): ReadonlyMap<string, string> {
  let byIp = lanMemo.get(t.hosts)
  if (!byIp)
    lanMemo.set(t.hosts, (byIp = new Map([...t.hosts.values()].map((h) => [h.lanIp, h.name]))))
  return byIp
}

/** `host\ngateway` of every host's bridge networks, once per networks map. */
function bridgeGateways(t: Topology): ReadonlySet<string> {
  const hit = gatewayMemo.get(t.networks)
  if (hit) return hit
  const set = new Set<string>()
  for (const n of t.networks.values())
    if (n.host !== null && driverCaps(n.driver).reach.gatewayIsHost && n.gateway !== null)
      set.add(`${n.host}\n${n.gateway}`)
  gatewayMemo.set(t.networks, set)
  return set
}

/** The host whose own address `ip` is, as seen from `owner` (LAN address, or a gateway). */
function hostAt(t: Topology, owner: Container, ip: string): string | null {
  if (owner.networkMode.kind === 'host' && ip === '127.0.0.1') return owner.host
  const lan = hostByLanIp(t).get(ip)
  if (lan !== undefined) return lan
  for (const e of owner.endpoints) {
    const n = t.networks.get(e.networkId)
    if (n?.gateway === ip && driverCaps(n.driver).reach.gatewayIsHost) return owner.host
  }
  if (owner.networkMode.kind === 'host' && bridgeGateways(t).has(`${owner.host}\n${ip}`))
    return owner.host
  return null
}

/** Whether the namespace can send packets to a host address (its own host or the LAN). */

/**
 * Containers that hold `ip` where `owner` could meet them: bridge addresses repeat on every
 * host (172.17.0.2 is on each docker0), so only the owner's host counts, or an overlay, or a
 * macvlan/ipvlan child on the LAN.
 */
function containersAt(t: Topology, owner: Container, ip: string): readonly Container[] {
  return runningAt(t, ip).filter(
    (c) =>
      c.host === owner.host ||
      c.endpoints.some((e) => e.ip === ip && t.networks.get(e.networkId)?.host === null) ||
      wireEndpoints(t, c).some((w) => w.ip === ip),
  )
}

/** A public address: what lies beyond the hosts' NAT (the simulated internet answers pings). */
export function isPublicIp(ip: string): boolean {
  const n = parseIpv4(ip)
  if (n === null) return false
  const a = n >>> 24
  const b = (n >>> 16) & 255
  return !(
    a === 10 ||
    a === 127 ||
    a === 0 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    a >= 224
  )
}

/** Whether the namespace has a route off its networks (not none, not internal-only). */
export function hasRouteOut(t: Topology, from: Container): boolean {
  return hasOutbound(t, namespaceOwner(t, from))
}

/** Can `from` reach ip at the IP level (what ping tests)? */
export function pingable(t: Topology, from: Container, ip: string): boolean {
  const owner = namespaceOwner(t, from)
  if (ip === '127.0.0.1' || owner.endpoints.some((e) => e.ip === ip)) return true
  if (isPublicIp(ip)) return hasOutbound(t, owner)
  const host = hostAt(t, owner, ip)
  if (host) return hasOutbound(t, owner) && reachesHost(t, owner, host)
  for (const c of containersAt(t, owner, ip)) {
    const routes = directRoutes(t, from, c).routes
    if (routes.some((r) => r.address === ip && r.kind !== 'published' && r.onlyPorts === null))
      return true
  }
  return false
}

function listensOn(t: Topology, c: Container, port: number): boolean {
  return listeningPorts(t, c).some((p) => p.port === port && p.proto === 'tcp')
}

/** The container of a namespace (its owner, or one joined to it) that listens on `port`. */
function namespaceListener(t: Topology, owner: Container, port: number): Container | undefined {
  if (listensOn(t, owner, port)) return owner
  return joinedTo(t, owner.id).find((c) => listensOn(t, c, port))
}

/** Follows an ambassador's socat forward when the server reached is one. */
function arrive(t: Topology, server: Container, port: number, hops: Hop[], depth: number): Probe {
  const fwd = ambassadorForwards(t, server).find((f) => f.listen === port)
  if (fwd && depth < 8) {
    const next = probeTcp(t, server, fwd.targetIp, fwd.targetPort, depth + 1)
    if (next.kind !== 'open') return next
    const socat: Hop = {
      kind: 'ambassador',
      rule: 'socat',
      container: ref(server),
      listen: port,
      target: { address: fwd.targetIp, port: fwd.targetPort },
    }
    return { ...next, target: server, port, hops: [...hops, socat, ...next.hops] }
  }
  return { kind: 'open', target: server, port, server, serverPort: port, hops }
}

/** A TCP connection from `from` to ip:port, following ambassadors to the real server. */
export function probeTcp(t: Topology, from: Container, ip: string, port: number, depth = 0): Probe {
  const owner = namespaceOwner(t, from)
  // The own namespace: loopback and its own addresses.
  if (ip === '127.0.0.1' || owner.endpoints.some((e) => e.ip === ip)) {
    const server = owner.networkMode.kind === 'host' ? undefined : namespaceListener(t, owner, port)
    if (server) return arrive(t, server, port, [loopbackHop(from, server, owner, ip, port)], depth)
    if (owner.networkMode.kind !== 'host') return refused(nothingAt(ip, port))
  }
  // A host's own address: docker-proxy for published ports, or host-network listeners.
  const hostName = hostAt(t, owner, ip)
  if (hostName) {
    if (!hasOutbound(t, owner)) return { kind: 'unreachable', reason: noRouteOut(t, from, owner) }
    const isolated = hostBlockedReason(t, owner, hostName)
    if (isolated) return { kind: 'timeout', reason: isolated }
    // Another host's address is reached over the LAN (or through a router).
    const way: Hop[] =
      hostName === owner.host ? [] : [lanHop(t, owner.host, hostName, { address: ip, port })]
    // What could answer on the host's port: its host-network containers and the publishers.
    const candidates = [...hostNetworked(t, hostName), ...portHolders(t, hostName, 'tcp', port)]
    for (const c of candidates.sort((a, b) => a.seq - b.seq)) {
      if (c.networkMode.kind === 'host' && listensOn(t, c, port))
        return arrive(t, c, port, [...way, hostListenerHop(t, c, hostName, ip, port)], depth)
      const b = c.ports.find(
        (x) =>
          x.hostPort === port && x.proto === 'tcp' && (x.hostIp === '0.0.0.0' || x.hostIp === ip),
      )
      if (b) {
        const target = namespaceOwner(t, c)
        const server = namespaceListener(t, target, b.containerPort)
        if (!server)
          return refused({
            code: 'not-listening',
            params: { container: ref(c), port: b.containerPort },
          })
        return arrive(
          t,
          server,
          b.containerPort,
          [...way, publishedHop(t, hostName, c, b, ip)],
          depth,
        )
      }
    }
    return refused({ code: 'not-published', params: { port, host: hostName } })
  }
  // Another container's address.
  let blocked: Blocker | null = null
  for (const c of containersAt(t, owner, ip)) {
    const search = directRoutes(t, from, c)
    const route = search.routes.find((r) => r.address === ip && r.connectPort === null)
    if (!route) {
      blocked ??= search.blocked[0] ?? null
      continue
    }
    if (!routeCovers(route, port)) {
      blocked = { code: 'icc-link-ports', params: { container: ref(c), port } }
      continue
    }
    const server = namespaceListener(t, c, port)
    if (!server) return refused(nothingAt(ip, port))
    return arrive(t, server, port, [...route.hops], depth)
  }
  const noRoute: Blocker = { code: 'no-route', params: { container: ref(from), address: ip } }
  return { kind: 'timeout', reason: blocked ?? noRoute }
}

function refused(reason: Blocker): Probe {
  return { kind: 'refused', reason }
}

function nothingAt(address: string, port: number): Blocker {
  return { code: 'not-listening-at', params: { address, port } }
}

/** A connection that stays in the client's namespace, answered by `server` (it, or a joiner). */
function loopbackHop(
  from: Container,
  server: Container,
  owner: Container,
  ip: string,
  port: number,
): Hop {
  return {
    kind: 'same-namespace',
    rule: 'loopback',
    from: ref(from),
    to: ref(server),
    owner: ref(owner),
    target: { address: ip, port },
  }
}

/** A host-network container answering on one of its host's addresses. */
function hostListenerHop(t: Topology, c: Container, host: string, ip: string, port: number): Hop {
  const via = ip.startsWith('127.')
    ? 'loopback'
    : ip === t.hosts.get(host)?.lanIp
      ? 'lan'
      : 'gateway'
  return {
    kind: 'host-network',
    rule: 'host-network',
    host,
    to: ref(c),
    via,
    target: { address: ip, port },
  }
}
