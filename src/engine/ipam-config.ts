/**
 * A user network's IPAM configuration (`--subnet`, `--ip-range`, `--gateway`): the daemon's
 * checks of it, and the gateway and container addresses an `--ip-range` decides.
 * Sources: moby v28.2.2 api/types/network/ipam.go ValidateIPAM (the checks and their words),
 * libnetwork/network.go ipamAllocateVersion and ipams/defaultipam (allocation from the range).
 */
import { engineError, type EngineError } from './error-core'
import { cidrContains, cidrSize, cidrsOverlap, formatCidr, networkAddress } from './ip'
import { formatIpv4, parseCidr, parseIpv4, type Cidr } from './ip'

export interface IpamSpec {
  readonly subnet?: string
  readonly ipRange?: string
  readonly gateway?: string
}

/** A CIDR as netip.ParsePrefix reads it: IPv4 here; an IPv6 one counts as the other family. */
type Parsed = { readonly cidr: Cidr } | { readonly v6: true } | null

function parsePrefix(text: string): Parsed {
  const v4 = parseCidr(text)
  if (v4) return { cidr: v4 }
  const [ip = '', bits = '', extra] = text.split('/')
  const v6 = ip.includes(':') && /^\d{1,3}$/.test(bits) && Number(bits) <= 128 && !extra
  return v6 ? { v6: true } : null
}

const masked = (c: Cidr) => formatCidr(c)
const written = (c: Cidr) => `${formatIpv4(c.base)}/${c.prefix}`

/** validateIPRange: every reason the range is wrong for the subnet. */
function ipRangeReasons(range: string, subnet: Cidr): string[] {
  const p = parsePrefix(range)
  if (p === null) return [`invalid ip-range ${range}: invalid CIDR block notation`]
  if ('v6' in p) return [`invalid ip-range ${range}: parent subnet is an IPv4 block`]
  const reasons: string[] = []
  if (p.cidr.prefix < subnet.prefix)
    reasons.push(
      `invalid ip-range ${range}: CIDR block is bigger than its parent subnet ${written(subnet)}`,
    )
  if (p.cidr.base !== networkAddress(p.cidr))
    reasons.push(`invalid ip-range ${written(p.cidr)}: it should be ${masked(p.cidr)}`)
  if (!cidrsOverlap(subnet, p.cidr))
    reasons.push(
      `invalid ip-range ${range}: parent subnet ${written(subnet)} doesn't contain ip-range`,
    )
  return reasons
}

/** validateAddress, for the gateway. */
function gatewayReason(gateway: string, subnet: Cidr): string | null {
  const ip = parseIpv4(gateway)
  if (ip === null)
    return gateway.includes(':')
      ? `invalid gateway ${gateway}: parent subnet is an IPv4 block`
      : `invalid gateway ${gateway}: invalid address`
  return cidrContains(subnet, ip)
    ? null
    : `invalid gateway ${gateway}: parent subnet ${written(subnet)} doesn't contain this address`
}

/**
 * ValidateIPAM for one IPv4 configuration: the refusal listing every reason, or null. A range
 * or gateway without a subnet is a configuration with an empty Subnet, which does not parse
 * (the client refuses that first: "every ip-range or gateway must have a corresponding subnet").
 */
export function ipamConfigError(spec: IpamSpec): EngineError | null {
  if (spec.subnet === undefined && spec.ipRange === undefined) return null
  const subnetText = spec.subnet ?? ''
  const parsed = parsePrefix(subnetText)
  if (parsed === null) return invalid([`invalid subnet ${subnetText}: invalid CIDR block notation`])
  if ('v6' in parsed) return null
  const subnet = parsed.cidr
  const reasons: string[] = []
  if (subnet.base !== networkAddress(subnet))
    reasons.push(`invalid subnet ${written(subnet)}: it should be ${masked(subnet)}`)
  if (spec.ipRange !== undefined) reasons.push(...ipRangeReasons(spec.ipRange, subnet))
  const gw = spec.gateway === undefined ? null : gatewayReason(spec.gateway, subnet)
  if (gw !== null) reasons.push(gw)
  return reasons.length > 0 ? invalid(reasons) : null
}

function invalid(reasons: readonly string[]): EngineError {
  return engineError('NETWORK_INVALID_CONFIG', { reasons })
}

/**
 * The addresses a container without --ip may get: the range's (a range bigger than its subnet
 * stands for the whole subnet, defaultipam RequestPool), without the subnet's network and
 * broadcast addresses (newPoolData reserves them).
 */
export function dynamicRange(subnet: Cidr, ipRange: string | undefined): [number, number] {
  const first = networkAddress(subnet)
  const last = first + cidrSize(subnet) - 1
  const range = ipRange === undefined ? null : parseCidr(ipRange)
  if (range === null || range.prefix < subnet.prefix) return [first + 1, last - 1]
  const lo = networkAddress(range)
  return [Math.max(lo, first + 1), Math.min(lo + cidrSize(range) - 1, last - 1)]
}

/**
 * The gateway of a network created without --gateway: the first address IPAM hands out, which
 * with --ip-range is the range's first free one (libnetwork requests the gateway from the pool
 * with its sub-pool), e.g. 172.28.5.0 for --subnet 172.28.0.0/16 --ip-range 172.28.5.0/24.
 */
export function defaultGateway(subnet: Cidr, ipRange: string | undefined): string {
  return formatIpv4(dynamicRange(subnet, ipRange)[0])
}
