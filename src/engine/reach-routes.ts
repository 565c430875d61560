/**
 * The ways one container's network namespace can reach another's, each with the rules that
 * allow it (bridge forwarding and icc, host networking, published ports through docker-proxy
 * and DNAT) or the reason it is blocked. Ambassador chains build on these (reachability.ts).
 */
import { driverCaps } from './drivers'
import { hostBlockedReason, lanRoutes, leadsOut, reachesHost, siblingRoute } from './lan-reach'
import { namespaceOwner } from './namespace'
import type { Container, Network, PortBinding, Topology } from './model'
import { parseIpv4 } from './ip'
import {
  ref,
  type Blocker,
  type HostLoopbackHop,
  type HostNetworkHop,
  type HostToBridgeHop,
  type Hop,
  type LanHop,
  type NetworkHop,
  type PublishedHop,
  type SameNamespaceHop,
  type Socket,
} from './reach-hops'
import { isDefaultBridge } from './world'

export interface Route {
  readonly kind:
    | 'loopback'
    | 'bridge'
    | 'host-to-bridge'
    | 'to-host-network'
    | 'published'
    | 'ambassador'
    | 'lan'
  /** The address the client connects to. */
  readonly address: string
  /** The port it connects to; null when it is the target port itself. */
  readonly connectPort: number | null
  /** The container port this route reaches; null when it reaches every port. */
  readonly targetPort: number | null
  /** For icc=false link routes: only these ports (the child's exposed ports) are open. */
  readonly onlyPorts: readonly number[] | null
  readonly network: string | null
  /** What the packets pass on the way, in order, with the rule that let them through. */
  readonly hops: readonly Hop[]
}

export interface RouteSearch {
  readonly routes: Route[]
  /** Candidate paths that exist but are blocked, with the reason. */
  readonly blocked: Blocker[]
}

/** Whether the namespace can send traffic out of its networks (not none, not internal-only). */
export function hasOutbound(t: Topology, owner: Container): boolean {
  if (owner.networkMode.kind === 'host') return true
  return owner.endpoints.some((e) => {
    const n = t.networks.get(e.networkId)
    return e.ip !== null && n !== undefined && leadsOut(t, n)
  })
}

function firstGateway(t: Topology, owner: Container): string | null {
  for (const e of owner.endpoints) {
    const n = t.networks.get(e.networkId)
    if (e.ip !== null && n && !n.internal && n.gateway && driverCaps(n.driver).reach.gatewayIsHost)
      return n.gateway
  }
  return null
}

/**
 * The container address a published port's DNAT rule targets: its address on the first
 * network that is not internal (internal networks map no port: Moby v28
 * libnetwork/drivers/bridge/internal/iptabler/port.go), or any address it has.
 */
export function publishedTarget(t: Topology, owner: Container): string | null {
  const held = owner.endpoints.filter((e) => e.ip !== null)
  // One address (the common case) is the target whatever its network.
  if (held.length < 2) return held[0]?.ip ?? null
  const outward = held.find((e) => !t.networks.get(e.networkId)?.internal)
  return (outward ?? held[0])?.ip ?? null
}

/**
 * Why `c` (in `owner`'s namespace) cannot leave its networks: none, or only internal ones
 * (an `--internal` endpoint gets no gateway: Moby v28 libnetwork/drivers/bridge/bridge_linux.go,
 * Join).
 */
export function noRouteOut(t: Topology, c: Container, owner: Container): Blocker {
  const internal = owner.endpoints
    .map((e) => t.networks.get(e.networkId))
    .find((n) => n !== undefined && n.internal)
  return {
    code: 'no-route-out',
    params: { container: ref(c), internal: internal ? ref(internal) : null },
  }
}

const lanRules = new WeakMap<Topology['hosts'], Map<string, LanHop['rule']>>()

/**
 * The way from one host to another: one LAN, or a router between two subnets (hosts live on
 * any address, world.ts; a lab's LAN is a /24, like the simulated 192.168.1.0/24). Per pair of
 * hosts, once per hosts map.
 */
export function lanHop(t: Topology, from: string, to: string, target: Socket): LanHop {
  let rules = lanRules.get(t.hosts)
  if (!rules) lanRules.set(t.hosts, (rules = new Map()))
  const key = `${from}\n${to}`
  let rule = rules.get(key)
  if (rule === undefined) {
    const a = parseIpv4(t.hosts.get(from)?.lanIp ?? '')
    const b = parseIpv4(t.hosts.get(to)?.lanIp ?? '')
    rule = a === null || b === null || a >>> 8 !== b >>> 8 ? 'router' : 'lan'
    rules.set(key, rule)
  }
  return { kind: 'lan', rule, from, to, target }
}

/**
 * Whether `a`'s namespace holds a legacy link to `b`'s: the iptables ACCEPT rules match the
 * parent's address, so a container joined to the parent uses the link too.
 */
export function linksTo(t: Topology, a: Container, b: Container): boolean {
  const oa = namespaceOwner(t, a)
  const ob = namespaceOwner(t, b)
  return oa.links.some((l) => {
    const child = t.containers.get(l.childId)
    return child !== undefined && namespaceOwner(t, child).id === ob.id
  })
}

/** Direct routes between two running containers' namespaces (no ambassador hops). */
export function directRoutes(t: Topology, a: Container, b: Container): RouteSearch {
  const oa = namespaceOwner(t, a)
  const ob = namespaceOwner(t, b)
  const routes: Route[] = []
  const blocked: Blocker[] = []
  if (oa.id === ob.id) {
    routes.push({
      kind: 'loopback',
      address: '127.0.0.1',
      connectPort: null,
      targetPort: null,
      onlyPorts: null,
      network: null,
      hops: [joinedHop(a, b, oa)],
    })
    return { routes, blocked }
  }
  const sameHost = oa.host === ob.host
  for (const ea of oa.endpoints) {
    if (ea.ip === null) continue
    const eb = ob.endpoints.find((e) => e.networkId === ea.networkId && e.ip !== null)
    const n = t.networks.get(ea.networkId)
    if (!eb || !n || eb.ip === null) continue
    const sibling = siblingRoute(t, n, a, b, eb.ip)
    if (sibling !== null) {
      if ('blocked' in sibling) blocked.push(sibling.blocked)
      else routes.push({ ...sibling.route, connectPort: null, targetPort: null, onlyPorts: null })
      continue
    }
    if (n.icc) {
      routes.push({
        kind: 'bridge',
        address: eb.ip,
        connectPort: null,
        targetPort: null,
        onlyPorts: null,
        network: n.name,
        hops: [networkHop(n, a, b, eb.ip, null)],
      })
    } else if (isDefaultBridge(n) && linksTo(t, oa, ob)) {
      const ports = ob.exposed.filter((p) => p.proto === 'tcp').map((p) => p.port)
      routes.push({
        kind: 'bridge',
        address: eb.ip,
        connectPort: null,
        targetPort: null,
        onlyPorts: ports,
        network: n.name,
        hops: [networkHop(n, a, b, eb.ip, ports)],
      })
    } else {
      blocked.push({ code: 'icc-disabled', params: { network: ref(n) } })
    }
  }
  const hostA = t.hosts.get(oa.host)
  const hostB = t.hosts.get(ob.host)
  if (oa.networkMode.kind === 'host' && hostA) {
    if (sameHost) {
      if (ob.networkMode.kind === 'host') {
        routes.push({
          kind: 'loopback',
          address: '127.0.0.1',
          connectPort: null,
          targetPort: null,
          onlyPorts: null,
          network: 'host',
          hops: [hostLoopbackHop(oa.host, a, b)],
        })
      }
      for (const eb of ob.endpoints) {
        const n = t.networks.get(eb.networkId)
        if (eb.ip !== null && n && driverCaps(n.driver).reach.hostReachesMembers) {
          routes.push({
            kind: 'host-to-bridge',
            address: eb.ip,
            connectPort: null,
            targetPort: null,
            onlyPorts: null,
            network: n.name,
            hops: [hostToBridgeHop(oa.host, a, b, n, eb.ip)],
          })
        }
      }
    } else if (ob.networkMode.kind === 'host' && hostB) {
      routes.push({
        kind: 'to-host-network',
        address: hostB.lanIp,
        connectPort: null,
        targetPort: null,
        onlyPorts: null,
        network: 'host',
        hops: [
          lanHop(t, oa.host, ob.host, { address: hostB.lanIp, port: null }),
          hostNetworkHop(ob.host, b, 'lan', hostB.lanIp),
        ],
      })
    }
  } else if (ob.networkMode.kind === 'host' && hostB && reachesHost(t, oa, hostB.name)) {
    const address = sameHost ? (firstGateway(t, oa) ?? hostB.lanIp) : hostB.lanIp
    const reached = hostNetworkHop(ob.host, b, sameHost ? 'gateway' : 'lan', address)
    routes.push({
      kind: 'to-host-network',
      address,
      connectPort: null,
      targetPort: null,
      onlyPorts: null,
      network: 'host',
      hops: sameHost ? [reached] : [lanHop(t, oa.host, ob.host, reached.target), reached],
    })
  }
  const toHostB = hostB ? hostBlockedReason(t, oa, hostB.name) : null
  if (toHostB && (ob.networkMode.kind === 'host' || ob.ports.length > 0)) blocked.push(toHostB)
  if (hostB && ob.networkMode.kind !== 'host' && reachesHost(t, oa, hostB.name)) {
    for (const p of ob.ports) {
      // A port published on a loopback address is reachable only from the host's own namespace.
      const loopbackOnly = p.hostIp.startsWith('127.')
      if (loopbackOnly && !(sameHost && oa.networkMode.kind === 'host')) continue
      if (!loopbackOnly && p.hostIp !== '0.0.0.0' && p.hostIp !== hostB.lanIp) continue
      const address = loopbackOnly
        ? p.hostIp
        : sameHost && oa.networkMode.kind !== 'host'
          ? (firstGateway(t, oa) ?? hostB.lanIp)
          : hostB.lanIp
      const dnat = publishedHop(t, ob.host, b, p, address)
      routes.push({
        kind: 'published',
        address,
        connectPort: p.hostPort,
        targetPort: p.containerPort,
        onlyPorts: null,
        network: null,
        hops: sameHost ? [dnat] : [lanHop(t, oa.host, ob.host, dnat.before), dnat],
      })
    }
  }
  const lan = lanRoutes(t, oa, ob)
  for (const r of lan.routes)
    routes.push({ ...r, connectPort: null, targetPort: null, onlyPorts: null })
  blocked.push(...lan.blocked)
  return { routes, blocked }
}

// The hops of direct routes, built apart so directRoutes stays small for the JIT: it runs for
// every pair the matrix and the Reach tab look at.

function joinedHop(a: Container, b: Container, owner: Container): SameNamespaceHop {
  return {
    kind: 'same-namespace',
    rule: 'joined-namespace',
    from: ref(a),
    to: ref(b),
    owner: ref(owner),
    target: { address: '127.0.0.1', port: null },
  }
}

/** Through network `n` to `b` at `ip`: icc, or (with `openPorts`) a link's ACCEPT rules. */
function networkHop(
  n: Network,
  a: Container,
  b: Container,
  ip: string,
  openPorts: readonly number[] | null,
): NetworkHop {
  return {
    kind: 'network',
    rule: openPorts === null ? 'icc' : 'link-accept',
    network: ref(n),
    defaultBridge: isDefaultBridge(n),
    from: ref(a),
    to: ref(b),
    target: { address: ip, port: null },
    openPorts,
  }
}

function hostLoopbackHop(host: string, a: Container, b: Container): HostLoopbackHop {
  return {
    kind: 'host-loopback',
    rule: 'host-network',
    host,
    from: ref(a),
    to: ref(b),
    target: { address: '127.0.0.1', port: null },
  }
}

function hostToBridgeHop(
  host: string,
  a: Container,
  b: Container,
  n: Network,
  ip: string,
): HostToBridgeHop {
  return {
    kind: 'host-to-bridge',
    rule: 'host-network',
    host,
    from: ref(a),
    to: ref(b),
    network: ref(n),
    subnet: n.subnet,
    target: { address: ip, port: null },
  }
}

/** `b`, on host `host`'s network, reached at `address` (every port). */
function hostNetworkHop(
  host: string,
  b: Container,
  via: HostNetworkHop['via'],
  address: string,
): HostNetworkHop {
  return {
    kind: 'host-network',
    rule: 'host-network',
    host,
    to: ref(b),
    via,
    target: { address, port: null },
  }
}

/** docker-proxy and DNAT of `c`'s binding `p` on `host`, dialled at `address`. */
export function publishedHop(
  t: Topology,
  host: string,
  c: Container,
  p: PortBinding,
  address: string,
): PublishedHop {
  return {
    kind: 'published',
    rule: 'docker-proxy',
    host,
    container: ref(c),
    hostIp: p.hostIp,
    proto: p.proto,
    before: { address, port: p.hostPort },
    after: { address: publishedTarget(t, namespaceOwner(t, c)), port: p.containerPort },
  }
}

/** Does a route let traffic reach container port `port`? */
export function routeCovers(r: Route, port: number): boolean {
  if (r.targetPort !== null) return r.targetPort === port
  return r.onlyPorts === null || r.onlyPorts.includes(port)
}
