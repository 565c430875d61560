/**
 * macvlan and ipvlan networks: their driver options (`-o parent=eth0`, `macvlan_mode`,
 * `ipvlan_mode`, `ipvlan_flag`), the daemon's checks of them, and what follows from them for
 * reachability (lan-reach.ts). Sources, moby v28.2.2: libnetwork/drivers/macvlan
 * (macvlan.go, macvlan_network.go, macvlan_setup.go) and libnetwork/drivers/ipvlan (the same
 * files), libnetwork/network.go ipamAllocateVersion for the gateway.
 */
import { driverCaps } from './drivers'
import { lanOptions, type LanDriver, type LanOptions } from './lan-options'
import { engineError, type EngineError } from './error-core'
import { cidrContains, cidrsOverlap, parseCidr, parseIpv4 } from './ip'
import type { HostName, Network, Topology } from './model'
import { bridgeName } from './ports'

/** The simulated hosts have one physical interface, on the LAN, with a /24 address. */
export const HOST_INTERFACE = 'eth0'
const HOST_PREFIX = 24

const MACVLAN_MODES = ['bridge', 'private', 'vepa', 'passthru']
const IPVLAN_MODES = ['l2', 'l3', 'l3s']
const IPVLAN_FLAGS = ['bridge', 'private', 'vepa']

/**
 * parseNetworkOptions of each driver (macvlan_network.go, ipvlan_network.go): an unknown mode
 * or flag and the loopback parent are refused; an empty `-o parent=` counts as none.
 */
export function parseLanOptions(
  driver: LanDriver,
  options: Readonly<Record<string, string>>,
): { ok: true; value: LanOptions } | { ok: false; error: EngineError } {
  const parent = options['parent'] || null
  if (driver === 'macvlan') {
    const mode = options['macvlan_mode'] || 'bridge'
    if (!MACVLAN_MODES.includes(mode))
      return { ok: false, error: engineError('MACVLAN_BAD_MODE', { mode }) }
    if (parent === 'lo') return { ok: false, error: engineError('LAN_PARENT_LOOPBACK', { driver }) }
    return { ok: true, value: { driver, parent, mode, flag: null } }
  }
  const mode = options['ipvlan_mode'] || 'l2'
  if (!IPVLAN_MODES.includes(mode))
    return { ok: false, error: engineError('IPVLAN_BAD_MODE', { mode }) }
  const flag = options['ipvlan_flag'] || 'bridge'
  if (!IPVLAN_FLAGS.includes(flag))
    return { ok: false, error: engineError('IPVLAN_BAD_FLAG', { flag }) }
  if (parent === 'lo') return { ok: false, error: engineError('LAN_PARENT_LOOPBACK', { driver }) }
  return { ok: true, value: { driver, parent, mode, flag } }
}

/**
 * Whether the network gets no gateway address unless one is given (GetSkipGwAlloc): without
 * a parent the driver makes it internal; ipvlan l3 and l3s route through the interface itself.
 */
export function skipsGateway(o: LanOptions, internal: boolean): boolean {
  return internal || o.parent === null || o.mode === 'l3' || o.mode === 'l3s'
}

/** The dummy parent a network without `-o parent` gets: dm- or di- and 12 hex of its id. */
export function dummyParent(driver: LanDriver, networkId: string): string {
  return `${driver === 'macvlan' ? 'dm-' : 'di-'}${networkId.slice(0, 12)}`
}

/** The parent a network's children hang from: the one given, or its dummy interface. */
export function parentOf(n: Network, o: LanOptions): string {
  return o.parent ?? dummyParent(o.driver, n.id)
}

/** Interfaces of a host's own namespace: eth0, the Linux bridges, links made for networks. */
function hostLinks(t: Topology, host: HostName): Set<string> {
  const links = new Set([HOST_INTERFACE])
  for (const n of t.networks.values()) {
    if (n.host !== host) continue
    if (driverCaps(n.driver).linuxBridge) links.add(bridgeName(n))
    const o = lanOptions(n)
    if (o) links.add(parentOf(n, o))
  }
  return links
}

/**
 * Go's strconv.Atoi: an optional sign and decimal digits (null when it would fail). Longer
 * numbers overflow an int, which Atoi also refuses.
 */
function atoi(s: string): number | null {
  return /^[+-]?\d{1,18}$/.test(s) ? Number(s) : null
}

/**
 * A parent that is not there yet must name a VLAN of an existing interface (createVlanLink,
 * parseVlan in macvlan_setup.go and ipvlan_setup.go): `eth0.10` creates VLAN 10 on eth0.
 */
function checkVlanParent(parent: string, links: ReadonlySet<string>): EngineError | null {
  if (!parent.includes('.')) return engineError('LAN_PARENT_NOT_VLAN', { parent })
  const parts = parent.split('.')
  if (parts.length !== 2) return engineError('LAN_PARENT_VLAN_FORMAT', { parent })
  const [root = '', vid = ''] = parts
  const id = atoi(vid)
  if (id === null) return engineError('LAN_PARENT_VLAN_ID', { vid })
  if (!links.has(root)) return engineError('LAN_PARENT_MISSING', { parent: root })
  if (id < 1 || id > 4094) return engineError('LAN_PARENT_VLAN_RANGE', { id: String(id) })
  return null
}

/**
 * The driver's CreateNetwork checks of the parent, in its order: another network of the same
 * driver on that parent (ipvlan: any; macvlan: only when one of them is passthru), then a
 * missing parent, which must be a VLAN sub-interface to be created.
 */
export function checkParent(
  t: Topology,
  host: HostName,
  o: LanOptions,
  networkId: string,
): EngineError | null {
  const parent = o.parent ?? dummyParent(o.driver, networkId)
  for (const n of t.networks.values()) {
    const other = n.host === host && n.driver === o.driver ? lanOptions(n) : null
    if (!other || parentOf(n, other) !== parent) continue
    if (o.driver === 'ipvlan')
      return engineError('IPVLAN_PARENT_IN_USE', { dummy: dummyParent('ipvlan', n.id), parent })
    if (o.mode === 'passthru')
      return engineError('MACVLAN_PASSTHRU_PARENT', { network: n.id, parent })
    if (other.mode === 'passthru')
      return engineError('MACVLAN_PARENT_PASSTHRU', { network: n.id, parent })
  }
  const links = hostLinks(t, host)
  if (o.parent === null || links.has(o.parent)) return null
  return checkVlanParent(o.parent, links)
}

/** The VLAN a parent's frames are tagged with (`eth0.10`: 10); null for an untagged parent. */
export function vlanOf(parent: string): number | null {
  const dot = parent.indexOf('.')
  return dot < 0 ? null : atoi(parent.slice(dot + 1))
}

/**
 * What a macvlan/ipvlan network's children can reach, from its options: Docknet's model of the
 * wire behind eth0 (one LAN, whose router routes between every subnet and VLAN on it).
 */
export interface LanFacts {
  readonly options: LanOptions
  /** The interface the children hang from (a dummy one when `-o parent` was omitted). */
  readonly parent: string
  /**
   * The children are on the LAN: the parent is eth0 or one of its VLANs, and the network has
   * a way out (not --internal, not parent-less). ipvlan l3/l3s is not: no router on the LAN has
   * a route to its subnet through this host (Docker's ipvlan docs ask for one to be added).
   */
  readonly onWire: boolean
  /**
   * Children of the same network reach each other: macvlan bridge mode (passthru has one
   * child) and ipvlan flag bridge; private forbids it, vepa sends every frame to the switch,
   * which does not send it back out the port it came from.
   */
  readonly siblingsTalk: boolean
  /**
   * The network's subnet is the host's own LAN subnet: the host and its children talk directly,
   * and the kernel does not pass frames between a parent interface and its macvlan/ipvlan
   * children (nor across VLANs), so they cannot reach each other. On another subnet, the
   * traffic goes through the LAN router and comes back in through eth0, which works.
   */
  readonly besideHost: boolean
}

/** Keyed by the network record alone: a host's LAN address never changes. */
const factsMemo = new WeakMap<Network, LanFacts | null>()

/** The LAN facts of a macvlan or ipvlan network (null for other drivers), once per record. */
export function lanFacts(t: Topology, n: Network): LanFacts | null {
  if (factsMemo.has(n)) return factsMemo.get(n) ?? null
  const options = lanOptions(n)
  let facts: LanFacts | null = null
  if (options) {
    const parent = parentOf(n, options)
    const root = parent.split('.')[0]
    const l3 = options.mode === 'l3' || options.mode === 'l3s'
    const onWire = options.parent !== null && root === HOST_INTERFACE && !n.internal && !l3
    const sharing = options.driver === 'macvlan' ? options.mode : (options.flag ?? 'bridge')
    facts = {
      options,
      parent,
      onWire,
      siblingsTalk: sharing !== 'private' && sharing !== 'vepa',
      besideHost: onWire && sharesHostSubnet(t, n),
    }
  }
  factsMemo.set(n, facts)
  return facts
}

/** Does the network's subnet overlap its host's own LAN subnet (the host's address /24)? */
function sharesHostSubnet(t: Topology, n: Network): boolean {
  const subnet = n.subnet === null ? null : parseCidr(n.subnet)
  const lanIp = n.host === null ? null : parseIpv4(t.hosts.get(n.host)?.lanIp ?? '')
  if (!subnet || lanIp === null) return false
  return cidrContains(subnet, lanIp) || cidrsOverlap(subnet, { base: lanIp, prefix: HOST_PREFIX })
}
