/**
 * Restoring a world and its layout from a parsed, untrusted document: each record field by
 * field (restore-records.ts), then Docker's invariants (restore-invariants.ts). What can be
 * defaulted is, with a note per repair; what cannot is refused with its reason, as data (read-problem.ts). Never throws.
 */
import type { Topology } from '../engine'
import { restoreKept, type ComposeKept } from './compose/kept-data'
import { checkInvariants } from './restore-invariants'
import type { Damage, ReadProblem, RecordKind, Repair } from './read-problem'
import { addRepair, isNumber, isObject, Unrestorable, type Notes, type Raw } from './restore-fields'
import { restoreContainer, restoreHost, restoreNetwork, restoreVolume } from './restore-records'

export interface Layout {
  readonly positions: Readonly<Record<string, { readonly x: number; readonly y: number }>>
  /** Host sizes set by resizing (documents from before resizing have none). */
  readonly sizes?: Readonly<Record<string, { readonly width: number; readonly height: number }>>
}

export type Restored =
  | {
      ok: true
      topology: Topology
      currentHost: string
      layout: Layout
      /** Compose keys kept for export (compose/kept.ts); null when none or damaged. */
      compose: ComposeKept | null
      /** What was missing or damaged and got a default, as data; [] if nothing. */
      repairs: readonly Repair[]
    }
  | { ok: false; problem: ReadProblem }

/** The most containers a document may hold: more cannot be drawn (and a hostile file is quick to refuse). */
export const MAX_CONTAINERS = 5000

/** Farther than this from the origin, a layout entry is damage, not a drawing. */
const MAX_COORDINATE = 1_000_000

const damaged = (why: Damage): Restored => ({ ok: false, problem: { code: 'damaged', why } })

/** Restores the `topology`, `currentHost` and `layout` of a document envelope already checked. */
export function restoreWorld(doc: Raw): Restored {
  const t = doc['topology']
  if (!isObject(t)) return damaged({ code: 'no-topology' })
  for (const key of ['hosts', 'networks', 'containers', 'volumes'])
    if (!Array.isArray(t[key])) return damaged({ code: 'no-list', key })
  const containers = t['containers'] as unknown[]
  if (containers.length > MAX_CONTAINERS)
    return {
      ok: false,
      problem: { code: 'too-many-containers', count: containers.length, limit: MAX_CONTAINERS },
    }
  const notes: Notes = { repairs: new Map() }
  let topology: Topology
  try {
    topology = restoreTopology(t, notes)
  } catch (e) {
    if (e instanceof Unrestorable) return damaged(e.damage)
    throw e
  }
  const broken = checkInvariants(topology)
  if (broken) return damaged(broken)
  const current = doc['currentHost']
  const first = topology.hosts.keys().next().value as string
  const currentHost = typeof current === 'string' && topology.hosts.has(current) ? current : first
  if (currentHost !== current) addRepair(notes, { code: 'current-host' })
  return {
    ok: true,
    topology,
    currentHost,
    layout: restoreLayout(doc['layout']),
    compose: restoreKept(doc['compose']),
    repairs: [...notes.repairs.values()],
  }
}

function restoreTopology(t: Raw, notes: Notes): Topology {
  const list = <T>(key: string, restore: (raw: unknown, i: number, n: Notes) => T) =>
    (t[key] as unknown[]).map((raw, i) => restore(raw, i, notes))
  const hosts = list('hosts', restoreHost)
  const networks = list('networks', restoreNetwork)
  const containers = list('containers', restoreContainer)
  const volumes = list('volumes', restoreVolume)
  const topology: Topology = {
    seq: 0,
    settings: {
      legacyLinkEnv:
        isObject(t['settings']) && typeof t['settings']['legacyLinkEnv'] === 'boolean'
          ? t['settings']['legacyLinkEnv']
          : true,
    },
    hosts: keyed('host', hosts, (h) => h.name),
    networks: keyed('network', networks, (n) => n.id),
    containers: keyed('container', containers, (c) => c.id),
    volumes: keyed('volume', volumes, (v) => `${v.host}/${v.name}`),
  }
  // Ids come from the counter: one behind a record's own would make the next id a twin.
  const highest = [hosts, networks, containers, volumes]
    .flat()
    .reduce((most, r) => Math.max(most, r.seq), 0)
  const seq = isNumber(t['seq']) ? t['seq'] : -1
  if (seq < highest) addRepair(notes, { code: 'id-counter' })
  return { ...topology, seq: Math.max(seq, highest + (seq < highest ? 1 : 0)) }
}

/** A map by key; a record listed twice would silently replace the first: refused. */
function keyed<T>(kind: RecordKind, records: readonly T[], key: (r: T) => string): Map<string, T> {
  const map = new Map<string, T>()
  for (const r of records) {
    const k = key(r)
    if (map.has(k)) throw new Unrestorable({ code: 'listed-twice', kind })
    map.set(k, r)
  }
  return map
}

/**
 * The layout is a nicety: a damaged entry (not a number, or absurdly far) is dropped, and the
 * card it placed gets a default place, rather than refusing the document.
 */
function restoreLayout(raw: unknown): Layout {
  const sane = (n: unknown, least: number) =>
    typeof n === 'number' && Number.isFinite(n) && n >= least && n <= MAX_COORDINATE
  const part = (key: 'positions' | 'sizes') =>
    isObject(raw) && isObject(raw[key]) ? Object.entries(raw[key]) : []
  const positions = Object.fromEntries(
    part('positions').flatMap(([k, v]) =>
      isObject(v) && sane(v['x'], -MAX_COORDINATE) && sane(v['y'], -MAX_COORDINATE)
        ? [[k, { x: v['x'] as number, y: v['y'] as number }]]
        : [],
    ),
  )
  const sizes = Object.fromEntries(
    part('sizes').flatMap(([k, v]) =>
      isObject(v) && sane(v['width'], 1) && sane(v['height'], 1)
        ? [[k, { width: v['width'] as number, height: v['height'] as number }]]
        : [],
    ),
  )
  return { positions, sizes }
}
