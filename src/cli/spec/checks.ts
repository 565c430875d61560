/**
 * The value checks docker/cli attaches to flags (opts.ValidateEnv, ValidateExtraHost...): each
 * returns the value the client keeps, or the error pflag prints after `invalid argument ...`.
 */
import { isValidIP } from '../../engine'
import type { Checked } from './values'

/** opts.ValidateEnv (a name without `=` is kept as it is: the simulator has no client env). */
export function checkEnv(value: string): Checked {
  return value.split('=')[0] === ''
    ? { error: `invalid environment variable: ${value}` }
    : { value }
}

/** opts.ValidateIPAddress (`--dns`). */
export function checkIP(value: string): Checked {
  return isValidIP(value.trim())
    ? { value }
    : { error: `IP address is not correctly formatted: ${value}` }
}

/**
 * opts.ValidateExtraHost: `name:ip` or `name=ip`, the address optionally in brackets, or
 * host-gateway; the client passes it on as `name:ip`.
 */
export function checkExtraHost(value: string): Checked {
  const sep = value.includes('=') ? '=' : ':'
  const at = value.indexOf(sep)
  const name = value.slice(0, at)
  if (at < 0 || name === '' || name.includes(':'))
    return { error: `bad format for add-host: ${JSON.stringify(value)}` }
  let ip = value.slice(at + 1)
  if (ip === 'host-gateway') return { value: `${name}:${ip}` }
  if (ip.length > 2 && ip.startsWith('[') && ip.endsWith(']')) ip = ip.slice(1, -1)
  if (!isValidIP(ip.trim()))
    return { error: `invalid IP address in add-host: ${JSON.stringify(ip)}` }
  return { value: `${name}:${ip}` }
}

/** opts.ValidateLink: `name` or `name:alias`. */
export function checkLink(value: string): Checked {
  if (value === '') return { error: 'empty string specified for links' }
  return value.split(':').length > 2 ? { error: `bad format for links: ${value}` } : { value }
}

/** opts.ValidateLabel. */
export function checkLabel(value: string): Checked {
  const key = (value.split('=')[0] ?? '').replace(/^[ \t]+/, '')
  if (key === '') return { error: `invalid label '${value}': empty name` }
  if (/[ \t]/.test(key)) return { error: `label '${key}' contains whitespaces` }
  return { value }
}

const DOMAIN =
  /^(:?(:?[a-zA-Z0-9]|(:?[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))(:?\.(:?[a-zA-Z0-9]|(:?[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])))*)\.?\s*$/

/** opts.ValidateDNSSearch. */
export function checkDnsSearch(value: string): Checked {
  const v = value.replace(/^ +| +$/g, '')
  if (v === '.') return { value: v }
  const m = DOMAIN.exec(v)
  if (!/[a-zA-Z]/.test(v) || !m || (m[1] ?? '').length >= 255)
    return { error: `${v} is not a valid domain` }
  return { value: m[1] ?? v }
}

/** The part of `spec` cut at `:`, keeping a drive letter (`c:`) with what follows. */
function volumeFields(spec: string): string[] {
  const fields: string[] = []
  let buffer = ''
  for (const ch of spec) {
    if (ch === ':' && buffer.length === 1 && /\p{L}/u.test(buffer)) buffer += ch
    else if (ch === ':') {
      fields.push(buffer)
      buffer = ''
    } else buffer += ch
  }
  return [...fields, buffer]
}

/**
 * docker/cli compose loader ParseVolume, which `docker run -v` runs client-side: null when the
 * client passes the spec on (the daemon then judges it), else the client's error.
 */
export function checkVolumeSpec(spec: string): string | null {
  if (spec === '') return 'invalid empty volume spec'
  if (spec.length <= 2) return null
  const fields = volumeFields(spec)
  for (const [i, field] of fields.entries()) {
    if (field === '') return `invalid spec: ${spec}: empty section between colons`
    if (i === 3) return `invalid spec: ${spec}: too many colons`
  }
  return null
}

const NETWORK_KEYS = ['name', 'alias', 'ip', 'ip6', 'mac-address', 'link-local-ip', 'driver-opt']

/** One field of `--network name=x,alias=y`, checked as opts.NetworkOpt does. */
function networkFieldError(field: string): string | null {
  const lower = field.toLowerCase()
  const eq = lower.indexOf('=')
  const key = eq < 0 ? '' : lower.slice(0, eq).trim()
  const value = lower.slice(eq + 1).trim()
  if (key === '') return `invalid field ${field}`
  if (key === 'driver-opt' && !/^\s*[^=\s][^=]*=/.test(value))
    return 'invalid key value pair format in driver options'
  if (key === 'gw-priority')
    return /^[+-]?\d+$/.test(value) ? null : `invalid gw-priority (${value}): invalid syntax`
  return NETWORK_KEYS.includes(key) ? null : `invalid field key ${key}`
}

/** opts.NetworkOpt: a network name, or (when it holds key=value) the long syntax. */
export function checkNetwork(value: string): Checked {
  if (!/\w+=\w+(,\w+=\w+)*/.test(value)) return { value }
  const fields = value.split(',')
  const error = fields.map(networkFieldError).find((e) => e !== null)
  if (error) return { error }
  const named = fields.some((f) => /^\s*name\s*=\s*\S/i.test(f))
  return named ? { value } : { error: 'network name/id is not specified' }
}

/** The network a --network value names (its long syntax's name=, lower-cased as the client does). */
export function networkName(value: string): string {
  if (!/\w+=\w+(,\w+=\w+)*/.test(value)) return value
  const name = value.split(',').find((f) => /^\s*name\s*=/i.test(f)) ?? ''
  return name
    .slice(name.indexOf('=') + 1)
    .trim()
    .toLowerCase()
}
