/**
 * What a share link carries: the docker script that builds the world again (io/script.ts),
 * which compresses far better than the saved document (a 30-container diagram: 1.7 kB of link
 * against 22 kB), and the layout with each card named by what it is rather than by the ids
 * Docker gives on each run: `c/host/name` for a container, `n/host/name` or `n//name` for a
 * network spanning hosts, `v/host/name`, `h/name`.
 */
import type { Topology } from '../engine'
import { isEmptyKept, restoreKept, type ComposeKept } from '../io/compose/kept-data'
import type { Size, XY } from './flow-mapping'
import { nodeId, parseNodeId } from './ids'

export const SHARE_VERSION = 1

export interface SharePayload {
  readonly v: number
  /** The host the terminal was on. */
  readonly host: string
  readonly script: string
  /** Card positions by stable key, rounded to whole pixels: [x, y]. */
  readonly at: Readonly<Record<string, readonly [number, number]>>
  /** Hosts resized by the user, by stable key: [width, height]. */
  readonly size: Readonly<Record<string, readonly [number, number]>>
  /** Compose keys kept for export (io/compose/kept.ts), when the diagram has any. */
  readonly compose?: ComposeKept
}

/** A node id's stable key in `t`, or null for a node of nothing. */
function keyOf(t: Topology, id: string): string | null {
  const ref = parseNodeId(id)
  switch (ref.kind) {
    case 'host':
      return `h/${ref.id}`
    case 'volume':
      return `v/${ref.id}`
    case 'network': {
      const n = t.networks.get(ref.id)
      return n ? `n/${n.host ?? ''}/${n.name}` : null
    }
    case 'container': {
      const c = t.containers.get(ref.id)
      return c ? `c/${c.host}/${c.name}` : null
    }
    default:
      return null
  }
}

/** Every card's stable key in `t`, to its node id. */
function nodeIdsByKey(t: Topology): Map<string, string> {
  const ids = new Map<string, string>()
  for (const h of t.hosts.values()) ids.set(`h/${h.name}`, nodeId.host(h.name))
  for (const n of t.networks.values()) ids.set(`n/${n.host ?? ''}/${n.name}`, nodeId.network(n.id))
  for (const c of t.containers.values()) ids.set(`c/${c.host}/${c.name}`, nodeId.container(c.id))
  for (const v of t.volumes.values())
    ids.set(`v/${v.host}/${v.name}`, nodeId.volume(v.host, v.name))
  return ids
}

export function sharePayload(
  t: Topology,
  host: string,
  script: string,
  positions: Readonly<Record<string, XY>>,
  sizes: Readonly<Record<string, Size>>,
  compose: ComposeKept | null = null,
): string {
  const byKey = <T>(record: Readonly<Record<string, T>>, pair: (v: T) => [number, number]) =>
    Object.fromEntries(
      Object.entries(record).flatMap(([id, v]) => {
        const key = keyOf(t, id)
        return key ? [[key, pair(v)]] : []
      }),
    )
  const payload: SharePayload = {
    v: SHARE_VERSION,
    host,
    script,
    at: byKey(positions, (p) => [Math.round(p.x), Math.round(p.y)]),
    size: byKey(sizes, (s) => [Math.round(s.width), Math.round(s.height)]),
    ...(compose && !isEmptyKept(compose) ? { compose } : {}),
  }
  return JSON.stringify(payload)
}

const pairOf = (v: unknown): [number, number] | null =>
  Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number' && Number.isFinite(n))
    ? [v[0] as number, v[1] as number]
    : null

/** The payload a link's text holds, or why it holds none. */
export function readSharePayload(text: string): SharePayload | string {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return 'This share link is damaged: it holds no diagram.'
  }
  const p = raw as Partial<Record<keyof SharePayload, unknown>> | null
  if (!p || typeof p !== 'object' || typeof p.script !== 'string' || typeof p.host !== 'string')
    return 'This share link is damaged: it holds no diagram.'
  if (p.v !== SHARE_VERSION)
    return `This share link was made by another version of Docknet (${String(p.v)}); this one reads version ${SHARE_VERSION}.`
  const pairs = (v: unknown) =>
    Object.fromEntries(
      Object.entries(v && typeof v === 'object' ? v : {}).flatMap(([k, x]) => {
        const pair = pairOf(x)
        return pair ? [[k, pair]] : []
      }),
    )
  const compose = restoreKept(p.compose)
  return {
    v: p.v,
    host: p.host,
    script: p.script,
    at: pairs(p.at),
    size: pairs(p.size),
    ...(compose ? { compose } : {}),
  }
}

/** The payload's layout for the world its script built. */
export function layoutOf(t: Topology, payload: SharePayload) {
  const ids = nodeIdsByKey(t)
  const positions: Record<string, XY> = {}
  const sizes: Record<string, Size> = {}
  for (const [key, [x, y]] of Object.entries(payload.at)) {
    const id = ids.get(key)
    if (id) positions[id] = { x, y }
  }
  for (const [key, [width, height]] of Object.entries(payload.size)) {
    const id = ids.get(key)
    if (id) sizes[id] = { width, height }
  }
  return { positions, sizes }
}
