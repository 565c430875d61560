/**
 * The client-side checks of `docker run` / `docker create` after flag parsing, in the order
 * docker/cli runs them (run.go validatePullOpt, then opts.go parse()): each returns the coded
 * refusal the client prints after `docker: `, or null.
 */
import { parseExposeSpec, parsePortSpec, type ExposedPort, type PortMapping } from '../../engine'
import { checkVolumeSpec } from './checks'
import { refuse, type Refusal } from './client-errors'
import { flagBool, flagList, flagString } from './parse-flags'
import { networkAttachments } from './run-networks'
import type { FlagValues } from './types'

export type Ports = { publish: PortMapping[]; expose: ExposedPort[] }

/** `-p` and `--expose` (go-connections nat, see src/engine/port-spec.ts). */
export function portsOf(f: FlagValues): Ports | { error: Refusal } {
  const publish: PortMapping[] = []
  for (const p of flagList(f, 'publish')) {
    const r = parsePortSpec(p)
    if (!r.ok) return { error: r.error }
    publish.push(...r.value)
  }
  const expose: ExposedPort[] = []
  for (const e of flagList(f, 'expose')) {
    const r = parseExposeSpec(e)
    if (!r.ok) return { error: r.error }
    expose.push(...r.value)
  }
  return { publish, expose }
}

/** net.ParseMAC for the 48- and 64-bit forms (`:`, `-` or `.` separated). */
function isMac(text: string): boolean {
  return (
    /^[0-9a-fA-F]{2}([:-])[0-9a-fA-F]{2}(\1[0-9a-fA-F]{2}){4}((\1[0-9a-fA-F]{2}){2})?$/.test(
      text,
    ) || /^[0-9a-fA-F]{4}(\.[0-9a-fA-F]{4}){2,3}$/.test(text)
  )
}

function checkPull(f: FlagValues): Refusal | null {
  const pull = flagString(f, 'pull') ?? 'missing'
  return ['always', 'missing', 'never', ''].includes(pull) ? null : refuse('PULL_OPTION', { pull })
}

function checkMacAndSwappiness(f: FlagValues): Refusal | null {
  const mac = flagString(f, 'mac-address') ?? ''
  if (mac !== '' && !isMac(mac)) return refuse('MAC_ADDRESS', { mac })
  const swappiness = Number(flagString(f, 'memory-swappiness') ?? -1)
  if (swappiness !== -1 && (swappiness < 0 || swappiness > 100))
    return refuse('SWAPPINESS', { value: swappiness })
  return null
}

/** --env-file and --label-file: the simulated client has no files to read. */
function checkFiles(f: FlagValues): Refusal | null {
  const path = [...flagList(f, 'env-file'), ...flagList(f, 'label-file')][0]
  return path === undefined ? null : refuse('NO_SUCH_FILE', { path })
}

/** container.PidMode / UTSMode / UsernsMode / CgroupnsMode Valid(). */
function checkNamespaceModes(f: FlagValues): Refusal | null {
  const pid = flagString(f, 'pid') ?? ''
  if (!['', 'host'].includes(pid) && !/^container:./.test(pid)) return refuse('PID_MODE')
  if (!['', 'host'].includes(flagString(f, 'uts') ?? '')) return refuse('UTS_MODE')
  if (!['', 'host'].includes(flagString(f, 'userns') ?? '')) return refuse('USERNS_MODE')
  if (!['', 'host', 'private'].includes(flagString(f, 'cgroupns') ?? ''))
    return refuse('CGROUPNS_MODE')
  return null
}

/** opts.ParseRestartPolicy: `name[:count]`. */
function checkRestart(f: FlagValues): Refusal | null {
  const policy = flagString(f, 'restart') ?? ''
  const colon = policy.indexOf(':')
  if (colon === 0) return refuse('RESTART_NO_POLICY')
  const count = colon < 0 ? '' : policy.slice(colon + 1)
  if (count !== '' && !/^[+-]?\d+$/.test(count)) return refuse('RESTART_COUNT')
  return null
}

/** parseLoggingOpts, parseSecurityOpts, parseStorageOpts. */
function checkDriverOptions(f: FlagValues): Refusal | null {
  if (flagString(f, 'log-driver') === 'none' && flagList(f, 'log-opt').length > 0)
    return refuse('LOG_OPTS_NONE')
  for (const opt of flagList(f, 'security-opt')) {
    const m = /^([^=:]*)[=:](.*)$/.exec(opt)
    if (opt !== 'no-new-privileges' && (!m || m[2] === '')) return refuse('SECURITY_OPT', { opt })
    const profile = m?.[1] === 'seccomp' ? (m[2] ?? '') : 'builtin'
    if (!['builtin', 'unconfined'].includes(profile)) return refuse('SECCOMP_PROFILE', { profile })
  }
  if (flagList(f, 'storage-opt').some((o) => !o.includes('='))) return refuse('STORAGE_OPT')
  return null
}

const HEALTH_DURATIONS = ['interval', 'timeout', 'start-period', 'start-interval']

/** The --health-* options: not with --no-healthcheck, none negative. */
function checkHealth(f: FlagValues): Refusal | null {
  const durations = HEALTH_DURATIONS.map((d) => flagString(f, `health-${d}`) ?? '0')
  const retries = Number(flagString(f, 'health-retries') ?? 0)
  const set =
    (flagString(f, 'health-cmd') ?? '') !== '' ||
    durations.some((d) => /[1-9]/.test(d)) ||
    retries !== 0
  if (!set) return null
  if (flagBool(f, 'no-healthcheck')) return refuse('HEALTH_CONFLICT')
  const negative = (d: string) => d.startsWith('-') && /[1-9]/.test(d)
  for (const [i, name] of HEALTH_DURATIONS.entries()) {
    if (negative(durations[i] ?? '')) return refuse('HEALTH_NEGATIVE', { name })
    if (name === 'timeout' && retries < 0) return refuse('HEALTH_RETRIES_NEGATIVE')
  }
  return null
}

function checkRmAndNetworks(f: FlagValues): Refusal | null {
  const restart = flagString(f, 'restart') ?? ''
  if (flagBool(f, 'rm') && restart !== '' && restart !== 'no') return refuse('RESTART_WITH_RM')
  const networks = networkAttachments(f)
  return 'code' in networks ? networks : null
}

function checkVolumesAndPorts(f: FlagValues): Refusal | null {
  const badVolume = flagList(f, 'volume')
    .map(checkVolumeSpec)
    .find((e) => e !== null)
  if (badVolume) return badVolume
  const ports = portsOf(f)
  return 'error' in ports ? ports.error : null
}

/** The first refusal of the client's option checks, in docker/cli's order; null when none. */
export function runOptionsError(f: FlagValues): Refusal | null {
  const checks = [
    checkPull,
    checkMacAndSwappiness,
    checkVolumesAndPorts,
    checkFiles,
    checkNamespaceModes,
    checkRestart,
    checkDriverOptions,
    checkHealth,
    checkRmAndNetworks,
  ]
  for (const check of checks) {
    const error = check(f)
    if (error) return error
  }
  return null
}
