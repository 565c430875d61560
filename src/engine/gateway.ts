/**
 * Which of a container's endpoints gives it its default gateway, and so carries its published
 * ports (the driver programs external connectivity on that endpoint only). Sources: moby
 * v28.2.2 libnetwork/sandbox.go Endpoint.Less (the sandbox's endpoint order),
 * libnetwork/default_gateway.go selectGatewayEndpoint (the first endpoint with a gateway),
 * libnetwork/drivers/bridge (Join gives a gateway unless the network is --internal).
 */
import { driverCaps } from './drivers'
import type { Container, Endpoint, Network, Topology } from './model'

/**
 * Whether an endpoint on `net` has a default gateway. Null and host networks never do; an
 * overlay endpoint stands for the docker_gwbridge one Docker adds beside it, which carries the
 * container's gateway and ports; a macvlan or ipvlan endpoint has the LAN's router, when the
 * network has a gateway (not without a parent, nor in ipvlan l3 mode).
 */
function hasGateway(net: Network): boolean {
  if (net.internal) return false
  const caps = driverCaps(net.driver)
  return caps.publishesPorts || (caps.reach.lan && net.gateway !== null)
}

/**
 * The sandbox orders endpoints (Endpoint.Less) by --gw-priority (highest first), then puts those
 * on --internal networks and those without a gateway last, then sorts by network name (Go's
 * byte order, which JavaScript's < gives for these ASCII names).
 */
function compare([ea, na]: [Endpoint, Network], [eb, nb]: [Endpoint, Network]): number {
  const prio = (eb.gwPriority ?? 0) - (ea.gwPriority ?? 0)
  if (prio !== 0) return prio
  return na.name < nb.name ? -1 : na.name > nb.name ? 1 : 0
}

/**
 * The endpoint that provides `c`'s default gateway: the first, in the sandbox's order, of the
 * joined endpoints that have a gateway; null if none has (only --internal networks, none).
 */
export function gatewayEndpoint(t: Topology, c: Container): Endpoint | null {
  const joined: [Endpoint, Network][] = []
  for (const e of c.endpoints) {
    const n = t.networks.get(e.networkId)
    if (n && e.ip !== null && hasGateway(n)) joined.push([e, n])
  }
  joined.sort(compare)
  return joined[0]?.[0] ?? null
}
