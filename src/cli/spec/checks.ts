/**
 * The value checks docker/cli attaches to flags (opts.ValidateEnv, ValidateExtraHost...): each
 * returns the value the client keeps, or the error pflag prints after `invalid argument ...`.
 */
import { isValidIP } from '../../engine'
import { refuse, type ClientError } from './client-errors'
import type { Checked } from './values'

/** opts.ValidateEnv (a name without `=` is kept as it is: the simulator has no client env). */
export function checkEnv(value: string): Checked {
  return value.split('=')[0] === '' ? { error: refuse('ENV_INVALID', { value }) } : { value }
}

/** opts.ValidateIPAddress (`--dns`). */
export function checkIP(value: string): Checked {
  return isValidIP(value.trim()) ? { value } : { error: refuse('IP_FORMAT', { value }) }
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
    return { error: refuse('ADD_HOST_FORMAT', { value }) }
  let ip = value.slice(at + 1)
  if (ip === 'host-gateway') return { value: `${name}:${ip}` }
  if (ip.length > 2 && ip.startsWith('[') && ip.endsWith(']')) ip = ip.slice(1, -1)
  if (!isValidIP(ip.trim())) return { error: refuse('ADD_HOST_IP', { ip }) }
  return { value: `${name}:${ip}` }
}

/** opts.ValidateLink: `name` or `name:alias`. */
export function checkLink(value: string): Checked {
  if (value === '') return { error: refuse('LINK_EMPTY') }
  return value.split(':').length > 2 ? { error: refuse('LINK_FORMAT', { value }) } : { value }
}

/** opts.ValidateLabel. */
export function checkLabel(value: string): Checked {
  const key = (value.split('=')[0] ?? '').replace(/^[ \t]+/, '')
  if (key === '') return { error: refuse('LABEL_EMPTY_NAME', { value }) }
  if (/[ \t]/.test(key)) return { error: refuse('LABEL_WHITESPACE', { key }) }
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
    return { error: refuse('DNS_SEARCH', { value: v }) }
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
export function checkVolumeSpec(spec: string): ClientError | null {
  if (spec === '') return refuse('VOLUME_EMPTY')
  if (spec.length <= 2) return null
  const fields = volumeFields(spec)
  for (const [i, field] of fields.entries()) {
    if (field === '') return refuse('VOLUME_EMPTY_SECTION', { spec })
    if (i === 3) return refuse('VOLUME_TOO_MANY_COLONS', { spec })
  }
  return null
}

const NETWORK_KEYS = ['name', 'alias', 'ip', 'ip6', 'mac-address', 'link-local-ip', 'driver-opt']

/** One field of `--network name=x,alias=y`, checked as opts.NetworkOpt does. */
function networkFieldError(field: string): ClientError | null {
  const lower = field.toLowerCase()
  const eq = lower.indexOf('=')
  const key = eq < 0 ? '' : lower.slice(0, eq).trim()
  const value = lower.slice(eq + 1).trim()
  if (key === '') return refuse('NETWORK_FIELD', { field })
  if (key === 'driver-opt' && !/^\s*[^=\s][^=]*=/.test(value)) return refuse('NETWORK_DRIVER_OPT')
  if (key === 'gw-priority')
    return /^[+-]?\d+$/.test(value) ? null : refuse('NETWORK_GW_PRIORITY', { value })
  return NETWORK_KEYS.includes(key) ? null : refuse('NETWORK_FIELD_KEY', { key })
}

/** opts/network.go: a --network value holding key=value pairs is the long syntax. */
export const NETWORK_LONG_SYNTAX = /\w+=\w+(,\w+=\w+)*/

/** opts.NetworkOpt: a network name, or (when it holds key=value) the long syntax. */
export function checkNetwork(value: string): Checked {
  if (!NETWORK_LONG_SYNTAX.test(value)) return { value }
  const fields = value.split(',')
  const error = fields.map(networkFieldError).find((e) => e !== null)
  if (error) return { error }
  const named = fields.some((f) => /^\s*name\s*=\s*\S/i.test(f))
  return named ? { value } : { error: refuse('NETWORK_NAME_MISSING') }
}
