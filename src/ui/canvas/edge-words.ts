/**
 * React Flow's copy of the edges carries no words. An edge's label and spoken meaning name its
 * containers, so a rename changed the objects of every edge it touched, and React Flow, handed
 * a new list, ran all 800 edges' selectors again (13 ms of a rename at 500 containers,
 * bench:ui). Its copy keeps only what draws the line; the labels are EdgeLabels.tsx's and the
 * spoken meanings EdgeNames.tsx's, both read from the store's edges.
 */
import type { FlowEdge } from '../../store'

/** What React Flow needs of an edge: everything but its label and its meaning. */
function wordless(e: FlowEdge): FlowEdge {
  const { label: _label, meanings: _meanings, ...data } = e.data ?? { kind: 'network', label: '' }
  // null, which React Flow's types omit, leaves the element without an aria-label of its own
  // (undefined would make one of the ids).
  return { ...e, ariaLabel: null as unknown as undefined, data: data as FlowEdge['data'] }
}

/** Whether two edges draw the same, words aside. */
function drawnAlike(a: FlowEdge, b: FlowEdge): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const k of keys) {
    if (k === 'ariaLabel' || k === 'data') continue
    if (a[k as keyof FlowEdge] !== b[k as keyof FlowEdge]) return false
  }
  return a.data?.kind === b.data?.kind && a.data?.readOnly === b.data?.readOnly
}

/**
 * Makes React Flow's copies of `edges`, keeping each copy while its edge draws the same and
 * the whole list while every copy is kept. One per canvas: it remembers the last list.
 */
export function wordlessEdges(): (edges: readonly FlowEdge[]) => FlowEdge[] {
  let from = new Map<string, { edge: FlowEdge; copy: FlowEdge }>()
  let last: FlowEdge[] = []
  return (edges) => {
    const next = new Map<string, { edge: FlowEdge; copy: FlowEdge }>()
    const copies = edges.map((edge) => {
      const before = from.get(edge.id)
      const copy =
        before && (before.edge === edge || drawnAlike(before.edge, edge))
          ? before.copy
          : wordless(edge)
      next.set(edge.id, { edge, copy })
      return copy
    })
    from = next
    const kept = copies.length === last.length && copies.every((c, i) => c === last[i])
    if (!kept) last = copies
    return last
  }
}
