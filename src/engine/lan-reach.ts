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
import { ref, type Blocker, type Hop } from './reach-hops'

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

/** Why a child of `w` and its own host cannot talk. */
function isolation(host: HostName, child: Container, w: WireEndpoint): Blocker {
  return {
    code: 'parent-isolation',
    params: {
      host,
      container: ref(child),
      address: w.ip,
      network: ref(w.network),
      driver: w.network.driver,
      parent: w.facts.parent,
    },
  }
}

/** Why the namespace cannot reach host `host`'s addresses, or null when it can (or has no way out). */
export function hostBlockedReason(t: Topology, owner: Container, host: HostName): Blocker | null {
  if (reachesHost(t, owner, host)) return null
  const beside = wireEndpoints(t, owner).find((w) => w.network.host === host)
  return beside ? isolation(host, owner, beside) : null
}

/** A route along the LAN: the address, the hops passed. */
export interface LanRoute {
  readonly kind: 'lan'
  readonly address: string
  readonly network: string
  readonly hops: readonly Hop[]
}

export interface LanSearch {
  readonly routes: LanRoute[]
  readonly blocked: Blocker[]
}

/**
 * Between two children of one macvlan/ipvlan network: they talk as its mode says, directly
 * (no icc rule applies: the traffic never meets the host's iptables).
 */
export function siblingRoute(
  t: Topology,
  n: Network,
  a: Container,
  b: Container,
  ip: string,
): { readonly route: LanRoute } | { readonly blocked: Blocker } | null {
  const facts = lanFacts(t, n)
  if (!facts) return null
  const { mode, flag } = facts.options
  if (!facts.siblingsTalk)
    return {
      blocked: {
        code: 'siblings-isolated',
        params: { network: ref(n), driver: n.driver, mode, flag },
      },
    }
  const hop: Hop = {
    kind: 'siblings',
    rule: 'lan-mode',
    network: ref(n),
    driver: n.driver,
    parent: facts.parent,
    mode,
    flag,
    from: ref(a),
    to: ref(b),
    target: { address: ip, port: null },
  }
  return { route: { kind: 'lan', address: ip, network: n.name, hops: [hop] } }
}

/**
 * Routes from `oa`'s namespace to `ob`'s children on the wire, on networks they do not share:
 * along the LAN, or blocked at `ob`'s own host.
 */
export function lanRoutes(t: Topology, oa: Container, ob: Container): LanSearch {
  const routes: LanRoute[] = []
  const blocked: Blocker[] = []
  const mine = wireEndpoints(t, oa)
  const viaHost = throughHost(t, oa)
  for (const w of wireEndpoints(t, ob)) {
    if (oa.endpoints.some((e) => e.networkId === w.network.id)) continue
    const own = mine[0]
    const rule = own ? 'own-wire' : oa.host === w.network.host ? 'router' : 'lan'
    if (own || (viaHost && (oa.host !== w.network.host || !w.facts.besideHost))) {
      const hop: Hop = {
        kind: 'wire',
        rule,
        from: ref(oa),
        fromHost: oa.host,
        fromNetwork: own ? ref(own.network) : null,
        to: ref(ob),
        network: ref(w.network),
        driver: w.network.driver,
        host: w.network.host ?? '',
        parent: w.facts.parent,
        target: { address: w.ip, port: null },
      }
      routes.push({ kind: 'lan', address: w.ip, network: w.network.name, hops: [hop] })
    } else if (viaHost) {
      blocked.push(isolation(oa.host, ob, w))
    }
  }
  return { routes, blocked }
}
