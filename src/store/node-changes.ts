/**
 * React Flow's node changes, applied to the store: drag frames go to the small live-nodes store
 * only; a drop or resize that ends is one undo step; a card dropped on another host moves there
 * by docker commands; a card measured anew makes its host fit it again.
 */
import { containerOf, parseNodeId } from './ids'
import { withoutSeededHandles } from './recreated-cards'
import { keepFullHeights } from './full-heights'
import { applyNodeChanges, type NodeChange } from '@xyflow/react'
import type { StoreApi } from 'zustand/vanilla'
import type { AppState, LiveNodes } from './app-state'
import { otherHostUnder, viewOf } from './document-view'
import { LAYOUT, reconcileNodes, type FlowNode, type XY } from './flow-mapping'
import type { Trace } from './trace'
import type { Annotations, DocumentChange } from './transact'

/** A card let go above or left of its host's inside comes back in (hosts grow right and down). */
export function insideHost(id: string, at: XY): XY {
  if (parseNodeId(id).kind === 'host') return at
  return { x: Math.max(0, at.x), y: Math.max(LAYOUT.header, at.y) }
}

export interface NodeChangeKit {
  get(): AppState
  set(partial: Partial<AppState>): void
  /** A move or resize that ends is a document change: one transaction (transact.ts). */
  commit(change: DocumentChange, annotations: Annotations): void
  readonly live: StoreApi<LiveNodes>
  showTrace(trace: Trace | null, nodes?: AppState['nodes']): Partial<AppState>
}

export function nodeChanges({
  get,
  set,
  commit,
  live,
  showTrace,
}: NodeChangeKit): AppState['onNodesChange'] {
  return (changes: NodeChange<FlowNode>[], view?: { compact?: boolean }) => {
    const s = get()
    const moving = live.getState().nodes
    if (s.dragging && changes.every((c) => c.type === 'position' && c.dragging === true)) {
      live.setState({ nodes: applyNodeChanges(changes, (moving ?? s.nodes) as FlowNode[]) })
      return
    }
    let nodes = applyNodeChanges(changes, (moving ?? s.nodes) as FlowNode[])
    const measuredNow = new Set(changes.flatMap((c) => (c.type === 'dimensions' ? [c.id] : [])))
    if (measuredNow.size > 0)
      nodes = nodes.map((n) => (measuredNow.has(n.id) ? withoutSeededHandles(n) : n))
    if (view?.compact && measuredNow.size > 0)
      keepFullHeights(moving ?? s.nodes, nodes, measuredNow)
    let positions = s.positions
    let sizes = s.sizes
    let toHost: { id: string; host: string; at: XY } | null = null
    for (const c of changes) {
      if (c.type === 'position' && c.position && c.dragging === false) {
        toHost = otherHostUnder(nodes, c.id, c.position)
        // Dropped on another host: the move runs docker; until then it stays where it was.
        if (toHost) continue
      }
      if (c.type === 'position' && c.position && !c.dragging)
        positions = { ...positions, [c.id]: insideHost(c.id, c.position) }
      if (c.type === 'dimensions' && c.resizing === false && c.dimensions)
        sizes = { ...sizes, [c.id]: c.dimensions }
    }
    // A move or resize that ends is a change of the document: one undo step.
    const moved = positions !== s.positions || sizes !== s.sizes
    if (toHost) nodes = reconcileNodes(s.shell.topology, positions, sizes, nodes)
    // A host that grew pushes its neighbours aside (placeNew), then the nodes follow.
    // Cards measured anew (first drawn, or grown by a line) make their hosts fit again.
    const remeasured = changes.some(
      (c) =>
        c.type === 'dimensions' && c.resizing === undefined && parseNodeId(c.id).kind !== 'host',
    )
    const measured = !view?.compact && remeasured
    if (sizes !== s.sizes || measured) {
      const fitted = viewOf(s.shell, positions, sizes, nodes)
      positions = fitted.positions
      nodes = fitted.nodes
    }
    const selected = changes.find((c) => c.type === 'select' && c.selected)
    const drag = changes.find((c) => c.type === 'position' && c.dragging !== undefined)
    const dragging = drag?.type === 'position' ? !!drag.dragging : s.dragging
    set({
      nodes,
      dragging,
      ...(remeasured ? { measures: s.measures + 1 } : {}),
      ...(moved ? {} : { positions, sizes }),
      ...(selected && selected.type === 'select' && selected.id !== get().selection
        ? { selection: selected.id, ...showTrace(null, nodes) }
        : {}),
    })
    if (moved) {
      const resized = sizes !== s.sizes
      commit(
        { positions, sizes },
        { label: { named: resized ? 'resize' : 'move' }, userEvent: resized ? 'resize' : 'move' },
      )
    }
    if (moving) live.setState({ nodes: null })
    if (toHost) {
      const container = containerOf(toHost.id) ?? ''
      void get().moveToHost(container, toHost.host, toHost.at)
    }
  }
}
