/**
 * Compose's canonical key order, as `docker compose config` prints a file: the field order of
 * compose-go's types (types/types.go ServiceConfig, types/project.go Project), extension keys
 * (`x-*`) last.
 */

const SERVICE_KEYS = [
  'name',
  'profiles',
  'annotations',
  'attach',
  'build',
  'develop',
  'blkio_config',
  'cap_add',
  'cap_drop',
  'cgroup_parent',
  'cgroup',
  'cpu_count',
  'cpu_percent',
  'cpu_period',
  'cpu_quota',
  'cpu_rt_period',
  'cpu_rt_runtime',
  'cpus',
  'cpuset',
  'cpu_shares',
  'command',
  'configs',
  'container_name',
  'credential_spec',
  'depends_on',
  'deploy',
  'device_cgroup_rules',
  'devices',
  'dns',
  'dns_opt',
  'dns_search',
  'dockerfile',
  'domainname',
  'entrypoint',
  'provider',
  'environment',
  'env_file',
  'expose',
  'extends',
  'external_links',
  'extra_hosts',
  'group_add',
  'gpus',
  'hostname',
  'healthcheck',
  'image',
  'init',
  'ipc',
  'isolation',
  'labels',
  'label_file',
  'links',
  'logging',
  'log_driver',
  'log_opt',
  'mem_limit',
  'mem_reservation',
  'memswap_limit',
  'mem_swappiness',
  'mac_address',
  'models',
  'net',
  'network_mode',
  'networks',
  'oom_kill_disable',
  'oom_score_adj',
  'pid',
  'pids_limit',
  'platform',
  'ports',
  'privileged',
  'pull_policy',
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
  'volume_driver',
  'volumes',
  'volumes_from',
  'working_dir',
  'pre_start',
  'post_start',
  'pre_stop',
]

const PROJECT_KEYS = ['name', 'services', 'networks', 'volumes', 'secrets', 'configs', 'models']

const rank = (keys: readonly string[]) => {
  const at = new Map(keys.map((k, i) => [k, i]))
  return (key: string) => at.get(key) ?? keys.length
}
const serviceRank = rank(SERVICE_KEYS)
const projectRank = rank(PROJECT_KEYS)

/** `body` with its keys in compose's order (unknown keys after, in the order they came). */
function ordered<T>(body: Readonly<Record<string, T>>, at: (key: string) => number) {
  const keys = Object.keys(body)
  keys.sort((a, b) => at(a) - at(b))
  return Object.fromEntries(keys.map((k) => [k, body[k] as T]))
}

export const inServiceOrder = <T>(body: Readonly<Record<string, T>>) => ordered(body, serviceRank)
export const inProjectOrder = <T>(body: Readonly<Record<string, T>>) => ordered(body, projectRank)
