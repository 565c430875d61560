/** IPv4 arithmetic on dotted strings and CIDRs. */

export function parseIpv4(s: string): number | null {
  const parts = s.split('.')
  if (parts.length !== 4) return null
  let n = 0
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return null
    const v = Number(p)
    if (v > 255) return null
    n = n * 256 + v
  }
  return n
}

export function formatIpv4(n: number): string {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.')
}

export interface Cidr {
  readonly base: number
  readonly prefix: number
}

export function parseCidr(s: string): Cidr | null {
  const [ip, len, extra] = s.split('/')
  if (ip === undefined || len === undefined || extra !== undefined || !/^\d{1,2}$/.test(len)) {
    return null
  }
  const addr = parseIpv4(ip)
  const prefix = Number(len)
  if (addr === null || prefix > 32) return null
  return { base: addr, prefix }
}

export function cidrSize(c: Cidr): number {
  return 2 ** (32 - c.prefix)
}

/** The network address of a CIDR (host bits cleared). */
export function networkAddress(c: Cidr): number {
  const size = cidrSize(c)
  return Math.floor(c.base / size) * size
}

export function formatCidr(c: Cidr): string {
  return `${formatIpv4(networkAddress(c))}/${c.prefix}`
}

export function cidrContains(c: Cidr, ip: number): boolean {
  const start = networkAddress(c)
  return ip >= start && ip < start + cidrSize(c)
}

export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  const as = networkAddress(a)
  const bs = networkAddress(b)
  return as < bs + cidrSize(b) && bs < as + cidrSize(a)
}

/** Dotted netmask for a prefix length, as ifconfig prints it. */
export function netmask(prefix: number): string {
  return formatIpv4(prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0)
}

export function broadcast(c: Cidr): string {
  return formatIpv4(networkAddress(c) + cidrSize(c) - 1)
}
