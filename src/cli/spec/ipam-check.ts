/**
 * `docker network create`'s client-side IPAM check (docker/cli network/create.go
 * createIPAMConfig): every --ip-range, --gateway and --aux-address must fall in a --subnet.
 * IPv4 is checked as the client does; an IPv6 value is taken to match (not modelled).
 */
import { refuse, type ClientError } from './client-errors'
import {
  cidrContains,
  cidrsOverlap,
  isValidIP,
  parseCidr,
  parseIpv4,
  type Cidr,
} from '../../engine'

interface IpamFlags {
  readonly subnets: readonly string[]
  readonly ipRanges: readonly string[]
  readonly gateways: readonly string[]
  /** `name=address` pairs. */
  readonly auxAddresses: readonly string[]
}

type Parsed<T> = { value: T } | { error: ClientError }

/** net.ParseCIDR: a CIDR, or null for a valid IPv6 one. */
function cidrOf(text: string): Parsed<Cidr | null> {
  const v4 = parseCidr(text)
  if (v4) return { value: v4 }
  const [ip = '', prefix = '', extra] = text.split('/')
  const v6 = ip.includes(':') && isValidIP(ip) && /^\d+$/.test(prefix) && Number(prefix) <= 128
  return v6 && extra === undefined ? { value: null } : { error: refuse('CIDR_INVALID', { text }) }
}

/** subnetMatches: does `subnet` hold `data` (an address or a CIDR)? */
function subnetMatches(subnet: string, data: string): Parsed<boolean> {
  const s = cidrOf(subnet)
  if ('error' in s) return { error: refuse('SUBNET_INVALID', { reason: s.error }) }
  if (s.value === null) return { value: true }
  if (data.includes('/')) {
    const d = cidrOf(data)
    if ('error' in d) return d
    return { value: d.value !== null && cidrContains(s.value, d.value.base) }
  }
  const ip = parseIpv4(data)
  return { value: ip !== null ? cidrContains(s.value, ip) : data.includes(':') && isValidIP(data) }
}

/** The subnets that hold `data`, or the first error. */
function matchingSubnets(subnets: readonly string[], data: string): Parsed<string[]> {
  const found: string[] = []
  for (const s of subnets) {
    const m = subnetMatches(s, data)
    if ('error' in m) return m
    if (m.value) found.push(s)
  }
  return { value: found }
}

function overlapError(subnets: readonly string[]): ClientError | null {
  const seen: Cidr[] = []
  for (const s of subnets) {
    const c = cidrOf(s)
    if ('error' in c) return seen.length > 0 ? refuse('SUBNET_INVALID', { reason: c.error }) : null
    if (c.value && seen.some((o) => cidrsOverlap(o, c.value as Cidr)))
      return refuse('SUBNET_OVERLAP')
    if (c.value) seen.push(c.value)
  }
  return null
}

/** The client's refusal of the IPAM flags, or null. */
export function ipamError(f: IpamFlags): ClientError | null {
  if (f.subnets.length < f.ipRanges.length || f.subnets.length < f.gateways.length)
    return refuse('IPAM_NEEDS_SUBNET')
  const overlap = overlapError(f.subnets)
  if (overlap) return overlap
  const claimed = new Map<string, string>()
  const checks: [string, string][] = [
    ...f.ipRanges.map((r): [string, string] => ['range', r]),
    ...f.gateways.map((g): [string, string] => ['gateway', g]),
  ]
  for (const [kind, value] of checks) {
    if (kind === 'range' && f.subnets.length > 0 && 'error' in cidrOf(value))
      return refuse('CIDR_INVALID', { text: value })
    const m = matchingSubnets(f.subnets, value)
    if ('error' in m) return m.error
    if (m.value.length === 0) return refuse('IPAM_NO_MATCH', { kind, value })
    for (const s of m.value) {
      const taken = claimed.get(`${kind} ${s}`)
      if (taken !== undefined)
        return refuse(kind === 'range' ? 'IPAM_RANGES' : 'IPAM_GATEWAYS', {
          value,
          taken,
          subnet: s,
        })
      claimed.set(`${kind} ${s}`, value)
    }
  }
  for (const pair of f.auxAddresses) {
    const address = pair.includes('=') ? pair.slice(pair.indexOf('=') + 1) : ''
    const m = matchingSubnets(f.subnets, address)
    if ('error' in m) return m.error
    if (m.value.length === 0)
      return refuse('IPAM_NO_MATCH', { kind: 'aux-address', value: address })
  }
  return null
}
