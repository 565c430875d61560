/**
 * Reachability through macvlan and ipvlan networks, whose children sit on the LAN beside
 * their host (macvlan.ts has each network's facts). The rules, Docknet's model of Docker's
 * macvlan and ipvlan docs:
 *
 * - children of one network reach each other as its mode lets them (bridge: yes);
 * - a child on the wire reaches, and is reached by, everything on the LAN: other hosts, their
 *   containers (through NAT or published ports) and other networks' children;
 * - except its own host, when the network shares the host's subnet: the host and the child
 *   would talk directly through the parent interface, and the kernel does not pass frames
 *   between a parent and its macvlan/ipvlan children. Traffic of the host's own containers
 *   (bridge, host network) leaves through the host's kernel, so it is stopped the same way.
 */
import { driverCaps } from './drivers'
import { lanFacts, type LanFacts } from './macvlan'
import type { Container, HostName, Network, Topology } from './model'

/** One of a namespace's attachments to a macvlan/ipvlan network that leads onto the LAN. */
export interface WireEndpoint {
  readonly network: Network
  readonly ip: string
  readonly facts: LanFacts
}

/** The namespace's running endpoints on macvlan/ipvlan networks that are on the wire. */
export function wireEndpoints(t: Topology, owner: Container): WireEndpoint[] {
  const out: WireEndpoint[] = []
  for (const e of owner.endpoints) {
    const n = e.ip === null ? undefined : t.networks.get(e.networkId)
    const facts = n ? lanFacts(t, n) : null
    if (n && facts?.onWire && e.ip !== null) out.push({ network: n, ip: e.ip, facts })
  }
  return out
}

/**
 * Whether traffic from the namespace leaves through its host's kernel: host networking, or a
 * way out of a network whose gateway is on the host (bridge, overlay's docker_gwbridge).
 */
export function throughHost(t: Topology, owner: Container): boolean {
  if (owner.networkMode.kind === 'host') return true
  return owner.endpoints.some((e) => {
    const n = t.networks.get(e.networkId)
    return (
      e.ip !== null && n !== undefined && !n.internal && driverCaps(n.driver).reach.membersReachHost
    )
  })
}

/** Whether an attachment to `n` gives a way out of it (the LAN, the internet, other hosts). */
export function leadsOut(t: Topology, n: Network): boolean {
  if (n.internal || driverCaps(n.driver).namespace !== 'endpoint') return false
  const facts = lanFacts(t, n)
  return facts === null || facts.onWire
}

/** Can the namespace reach host `host`'s own addresses (its published ports, host network)? */
export function reachesHost(t: Topology, owner: Container, host: HostName): boolean {
  if (throughHost(t, owner)) return true
  return wireEndpoints(t, owner).some((w) => w.network.host !== host || !w.facts.besideHost)
}

/** Why a child of `w` and its own host cannot talk, in words. */
function isolationReason(host: HostName, child: string, w: WireEndpoint): string {
  return `host ${host} and ${child} (${w.ip}, ${w.network.driver} network ${w.network.name} on its ${w.facts.parent}) cannot talk: the kernel does not pass traffic between a parent interface and its ${w.network.driver} children`
}

/** Why the namespace cannot reach host `host`'s addresses, or null when it can (or has no way out). */
export function hostBlockedReason(t: Topology, owner: Container, host: HostName): string | null {
  if (reachesHost(t, owner, host)) return null
  const beside = wireEndpoints(t, owner).find((w) => w.network.host === host)
  return beside ? isolationReason(host, owner.name, beside) : null
}

/** What a route along the LAN says: the address, the rules passed. */
export interface LanRoute {
  readonly kind: 'lan'
  readonly address: string
  readonly network: string
  readonly hops: readonly string[]
}

export interface LanSearch {
  readonly routes: LanRoute[]
  readonly blocked: string[]
}

/**
 * Between two children of one macvlan/ipvlan network: they talk as its mode says, directly
 * (no icc rule applies: the traffic never meets the host's iptables).
 */
export function siblingRoute(t: Topology, n: Network, ip: string): LanRoute | string | null {
  const facts = lanFacts(t, n)
  if (!facts) return null
  const how =
    facts.options.flag === null ? `${facts.options.mode} mode` : `flag ${facts.options.flag}`
  if (!facts.siblingsTalk)
    return `${n.driver} ${how} on ${n.name}: its children cannot talk to each other (${facts.options.mode === 'vepa' || facts.options.flag === 'vepa' ? 'vepa sends every frame to the switch, which does not send it back' : 'private isolates them'})`
  return {
    kind: 'lan',
    address: ip,
    network: n.name,
    hops: [
      `both on ${n.driver} network ${n.name} (children of ${facts.parent})`,
      `${n.driver} ${how}: its children reach each other at every port`,
    ],
  }
}

/**
 * Routes from `oa`'s namespace to `ob`'s children on the wire, on networks they do not share:
 * along the LAN, or blocked at `ob`'s own host.
 */
export function lanRoutes(t: Topology, oa: Container, ob: Container): LanSearch {
  const routes: LanRoute[] = []
  const blocked: string[] = []
  const mine = wireEndpoints(t, oa)
  const viaHost = throughHost(t, oa)
  for (const w of wireEndpoints(t, ob)) {
    if (oa.endpoints.some((e) => e.networkId === w.network.id)) continue
    const where = `${ob.name} is on the LAN at ${w.ip} (${w.network.driver} network ${w.network.name} on host ${w.network.host ?? ''})`
    if (mine.length > 0) {
      routes.push({
        kind: 'lan',
        address: w.ip,
        network: w.network.name,
        hops: [
          where,
          `${oa.name} is on the LAN too (${mine[0]?.network.name ?? ''}), which carries it there`,
        ],
      })
    } else if (viaHost && (oa.host !== w.network.host || !w.facts.besideHost)) {
      routes.push({
        kind: 'lan',
        address: w.ip,
        network: w.network.name,
        hops: [
          where,
          oa.host === w.network.host
            ? `host ${oa.host} is on another subnet: the LAN router carries it back in through ${w.facts.parent}`
            : `host ${oa.host} reaches it over the LAN`,
        ],
      })
    } else if (viaHost) {
      blocked.push(isolationReason(oa.host, ob.name, w))
    }
  }
  return { routes, blocked }
}
