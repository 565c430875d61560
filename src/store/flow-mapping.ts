/**
 * The mapping between the engine's Topology and React Flow's nodes and edges (view scope).
 * Node ids are `kind:id` (`container:<id>`, `network:<id>`, `host:<name>`, `volume:<host>/<name>`);
 * node `data` holds only that reference, and components select their own record by id.
 * `reconcileNodes` keeps the node objects of entities that did not change, so React Flow keeps
 * their measured sizes and does not re-render them (xyflow adoptUserNodes).
 */
import type { EdgeMeaning } from './edge-meaning'
import { hostCard } from './card-view'
import { fullHeight } from './full-heights'
import { nodeId } from './ids'
import type { Edge, Node } from '@xyflow/react'
import {
  driverCaps,
  type Container,
  type Host,
  type Network,
  type Topology,
  type Volume,
} from '../engine'

export type EntityKind = 'host' | 'network' | 'container' | 'volume'

export interface EntityRef extends Record<string, unknown> {
  readonly kind: EntityKind
  readonly id: string
}

export type FlowNode = Node<EntityRef>

export type EdgeKind = 'network' | 'link' | 'volume' | 'volumes-from' | 'joined' | 'ambassador'

export interface EdgeData extends Record<string, unknown> {
  readonly kind: EdgeKind
  readonly label: string
  /** A mount's mode (`:ro`), for its form. */
  readonly readOnly?: boolean
  /** What it means (two, or more, for edges drawn as one: edge-meaning.ts). */
  readonly meanings?: readonly EdgeMeaning[]
}

export type FlowEdge = Edge<EdgeData>

export interface XY {
  readonly x: number
  readonly y: number
}

export interface Size {
  readonly width: number
  readonly height: number
}

/** Grid of the default layout inside a host. */
export const LAYOUT = {
  hostGap: 48,
  hostPadding: 24,
  header: 44,
  networkRow: 56,
  networkWidth: 190,
  containerWidth: 190,
  containerHeight: 96,
  columns: 4,
  // Room between cards for edges and their labels.
  gap: 40,
  volumeHeight: 48,
  /** Below what its header needs (hostMinWidth), a host is never narrower than this. */
  minHostWidth: 320,
  minHostHeight: 240,
} as const

/**
 * The width a host's header needs (HostNode): icon, name and LAN address on the left, docker0
 * and its options on the right, at the header's font sizes.
 */
export function hostMinWidth(h: Host): number {
  const card = hostCard(h)
  const right = card.lines.map((l) => l.text).join('')
  const text = card.title.length * 8.4 + (card.note.length + right.length) * 7.3
  return Math.max(LAYOUT.minHostWidth, Math.ceil(text + 80))
}

interface HostContent {
  host: Host
  networks: Network[]
  containers: Container[]
  volumes: Volume[]
}

/** A network drawn as a card inside its host: a local one whose containers have an interface. */
function drawnInHost(n: Network): boolean {
  const caps = driverCaps(n.driver)
  return caps.scope === 'local' && caps.namespace === 'endpoint'
}

const contentByTopology = new WeakMap<Topology, ReadonlyMap<string, HostContent>>()

/**
 * Each host's cards, in the order they were made. Once per world: placing, sizing and drawing
 * an edit's nodes each asked for it (sorting 500 containers each time).
 */
function contentOf(t: Topology): ReadonlyMap<string, HostContent> {
  const kept = contentByTopology.get(t)
  if (kept) return kept
  const byHost = new Map<string, HostContent>()
  for (const h of [...t.hosts.values()].sort((a, b) => a.seq - b.seq)) {
    byHost.set(h.name, { host: h, networks: [], containers: [], volumes: [] })
  }
  for (const n of [...t.networks.values()].sort((a, b) => a.seq - b.seq)) {
    // host and none are modes more than places: they are shown on the containers that use them.
    if (n.host !== null && drawnInHost(n)) byHost.get(n.host)?.networks.push(n)
  }
  for (const c of [...t.containers.values()].sort((a, b) => a.seq - b.seq))
    byHost.get(c.host)?.containers.push(c)
  for (const v of [...t.volumes.values()].sort((a, b) => a.seq - b.seq)) {
    if (!v.anonymous) byHost.get(v.host)?.volumes.push(v)
  }
  contentByTopology.set(t, byHost)
  return byHost
}

type Slotted = 'network' | 'container' | 'volume'

/** The room each kind takes in the default layout (cards may grow a little past it). */
const SIZE: Record<Slotted, { width: number; height: number }> = {
  network: { width: LAYOUT.networkWidth, height: LAYOUT.networkRow + 20 },
  container: { width: LAYOUT.containerWidth, height: LAYOUT.containerHeight },
  volume: { width: 160, height: LAYOUT.volumeHeight },
}

/** The i-th default place of a kind inside a host: networks in a row, then a grid below. */
function slot(kind: Slotted, i: number): XY {
  const { hostPadding, header, networkRow, containerWidth, containerHeight, columns, gap } = LAYOUT
  if (kind === 'network') return { x: hostPadding + i * (LAYOUT.networkWidth + gap), y: header }
  const top = header + networkRow + gap
  // Volumes take container cells too, after the containers already there.
  return {
    x: hostPadding + (i % columns) * (containerWidth + gap),
    y: top + Math.floor(i / columns) * (containerHeight + gap),
  }
}

interface Rect extends XY {
  readonly width: number
  readonly height: number
}

const PITCH = {
  network: LAYOUT.networkWidth + LAYOUT.gap,
  x: LAYOUT.containerWidth + LAYOUT.gap,
  y: LAYOUT.containerHeight + LAYOUT.gap,
}
const GRID_TOP = LAYOUT.header + LAYOUT.networkRow + LAYOUT.gap

/**
 * Which default places of one host are covered by a card: the network row's cells and the
 * grid's cells, as a set, so finding the first free place stays linear with many cards.
 */
class Occupancy {
  private readonly cells = new Set<string>()
  private nextNetwork = 0
  private nextCell = 0
  private nextVolume = 0
  /** Rows holding containers: volumes go below them, so mount edges run down, not across. */
  private containerRows = 0

  cover(r: Rect, kind: Slotted) {
    const span = (from: number, size: number, origin: number, pitch: number) => {
      const first = Math.max(0, Math.floor((from - origin) / pitch))
      const last = Math.floor((from + size - 1 - origin) / pitch)
      return { first, last }
    }
    const band = LAYOUT.header + SIZE.network.height
    if (r.y < band && r.y + r.height > LAYOUT.header) {
      const { first, last } = span(r.x, r.width, LAYOUT.hostPadding, PITCH.network)
      for (let i = first; i <= last; i++) this.cells.add(`n${i}`)
    }
    if (r.y + r.height > GRID_TOP) {
      const cols = span(r.x, r.width, LAYOUT.hostPadding, PITCH.x)
      const rows = span(r.y, r.height, GRID_TOP, PITCH.y)
      for (let row = rows.first; row <= rows.last; row++)
        for (let col = cols.first; col <= Math.min(cols.last, LAYOUT.columns - 1); col++)
          this.cells.add(`g${row * LAYOUT.columns + col}`)
      if (kind === 'container') this.containerRows = Math.max(this.containerRows, rows.last + 1)
    }
  }

  /** The first free default place of `kind`; it is then taken. */
  take(kind: Slotted): XY {
    let at: XY
    if (kind === 'network') {
      while (this.cells.has(`n${this.nextNetwork}`)) this.nextNetwork++
      at = slot(kind, this.nextNetwork)
    } else if (kind === 'volume') {
      this.nextVolume = Math.max(this.nextVolume, this.containerRows * LAYOUT.columns)
      while (this.cells.has(`g${this.nextVolume}`)) this.nextVolume++
      at = slot(kind, this.nextVolume)
    } else {
      while (this.cells.has(`g${this.nextCell}`)) this.nextCell++
      at = slot(kind, this.nextCell)
    }
    this.cover({ ...at, ...SIZE[kind] }, kind)
    return at
  }
}

const idsByContent = new WeakMap<HostContent, readonly [Slotted, string][]>()

function childIds(content: HostContent, host: string): readonly [Slotted, string][] {
  const kept = idsByContent.get(content)
  if (kept) return kept
  const ids = [
    ...content.networks.map((n): [Slotted, string] => ['network', nodeId.network(n.id)]),
    ...content.containers.map((c): [Slotted, string] => ['container', nodeId.container(c.id)]),
    ...content.volumes.map((v): [Slotted, string] => ['volume', nodeId.volume(host, v.name)]),
  ]
  idsByContent.set(content, ids)
  return ids
}

/**
 * Positions for every entity: the ones already placed keep theirs, new ones get the first
 * free place of the default layout in their host (never on top of a card already there).
 * Returns the same object when nothing was added.
 */
export function placeNew(
  t: Topology,
  positions: Readonly<Record<string, XY>>,
  sizes: Readonly<Record<string, Size>> = {},
  drawn: readonly FlowNode[] = [],
): Readonly<Record<string, XY>> {
  const heights = drawnHeights(drawn)
  let next: Record<string, XY> | null = null
  let x = 0
  const content = contentOf(t)
  // A host's size depends on its own cards only: the one it has once they are placed holds.
  const fitted = new Map<string, { width: number; height: number }>()
  for (const [host, c] of content) {
    const children = childIds(c, host)
    if (!positions[nodeId.host(host)]) (next ??= { ...positions })[nodeId.host(host)] = { x, y: 0 }
    if (children.some(([, id]) => !positions[id])) {
      const room = new Occupancy()
      for (const [kind, id] of children) {
        const at = positions[id]
        if (at) room.cover({ ...at, ...SIZE[kind] }, kind)
      }
      for (const [kind, id] of children) {
        if (!positions[id]) (next ??= { ...positions })[id] = room.take(kind)
      }
    }
    const fits = hostSize(c, host, next ?? positions, heights)
    fitted.set(host, fits)
    x += fits.width + LAYOUT.hostGap
  }
  // Hosts never overlap: a host that grew pushes the ones beside it to the right.
  const placed = () => next ?? positions
  const hosts = [...content].map(([host, c]) => {
    const id = nodeId.host(host)
    const fits = fitted.get(host) ?? hostSize(c, host, placed(), heights)
    const given = sizes[id]
    return {
      id,
      width: Math.max(fits.width, given?.width ?? 0),
      height: Math.max(fits.height, given?.height ?? 0),
    }
  })
  hosts.sort((a, b) => (placed()[a.id]?.x ?? 0) - (placed()[b.id]?.x ?? 0))
  for (let i = 0; i < hosts.length; i++) {
    const b = hosts[i]
    if (!b) continue
    for (let j = 0; j < i; j++) {
      const a = hosts[j]
      const pa = placed()[a?.id ?? '']
      const pb = placed()[b.id]
      if (!a || !pa || !pb) continue
      const overlap =
        pb.x < pa.x + a.width + LAYOUT.hostGap &&
        pa.x < pb.x + b.width &&
        pb.y < pa.y + a.height &&
        pa.y < pb.y + b.height
      if (overlap) (next ??= { ...positions })[b.id] = { ...pb, x: pa.x + a.width + LAYOUT.hostGap }
    }
  }
  let ox = 0
  for (const n of [...t.networks.values()]
    .filter((n) => n.host === null)
    .sort((a, b) => a.seq - b.seq)) {
    const id = nodeId.network(n.id)
    if (!positions[id]) (next ??= { ...positions })[id] = { x: ox, y: -110 }
    ox += LAYOUT.networkWidth + LAYOUT.gap
  }
  return next ?? positions
}

/** How wide each host (by name) is drawn with its cards at `positions`. */
export function hostWidths(
  t: Topology,
  positions: Readonly<Record<string, XY>>,
  drawn: readonly FlowNode[] = [],
): Map<string, number> {
  const heights = drawnHeights(drawn)
  const widths = new Map<string, number>()
  for (const [host, c] of contentOf(t))
    widths.set(host, hostSize(c, host, positions, heights).width)
  return widths
}

/** The heights React Flow measured for the cards drawn so far (in full: full-heights.ts). */
function drawnHeights(nodes: readonly FlowNode[]): ReadonlyMap<string, number> {
  const heights = new Map<string, number>()
  for (const n of nodes) {
    const height = fullHeight(n)
    if (height) heights.set(n.id, height)
  }
  return heights
}

/**
 * A host is as large as its cards need, and never smaller than the minimum. A card counts
 * with its measured height (its default one before it is drawn), and room below to grow by a
 * line or two (a port, a network) before it is measured again.
 */
function hostSize(
  content: HostContent,
  host: string,
  positions: Readonly<Record<string, XY>>,
  heights: ReadonlyMap<string, number>,
): { width: number; height: number } {
  let width = hostMinWidth(content.host)
  let height: number = LAYOUT.minHostHeight
  for (const [kind, id] of childIds(content, host)) {
    const at = positions[id]
    if (!at) continue
    width = Math.max(width, at.x + SIZE[kind].width + LAYOUT.hostPadding)
    const measured = heights.get(id)
    const room = measured ? measured + 28 : SIZE[kind].height + LAYOUT.gap
    height = Math.max(height, at.y + room + LAYOUT.hostPadding)
  }
  return { width, height }
}

function sameNode(a: FlowNode, b: FlowNode): boolean {
  return (
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.parentId === b.parentId &&
    a.width === b.width &&
    a.height === b.height
  )
}

/**
 * The React Flow nodes for a topology: hosts first (parents before children), then networks,
 * containers and volumes. Unchanged nodes keep their previous object.
 */
export function reconcileNodes(
  t: Topology,
  positions: Readonly<Record<string, XY>>,
  sizes: Readonly<Record<string, Size>>,
  previous: readonly FlowNode[],
): FlowNode[] {
  const old = new Map(previous.map((n) => [n.id, n]))
  const out: FlowNode[] = []
  const keep = (n: FlowNode) => {
    const prev = old.get(n.id)
    out.push(prev && sameNode(prev, n) ? prev : n)
  }
  const at = (id: string): XY => positions[id] ?? { x: 0, y: 0 }
  const content = contentOf(t)
  const heights = drawnHeights(previous)
  for (const [host, c] of content) {
    const id = nodeId.host(host)
    const fits = hostSize(c, host, positions, heights)
    // A resized host keeps the size given, but never hides a card.
    const given = sizes[id]
    keep({
      id,
      type: 'host',
      position: at(id),
      data: { kind: 'host', id: host },
      width: Math.max(fits.width, given?.width ?? 0),
      height: Math.max(fits.height, given?.height ?? 0),
      selectable: true,
    })
  }
  for (const n of [...t.networks.values()]
    .filter((n) => n.host === null)
    .sort((a, b) => a.seq - b.seq)) {
    const id = nodeId.network(n.id)
    keep({ id, type: 'network', position: at(id), data: { kind: 'network', id: n.id } })
  }
  for (const [host, c] of content) {
    const parentId = nodeId.host(host)
    for (const n of c.networks) {
      const id = nodeId.network(n.id)
      keep({
        id,
        type: 'network',
        position: at(id),
        parentId,
        extent: 'parent',
        data: { kind: 'network', id: n.id },
      })
    }
    for (const ct of c.containers) {
      const id = nodeId.container(ct.id)
      keep({
        id,
        type: 'container',
        position: at(id),
        parentId,
        // Free to leave its host: dropped on another host, it moves there (move-host.ts).
        data: { kind: 'container', id: ct.id },
      })
    }
    for (const v of c.volumes) {
      const id = nodeId.volume(host, v.name)
      keep({
        id,
        type: 'volume',
        position: at(id),
        parentId,
        extent: 'parent',
        data: { kind: 'volume', id: `${host}/${v.name}` },
      })
    }
  }
  // Keep the previous array when every node is the same object in the same order.
  return out.length === previous.length && out.every((n, i) => n === previous[i])
    ? (previous as FlowNode[])
    : out
}
