/**
 * The cards' boxes as React Flow measured them, in flow coordinates: what edges go around and
 * labels keep off (the geometry itself is io/picture, shared with the SVG export).
 */
import type { InternalNode } from '@xyflow/react'
import type { Box } from '../../io/picture/floating'

/** A node's box in flow coordinates, once React Flow has measured it. */
export function boxOf(node: InternalNode | undefined): Box | null {
  const { width, height } = node?.measured ?? {}
  if (!node || !width || !height) return null
  const { x, y } = node.internals.positionAbsolute
  return { x, y, width, height }
}

interface KeptCards {
  readonly measures: number
  readonly cards: Box[]
  /** Every card was measured when the list was made. */
  readonly whole: boolean
}

const cardsMemo = new WeakMap<object, KeptCards>()

/**
 * The boxes of every card but the hosts, in flow coordinates: what edges go around and labels
 * keep off. Built once per nodes array (React Flow's `nodes`) and count of measurements (a card
 * re-measured at a new size keeps the nodes array), not once per edge. A list made before
 * every card was measured serves while no more are (a new card is measured after its first
 * render, and every edge of that render asks for the list: 800 fresh lists and route grids).
 */
export function cardBoxes(
  nodes: object,
  lookup: ReadonlyMap<string, InternalNode>,
  measures = 0,
): readonly Box[] {
  const kept = cardsMemo.get(nodes)
  if (kept && kept.measures === measures && kept.whole) return kept.cards
  const cards: Box[] = []
  let whole = true
  for (const n of lookup.values()) {
    if (n.type === 'host') continue
    const b = boxOf(n)
    if (b) cards.push(b)
    else whole = false
  }
  if (kept && kept.measures === measures && kept.cards.length === cards.length) return kept.cards
  // A new nodes array whose cards all stand where they stood (a card selected) keeps the last
  // list: every edge then sees no card changed, with no comparison of its own (800 at 500).
  const same = previous !== null && sameBoxes(previous, cards) ? previous : cards
  cardsMemo.set(nodes, { measures, cards: same, whole })
  previous = same
  return same
}

let previous: Box[] | null = null

function sameBoxes(a: readonly Box[], b: readonly Box[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const p = a[i] as Box
    const q = b[i] as Box
    if (p.x !== q.x || p.y !== q.y || p.width !== q.width || p.height !== q.height) return false
  }
  return true
}
