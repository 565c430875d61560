/**
 * The ways one container's network namespace can reach another's, each with the rules that
 * allow it (bridge forwarding and icc, host networking, published ports through docker-proxy
 * and DNAT) or the reason it is blocked. Ambassador chains build on these (reachability.ts).
 */
import { driverCaps } from './drivers'
import { hostBlockedReason, lanRoutes, leadsOut, reachesHost, siblingRoute } from './lan-reach'
import { namespaceOwner } from './namespace'
import type { Container, Network, Topology } from './model'
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
  /** The rules passed on the way, in order. */
  readonly hops: readonly string[]
}

export interface RouteSearch {
  readonly routes: Route[]
  /** Candidate paths that exist but are blocked, with the reason. */
  readonly blocked: string[]
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

function netLabel(n: Network): string {
  return isDefaultBridge(n) ? 'the default bridge (docker0)' : `network ${n.name}`
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
  const blocked: string[] = []
  if (oa.id === ob.id) {
    routes.push({
      kind: 'loopback',
      address: '127.0.0.1',
      connectPort: null,
      targetPort: null,
      onlyPorts: null,
      network: null,
      hops: ['same network namespace (--network container:): 127.0.0.1 reaches every port'],
    })
    return { routes, blocked }
  }
  const sameHost = oa.host === ob.host
  for (const ea of oa.endpoints) {
    if (ea.ip === null) continue
    const eb = ob.endpoints.find((e) => e.networkId === ea.networkId && e.ip !== null)
    const n = t.networks.get(ea.networkId)
    if (!eb || !n || eb.ip === null) continue
    const sibling = siblingRoute(t, n, eb.ip)
    if (sibling !== null) {
      if (typeof sibling === 'string') blocked.push(sibling)
      else routes.push({ ...sibling, connectPort: null, targetPort: null, onlyPorts: null })
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
        hops: [`both on ${netLabel(n)}`, `icc is enabled on ${n.name}: every port is open`],
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
        hops: [
          `both on ${netLabel(n)}`,
          `icc is disabled, but --link ${b.name} opened its exposed ports (${ports.join(', ') || 'none'})`,
        ],
      })
    } else {
      blocked.push(
        `icc is disabled on this bridge (${n.name}): traffic between its containers is dropped`,
      )
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
          hops: ['both use the host network: 127.0.0.1 reaches every port'],
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
            hops: [
              `${a.name} uses the host network`,
              `the host routes to ${n.subnet ?? ''} through ${n.name}`,
            ],
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
          `${b.name} uses host ${hostB.name}'s network`,
          `reached on the LAN at ${hostB.lanIp}`,
        ],
      })
    }
  } else if (ob.networkMode.kind === 'host' && hostB && reachesHost(t, oa, hostB.name)) {
    const address = sameHost ? (firstGateway(t, oa) ?? hostB.lanIp) : hostB.lanIp
    routes.push({
      kind: 'to-host-network',
      address,
      connectPort: null,
      targetPort: null,
      onlyPorts: null,
      network: 'host',
      hops: [
        `${b.name} uses host ${hostB.name}'s network`,
        sameHost ? `reached through the gateway ${address}` : `reached on the LAN at ${address}`,
      ],
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
      routes.push({
        kind: 'published',
        address,
        connectPort: p.hostPort,
        targetPort: p.containerPort,
        onlyPorts: null,
        network: null,
        hops: [
          `-p ${p.hostPort}:${p.containerPort} publishes it on host ${hostB.name} (${p.hostIp}:${p.hostPort})`,
          `docker-proxy / DNAT forwards ${address}:${p.hostPort} to ${p.containerPort}/${p.proto}`,
        ],
      })
    }
  }
  const lan = lanRoutes(t, oa, ob)
  for (const r of lan.routes)
    routes.push({ ...r, connectPort: null, targetPort: null, onlyPorts: null })
  blocked.push(...lan.blocked)
  return { routes, blocked }
}

/** Does a route let traffic reach container port `port`? */
export function routeCovers(r: Route, port: number): boolean {
  if (r.targetPort !== null) return r.targetPort === port
  return r.onlyPorts === null || r.onlyPorts.includes(port)
}
