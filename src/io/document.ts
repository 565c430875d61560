/**
 * The saved document: a versioned envelope around the world and the canvas layout
 * (architecture.md, "serialize purely, restore defensively"). `toDocument` is pure; `fromDocument`
 * checks the shape and the engine's invariants, and refuses anything else with a clear message,
 * so a broken or foreign file never replaces the current diagram.
 */
import type { Container, Host, Network, Topology, Volume } from '../engine'

export const DOCUMENT_FORMAT = 'docknet'
export const DOCUMENT_VERSION = 1

export interface Layout {
  readonly positions: Readonly<Record<string, { readonly x: number; readonly y: number }>>
  /** Host sizes set by resizing (documents from before resizing have none). */
  readonly sizes?: Readonly<Record<string, { readonly width: number; readonly height: number }>>
}

export interface DocknetDocument {
  readonly format: typeof DOCUMENT_FORMAT
  readonly version: number
  readonly currentHost: string
  readonly topology: {
    readonly seq: number
    readonly settings: Topology['settings']
    readonly hosts: readonly Host[]
    readonly networks: readonly Network[]
    readonly containers: readonly Container[]
    readonly volumes: readonly Volume[]
  }
  readonly layout: Layout
}

export type Restored =
  | { ok: true; topology: Topology; currentHost: string; layout: Layout }
  | { ok: false; error: string }

/** Farther than this from the origin, a layout entry is damage, not a drawing. */
const MAX_COORDINATE = 1_000_000

/** The document for a world and its layout: plain JSON, records in creation order. */
export function toDocument(t: Topology, currentHost: string, layout: Layout): DocknetDocument {
  return {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    currentHost,
    topology: {
      seq: t.seq,
      settings: t.settings,
      hosts: [...t.hosts.values()],
      networks: [...t.networks.values()],
      containers: [...t.containers.values()],
      volumes: [...t.volumes.values()],
    },
    layout,
  }
}

export function toJson(t: Topology, currentHost: string, layout: Layout): string {
  return `${JSON.stringify(toDocument(t, currentHost, layout), null, 2)}\n`
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const isArray = (v: unknown): v is unknown[] => Array.isArray(v)

/** Shape checks for the records: enough to rely on them, not a full schema. */
function checkRecords(doc: Record<string, unknown>): string | null {
  const t = doc['topology']
  if (!isObject(t)) return 'the file has no topology'
  for (const key of ['hosts', 'networks', 'containers', 'volumes']) {
    if (!isArray(t[key])) return `the topology has no ${key} list`
  }
  if (typeof t['seq'] !== 'number') return 'the topology has no counter'
  const hosts = t['hosts'] as unknown[]
  if (
    !hosts.every(
      (h) =>
        isObject(h) &&
        typeof h['name'] === 'string' &&
        typeof h['lanIp'] === 'string' &&
        isObject(h['daemon']),
    )
  ) {
    return 'a host record is malformed'
  }
  const networks = t['networks'] as unknown[]
  if (
    !networks.every(
      (n) =>
        isObject(n) &&
        typeof n['id'] === 'string' &&
        typeof n['name'] === 'string' &&
        typeof n['driver'] === 'string',
    )
  ) {
    return 'a network record is malformed'
  }
  const containers = t['containers'] as unknown[]
  const containerOk = (c: unknown) =>
    isObject(c) &&
    typeof c['id'] === 'string' &&
    typeof c['name'] === 'string' &&
    typeof c['host'] === 'string' &&
    isArray(c['endpoints']) &&
    isArray(c['links']) &&
    isArray(c['cmd']) &&
    isArray(c['env'])
  if (!containers.every(containerOk)) return 'a container record is malformed'
  const volumes = t['volumes'] as unknown[]
  if (
    !volumes.every(
      (v) => isObject(v) && typeof v['name'] === 'string' && typeof v['host'] === 'string',
    )
  ) {
    return 'a volume record is malformed'
  }
  return null
}

/** The engine's invariants: every reference points at something that exists. */
export function checkInvariants(t: Topology): string | null {
  for (const n of t.networks.values())
    if (n.host !== null && !t.hosts.has(n.host)) return `network ${n.name} is on an unknown host`
  for (const h of t.hosts.keys()) {
    if (![...t.networks.values()].some((n) => n.host === h && n.predefined && n.name === 'bridge'))
      return `host ${h} has no default bridge`
  }
  for (const c of t.containers.values()) {
    if (!t.hosts.has(c.host)) return `container ${c.name} is on an unknown host`
    for (const e of c.endpoints)
      if (!t.networks.has(e.networkId))
        return `container ${c.name} is attached to an unknown network`
    for (const l of c.links)
      if (!t.containers.has(l.childId)) return `container ${c.name} links to an unknown container`
    if (c.joinedTo !== null && !t.containers.has(c.joinedTo))
      return `container ${c.name} joins an unknown container`
  }
  return null
}

/** The document an exported SVG carries in its <metadata>, or null (CDATA sections joined). */
export function embeddedDocument(svg: string): string | null {
  const meta = /<metadata id="docknet-document">([\s\S]*?)<\/metadata>/.exec(svg)
  if (!meta) return null
  return [...(meta[1] ?? '').matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((m) => m[1]).join('')
}

/**
 * Reads a saved document — JSON, or an SVG exported by Docknet — checking the envelope, the
 * records and the invariants; anything else gets a clear refusal.
 */
export function fromJson(text: string): Restored {
  let raw: unknown
  const svg = text.trimStart().startsWith('<')
  const json = svg ? embeddedDocument(text) : text
  if (json === null)
    return { ok: false, error: 'This picture was not exported by Docknet: it holds no diagram.' }
  try {
    raw = JSON.parse(json)
  } catch {
    return { ok: false, error: 'This file is not JSON.' }
  }
  if (!isObject(raw) || raw['format'] !== DOCUMENT_FORMAT)
    return { ok: false, error: 'This is not a Docknet document.' }
  if (typeof raw['version'] !== 'number' || raw['version'] > DOCUMENT_VERSION) {
    return {
      ok: false,
      error: `This document is version ${String(raw['version'])}; this Docknet reads up to version ${DOCUMENT_VERSION}.`,
    }
  }
  const bad = checkRecords(raw)
  if (bad) return { ok: false, error: `The document is damaged: ${bad}.` }
  const doc = raw as unknown as DocknetDocument
  const topology: Topology = {
    seq: doc.topology.seq,
    settings: isObject(doc.topology.settings) ? doc.topology.settings : { legacyLinkEnv: true },
    hosts: new Map(
      doc.topology.hosts.map((h) => [
        h.name,
        { ...h, swarm: h.swarm ?? null, files: h.files ?? {} },
      ]),
    ),
    networks: new Map(doc.topology.networks.map((n) => [n.id, n])),
    containers: new Map(
      doc.topology.containers.map((c) => [
        c.id,
        { ...c, logs: c.logs ?? '', files: c.files ?? {} },
      ]),
    ),
    volumes: new Map(doc.topology.volumes.map((v) => [`${v.host}/${v.name}`, v])),
  }
  // A record given twice would silently replace the first: the file was edited or damaged.
  const counts: [string, number, number][] = [
    ['host', doc.topology.hosts.length, topology.hosts.size],
    ['network', doc.topology.networks.length, topology.networks.size],
    ['container', doc.topology.containers.length, topology.containers.size],
    ['volume', doc.topology.volumes.length, topology.volumes.size],
  ]
  const twice = counts.find(([, listed, kept]) => listed !== kept)
  if (twice) return { ok: false, error: `The document is damaged: a ${twice[0]} is listed twice.` }
  const broken = checkInvariants(topology)
  if (broken) return { ok: false, error: `The document is damaged: ${broken}.` }
  const currentHost =
    typeof doc.currentHost === 'string' && topology.hosts.has(doc.currentHost)
      ? doc.currentHost
      : 'default'
  // The layout is a nicety: a damaged entry (not a number, or absurdly far) is dropped, and the
  // card it placed gets a default place, rather than refusing the document.
  const sane = (n: unknown, least: number) =>
    typeof n === 'number' && Number.isFinite(n) && n >= least && n <= MAX_COORDINATE
  const layoutPart = (key: 'positions' | 'sizes') =>
    isObject(doc.layout) && isObject(doc.layout[key]) ? Object.entries(doc.layout[key]) : []
  const positions = Object.fromEntries(
    layoutPart('positions').filter(
      ([, v]) => isObject(v) && sane(v['x'], -MAX_COORDINATE) && sane(v['y'], -MAX_COORDINATE),
    ),
  ) as Layout['positions']
  const sizes = Object.fromEntries(
    layoutPart('sizes').filter(
      ([, v]) => isObject(v) && sane(v['width'], 1) && sane(v['height'], 1),
    ),
  ) as Layout['sizes']
  return { ok: true, topology, currentHost, layout: { positions, sizes } }
}
