/**
 * From the document to what the canvas shows, and the bookkeeping around changes: the view of
 * a document, undo snapshots, containers recreated under the same name, cards dropped on
 * another host.
 */
import type { ShellState } from '../cli/state'
import type { Topology } from '../engine'
import type { AppState, Snapshot } from './app-state'
import {
  LAYOUT,
  nodeId,
  placeNew,
  reconcileNodes,
  type FlowNode,
  type Size,
  type XY,
} from './flow-mapping'
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
  if (!id.startsWith('container:')) return null
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
    edges: topologyEdges(shell.topology),
  }
}

/**
 * A container removed and made again under the same name on the same host (`docker rm -f`
 * then `docker run`, as edge gestures do) keeps its place on the canvas and its selection.
 */
export function carryRecreated(
  before: Topology,
  after: Topology,
  positions: Readonly<Record<string, XY>>,
  selection: string | null,
) {
  let moved: Record<string, XY> | null = null
  let selected = selection
  for (const c of after.containers.values()) {
    const key = nodeId.container(c.id)
    if (before.containers.has(c.id) || positions[key]) continue
    const old = [...before.containers.values()].find(
      (o) => o.host === c.host && o.name === c.name && !after.containers.has(o.id),
    )
    const at = old && positions[nodeId.container(old.id)]
    if (!old || !at) continue
    moved ??= { ...positions }
    moved[key] = at
    if (selection === nodeId.container(old.id)) selected = key
  }
  return { positions: moved ?? positions, selection: selected }
}

/**
 * The trace on the canvas, as classes on the nodes and edges it passes (`dn-traced`) and on the
 * edges it does not (`dn-dimmed`): set when the trace changes, so no card or edge subscribes to
 * it. Objects that keep their class are kept.
 */
export function decorateTrace<T extends { id: string; className?: string }>(
  items: readonly T[],
  on: ReadonlySet<string> | null,
  off: string | undefined,
): T[] {
  return items.map((item) => {
    const className = on ? (on.has(item.id) ? 'dn-traced' : off) : undefined
    return item.className === className ? item : { ...item, className }
  })
}
