/**
 * The keys of a compose file Docknet reads but does not simulate, each named with its line, so
 * that nothing is dropped without a word. Everything else becomes docker commands.
 */
import type { Plain } from './read-yaml'

/** Top-level keys the import turns into commands (or reads, like `name`). */
export const TOP = new Set(['name', 'services', 'networks', 'volumes', 'secrets'])

/** Service keys the import turns into docker run flags or commands. */
export const SERVICE = new Set([
  'image',
  'build',
  'container_name',
  'command',
  'entrypoint',
  'environment',
  'labels',
  'ports',
  'expose',
  'volumes',
  'volumes_from',
  'links',
  'networks',
  'network_mode',
  'depends_on',
  'hostname',
  'domainname',
  'extra_hosts',
  'dns',
  'dns_search',
  'restart',
  'user',
  'working_dir',
  'privileged',
  'stdin_open',
  'tty',
  'read_only',
  'secrets',
  'deploy',
  'scale',
  'profiles',
])

/** Why some keys are not simulated; any other is simply not. */
const SERVICE_NOTED: Record<string, string> = {
  env_file: 'its variables are in a file Docknet cannot read',
  healthcheck: 'not simulated: containers are running as soon as started',
}

/** Said of a key kept as written (kept.ts) and written back by the compose export. */
const KEPT = 'kept as written, and written back on export'

/** A service's per-network keys the import turns into flags (compose.ts endpoint). */
const ENDPOINT = new Set(['aliases', 'ipv4_address', 'ipv6_address', 'priority', 'gw_priority'])

function endpointNotes(
  service: string,
  s: Readonly<Record<string, Plain>>,
  at: (path: (string | number)[]) => string,
  file: string,
): string[] {
  const nets = s.networks
  if (!nets || typeof nets !== 'object' || Array.isArray(nets)) return []
  return Object.entries(nets).flatMap(([net, config]) =>
    config && typeof config === 'object' && !Array.isArray(config)
      ? Object.keys(config)
          .filter((key) => !ENDPOINT.has(key) && !key.startsWith('x-'))
          .map((key) => {
            const path = ['services', service, 'networks', net, key]
            return `${file}: ${path.join('.')}${at(path)}: not simulated, ignored.`
          })
      : [],
  )
}

/**
 * `depends_on` conditions other than a start: the import starts services in order, but waits
 * on no health check or completion (nothing in Docknet becomes healthy or exits on its own).
 */
function conditionNotes(
  service: string,
  s: Readonly<Record<string, Plain>>,
  at: (path: (string | number)[]) => string,
  file: string,
): string[] {
  const deps = s.depends_on
  if (!deps || typeof deps !== 'object' || Array.isArray(deps)) return []
  return Object.entries(deps).flatMap(([dep, config]) => {
    const condition =
      config && typeof config === 'object' && !Array.isArray(config) ? config.condition : null
    if (typeof condition !== 'string' || condition === 'service_started') return []
    const path = ['services', service, 'depends_on', dep, 'condition']
    return [
      `${file}: ${path.join('.')}${at(path)}: ${condition} is not waited on (started in order only); ${KEPT}.`,
    ]
  })
}

/** The keys of a network or volume declaration the import makes into flags (compose.ts). */
const DECLARED: Record<'networks' | 'volumes', ReadonlySet<string>> = {
  networks: new Set([
    'name',
    'driver',
    'driver_opts',
    'ipam',
    'external',
    'internal',
    'attachable',
    'enable_ipv6',
    'labels',
  ]),
  volumes: new Set(['name', 'driver', 'driver_opts', 'labels']),
}
const IPAM = new Set(['config'])
const POOL = new Set(['subnet', 'ip_range', 'gateway'])

const entries = (v: Plain | undefined): [string, Plain][] =>
  v && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v) : []

/** Network and volume keys the import does not make: said with their line, not kept. */
function declarationNotes(
  doc: Readonly<Record<string, Plain>>,
  at: (path: (string | number)[]) => string,
  file: string,
): string[] {
  const notes: string[] = []
  const say = (path: (string | number)[], why: string) =>
    notes.push(`${file}: ${path.join('.')}${at(path)}: ${why}.`)
  for (const kind of ['networks', 'volumes'] as const)
    for (const [name, decl] of entries(doc[kind])) {
      for (const [key, value] of entries(decl)) {
        if (kind === 'volumes' && key === 'external' && value === true)
          say([kind, name, key], 'external: made here as it would already exist')
        else if (!DECLARED[kind].has(key)) say([kind, name, key], 'not simulated, not kept')
      }
      const ipam =
        kind === 'networks' && decl && typeof decl === 'object'
          ? entries((decl as Record<string, Plain>).ipam)
          : []
      for (const [key, value] of ipam) {
        if (!IPAM.has(key)) say([kind, name, 'ipam', key], 'not simulated, not kept')
        else if (Array.isArray(value))
          value.forEach((pool, i) => {
            for (const [k] of entries(pool))
              if (!POOL.has(k)) say([kind, name, 'ipam', key, i, k], 'not simulated, not kept')
          })
      }
    }
  return notes
}

export function unmodelled(
  doc: Readonly<Record<string, Plain>>,
  lineOf: (path: readonly (string | number)[]) => number | undefined,
  file: string,
): string[] {
  const notes: string[] = []
  const at = (path: (string | number)[]) => {
    const l = lineOf(path)
    return l === undefined ? '' : ` (line ${l})`
  }
  for (const key of Object.keys(doc))
    if (key === 'version')
      notes.push(`${file}: version${at([key])}: obsolete, ignored (as compose does).`)
    else if (!TOP.has(key))
      notes.push(
        `${file}: ${key}${at([key])}: ${key.startsWith('x-') ? 'an extension' : 'not simulated'}; ${KEPT}.`,
      )
  notes.push(...declarationNotes(doc, at, file))
  const services = doc.services
  if (!services || typeof services !== 'object' || Array.isArray(services)) return notes
  for (const [name, s] of Object.entries(services)) {
    if (!s || typeof s !== 'object' || Array.isArray(s)) continue
    for (const key of Object.keys(s)) {
      if (SERVICE.has(key)) continue
      const why = key.startsWith('x-') ? 'an extension' : (SERVICE_NOTED[key] ?? 'not simulated')
      notes.push(`${file}: services.${name}.${key}${at(['services', name, key])}: ${why}; ${KEPT}.`)
    }
    notes.push(...endpointNotes(name, s as Record<string, Plain>, at, file))
    notes.push(...conditionNotes(name, s as Record<string, Plain>, at, file))
    for (const [key] of entries((s as Record<string, Plain>).deploy))
      if (key !== 'replicas')
        notes.push(
          `${file}: services.${name}.deploy.${key}${at(['services', name, 'deploy', key])}: not simulated; ${KEPT}.`,
        )
  }
  return notes
}
