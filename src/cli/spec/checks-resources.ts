/**
 * The value checks docker/cli attaches to run's resource flags (opts.ValidateAttach,
 * ValidateSysctl, the throttle and weight device checks, go-units ParseUlimit, MountOpt,
 * GpuOpts) and to swarm init's (external CA, address pools), each with the error text pflag
 * prints after `invalid argument ...`.
 */
import { isValidIP } from '../../engine'
import { refuse, type ClientError } from './client-errors'
import { parseBytes, parseInteger, type Checked } from './values'

/** opts.ValidateAttach: a stream name, kept in lower case. */
export function checkAttach(value: string): Checked {
  const stream = value.toLowerCase()
  return ['stdin', 'stdout', 'stderr'].includes(stream)
    ? { value: stream }
    : { error: refuse('ATTACH_STREAM') }
}

const SYSCTLS = [
  'kernel.msgmax',
  'kernel.msgmnb',
  'kernel.msgmni',
  'kernel.sem',
  'kernel.shmall',
  'kernel.shmmax',
  'kernel.shmmni',
  'kernel.shm_rmid_forced',
]

/** validateDeviceCgroupRule (container/opts.go): `type major:minor access`. */
export function checkDeviceCgroupRule(value: string): Checked {
  return /^[acb] ([0-9]+|\*):([0-9]+|\*) [rwm]{1,3}$/.test(value)
    ? { value }
    : { error: refuse('DEVICE_CGROUP', { value }) }
}

/** opts.ValidateSysctl: namespaced sysctls only. */
export function checkSysctl(value: string): Checked {
  const eq = value.indexOf('=')
  const key = eq < 0 ? '' : value.slice(0, eq)
  const allowed = SYSCTLS.includes(key) || key.startsWith('net.') || key.startsWith('fs.mqueue.')
  return allowed ? { value } : { error: refuse('SYSCTL', { value }) }
}

/** `/dev/x:rest`, or the error the device checks share. */
function devicePart(value: string): { rest: string } | { error: ClientError } {
  const colon = value.indexOf(':')
  if (colon <= 0) return { error: refuse('DEVICE_FORMAT', { value }) }
  if (!value.startsWith('/dev/')) return { error: refuse('DEVICE_PATH', { value }) }
  return { rest: value.slice(colon + 1) }
}

/** opts.ValidateThrottleBpsDevice (`--device-read-bps /dev/sda:1mb`). */
export function checkThrottleBps(value: string): Checked {
  const d = devicePart(value)
  if ('error' in d) return d
  if ('error' in parseBytes(d.rest)) return { error: refuse('DEVICE_RATE_BPS', { value }) }
  return { value }
}

/** opts.ValidateThrottleIOpsDevice (`--device-read-iops /dev/sda:100`). */
export function checkThrottleIops(value: string): Checked {
  const d = devicePart(value)
  if ('error' in d) return d
  if ('error' in parseInteger(d.rest, 64, false, 10))
    return { error: refuse('DEVICE_RATE_IOPS', { value }) }
  return { value }
}

/** opts.ValidateWeightDevice (`--blkio-weight-device /dev/sda:300`). */
export function checkWeightDevice(value: string): Checked {
  const d = devicePart(value)
  if ('error' in d) return d
  const weight = parseInteger(d.rest, 16, false, 10)
  const n = 'value' in weight ? Number(weight.value) : NaN
  if (Number.isNaN(n) || (n > 0 && (n < 10 || n > 1000)))
    return { error: refuse('DEVICE_WEIGHT', { value }) }
  return { value }
}

const ULIMITS = [
  'core',
  'cpu',
  'data',
  'fsize',
  'locks',
  'memlock',
  'msgqueue',
  'nice',
  'nofile',
  'nproc',
  'rss',
  'rtprio',
  'rttime',
  'sigpending',
  'stack',
]

/** go-units ParseUlimit: `name=soft[:hard]`. */
export function checkUlimit(value: string): Checked {
  const eq = value.indexOf('=')
  if (eq < 0) return { error: refuse('ULIMIT_ARGUMENT', { value }) }
  const name = value.slice(0, eq)
  if (!ULIMITS.includes(name)) return { error: refuse('ULIMIT_TYPE', { name }) }
  const limits = value.slice(eq + 1).split(':')
  if (limits.length > 2)
    return { error: refuse('ULIMIT_TOO_MANY', { limits: value.slice(eq + 1) }) }
  const parsed = [...limits].reverse().map((l) => parseInteger(l, 64, true, 10))
  const bad = parsed.find((p) => 'error' in p)
  if (bad) return bad
  const [soft, hard = soft] = limits.map(Number)
  if (hard !== -1 && soft === -1)
    return { error: refuse('ULIMIT_SOFT_UNLIMITED', { hard: hard ?? 0 }) }
  if (hard !== -1 && (soft ?? 0) > (hard ?? 0))
    return { error: refuse('ULIMIT_SOFT_ABOVE', { soft: soft ?? 0, hard: hard ?? 0 }) }
  return { value }
}

const MOUNT_FLAGS = ['readonly', 'ro', 'volume-nocopy', 'bind-nonrecursive']
const MOUNT_KEYS = [
  'type',
  'source',
  'src',
  'target',
  'dst',
  'destination',
  'readonly',
  'ro',
  'consistency',
  'bind-propagation',
  'bind-nonrecursive',
  'bind-recursive',
  'volume-subpath',
  'volume-nocopy',
  'volume-label',
  'volume-driver',
  'volume-opt',
  'image-subpath',
  'tmpfs-size',
  'tmpfs-mode',
]

/** opts.MountOpt: comma-separated fields, a known key each, a type and a target. */
export function checkMount(value: string): Checked {
  let type = 'volume'
  let target = ''
  for (const field of value.split(',')) {
    const eq = field.indexOf('=')
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase()
    if (eq < 0) {
      if (MOUNT_FLAGS.includes(key)) continue
      return { error: refuse('FIELD_KEY_VALUE', { field }) }
    }
    if (!MOUNT_KEYS.includes(key)) return { error: refuse('MOUNT_KEY', { key, field }) }
    if (key === 'type') type = field.slice(eq + 1).toLowerCase()
    if (['target', 'dst', 'destination'].includes(key)) target = field.slice(eq + 1)
  }
  if (type === '') return { error: refuse('MOUNT_TYPE_REQUIRED') }
  if (target === '') return { error: refuse('MOUNT_TARGET_REQUIRED') }
  return { value }
}

/** opts.GpuOpts for its one-field form: `all` or a count (key=value lists are not checked). */
export function checkGpus(value: string): Checked {
  if (value.includes('=') || value.includes(',') || value === 'all') return { value }
  return 'error' in parseInteger(value, 64, true, 10)
    ? { error: refuse('GPU_COUNT', { value }) }
    : { value }
}

/** swarm parseExternalCA: key=value fields with protocol=cfssl and a url (no CA files here). */
export function checkExternalCA(value: string): Checked {
  let protocol = false
  let url = false
  for (const field of value.split(',')) {
    const eq = field.indexOf('=')
    if (eq < 0) return { error: refuse('FIELD_KEY_VALUE', { field }) }
    const key = field.slice(0, eq).toLowerCase()
    const v = field.slice(eq + 1)
    if (key === 'protocol' && v.toLowerCase() !== 'cfssl')
      return { error: refuse('EXTERNAL_CA_PROTOCOL', { value: v }) }
    protocol ||= key === 'protocol'
    url ||= key === 'url'
  }
  if (!protocol) return { error: refuse('EXTERNAL_CA_NO_PROTOCOL') }
  if (!url) return { error: refuse('EXTERNAL_CA_NO_URL') }
  return { value }
}

/** pflag ipNetSlice: comma-separated CIDRs. */
export function checkCidrList(value: string): Checked {
  const bad = value.split(',').find((cidr) => {
    const [ip = '', prefix = '', extra] = cidr.trim().split('/')
    const max = ip.includes(':') ? 128 : 32
    return extra !== undefined || !isValidIP(ip) || !/^\d+$/.test(prefix) || Number(prefix) > max
  })
  return bad === undefined ? { value } : { error: refuse('CIDR_STRING', { value: bad }) }
}
