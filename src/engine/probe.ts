/**
 * What a connection attempt from inside a container meets: the answers behind ping, curl,
 * wget and nc. Open (something listens and every rule lets it through), refused (the address
 * answers but nothing listens), or timed out (a rule drops the packets, or no route).
 */
import { namespaceOwner } from './container-create'
import type { Container, Topology } from './model'
import { directRoutes, routeCovers } from './reach-routes'
import { ambassadorForwards, listeningPorts } from './services'
import { isDefaultBridge } from './world'
import { worldIndex } from './world-index'

export type Probe =
  | {
      readonly kind: 'open'
      readonly target: Container
      readonly port: number
      readonly server: Container
      readonly hops: readonly string[]
    }
  | { readonly kind: 'refused'; readonly reason: string }
  | { readonly kind: 'timeout'; readonly reason: string }
  | { readonly kind: 'unreachable'; readonly reason: string }

function candidatesAt(
  t: Topology,
  from: Container,
  ip: string,
): { containers: Container[]; hostName: string | null } {
  const owner = namespaceOwner(t, from)
  if (ip === '127.0.0.1' || owner.endpoints.some((e) => e.ip === ip)) {
    return { containers: [owner], hostName: owner.networkMode === 'host' ? owner.host : null }
  }
  const host = [...t.hosts.values()].find((h) => h.lanIp === ip)
  const gatewayHost = owner.endpoints.some((e) => {
    const n = t.networks.get(e.networkId)
    return n?.gateway === ip && n.host !== null
  })
  const hostName = host?.name ?? (gatewayHost ? owner.host : null)
  if (hostName) {
    return {
      containers: (worldIndex(t).containersByHost.get(hostName) ?? []).filter(
        (c) => c.state === 'running',
      ),
      hostName,
    }
  }
  const containers = [...t.containers.values()].filter(
    (c) => c.state === 'running' && c.endpoints.some((e) => e.ip === ip),
  )
  return { containers, hostName: null }
}

/** Can `from` reach ip at the IP level (what ping tests)? */
export function pingable(t: Topology, from: Container, ip: string): boolean {
  const { containers, hostName } = candidatesAt(t, from, ip)
  if (hostName) return directRoutesToHost(t, from)
  return containers.some((c) =>
    directRoutes(t, from, c).routes.some(
      (r) => r.address === ip && r.kind !== 'published' && r.onlyPorts === null,
    ),
  )
}

function directRoutesToHost(t: Topology, from: Container): boolean {
  const owner = namespaceOwner(t, from)
  if (owner.networkMode === 'host') return true
  return owner.endpoints.some((e) => {
    const n = t.networks.get(e.networkId)
    return e.ip !== null && n !== undefined && !n.internal && n.driver !== 'null'
  })
}

/** A TCP connection from `from` to ip:port, following ambassadors to the real server. */
export function probeTcp(t: Topology, from: Container, ip: string, port: number, depth = 0): Probe {
  const { containers, hostName } = candidatesAt(t, from, ip)
  if (containers.length === 0 && !hostName) {
    return { kind: 'timeout', reason: `nothing answers at ${ip}` }
  }
  let blocked: string | null = null
  let answered = hostName !== null
  for (const c of containers) {
    const routes = directRoutes(t, from, c)
    const hit = routes.routes.filter(
      (r) =>
        r.address === ip ||
        (r.kind === 'loopback' && ip === '127.0.0.1') ||
        (r.kind === 'loopback' && namespaceOwner(t, from).id === namespaceOwner(t, c).id),
    )
    for (const r of hit) {
      if (r.connectPort !== null && r.connectPort !== port) continue
      if (r.connectPort === null && !routeCovers(r, port) && r.onlyPorts !== null) {
        blocked = `icc is disabled on this bridge: only the linked container's exposed ports are open`
        continue
      }
      answered = true
      const targetPort = r.targetPort ?? port
      if (!listeningPorts(t, c).some((p) => p.port === targetPort && p.proto === 'tcp')) continue
      const fwd = ambassadorForwards(t, c).find((f) => f.listen === targetPort)
      if (fwd && depth < 8) {
        const next = probeTcp(t, c, fwd.targetIp, fwd.targetPort, depth + 1)
        if (next.kind === 'open') {
          return {
            ...next,
            target: c,
            port: targetPort,
            hops: [
              ...r.hops,
              `ambassador ${c.name} forwards to ${fwd.targetIp}:${fwd.targetPort}`,
              ...next.hops,
            ],
          }
        }
        return next
      }
      return { kind: 'open', target: c, port: targetPort, server: c, hops: r.hops }
    }
    if (routes.blocked[0] && hit.length === 0) blocked = routes.blocked[0]
    if (hit.length > 0) answered = true
  }
  if (blocked && !answered) return { kind: 'timeout', reason: blocked }
  if (answered) return { kind: 'refused', reason: `nothing listens on ${ip}:${port}` }
  return { kind: 'timeout', reason: blocked ?? `no route to ${ip}` }
}

/** The default bridge of a container's host, if it is attached to it. */
export function onDefaultBridge(t: Topology, c: Container): boolean {
  return c.endpoints.some((e) => {
    const n = t.networks.get(e.networkId)
    return n !== undefined && isDefaultBridge(n)
  })
}
