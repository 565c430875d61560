/**
 * A compose file imported as what `docker compose up` (Compose v2) would create, written as the
 * docker commands it runs, in its order: the project's networks and volumes, then each service's
 * containers after those it depends on. The commands then run through Docknet's CLI like any
 * others (every Docker refusal applies; the transcript shows them).
 */
import { readComposeYaml, type Plain } from './read-yaml'
import {
  commandWords,
  networkMode,
  pairs,
  serviceFlags,
  type ServiceContext,
} from './service-flags'
import { shLine } from '../script-words'
import { startOrder } from './start-order'
import { keptOf, type ComposeKept } from './kept'
import { unmodelled } from './unmodelled'
import { specError } from './validate'

export interface ComposeImport {
  readonly ok: true
  readonly project: string
  readonly lines: readonly string[]
  /** What the import did not make, or made otherwise than compose would, with its line. */
  readonly notes: readonly string[]
  /** What the file says that the commands do not, to be written back on export. */
  readonly kept: ComposeKept
}

export type ComposeResult = ComposeImport | { readonly ok: false; readonly error: string }

/** Compose's project name rule (compose-go loader.NormalizeProjectName). */
export function normalizeProjectName(name: string): string {
  return (name.toLowerCase().match(/[a-z0-9_-]/g) ?? []).join('').replace(/^[_-]+/, '')
}

/** The project: the file's `name:`, else its folder's name (compose's default). */
function projectOf(value: Record<string, Plain>, path: string): string {
  const parts = path.split('/')
  const folder = parts.length > 1 ? (parts[parts.length - 2] ?? '') : ''
  const stem = (parts[parts.length - 1] ?? '').replace(/\.(ya?ml)$/i, '')
  return normalizeProjectName(
    typeof value.name === 'string' && value.name ? value.name : folder || stem,
  )
}

/**
 * Compose features that change which services exist or how they are made, which the import
 * cannot follow: refused with the key and its line rather than imported wrong.
 */
function unsupportedFeature(
  doc: Record<string, Plain>,
  lineOf: (path: readonly (string | number)[]) => number | undefined,
): string | null {
  const at = (path: (string | number)[]) => `${path.join('.')} (line ${lineOf(path) ?? '?'})`
  if (doc.include !== undefined)
    return `${at(['include'])}: including other compose files is not supported by Docknet's import.`
  for (const [name, s] of Object.entries(record(doc.services))) {
    for (const key of ['extends', 'provider'] as const)
      if (record(s)[key] !== undefined)
        return `${at(['services', name, key])}: ${key} is not supported by Docknet's import.`
  }
  for (const [name, secret] of Object.entries(record(doc.secrets)))
    if (record(secret).file === undefined)
      return `${at(['secrets', name])}: only file-based secrets are supported by Docknet's import (as compose mounts them without swarm).`
  return null
}

/** A network's or volume's `--driver` and `--opt`s. */
const driverFlags = (o: Record<string, Plain>): string[] => [
  ...(o.driver ? ['--driver', String(o.driver)] : []),
  ...pairs(o.driver_opts, '=').flatMap((opt) => ['--opt', opt]),
]

/** Compose's own labels (`com.docker.compose.*`, not on external ones), then the file's. */
const labelFlags = (o: Record<string, Plain>, compose: readonly string[]): string[] =>
  [
    ...(o.external === true ? [] : compose.map((l) => `com.docker.compose.${l}`)),
    ...pairs(o.labels, '='),
  ].flatMap((l) => ['--label', l])

const record = (v: Plain | undefined): Record<string, Plain> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {}

/**
 * A service's networks, with their aliases and static addresses (list or mapping form), in
 * the order compose attaches them: by `priority`, highest first, then by key (compose-go
 * ServiceConfig.NetworksByPriority); the first is the container's primary network.
 */
function serviceNetworks(s: Record<string, Plain>): [string, Record<string, Plain>][] {
  const given: [string, Record<string, Plain>][] = Array.isArray(s.networks)
    ? s.networks.map((n) => [String(n), {}])
    : s.networks && typeof s.networks === 'object'
      ? Object.entries(s.networks).map(([k, v]) => [k, record(v)])
      : [['default', {}]]
  const priority = (o: Record<string, Plain>) => Number(o.priority ?? 0) || 0
  return given.sort(([a, x], [b, y]) => priority(y) - priority(x) || (a < b ? -1 : a > b ? 1 : 0))
}

/** The primary network's flag: the long syntax when it has a `gw_priority`. */
function primaryNetwork(net: string, opts: Record<string, Plain>): string[] {
  return opts.gw_priority === undefined
    ? ['--network', net]
    : ['--network', `name=${net},gw-priority=${String(opts.gw_priority)}`]
}

/**
 * The docker commands `docker compose up -d` runs for `text`, the compose file at `path` (its
 * folder names the project, and relative bind mounts start there), with `env` for `${VAR}`.
 */
export function composeCommands(
  text: string,
  path: string,
  env: Readonly<Record<string, string>> = {},
): ComposeResult {
  const file = path.split('/').pop() || 'compose.yaml'
  const read = readComposeYaml(text, file, env)
  if (!read.ok) return read
  const doc = read.value
  const invalid = specError(doc, read.lineOf)
  if (invalid) return { ok: false, error: `${file}: ${invalid}` }
  const unsupported = unsupportedFeature(doc, read.lineOf)
  if (unsupported) return { ok: false, error: `${file}: ${unsupported}` }
  const services = record(doc.services)
  if (Object.keys(services).length === 0)
    return {
      ok: false,
      error: `${file}: no service to run (a compose file needs a services: mapping).`,
    }
  const project = projectOf(doc, path)
  if (!project)
    return {
      ok: false,
      error: `${file}: the project name is empty once normalized: give the file a name: key.`,
    }
  const notes = unmodelled(doc, read.lineOf, file)
  const enabled = Object.entries(services).filter(([, s]) => !record(s).profiles)
  for (const [name, s] of Object.entries(services))
    if (record(s).profiles)
      notes.push(
        `${file}: service ${name} (line ${read.lineOf(['services', name])}) is only in profiles ${JSON.stringify(record(s).profiles)}: not started, as without --profile.`,
      )

  const declaredNetworks = record(doc.networks)
  // An external network or volume is the daemon's own, named as declared (compose-go
  // loader: no project prefix).
  const networkName = (key: string) => {
    const n = record(declaredNetworks[key])
    return typeof n.name === 'string' ? n.name : n.external === true ? key : `${project}_${key}`
  }
  const declaredVolumes = record(doc.volumes)
  const volumeName = (key: string) => {
    if (!Object.hasOwn(declaredVolumes, key)) return null
    const v = record(declaredVolumes[key])
    return typeof v.name === 'string' ? v.name : v.external === true ? key : `${project}_${key}`
  }
  const secrets = record(doc.secrets)
  const folder = `/${path.split('/').slice(0, -1).filter(Boolean).join('/') || project}`

  const order = startOrder(Object.fromEntries(enabled.map(([k, v]) => [k, record(v)])))
  if (!order.ok) return { ok: false, error: `${file}: ${order.error}` }

  const lines: string[] = []
  // Networks the enabled services use, in the order they are first used.
  const used = new Set<string>()
  const usedBy = new Map<string, string>()
  for (const [name, s] of enabled)
    if (!record(s).network_mode)
      for (const [key] of serviceNetworks(record(s))) {
        used.add(key)
        if (!usedBy.has(key)) usedBy.set(key, name)
      }
  for (const key of used) {
    if (key !== 'default' && !Object.hasOwn(declaredNetworks, key))
      return {
        ok: false,
        error: `${file}: service "${usedBy.get(key) ?? ''}" refers to undefined network ${key}: invalid compose project`,
      }
    const n = record(declaredNetworks[key])
    const words = ['docker', 'network', 'create']
    if (n.external === true)
      notes.push(
        `${file}: network ${networkName(key)} is external: made here as it would already exist.`,
      )
    words.push(...driverFlags(n))
    if (n.internal === true) words.push('--internal')
    if (n.attachable === true) words.push('--attachable')
    if (n.enable_ipv6 === true) words.push('--ipv6')
    for (const c of Array.isArray(record(n.ipam).config)
      ? (record(n.ipam).config as Plain[])
      : []) {
      const pool = record(c)
      if (pool.subnet) words.push('--subnet', String(pool.subnet))
      if (pool.ip_range) words.push('--ip-range', String(pool.ip_range))
      if (pool.gateway) words.push('--gateway', String(pool.gateway))
    }
    words.push(...labelFlags(n, [`network=${key}`, `project=${project}`]))
    lines.push(shLine([...words, networkName(key)]))
  }
  for (const key of Object.keys(declaredVolumes)) {
    const v = record(declaredVolumes[key])
    const words = ['docker', 'volume', 'create']
    words.push(...driverFlags(v), ...labelFlags(v, [`project=${project}`, `volume=${key}`]))
    lines.push(shLine([...words, volumeName(key) ?? key]))
  }

  const containerNames = new Map<string, string[]>()
  for (const name of order.services) {
    const s = record(services[name])
    const replicas = Number(record(s.deploy).replicas ?? s.scale ?? 1)
    if (!Number.isInteger(replicas) || replicas < 0)
      return {
        ok: false,
        error: `${file}: services.${name}.deploy.replicas must be a whole number.`,
      }
    if (s.container_name && replicas > 1)
      return {
        ok: false,
        error: `${file}: services.${name}: can't set container_name and ${name} as container name must be unique: invalid compose project`,
      }
    const names = Array.from({ length: replicas }, (_, i) =>
      typeof s.container_name === 'string' ? s.container_name : `${project}-${name}-${i + 1}`,
    )
    containerNames.set(name, names)
    const ctx: ServiceContext = {
      project,
      service: name,
      volumeName,
      containerOf: (other) => containerNames.get(other)?.[0] ?? null,
      folder,
      secretFile: (secret) => {
        const f = record(secrets[secret]).file
        return typeof f === 'string'
          ? f.startsWith('/')
            ? f
            : `${folder}/${f.replace(/^\.\//, '')}`
          : null
      },
    }
    const flags = serviceFlags(s, ctx)
    if (!flags.ok) return { ok: false, error: `${file}: ${flags.error}` }
    const image =
      typeof s.image === 'string' ? s.image : s.build !== undefined ? `${project}-${name}` : ''
    if (!image)
      return {
        ok: false,
        error: `${file}: service "${name}" has neither an image nor a build context specified: invalid compose project`,
      }
    if (s.image === undefined && s.build !== undefined)
      notes.push(
        `${file}: service ${name} (line ${read.lineOf(['services', name, 'build'])}) is built: its image is ${image}, as compose tags it; Docknet does not run the build.`,
      )
    const nets = s.network_mode ? [] : serviceNetworks(s)
    for (const container of names) {
      const run = ['docker', 'run', '-d', '--name', container]
      if (typeof s.network_mode === 'string') {
        const mode = networkMode(s.network_mode, ctx)
        if (typeof mode === 'string') return { ok: false, error: `${file}: ${mode}` }
        run.push(...mode)
      }
      const [first, ...rest] = nets
      const endpoint = (key: string, opts: Record<string, Plain>, flag: string) => {
        const aliases = [name, ...(Array.isArray(opts.aliases) ? opts.aliases.map(String) : [])]
        const words = aliases.flatMap((a) => [flag, a])
        if (opts.ipv4_address) words.push('--ip', String(opts.ipv4_address))
        if (opts.ipv6_address) words.push('--ip6', String(opts.ipv6_address))
        return [networkName(key), words] as const
      }
      if (first) {
        const [net, words] = endpoint(first[0], first[1], '--network-alias')
        run.push(...primaryNetwork(net, first[1]), ...words)
      }
      lines.push(shLine([...run, ...flags.flags, image, ...commandWords(s)]))
      for (const [key, opts] of rest) {
        const [net, words] = endpoint(key, opts, '--alias')
        if (opts.gw_priority !== undefined) words.push('--gw-priority', String(opts.gw_priority))
        lines.push(shLine(['docker', 'network', 'connect', ...words, net, container]))
      }
    }
  }
  return { ok: true, project, lines, notes, kept: keptOf(doc, project, containerNames) }
}
