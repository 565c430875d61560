/**
 * IP address management as Docker's default IPAM does it
 * (daemon/libnetwork/ipamutils/utils.go, ipams/defaultipam):
 * user networks take the lowest free predefined pool; containers take the lowest free address
 * of their network, skipping the gateway, and give it back when they stop.
 */
import { addressHeld, lowestFreeAddress } from './container-index'
import { engineError, type EngineError } from './error-core'
import { dynamicRange } from './ipam-config'
import {
  cidrContains,
  cidrsOverlap,
  formatCidr,
  formatIpv4,
  parseCidr,
  parseIpv4,
  type Cidr,
} from './ip'
import type { HostName, Network, Result, Topology } from './model'
import { LAN_CIDR } from './world'

/** Local-scope pools in Docker's order: 172.17-31.0.0/16, then 192.168.0.0/16 in /20s. */
function* localPools(): Generator<Cidr> {
  for (let b = 17; b <= 31; b++) yield { base: ((172 << 24) >>> 0) + (b << 16), prefix: 16 }
  for (let c = 0; c < 256; c += 16)
    yield { base: ((192 << 24) >>> 0) + (168 << 16) + (c << 8), prefix: 20 }
}

/** Global-scope (overlay) pools: 10.0.0.0/8 in /24s. */
function* globalPools(): Generator<Cidr> {
  for (let i = 0; i < 65536; i++) yield { base: ((10 << 24) >>> 0) + i * 256, prefix: 24 }
}

/**
 * Subnets a new network on this host must not overlap: its networks, overlays, the LAN, and
 * for a local network the host's own address (a lab host may sit outside the default LAN; the
 * daemon skips pools that overlap its routes). Swarm's overlay pools do not look at hosts.
 */
function takenSubnets(t: Topology, host: HostName | null): Cidr[] {
  const taken: Cidr[] = []
  const lan = parseCidr(LAN_CIDR)
  if (lan) taken.push(lan)
  const own = host === null ? null : parseIpv4(t.hosts.get(host)?.lanIp ?? '')
  if (own !== null) taken.push({ base: own, prefix: 32 })
  return [...taken, ...poolsInUse(t, host)]
}

/**
 * The subnets of the networks sharing an address space with a new one on `host`. A `--subnet`
 * is checked against these alone: the default IPAM does not look at the host's routes, so a
 * macvlan network may take the LAN's own subnet (ipams/defaultipam RequestPool).
 */
function poolsInUse(t: Topology, host: HostName | null): Cidr[] {
  const taken: Cidr[] = []
  for (const n of t.networks.values()) {
    if (n.subnet === null) continue
    if (host !== null && n.host !== host && n.host !== null) continue
    const c = parseCidr(n.subnet)
    if (c) taken.push(c)
  }
  return taken
}

/** The lowest free predefined pool for a new network (first fit, so removed pools are reused). */
export function allocateSubnet(t: Topology, host: HostName | null): Result<string, EngineError> {
  const taken = takenSubnets(t, host)
  const pools = host === null ? globalPools() : localPools()
  for (const pool of pools) {
    if (!taken.some((c) => cidrsOverlap(c, pool))) return { ok: true, value: formatCidr(pool) }
  }
  return { ok: false, error: engineError('NETWORK_NO_POOL') }
}

/** Checks a `--subnet` value against the networks it would share an address space with. */
export function checkSubnet(
  t: Topology,
  host: HostName | null,
  subnet: string,
): Result<Cidr, EngineError> {
  const c = parseCidr(subnet)
  if (!c) return { ok: false, error: engineError('NETWORK_BAD_SUBNET', { subnet }) }
  const others = poolsInUse(t, host)
  if (others.some((o) => cidrsOverlap(o, c)))
    return { ok: false, error: engineError('NETWORK_OVERLAP') }
  return { ok: true, value: c }
}

/**
 * Picks the address for an endpoint: the static one if free (anywhere in the subnet), else the
 * lowest free address of the subnet or its --ip-range (not the network address, the gateway or
 * the broadcast address).
 */
export function allocateAddress(
  t: Topology,
  net: Network,
  staticIp: string | null,
): Result<string, EngineError> {
  const subnet = net.subnet === null ? null : parseCidr(net.subnet)
  if (!subnet) return { ok: false, error: engineError('NO_ADDRESS', { network: net.name }) }
  const gateway = net.gateway === null ? null : parseIpv4(net.gateway)
  if (staticIp !== null) {
    const n = parseIpv4(staticIp)
    if (n === null || !cidrContains(subnet, n)) {
      return { ok: false, error: engineError('STATIC_IP_OUT_OF_SUBNET', { ip: staticIp }) }
    }
    if (addressHeld(t, net.id, n) || n === gateway)
      return { ok: false, error: engineError('ADDRESS_IN_USE') }
    return { ok: true, value: staticIp }
  }
  // With --ip-range, the lowest free address of the range (defaultipam AddAnyInRange).
  const [lo, hi] = dynamicRange(subnet, net.ipRange)
  const free = lowestFreeAddress(t, net.id, lo, hi, gateway)
  if (free !== null) return { ok: true, value: formatIpv4(free) }
  return { ok: false, error: engineError('NO_ADDRESS', { network: net.name }) }
}
