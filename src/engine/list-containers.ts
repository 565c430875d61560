/**
 * `docker ps` as the daemon answers it (moby v28.2.2 daemon/list.go Containers): the filters
 * checked first (foldFilter), then the containers newest first, each kept or not by
 * includeContainerInList, in its order: before/since, stopped, name, id, label, the limit,
 * exited, status, health, volume, ancestor, network, publish/expose.
 */
import { containerByName, containersByIdPrefix } from './container-index'
import { engineError, type EngineError } from './error-core'
import {
  boolFilter,
  exactMatch,
  labelsMatch,
  textMatch,
  validateFilters,
  type FilterArgs,
} from './filters'
import { findImage, imageKey } from './image-store'
import type { Container, HostName, Result, Topology } from './model'
import { portFilterKeys } from './port-spec'

/** acceptedPsFilterTags. `isolation` is accepted and ignored on Linux (list_unix.go). */
const PS_FILTERS = [
  'ancestor',
  'before',
  'exited',
  'id',
  'isolation',
  'label',
  'name',
  'status',
  'health',
  'since',
  'volume',
  'network',
  'is-task',
  'publish',
  'expose',
]

const STATES = ['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead']
const HEALTHS = ['none', 'starting', 'healthy', 'unhealthy']

export interface ListOptions {
  /** `-a`. */
  readonly all: boolean
  /** `-n N` (`--latest` is 1); -1 for none. */
  readonly limit: number
  readonly filters: FilterArgs
}

/** What foldFilter works out of the filters before looking at any container. */
interface Folded {
  readonly all: boolean
  readonly exited: readonly number[]
  readonly isTask: boolean | null
  readonly before: Container | null
  readonly since: Container | null
  /** The image keys an `ancestor` filter names (empty when none is held), or null. */
  readonly ancestors: ReadonlySet<string> | null
  readonly publish: ReadonlySet<string>
  readonly expose: ReadonlySet<string>
}

/** strconv.Atoi's verdict on an exit code. */
function atoi(value: string): number | EngineError {
  if (!/^[+-]?\d+$/.test(value)) return engineError('FILTER_EXITED_SYNTAX', { value })
  const n = BigInt(value)
  if (n > 2n ** 63n - 1n || n < -(2n ** 63n)) return engineError('FILTER_EXITED_RANGE', { value })
  return Number(n)
}

/**
 * idOrNameFilter: a full id (the view's exact lookup), else a name; `No such container` when
 * neither names one.
 */
function idOrName(t: Topology, host: HostName, value: string): Container | EngineError {
  const byId = t.containers.get(value)
  if (byId && byId.host === host) return byId
  const name = value.replace(/^\//, '')
  const byName = containerByName(t, host, name)
  return byName ?? engineError('NO_SUCH_CONTAINER', { ref: value })
}

function portKeys(key: 'publish' | 'expose', values: readonly string[]): Set<string> | EngineError {
  const keys = new Set<string>()
  for (const value of values) {
    if (value.includes(':')) return engineError('FILTER_PORT_COLON', { key, value })
    const r = portFilterKeys(value)
    if (!r.ok) return engineError('FILTER_PORT', { key, value, reason: r.error })
    for (const k of r.value) keys.add(k)
  }
  return keys
}

function fold(t: Topology, host: HostName, opts: ListOptions): Folded | EngineError {
  const f = opts.filters
  const exited: number[] = []
  for (const value of f.get('exited') ?? []) {
    const code = atoi(value)
    if (typeof code !== 'number') return code
    exited.push(code)
  }
  for (const value of f.get('status') ?? [])
    if (!STATES.includes(value)) return engineError('FILTER_STATUS', { value })
  const isTask = boolFilter(f, 'is-task')
  if (isTask !== null && typeof isTask !== 'boolean') return isTask
  for (const value of f.get('health') ?? [])
    if (!HEALTHS.includes(value)) return engineError('FILTER_HEALTH', { value })
  let before: Container | null = null
  for (const value of f.get('before') ?? []) {
    const c = idOrName(t, host, value)
    if ('code' in c) return c
    before = c
  }
  let since: Container | null = null
  for (const value of f.get('since') ?? []) {
    const c = idOrName(t, host, value)
    if ('code' in c) return c
    since = c
  }
  // An ancestor the daemon does not hold is skipped with a warning in its log.
  const ancestors = f.has('ancestor')
    ? new Set(
        (f.get('ancestor') ?? [])
          .map((ref) => findImage(t, host, ref)?.key)
          .filter((k): k is string => k !== undefined),
      )
    : null
  const publish = portKeys('publish', f.get('publish') ?? [])
  if (!(publish instanceof Set)) return publish
  const expose = portKeys('expose', f.get('expose') ?? [])
  if (!(expose instanceof Set)) return expose
  // A status filter lists stopped containers too.
  const all = opts.all || f.has('status')
  return { all, exited, isTask, before, since, ancestors, publish, expose }
}

/**
 * filterByNameIDMatches: with name or id filters, the containers an id prefix names uniquely
 * and those a name filter matches (among the id matches when both are given); else all.
 */
function candidates(t: Topology, host: HostName, f: FilterArgs): Container[] {
  const all = [...t.containers.values()].filter((c) => c.host === host)
  const names = f.get('name') ?? []
  const ids = f.get('id') ?? []
  if (names.length + ids.length === 0) return [...all]
  const matches = new Set<Container>()
  for (const id of ids) {
    const found = id === '' ? [] : containersByIdPrefix(t, id).filter((c) => c.host === host)
    if (found.length === 1 && found[0]) matches.add(found[0])
  }
  if (names.length > 0) {
    const pool = ids.length > 0 ? [...matches] : all
    for (const c of pool) if (nameMatches(f, c)) matches.add(c)
  }
  return [...matches]
}

function nameMatches(f: FilterArgs, c: Container): boolean {
  return textMatch(f, 'name', `/${c.name}`) || textMatch(f, 'name', c.name)
}

/** The summary's Ports: published bindings and exposed ports, while it runs (view.go). */
function summaryPorts(c: Container): { published: string[]; exposed: string[] } {
  if (c.state !== 'running' || c.networkMode.kind === 'host') return { published: [], exposed: [] }
  const published: string[] = []
  const exposed: string[] = []
  for (const e of c.exposed) {
    const bound = c.ports.filter((p) => p.containerPort === e.port && p.proto === e.proto)
    exposed.push(`${e.port}/${e.proto}`)
    if (bound.length === 0) published.push(`0/${e.proto}`)
    for (const b of bound) published.push(`${b.hostPort}/${e.proto}`)
  }
  return { published, exposed }
}

function matchesVolume(f: FilterArgs, c: Container): boolean {
  const values = f.get('volume') ?? []
  return c.mounts.some((m) => values.includes(m.source) || values.includes(m.destination))
}

function matchesNetwork(t: Topology, f: FilterArgs, c: Container): boolean {
  const values = f.get('network') ?? []
  return c.endpoints.some((e) => {
    const net = t.networks.get(e.networkId)
    return net !== undefined && values.some((v) => v === net.name || net.id.startsWith(v))
  })
}

/** The checks after the limit: exit code, state, health, mounts, image, networks, ports. */
function passesAfterLimit(t: Topology, f: FilterArgs, folded: Folded, c: Container): boolean {
  // A container that never started has no exit code to match (StartedAt is zero).
  if (folded.exited.length > 0 && !(c.state === 'exited' && folded.exited.includes(c.exitCode)))
    return false
  if (!textMatch(f, 'status', c.state)) return false
  // No container has a healthcheck here: its health is `none`.
  if (!exactMatch(f, 'health', 'none')) return false
  if (f.has('volume') && !matchesVolume(f, c)) return false
  if (folded.ancestors && !folded.ancestors.has(imageKey(c.image))) return false
  if (f.has('network') && !matchesNetwork(t, f, c)) return false
  if (folded.publish.size > 0 || folded.expose.size > 0) {
    const ports = summaryPorts(c)
    const hit =
      ports.published.some((p) => folded.publish.has(p)) ||
      ports.exposed.some((p) => folded.expose.has(p))
    if (!hit) return false
  }
  return true
}

/** The containers `docker ps` lists on `host`, newest first, or the daemon's refusal. */
export function listContainers(
  t: Topology,
  host: HostName,
  opts: ListOptions,
): Result<Container[], EngineError> {
  const f = opts.filters
  const bad = validateFilters(f, PS_FILTERS)
  if (bad) return { ok: false, error: bad }
  const folded = fold(t, host, opts)
  if ('code' in folded) return { ok: false, error: folded }
  const list = candidates(t, host, f).sort((a, b) => b.seq - a.seq)
  const out: Container[] = []
  let before = folded.before
  for (const c of list) {
    if (before) {
      if (c.id === before.id) before = null
      continue
    }
    if (folded.since && c.id === folded.since.id) break
    if (c.state !== 'running' && !folded.all && opts.limit <= 0) continue
    if (f.has('name') && !nameMatches(f, c)) continue
    if (!textMatch(f, 'id', c.id)) continue
    // Standalone containers are not swarm tasks.
    if (folded.isTask === true) continue
    if (!labelsMatch(f, 'label', c.labels)) continue
    if (opts.limit > 0 && out.length === opts.limit) break
    if (passesAfterLimit(t, f, folded, c)) out.push(c)
  }
  return { ok: true, value: out }
}
