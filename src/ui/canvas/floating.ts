/**
 * Floating edge ends: each end sits where the line between the two nodes' centres leaves the
 * node's box, on the side facing the other node. Fixed top/bottom handles made edges loop
 * around cards and put their labels under them.
 */
import { Position, type InternalNode } from '@xyflow/react'

export interface Box {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export interface End {
  readonly x: number
  readonly y: number
  readonly position: Position
}

/** Where the segment from `box`'s centre towards `toward` crosses the box's border. */
export function borderPoint(box: Box, toward: { x: number; y: number }): End {
  const cx = box.x + box.width / 2
  const cy = box.y + box.height / 2
  const dx = toward.x - cx
  const dy = toward.y - cy
  if (dx === 0 && dy === 0) return { x: cx, y: box.y + box.height, position: Position.Bottom }
  // The factor that reaches a vertical side, and the one that reaches a horizontal side.
  const toSide = dx === 0 ? Infinity : box.width / 2 / Math.abs(dx)
  const toTopOrBottom = dy === 0 ? Infinity : box.height / 2 / Math.abs(dy)
  if (toSide < toTopOrBottom)
    return {
      x: cx + dx * toSide,
      y: cy + dy * toSide,
      position: dx > 0 ? Position.Right : Position.Left,
    }
  return {
    x: cx + dx * toTopOrBottom,
    y: cy + dy * toTopOrBottom,
    position: dy > 0 ? Position.Bottom : Position.Top,
  }
}

/** Both ends of an edge between two boxes. */
export function floatingEnds(source: Box, target: Box): { source: End; target: End } {
  const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 })
  return {
    source: borderPoint(source, centre(target)),
    target: borderPoint(target, centre(source)),
  }
}

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
  cardsMemo.set(nodes, { measures, cards, whole })
  return cards
}
