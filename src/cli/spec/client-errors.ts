/**
 * The client's own refusals, coded as the engine's are (engine/error-core.ts): `{ code, params }`,
 * one code per message, in docker/cli 28.2.2's words (pflag, strconv, time, docker/cli opts and
 * run/network checks). Unlike the engine's, whose words wait for `errorText` so the first paint
 * holds none, the text is rendered when the refusal is made: this catalogue loads with the CLI.
 * The flag parser, the value checks and the run/network option checks return these; the command
 * prints `refusalText`.
 */
import { errorText, type EngineError } from '../../engine'

/** Go's %q for the ASCII texts these messages quote (the checks quote with it). */
const q = (s: string) => JSON.stringify(s)

/**
 * A refusal another message wraps (the reason after `invalid argument ... flag: `): the
 * engine's, or the client's (typed loosely to keep the table acyclic).
 */
type Cause = EngineError | { readonly code: string; readonly message: string }

const DEVICE_RATE = 'The correct format is <device-path>:<number>'

const CLIENT_MESSAGES = {
  // pflag's parser (spf13/pflag flag.go).
  UNKNOWN_FLAG: (p: { name: string }) => `unknown flag: --${p.name}`,
  UNKNOWN_SHORTHAND: (p: { ch: string; rest: string }) =>
    `unknown shorthand flag: '${p.ch}' in -${p.rest}`,
  BAD_FLAG_SYNTAX: (p: { arg: string }) => `bad flag syntax: ${p.arg}`,
  FLAG_NEEDS_ARGUMENT: (p: { name: string }) => `flag needs an argument: --${p.name}`,
  SHORTHAND_NEEDS_ARGUMENT: (p: { ch: string; rest: string }) =>
    `flag needs an argument: '${p.ch}' in -${p.rest}`,
  INVALID_ARGUMENT: (p: { text: string; flag: string; reason: Cause }) =>
    `invalid argument ${q(p.text)} for "${p.flag}" flag: ${refusalText(p.reason)}`,
  // Value types: strconv, time.ParseDuration, go-units, opts.
  BOOL_SYNTAX: (p: { text: string }) => `strconv.ParseBool: parsing ${q(p.text)}: invalid syntax`,
  INT_SYNTAX: (p: { fn: string; text: string }) =>
    `strconv.${p.fn}: parsing ${q(p.text)}: invalid syntax`,
  INT_RANGE: (p: { fn: string; text: string }) =>
    `strconv.${p.fn}: parsing ${q(p.text)}: value out of range`,
  DURATION_INVALID: (p: { text: string }) => `time: invalid duration ${q(p.text)}`,
  DURATION_MISSING_UNIT: (p: { text: string }) => `time: missing unit in duration ${q(p.text)}`,
  DURATION_UNKNOWN_UNIT: (p: { unit: string; text: string }) =>
    `time: unknown unit ${q(p.unit)} in duration ${q(p.text)}`,
  FLOAT_SYNTAX: (p: { text: string }) => `strconv.ParseFloat: parsing ${q(p.text)}: invalid syntax`,
  FLOAT_RANGE: (p: { text: string }) =>
    `strconv.ParseFloat: parsing ${q(p.text)}: value out of range`,
  SIZE_INVALID: (p: { text: string }) => `invalid size: '${p.text}'`,
  SIZE_SUFFIX: (p: { suffix: string }) => `invalid suffix: '${p.suffix}'`,
  RATIONAL: (p: { text: string }) => `failed to parse ${p.text} as a rational number`,
  FILTER_FORMAT: () => 'bad format of filter (expected name=value)',
  KEY_VALUE: (p: { pair: string }) => `${p.pair} must be formatted as key=value`,
  TCP_PROTO: (p: { text: string }) => `invalid proto, expected tcp: ${p.text}`,
  URL_HOST_SPACE: (p: { url: string }) => `parse ${q(p.url)}: invalid character " " in host name`,
  URL_PORT: (p: { url: string; port: string }) =>
    `parse ${q(p.url)}: invalid port ${q(p.port)} after host`,
  // docker/cli opts validators (checks.ts).
  ENV_INVALID: (p: { value: string }) => `invalid environment variable: ${p.value}`,
  IP_FORMAT: (p: { value: string }) => `IP address is not correctly formatted: ${p.value}`,
  ADD_HOST_FORMAT: (p: { value: string }) => `bad format for add-host: ${q(p.value)}`,
  ADD_HOST_IP: (p: { ip: string }) => `invalid IP address in add-host: ${q(p.ip)}`,
  LINK_EMPTY: () => 'empty string specified for links',
  LINK_FORMAT: (p: { value: string }) => `bad format for links: ${p.value}`,
  LABEL_EMPTY_NAME: (p: { value: string }) => `invalid label '${p.value}': empty name`,
  LABEL_WHITESPACE: (p: { key: string }) => `label '${p.key}' contains whitespaces`,
  DNS_SEARCH: (p: { value: string }) => `${p.value} is not a valid domain`,
  VOLUME_EMPTY: () => 'invalid empty volume spec',
  VOLUME_EMPTY_SECTION: (p: { spec: string }) =>
    `invalid spec: ${p.spec}: empty section between colons`,
  VOLUME_TOO_MANY_COLONS: (p: { spec: string }) => `invalid spec: ${p.spec}: too many colons`,
  NETWORK_FIELD: (p: { field: string }) => `invalid field ${p.field}`,
  NETWORK_DRIVER_OPT: () => 'invalid key value pair format in driver options',
  NETWORK_GW_PRIORITY: (p: { value: string }) => `invalid gw-priority (${p.value}): invalid syntax`,
  NETWORK_FIELD_KEY: (p: { key: string }) => `invalid field key ${p.key}`,
  NETWORK_NAME_MISSING: () => 'network name/id is not specified',
  // run's resource flags and swarm init's (checks-resources.ts).
  ATTACH_STREAM: () => 'valid streams are STDIN, STDOUT and STDERR',
  DEVICE_CGROUP: (p: { value: string }) => `invalid device cgroup format '${p.value}'`,
  SYSCTL: (p: { value: string }) => `sysctl '${p.value}' is not allowed`,
  DEVICE_FORMAT: (p: { value: string }) => `bad format: ${p.value}`,
  DEVICE_PATH: (p: { value: string }) => `bad format for device path: ${p.value}`,
  DEVICE_RATE_BPS: (p: { value: string }) =>
    `invalid rate for device: ${p.value}. ${DEVICE_RATE}[<unit>]. Number must be a positive integer. Unit is optional and can be kb, mb, or gb`,
  DEVICE_RATE_IOPS: (p: { value: string }) =>
    `invalid rate for device: ${p.value}. ${DEVICE_RATE}. Number must be a positive integer`,
  DEVICE_WEIGHT: (p: { value: string }) => `invalid weight for device: ${p.value}`,
  ULIMIT_ARGUMENT: (p: { value: string }) => `invalid ulimit argument: ${p.value}`,
  ULIMIT_TYPE: (p: { name: string }) => `invalid ulimit type: ${p.name}`,
  ULIMIT_TOO_MANY: (p: { limits: string }) =>
    `too many limit value arguments - ${p.limits}, can only have up to two, \`soft[:hard]\``,
  ULIMIT_SOFT_UNLIMITED: (p: { hard: number }) =>
    `ulimit soft limit must be less than or equal to hard limit: soft: -1 (unlimited), hard: ${p.hard}`,
  ULIMIT_SOFT_ABOVE: (p: { soft: number; hard: number }) =>
    `ulimit soft limit must be less than or equal to hard limit: ${p.soft} > ${p.hard}`,
  /** opts.MountOpt and swarm's parseExternalCA word a bare field alike. */
  FIELD_KEY_VALUE: (p: { field: string }) => `invalid field '${p.field}' must be a key=value pair`,
  MOUNT_KEY: (p: { key: string; field: string }) => `unexpected key '${p.key}' in '${p.field}'`,
  MOUNT_TYPE_REQUIRED: () => 'type is required',
  MOUNT_TARGET_REQUIRED: () => 'target is required',
  GPU_COUNT: (p: { value: string }) =>
    `invalid count (${p.value}): value must be either "all" or an integer: invalid syntax`,
  EXTERNAL_CA_PROTOCOL: (p: { value: string }) => `unrecognized external CA protocol ${p.value}`,
  EXTERNAL_CA_NO_PROTOCOL: () => 'the external-ca option needs a protocol= parameter',
  EXTERNAL_CA_NO_URL: () => 'the external-ca option needs a url= parameter',
  CIDR_STRING: (p: { value: string }) => `invalid string being converted to CIDR: ${p.value}`,
  // network create's IPAM flags (network/create.go createIPAMConfig).
  CIDR_INVALID: (p: { text: string }) => `invalid CIDR address: ${p.text}`,
  SUBNET_INVALID: (p: { reason: Cause }) => `invalid subnet: ${refusalText(p.reason)}`,
  SUBNET_OVERLAP: () => 'multiple overlapping subnet configuration is not supported',
  IPAM_NEEDS_SUBNET: () => 'every ip-range or gateway must have a corresponding subnet',
  IPAM_NO_MATCH: (p: { kind: string; value: string }) =>
    `no matching subnet for ${p.kind} ${p.value}`,
  IPAM_RANGES: (p: { value: string; taken: string; subnet: string }) =>
    `cannot configure multiple ranges (${p.value}, ${p.taken}) on the same subnet (${p.subnet})`,
  IPAM_GATEWAYS: (p: { value: string; taken: string; subnet: string }) =>
    `cannot configure multiple gateways (${p.value}, ${p.taken}) for the same subnet (${p.subnet})`,
  // run/create's option checks (run-checks.ts, container/opts.go).
  PULL_OPTION: (p: { pull: string }) =>
    `invalid pull option: '${p.pull}': must be one of "always", "missing" or "never"`,
  MAC_ADDRESS: (p: { mac: string }) => `${p.mac} is not a valid mac address`,
  SWAPPINESS: (p: { value: number }) =>
    `invalid value: ${p.value}. Valid memory swappiness range is 0-100`,
  NO_SUCH_FILE: (p: { path: string }) => `open ${p.path}: no such file or directory`,
  PID_MODE: () => '--pid: invalid PID mode',
  UTS_MODE: () => '--uts: invalid UTS mode',
  USERNS_MODE: () => '--userns: invalid USER mode',
  CGROUPNS_MODE: () => '--cgroupns: invalid CGROUP mode',
  RESTART_NO_POLICY: () => 'invalid restart policy format: no policy provided before colon',
  RESTART_COUNT: () => 'invalid restart policy format: maximum retry count must be an integer',
  LOG_OPTS_NONE: () => 'invalid logging opts for driver none',
  SECURITY_OPT: (p: { opt: string }) => `Invalid --security-opt: ${q(p.opt)}`,
  SECCOMP_PROFILE: (p: { profile: string }) =>
    `opening seccomp profile (${p.profile}) failed: open ${p.profile}: no such file or directory`,
  STORAGE_OPT: () => 'invalid storage option',
  HEALTH_CONFLICT: () => '--no-healthcheck conflicts with --health-* options',
  HEALTH_NEGATIVE: (p: { name: string }) => `--health-${p.name} cannot be negative`,
  HEALTH_RETRIES_NEGATIVE: () => '--health-retries cannot be negative',
  RESTART_WITH_RM: () => 'conflicting options: cannot specify both --restart and --rm',
  ALIAS_PREDEFINED: () => 'network-scoped aliases are only supported for user-defined networks',
  NETWORK_OPTION_CONFLICT: (p: { flag: string; field: string }) =>
    `conflicting options: cannot specify both ${p.flag} and per-network ${p.field}`,
  NETWORK_TWICE: (p: { name: string }) => `network ${q(p.name)} is specified multiple times`,
  NETWORK_MODES_MIXED: () =>
    'conflicting options: cannot attach both user-defined and non-user-defined network-modes',
} as const

type Messages = typeof CLIENT_MESSAGES
export type ClientErrorCode = keyof Messages

export type ClientErrorParams<C extends ClientErrorCode> =
  Parameters<Messages[C]> extends [infer P] ? P : Record<string, never>

/** One refusal of the client: its code, its facts, and its text rendered from them. */
export type ClientError = {
  readonly [C in ClientErrorCode]: {
    readonly code: C
    readonly params: ClientErrorParams<C>
    readonly message: string
  }
}[ClientErrorCode]

/** What a check may refuse with: its own words, or the engine's (-p / --expose parsing). */
export type Refusal = ClientError | EngineError

/** A refusal's text: the client's, made with it, or the engine's. */
export function refusalText(r: Cause): string {
  return 'message' in r ? r.message : errorText(r)
}

/** The client's text for `code` with `params`: the one place it is made. */
export function renderClientError<C extends ClientErrorCode>(
  code: C,
  params: ClientErrorParams<C>,
): string {
  const format = CLIENT_MESSAGES[code] as (p: ClientErrorParams<C>) => string
  return format(params)
}

export const CLIENT_ERROR_CODES = Object.keys(CLIENT_MESSAGES) as ClientErrorCode[]

/** The coded refusal with the client's words for it. */
export function refuse<C extends ClientErrorCode>(
  code: C,
  ...params: Parameters<Messages[C]>
): ClientError {
  const p = (params[0] ?? {}) as ClientErrorParams<C>
  return { code, params: p, message: renderClientError(code, p) } as ClientError
}
