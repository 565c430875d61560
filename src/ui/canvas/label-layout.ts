/**
 * Where edge labels go so that they never sit on one another and, when there is room, not on
 * a card: each label tries points along its own curve (the middle first, then outwards) and
 * takes the first free one. Used by the canvas and by the SVG export, so both agree. Pure.
 */
import { Position } from '@xyflow/react'
import { floatingEnds, type Box, type End } from './floating'

export interface LabelRequest {
  readonly id: string
  readonly text: string
  readonly source: Box
  readonly target: Box
}

export interface Point {
  readonly x: number
  readonly y: number
}

/** Size of a label of 10 px monospace text with 4 px padding, as the canvas draws it. */
export function labelSize(text: string): { width: number; height: number } {
  return { width: text.length * 6.1 + 8, height: 15 }
}

/** React Flow's bezier control offset (curvature 0.25), so points lie on the drawn curve. */
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance)
}

function control(end: End, other: End): Point {
  switch (end.position) {
    case Position.Left:
      return { x: end.x - controlOffset(end.x - other.x), y: end.y }
    case Position.Right:
      return { x: end.x + controlOffset(other.x - end.x), y: end.y }
    case Position.Top:
      return { x: end.x, y: end.y - controlOffset(end.y - other.y) }
    default:
      return { x: end.x, y: end.y + controlOffset(other.y - end.y) }
  }
}

/** The point at `t` on the bezier the canvas draws between two boxes. */
export function curvePoint(source: Box, target: Box, t: number): Point {
  const ends = floatingEnds(source, target)
  const c1 = control(ends.source, ends.target)
  const c2 = control(ends.target, ends.source)
  const u = 1 - t
  const a = u * u * u
  const b = 3 * u * u * t
  const c = 3 * u * t * t
  const d = t * t * t
  return {
    x: a * ends.source.x + b * c1.x + c * c2.x + d * ends.target.x,
    y: a * ends.source.y + b * c1.y + c * c2.y + d * ends.target.y,
  }
}

const STEPS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78]
/** When the curve has no free point (a short edge between neighbours): beside its middle. */
const NUDGES = [24, -24, 36, -36, 48, -48, 60, -60]
const CELL = 128

/** Rectangles in a coarse grid, so each test looks at a few neighbours only. */
class Grid {
  private readonly cells = new Map<string, Box[]>()

  private keys(b: Box): string[] {
    const out: string[] = []
    for (let x = Math.floor(b.x / CELL); x <= Math.floor((b.x + b.width) / CELL); x++)
      for (let y = Math.floor(b.y / CELL); y <= Math.floor((b.y + b.height) / CELL); y++)
        out.push(`${x},${y}`)
    return out
  }

  add(b: Box) {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k)
      if (list) list.push(b)
      else this.cells.set(k, [b])
    }
  }

  hits(b: Box): number {
    const seen = new Set<Box>()
    for (const k of this.keys(b))
      for (const o of this.cells.get(k) ?? [])
        if (
          b.x < o.x + o.width &&
          o.x < b.x + b.width &&
          b.y < o.y + o.height &&
          o.y < b.y + b.height
        )
          seen.add(o)
    return seen.size
  }
}

/**
 * The centre of each label. Another label is never overlapped when any candidate point avoids
 * it; a card is avoided when possible (a short edge between neighbours may leave no choice).
 */
export function layoutLabels(
  requests: readonly LabelRequest[],
  cards: readonly Box[],
): Map<string, Point> {
  const obstacles = new Grid()
  for (const c of cards) obstacles.add(c)
  const placed = new Grid()
  const out = new Map<string, Point>()
  for (const r of requests) {
    const { width, height } = labelSize(r.text)
    let best: { at: Point; box: Box; score: number } | null = null
    const mid = curvePoint(r.source, r.target, 0.5)
    const candidates = [
      ...STEPS.map((t) => curvePoint(r.source, r.target, t)),
      ...NUDGES.map((dy) => ({ x: mid.x, y: mid.y + dy })),
      ...NUDGES.map((dx) => ({ x: mid.x + dx * 2, y: mid.y })),
    ]
    for (const at of candidates) {
      const box = { x: at.x - width / 2, y: at.y - height / 2, width, height }
      // A label on a label is worse than a label on a card.
      const score = placed.hits(box) * 100 + obstacles.hits(box)
      if (!best || score < best.score) best = { at, box, score }
      if (score === 0) break
    }
    if (!best) continue
    placed.add(best.box)
    out.set(r.id, best.at)
  }
  return out
}
