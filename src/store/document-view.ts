/**
 * From the document to what the canvas shows, and the bookkeeping around changes: the view of
 * a document, undo snapshots, the trace's classes, free places beside a card, cards dropped on
 * another host.
 */
import { containerOf } from './ids'
import type { ShellState } from '../cli/state'
import type { AppState, Snapshot } from './app-state'
import {
  LAYOUT,
  placeNew,
  reconcileNodes,
  type FlowEdge,
  type FlowNode,
  type Size,
  type XY,
} from './flow-mapping'
import type { Topology } from '../engine'
import { topologyEdges } from './flow-edges'

/**
 * The host a container card was dropped on, if it is not its own: the card's centre decides.
 * `at` is the card's place inside that host.
 */
export function otherHostUnder(
  nodes: readonly FlowNode[],
  id: string,
  position: XY,
): { id: string; host: string; at: XY } | null {
  if (containerOf(id) === null) return null
  const node = nodes.find((n) => n.id === id)
  const parent = nodes.find((n) => n.id === node?.parentId)
  if (!node || !parent) return null
  const centre = {
    x: parent.position.x + position.x + LAYOUT.containerWidth / 2,
    y: parent.position.y + position.y + LAYOUT.containerHeight / 2,
  }
  const host = nodes.find(
    (n) =>
      n.type === 'host' &&
      n.id !== parent.id &&
      centre.x >= n.position.x &&
      centre.x <= n.position.x + (n.width ?? 0) &&
      centre.y >= n.position.y &&
      centre.y <= n.position.y + (n.height ?? 0),
  )
  if (!host) return null
  return {
    id,
    host: host.data.id,
    at: {
      x: Math.max(0, centre.x - host.position.x - LAYOUT.containerWidth / 2),
      y: Math.max(LAYOUT.header, centre.y - host.position.y - LAYOUT.containerHeight / 2),
    },
  }
}

/** How many steps undo goes back. */
export const HISTORY_LIMIT = 100

export const snapshotOf = (s: AppState): Snapshot => ({
  shell: s.shell,
  positions: s.positions,
  sizes: s.sizes,
  compose: s.compose,
  made: s.made,
  example: s.example,
})

/** View of a document: positions for new entities, reconciled nodes, edges. */
export function viewOf(
  shell: ShellState,
  positions: Readonly<Record<string, XY>>,
  sizes: Readonly<Record<string, Size>>,
  nodes: readonly FlowNode[],
) {
  const placed = placeNew(shell.topology, positions, sizes, nodes)
  return {
    positions: placed,
    sizes,
    nodes: reconcileNodes(shell.topology, placed, sizes, nodes),
    edges: edgesOf(shell.topology),
  }
}

const edgesByTopology = new WeakMap<object, FlowEdge[]>()
/** The list last given to React Flow. */
let last: FlowEdge[] = []

/** Whether two of topologyEdges' edges say the same (it sets no other field). */
function sameEdge(a: FlowEdge, b: FlowEdge): boolean {
  return (
    a.source === b.source &&
    a.target === b.target &&
    a.ariaLabel === b.ariaLabel &&
    a.data?.kind === b.data?.kind &&
    a.data?.label === b.data?.label &&
    a.data?.readOnly === b.data?.readOnly
  )
}

/**
 * The topology's edges, each the object it was before when it says the same: React Flow then
 * redraws only the edges a change touched (a rename at 500 containers redrew all 800). The
 * list itself is kept when every edge is, so React Flow is not even handed a new one (13 ms
 * of an edit at 500 containers). Once per topology: a card measured anew keeps the world and
 * its edges.
 */
function edgesOf(t: Topology): FlowEdge[] {
  const kept = edgesByTopology.get(t)
  if (kept) return (last = kept)
  const before = new Map(last.map((e) => [e.id, e]))
  const made = topologyEdges(t).map((m) => {
    const old = before.get(m.id)
    return old && sameEdge(old, m) ? old : m
  })
  const edges = made.length === last.length && made.every((e, i) => e === last[i]) ? last : made
  edgesByTopology.set(t, edges)
  return (last = edges)
}

/**
 * The trace on the canvas, as classes on the nodes and edges it passes (`dn-traced`; those of
 * the packet's current step, `here`, also `dn-packet`) and on the edges it does not
 * (`dn-dimmed`): set when the trace changes, so no card or edge subscribes to it. Objects that
 * keep their class are kept.
 */
export function decorateTrace<T extends { id: string; className?: string }>(
  items: readonly T[],
  on: ReadonlySet<string> | null,
  off: string | undefined,
  here: ReadonlySet<string> | null = null,
): T[] {
  return items.map((item) => {
    const traced = here?.has(item.id) ? 'dn-traced dn-packet' : 'dn-traced'
    const className = on ? (on.has(item.id) ? traced : off) : undefined
    return item.className === className ? item : { ...item, className }
  })
}

interface Rect extends XY {
  readonly width: number
  readonly height: number
}

/** A card's box inside its host: its place and measured size (the default size before that). */
function cardRect(n: FlowNode, at: XY): Rect {
  return {
    ...at,
    width: n.measured?.width ?? LAYOUT.containerWidth,
    height: n.measured?.height ?? LAYOUT.containerHeight,
  }
}

/** Whether two card boxes share any area. */
export const overlapping = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/**
 * A free place for a copy of the card `from`, in the same host: right of it, below it, left of
 * it, then further out, never on a card already there (`taken` grows as copies are placed).
 */
export function placeBeside(from: Rect, taken: Rect[]): XY {
  const { gap, header } = LAYOUT
  const [dx, dy] = [from.width + gap, from.height + gap]
  for (let ring = 1; ring <= 6; ring++)
    for (const [i, j] of [
      [ring, 0],
      [0, ring],
      [ring, ring],
      [-ring, 0],
      [0, -ring],
      [-ring, ring],
    ] as const) {
      const spot = { ...from, x: from.x + i * dx, y: from.y + j * dy }
      if (spot.x < 0 || spot.y < header) continue
      if (!taken.some((t) => overlapping(t, spot))) {
        taken.push(spot)
        return { x: spot.x, y: spot.y }
      }
    }
  return { x: from.x + 24, y: from.y + 24 }
}

/** The boxes of the cards in one host, by the document's positions. */
export function hostCards(
  nodes: readonly FlowNode[],
  positions: Readonly<Record<string, XY>>,
  hostNode: string,
): Rect[] {
  return nodes.flatMap((n) => {
    const at = positions[n.id]
    return n.parentId === hostNode && at ? [cardRect(n, at)] : []
  })
}
