// Parsing of `docker run -p` / `--expose` values, matching the Docker CLI 28.2.2 client
// (docker/cli opts.go + go-connections nat). Error texts are what the CLI prints after
// `docker: ` (exit status 125), coded in ./errors.ts. Pure: no Node / DOM APIs.
import { engineError, type EngineError } from './error-core'

export type Proto = 'tcp' | 'udp' | 'sctp'

export interface PortMapping {
  readonly containerPort: number
  readonly proto: Proto
  /** '' when not given (daemon default applies later); IPv6 is given without brackets */
  readonly hostIp: string
  /** 0 = ephemeral (no host port given, or host port 0) */
  readonly hostPortStart: number
  /** == start for a single port; a range when a single container port maps to a host range */
  readonly hostPortEnd: number
}

export interface ExposedPort {
  readonly port: number
  readonly proto: Proto
}

export type SpecResult<T> = { ok: true; value: T } | { ok: false; error: EngineError }

type RangeResult = { ok: true; start: number; end: number } | { ok: false; error: EngineError }

const fail = <T>(error: EngineError): SpecResult<T> => ({ ok: false, error })

function isProto(s: string): s is Proto {
  return s === 'tcp' || s === 'udp' || s === 'sctp'
}

/** strconv.ParseUint(s, 10, 16) */
function parseUint16(s: string): { ok: true; value: number } | { ok: false; error: EngineError } {
  const syntax = { ok: false as const, error: engineError('PORT_NUMBER_SYNTAX', { text: s }) }
  if (s === '') return syntax
  let n = 0
  for (const ch of s) {
    if (ch < '0' || ch > '9') return syntax
    n = n * 10 + (ch.charCodeAt(0) - 48)
    // Go reports the overflow as soon as it happens, before looking at later characters
    if (n > 65535) return { ok: false, error: engineError('PORT_NUMBER_RANGE', { text: s }) }
  }
  return { ok: true, value: n }
}

/** nat.ParsePortRange as vendored in CLI 28.2.2 (a third '-' part is ignored). */
function parsePortRange(ports: string): RangeResult {
  if (ports === '') return { ok: false, error: engineError('PORT_EMPTY') }
  if (!ports.includes('-')) {
    const p = parseUint16(ports)
    return p.ok ? { ok: true, start: p.value, end: p.value } : p
  }
  const parts = ports.split('-')
  const start = parseUint16(parts[0] ?? '')
  if (!start.ok) return start
  const end = parseUint16(parts[1] ?? '')
  if (!end.ok) return end
  if (end.value < start.value) {
    return { ok: false, error: engineError('PORT_RANGE_REVERSED', { ports }) }
  }
  return { ok: true, start: start.value, end: end.value }
}

/** nat.SplitProtoPort as vendored in CLI 28.2.2: returns [proto, port]. */
function splitProtoPort(rawPort: string): [string, string] {
  const parts = rawPort.split('/')
  const first = parts[0] ?? ''
  if (rawPort === '' || first === '') return ['', '']
  if (parts.length === 1) return ['tcp', rawPort]
  const second = parts[1] ?? ''
  if (second === '') return ['tcp', first]
  return [second, first]
}

/** Go net.SplitHostPort, only the branch for input starting with '['. Returns host or error. */
function splitBracketHostPort(
  hostport: string,
): { ok: true; host: string } | { ok: false; error: EngineError } {
  type Why =
    | 'ADDRESS_MISSING_PORT'
    | 'ADDRESS_MISSING_BRACKET'
    | 'ADDRESS_TOO_MANY_COLONS'
    | 'ADDRESS_UNEXPECTED_OPEN'
    | 'ADDRESS_UNEXPECTED_CLOSE'
  const addrErr = (why: Why) => ({
    ok: false as const,
    error: engineError(why, { address: hostport }),
  })
  const i = hostport.lastIndexOf(':')
  if (i < 0) return addrErr('ADDRESS_MISSING_PORT')
  const end = hostport.indexOf(']')
  if (end < 0) return addrErr('ADDRESS_MISSING_BRACKET')
  if (end + 1 === hostport.length) return addrErr('ADDRESS_MISSING_PORT')
  if (end + 1 !== i) {
    if (hostport[end + 1] === ':') return addrErr('ADDRESS_TOO_MANY_COLONS')
    return addrErr('ADDRESS_MISSING_PORT')
  }
  const host = hostport.slice(1, end)
  if (hostport.slice(1).includes('[')) return addrErr('ADDRESS_UNEXPECTED_OPEN')
  if (hostport.slice(end + 1).includes(']')) return addrErr('ADDRESS_UNEXPECTED_CLOSE')
  return { ok: true, host }
}

/** IPv4 dotted quad as accepted by Go's netip (no leading zeros). */
function isIPv4(s: string): boolean {
  const fields = s.split('.')
  if (fields.length !== 4) return false
  return fields.every((f) => /^(0|[1-9][0-9]{0,2})$/.test(f) && Number(f) <= 255)
}

/** Go net.ParseIP (netip.ParseAddr without zone). */
export function isValidIP(s: string): boolean {
  if (s.includes('%')) return false
  for (const ch of s) {
    if (ch === '.') return isIPv4(s)
    if (ch === ':') return isIPv6(s)
  }
  return false
}

function isIPv6(input: string): boolean {
  let s = input
  let ellipsis = -1
  let i = 0 // bytes filled
  if (s.startsWith('::')) {
    ellipsis = 0
    s = s.slice(2)
    if (s === '') return true
  }
  while (i < 16) {
    let off = 0
    while (off < s.length && /[0-9a-fA-F]/.test(s[off] ?? '')) {
      if (off > 3) return false // at most 4 hex digits per group
      off++
    }
    if (off === 0) return false
    if (off < s.length && s[off] === '.') {
      if (ellipsis < 0 && i !== 12) return false
      if (i + 4 > 16) return false
      if (!isIPv4(s)) return false
      s = ''
      i += 4
      break
    }
    i += 2
    s = s.slice(off)
    if (s === '') break
    if (s[0] !== ':' || s.length === 1) return false
    s = s.slice(1)
    if (s[0] === ':') {
      if (ellipsis >= 0) return false
      ellipsis = i
      s = s.slice(1)
      if (s === '') break
    }
  }
  if (s !== '') return false
  if (i < 16) return ellipsis >= 0
  return ellipsis < 0
}

function splitParts(raw: string): [string, string, string] {
  const parts = raw.split(':')
  const n = parts.length
  if (n === 1) return ['', '', parts[0] ?? '']
  if (n === 2) return ['', parts[0] ?? '', parts[1] ?? '']
  return [parts.slice(0, n - 2).join(':'), parts[n - 2] ?? '', parts[n - 1] ?? '']
}

/**
 * `-p` value: [[hostIP:][hostPort]:]containerPort[/proto], ranges a-b, IPv6 host IP optionally
 * in [..]. Expands container ranges into one mapping per port (pairing host range ports one to
 * one). A single container port with a host range keeps the range (hostPortStart..hostPortEnd).
 */
export function parsePortSpec(spec: string): SpecResult<PortMapping[]> {
  // Check order as in CLI 28.2.2: IP, empty port, containerPort, hostPort, ranges, proto.
  const [rawIp, hostPort, rest] = splitParts(spec)
  const [rawProto, containerPort] = splitProtoPort(rest)
  let ip = rawIp
  if (ip !== '' && ip.startsWith('[')) {
    const r = splitBracketHostPort(ip + ':')
    if (!r.ok) return fail(engineError('PORT_IP_UNSPLIT', { ip, reason: r.error }))
    ip = r.host
  }
  if (ip !== '' && !isValidIP(ip)) return fail(engineError('PORT_BAD_IP', { ip }))
  if (containerPort === '') return fail(engineError('PORT_MISSING', { spec }))
  const c = parsePortRange(containerPort)
  if (!c.ok) return fail(engineError('PORT_BAD_CONTAINER_PORT', { port: containerPort }))
  let hStart = 0
  let hEnd = 0
  if (hostPort !== '') {
    const h = parsePortRange(hostPort)
    if (!h.ok) return fail(engineError('PORT_BAD_HOST_PORT', { port: hostPort }))
    hStart = h.start
    hEnd = h.end
    if (c.end - c.start !== hEnd - hStart && c.end !== c.start) {
      return fail(engineError('PORT_RANGES_MISMATCH', { containerPort, hostPort }))
    }
  }
  const proto = rawProto.toLowerCase()
  if (!isProto(proto)) return fail(engineError('PORT_BAD_PROTO', { proto: rawProto }))
  const count = c.end - c.start + 1
  const out: PortMapping[] = []
  for (let i = 0; i < count; i++) {
    let start = 0
    let end = 0
    if (hostPort !== '') {
      start = hStart + i
      end = count === 1 ? hEnd : start
    }
    out.push({
      containerPort: c.start + i,
      proto,
      hostIp: ip,
      hostPortStart: start,
      hostPortEnd: end,
    })
  }
  return { ok: true, value: out }
}

/**
 * `--expose` value: port or range, optional /proto. Unlike the real client (which passes an
 * unknown protocol such as `80/xyz` on to the daemon), an unknown protocol is rejected here with
 * `invalid proto: xyz` (the `-p` wording), and the protocol is lowercased.
 */
export function parseExposeSpec(spec: string): SpecResult<ExposedPort[]> {
  if (spec.includes(':')) return fail(engineError('EXPOSE_BAD_FORMAT', { spec }))
  const [rawProto, port] = splitProtoPort(spec)
  const r = parsePortRange(port)
  if (!r.ok) return fail(engineError('EXPOSE_BAD_RANGE', { spec, reason: r.error }))
  const proto = rawProto.toLowerCase()
  if (!isProto(proto)) return fail(engineError('PORT_BAD_PROTO', { proto: rawProto }))
  const out: ExposedPort[] = []
  for (let p = r.start; p <= r.end; p++) out.push({ port: p, proto })
  return { ok: true, value: out }
}

/** '80/tcp' */
export function formatPortProto(p: ExposedPort): string {
  return `${p.port}/${p.proto}`
}

/**
 * A `publish` / `expose` filter value of `docker ps` (moby daemon/list.go portOp): a port or
 * range with an optional protocol, as `port/proto` keys; or why it does not parse.
 */
export function portFilterKeys(value: string): SpecResult<string[]> {
  const [proto, port] = splitProtoPort(value)
  const r = parsePortRange(port)
  if (!r.ok) return r
  const keys: string[] = []
  for (let p = r.start; p <= r.end; p++) keys.push(`${p}/${proto}`)
  return { ok: true, value: keys }
}
