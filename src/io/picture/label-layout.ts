/**
 * Where edge labels go so that they never sit on one another and, when there is room, not on
 * a card: each label tries points along its own edge (edge-route.ts) (the middle first, then outwards) and
 * takes the first free one. Used by the canvas and by the SVG export, so both agree. Pure.
 */
import { edgeRoute, routeEdge, routePoint, type Point, type Route } from './edge-route'
import type { Box } from './floating'

export interface LabelRequest {
  readonly id: string
  readonly text: string
  readonly source: Box
  readonly target: Box
}

export type { Point }

/** Size of a label of 10 px monospace text with 4 px padding, as the canvas draws it. */
export function labelSize(text: string): { width: number; height: number } {
  return { width: text.length * 6.1 + 8, height: 15 }
}

/** The point at `t` on the plain bezier between two boxes (no detour: mid-drag labels). */
export function curvePoint(source: Box, target: Box, t: number): Point {
  return routePoint(routeEdge(source, target, []), t)
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

/** Points along the edges, in the same coarse grid, to keep labels off other edges' lines. */
class Strokes {
  private readonly cells = new Map<string, { id: string; p: Point }[]>()

  add(id: string, p: Point) {
    const k = `${Math.floor(p.x / CELL)},${Math.floor(p.y / CELL)}`
    const list = this.cells.get(k)
    if (list) list.push({ id, p })
    else this.cells.set(k, [{ id, p }])
  }

  /** How many points of edges other than `own` lie in `b`. */
  hits(b: Box, own: string): number {
    let n = 0
    for (let x = Math.floor(b.x / CELL); x <= Math.floor((b.x + b.width) / CELL); x++)
      for (let y = Math.floor(b.y / CELL); y <= Math.floor((b.y + b.height) / CELL); y++)
        for (const { id, p } of this.cells.get(`${x},${y}`) ?? [])
          if (
            id !== own &&
            p.x >= b.x &&
            p.x <= b.x + b.width &&
            p.y >= b.y &&
            p.y <= b.y + b.height
          )
            n++
    return n
  }
}

/** An edge, labelled or not, whose line labels should keep off. */
export interface Stroke {
  readonly id: string
  readonly source: Box
  readonly target: Box
}

const STROKE_SAMPLES = Array.from({ length: 19 }, (_, i) => (i + 1) / 20)

/**
 * For an edge between cards side by side: just above and just below the pair, over the middle,
 * where its label still reads as theirs when the gap between them is too narrow for it.
 */
function besidePair(r: LabelRequest, mid: Point, height: number): Point[] {
  const [a, b] = [r.source, r.target]
  const sideBySide = a.y < b.y + b.height && b.y < a.y + a.height
  if (!sideBySide) return []
  return [
    { x: mid.x, y: Math.min(a.y, b.y) - height / 2 - 2 },
    { x: mid.x, y: Math.max(a.y + a.height, b.y + b.height) + height / 2 + 2 },
  ]
}

/**
 * The centre of each label. Another label is never overlapped when any candidate point avoids
 * it; a card is avoided when possible (a short edge between neighbours may leave no choice),
 * and so, less firmly, are the lines of the other edges (`strokes`, every edge drawn).
 */
export function layoutLabels(
  requests: readonly LabelRequest[],
  cards: readonly Box[],
  strokes: readonly Stroke[] = [],
): Map<string, Point> {
  const obstacles = new Grid()
  for (const c of cards) obstacles.add(c)
  const lines = new Strokes()
  // Each edge's route is found once, for its line and for its own label.
  const routes = new Map<string, Route>()
  const routeOf = (e: Stroke) => {
    let route = routes.get(e.id)
    if (!route) {
      route = edgeRoute(e.id, e.source, e.target, cards)
      routes.set(e.id, route)
    }
    return route
  }
  for (const l of strokes) {
    const route = routeOf(l)
    for (const t of STROKE_SAMPLES) lines.add(l.id, routePoint(route, t))
  }
  const placed = new Grid()
  const out = new Map<string, Point>()
  for (const r of requests) {
    const { width, height } = labelSize(r.text)
    let best: { at: Point; box: Box; score: number } | null = null
    // The edge as drawn: around the cards in its way, as the canvas and the export draw it.
    const route = routeOf(r)
    const mid = routePoint(route, 0.5)
    const candidates = [
      ...STEPS.map((t) => routePoint(route, t)),
      ...besidePair(r, mid, height),
      ...NUDGES.map((dy) => ({ x: mid.x, y: mid.y + dy })),
      ...NUDGES.map((dx) => ({ x: mid.x + dx * 2, y: mid.y })),
    ]
    for (const at of candidates) {
      const box = { x: at.x - width / 2, y: at.y - height / 2, width, height }
      // A label on a label is worse than one on a card, which is worse than one on a line.
      const score = placed.hits(box) * 100 + obstacles.hits(box) + lines.hits(box, r.id) * 0.25
      if (!best || score < best.score) best = { at, box, score }
      if (score === 0) break
    }
    if (!best) continue
    placed.add(best.box)
    out.set(r.id, best.at)
  }
  return out
}
