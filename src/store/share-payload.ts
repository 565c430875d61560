/**
 * What a share link carries: the docker script that builds the world again (io/script.ts),
 * which compresses far better than the saved document (a 30-container diagram: 1.7 kB of link
 * against 22 kB), and the layout with each card named by what it is rather than by the ids
 * Docker gives on each run: its host (`''` for a network spanning hosts), its kind (`h` host,
 * `n` network, `c` container, `v` volume) and its name.
 *
 * Version 2 nests the layout by host and kind, where version 1 keyed each card by one string
 * (`c/host/name`); it drops the script's leading comments too. Both cut a 30-container link by
 * about 170 characters: with version 1, one random 30-container diagram in sixty-five went past
 * the 2,000 a link may have (share-roundtrip.property.test.ts). Version 1 links still open.
 */
import type { Topology } from '../engine'
import { isEmptyKept, restoreKept, type ComposeKept } from '../io/compose/kept-data'
import { toScript } from '../io/script'
import { shareLink, type ShareLink, type ShareProblem } from '../io/share'
import type { AppState } from './app-state'
import type { Size, XY } from './flow-mapping'
import { nodeId, parseNodeId } from './ids'

export const SHARE_VERSION = 2

/** A layout record by stable key (`kind/host/name`, as version 1 wrote it): [x, y] or [w, h]. */
type Pairs = Readonly<Record<string, readonly [number, number]>>

/** The same, as version 2 writes it: host, then kind, then name. */
type NestedPairs = Record<string, Record<string, Record<string, readonly [number, number]>>>

export interface SharePayload {
  readonly v: number
  /** The host the terminal was on. */
  readonly host: string
  readonly script: string
  /** Card positions by stable key, rounded to whole pixels: [x, y]. */
  readonly at: Pairs
  /** Hosts resized by the user, by stable key: [width, height]. */
  readonly size: Pairs
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

/** What a stable key names: `h/name` is a host's card, in its own host. */
function keyParts(key: string): { kind: string; host: string; name: string } {
  const [kind = '', host = '', ...name] = key.split('/')
  return kind === 'h' ? { kind, host, name: host } : { kind, host, name: name.join('/') }
}

const keyFrom = (kind: string, host: string, name: string) =>
  kind === 'h' ? `h/${name}` : `${kind}/${host}/${name}`

/**
 * Keys nested as host, kind, name. Objects without a prototype: a network may be named
 * `__proto__`.
 */
function nested(pairs: Pairs): NestedPairs {
  const out: NestedPairs = Object.create(null)
  for (const [key, pair] of Object.entries(pairs)) {
    const { kind, host, name } = keyParts(key)
    const byKind = (out[host] ??= Object.create(null))
    ;(byKind[kind] ??= Object.create(null))[name] = pair
  }
  return out
}

/**
 * The script without its leading comment lines (its header, what it leaves out): a link's
 * script is run, never read.
 */
const uncommented = (script: string) => script.replace(/^(?:#.*\n)+/, '')

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
  return JSON.stringify({
    v: SHARE_VERSION,
    host,
    script: uncommented(script),
    at: nested(byKey(positions, (p) => [Math.round(p.x), Math.round(p.y)])),
    size: nested(byKey(sizes, (s) => [Math.round(s.width), Math.round(s.height)])),
    ...(compose && !isEmptyKept(compose) ? { compose } : {}),
  })
}

/**
 * The link to the diagram of `state` at `base` (the app's address), or why none is made. The
 * compose keys kept for export are what a link can best do without: when they do not fit, the
 * world and its layout still travel, and the note says what stayed behind.
 */
export function shareLinkOf(
  state: Pick<AppState, 'shell' | 'positions' | 'sizes' | 'compose'>,
  base: string,
): ShareLink {
  const { shell, positions, sizes, compose } = state
  const script = toScript(shell.topology)
  if (!script.ok)
    return { ok: false, length: 0, problem: { code: 'no-script', detail: script.error } }
  const link = (kept: ComposeKept | null) =>
    shareLink(
      base,
      sharePayload(shell.topology, shell.currentHost, script.script, positions, sizes, kept),
    )
  const whole = link(compose)
  if (whole.ok || !compose) return whole
  const lean = link(null)
  return lean.ok
    ? {
        ...lean,
        note: 'The compose keys kept for export (healthcheck, logging...) did not fit in the link: share the file to keep them.',
      }
    : whole
}

const pairOf = (v: unknown): [number, number] | null =>
  Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number' && Number.isFinite(n))
    ? [v[0] as number, v[1] as number]
    : null

const entries = (v: unknown): [string, unknown][] =>
  v && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v) : []

/** A layout record as a version reads it: flat keys (1), or host, kind, name (2). */
function pairsOf(v: unknown, version: number): Record<string, [number, number]> {
  const flat =
    version === 1
      ? entries(v)
      : entries(v).flatMap(([host, kinds]) =>
          entries(kinds).flatMap(([kind, names]) =>
            entries(names).map(([name, pair]): [string, unknown] => [
              keyFrom(kind, host, name),
              pair,
            ]),
          ),
        )
  return Object.fromEntries(
    flat.flatMap(([key, x]) => {
      const pair = pairOf(x)
      return pair ? [[key, pair]] : []
    }),
  )
}

const DAMAGED: ShareProblem = { code: 'link-damaged' }

/** The payload a link's text holds, or why it holds none (as data). */
export function readSharePayload(text: string): SharePayload | ShareProblem {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return DAMAGED
  }
  const p = raw as Partial<Record<keyof SharePayload, unknown>> | null
  if (!p || typeof p !== 'object' || typeof p.script !== 'string' || typeof p.host !== 'string')
    return DAMAGED
  if (p.v !== 1 && p.v !== SHARE_VERSION)
    return { code: 'other-version', version: String(p.v), reads: SHARE_VERSION }
  const compose = restoreKept(p.compose)
  return {
    v: p.v,
    host: p.host,
    script: p.script,
    at: pairsOf(p.at, p.v),
    size: pairsOf(p.size, p.v),
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
