/**
 * Floating edge ends: each end sits where the line between the two nodes' centres leaves the
 * node's box, on the side facing the other node. Fixed top/bottom handles made edges loop
 * around cards and put their labels under them.
 */

export interface Box {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** A side of a card, in React Flow's words (its `Position` values). */
export type Side = 'left' | 'right' | 'top' | 'bottom'

export interface End {
  readonly x: number
  readonly y: number
  readonly position: Side
}

/** Where the segment from `box`'s centre towards `toward` crosses the box's border. */
export function borderPoint(box: Box, toward: { x: number; y: number }): End {
  const cx = box.x + box.width / 2
  const cy = box.y + box.height / 2
  const dx = toward.x - cx
  const dy = toward.y - cy
  if (dx === 0 && dy === 0) return { x: cx, y: box.y + box.height, position: 'bottom' }
  // The factor that reaches a vertical side, and the one that reaches a horizontal side.
  const toSide = dx === 0 ? Infinity : box.width / 2 / Math.abs(dx)
  const toTopOrBottom = dy === 0 ? Infinity : box.height / 2 / Math.abs(dy)
  if (toSide < toTopOrBottom)
    return {
      x: cx + dx * toSide,
      y: cy + dy * toSide,
      position: dx > 0 ? 'right' : 'left',
    }
  return {
    x: cx + dx * toTopOrBottom,
    y: cy + dy * toTopOrBottom,
    position: dy > 0 ? 'bottom' : 'top',
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
