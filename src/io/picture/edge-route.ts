/**
 * The way an edge is drawn between two cards: React Flow's bezier between the borders that face
 * each other, unless a card it has nothing to do with stands in the way. Then it bends around
 * that card, along its side nearer the straight line, for each card in the way (at most
 * MAX_DETOURS cards). Used by the canvas, the label layout and the SVG export, so all
 * three draw the same line. Pure.
 */
import { borderPoint, floatingEnds, type Box, type End } from './floating'

export interface Point {
  readonly x: number
  readonly y: number
}

interface Segment {
  readonly from: Point
  readonly c1: Point
  readonly c2: Point
  readonly to: Point
}

/** One or more cubic segments, end to end. */
export type Route = readonly Segment[]

/** Room kept between a detour and the card it goes around. */
const CLEARANCE = 18
const MAX_DETOURS = 3

/** React Flow's bezier control offset (curvature 0.25). */
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance)
}

/** The control point React Flow gives an edge end on a card's side, toward `other`. */
function control(end: End, other: Point): Point {
  switch (end.position) {
    case 'left':
      return { x: end.x - controlOffset(end.x - other.x), y: end.y }
    case 'right':
      return { x: end.x + controlOffset(other.x - end.x), y: end.y }
    case 'top':
      return { x: end.x, y: end.y - controlOffset(end.y - other.y) }
    default:
      return { x: end.x, y: end.y + controlOffset(other.y - end.y) }
  }
}

const centre = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 })
/** Whether `outer` covers `inner`: the end cards themselves, and cards inside an end host. */
const holds = (outer: Box, inner: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height

/** Whether the segment a-b passes through `box` grown by `pad` on every side (Liang-Barsky). */
function crosses(a: Point, b: Point, box: Box, pad: number): boolean {
  const dx = b.x - a.x
  const dy = b.y - a.y
  let t0 = 0
  let t1 = 1
  const edges: [number, number][] = [
    [-dx, a.x - (box.x - pad)],
    [dx, box.x + box.width + pad - a.x],
    [-dy, a.y - (box.y - pad)],
    [dy, box.y + box.height + pad - a.y],
  ]
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false
      continue
    }
    const r = q / p
    if (p < 0) t0 = Math.max(t0, r)
    else t1 = Math.min(t1, r)
    if (t0 > t1) return false
  }
  return true
}

/**
 * Two points beside `box`, level with its two ends, on the side of it the line a-b runs
 * nearer: between them the edge runs along that side, clear of the card and its corners.
 */
function besides(a: Point, b: Point, box: Box): [Point, Point] {
  const c = centre(box)
  if (Math.abs(b.y - a.y) >= Math.abs(b.x - a.x)) {
    const lineX = a.x + ((b.x - a.x) * (c.y - a.y)) / (b.y - a.y || 1)
    const x = lineX < c.x ? box.x - CLEARANCE : box.x + box.width + CLEARANCE
    const [first, last] = b.y >= a.y ? [box.y, box.y + box.height] : [box.y + box.height, box.y]
    return [
      { x, y: first },
      { x, y: last },
    ]
  }
  const lineY = a.y + ((b.y - a.y) * (c.x - a.x)) / (b.x - a.x || 1)
  const y = lineY < c.y ? box.y - CLEARANCE : box.y + box.height + CLEARANCE
  const [first, last] = b.x >= a.x ? [box.x, box.x + box.width] : [box.x + box.width, box.x]
  return [
    { x: first, y },
    { x: last, y },
  ]
}

const SAMPLES = Array.from({ length: 31 }, (_, i) => (i + 1) / 32)

function within(p: Point, box: Box, pad: number): boolean {
  return (
    p.x > box.x - pad &&
    p.x < box.x + box.width + pad &&
    p.y > box.y - pad &&
    p.y < box.y + box.height + pad
  )
}

/** React Flow's bezier between the borders of two boxes that face each other. */
function plainRoute(source: Box, target: Box): Route {
  const ends = floatingEnds(source, target)
  return [
    {
      from: ends.source,
      c1: control(ends.source, ends.target),
      c2: control(ends.target, ends.source),
      to: ends.target,
    },
  ]
}

/**
 * The waypoints a line from one card's centre to the other's needs to keep off `obstacles`:
 * each pass finds the first card some leg crosses and adds a waypoint beside it.
 */
function waypoints(source: Box, target: Box, near: readonly Box[]): Point[] {
  const a = centre(source)
  const b = centre(target)
  // The plain curve bows away from the straight line: it is the curve that must keep off.
  const plain = plainRoute(source, target)
  const first = near.find((o) => SAMPLES.some((t) => within(routePoint(plain, t), o, 6)))
  if (!first) return []
  const points = [a, ...besides(a, b, first), b]
  // A card is gone around once: the legs to and from its corners graze it by design.
  const left = near.filter((o) => o !== first)
  for (let pass = 1; pass < MAX_DETOURS; pass++) {
    let found: { at: number; box: Box } | null = null
    for (let i = 0; i < points.length - 1 && !found; i++) {
      const [p, q] = [points[i]!, points[i + 1]!]
      // Legs leave a card's centre: the card itself is not in the way.
      const box = left.find((o) => crosses(p, q, o, CLEARANCE / 2))
      if (box) found = { at: i, box }
    }
    if (!found) break
    const [p, q] = [points[found.at]!, points[found.at + 1]!]
    points.splice(found.at + 1, 0, ...besides(p, q, found.box))
    left.splice(left.indexOf(found.box), 1)
  }
  return points.slice(1, -1)
}

const CELL = 256

/** The cards in a coarse grid, each cell listing the indexes of the cards that overlap it. */
function gridOf(obstacles: readonly Box[]): Map<string, number[]> {
  const grid = new Map<string, number[]>()
  obstacles.forEach((o, i) => {
    for (let x = Math.floor(o.x / CELL); x <= Math.floor((o.x + o.width) / CELL); x++)
      for (let y = Math.floor(o.y / CELL); y <= Math.floor((o.y + o.height) / CELL); y++) {
        const cell = grid.get(`${x},${y}`)
        if (cell) cell.push(i)
        else grid.set(`${x},${y}`, [i])
      }
  })
  return grid
}

/** One grid per list of cards: every edge of a render asks the same list. */
const grids = new WeakMap<readonly Box[], Map<string, number[]>>()

/** Where cards can be in the way of an edge: around the straight line (the detours stay near it). */
function reachOf(source: Box, target: Box) {
  const a = centre(source)
  const b = centre(target)
  const reach = 2 * CLEARANCE + 120
  return {
    left: Math.min(a.x, b.x) - reach,
    right: Math.max(a.x, b.x) + reach,
    top: Math.min(a.y, b.y) - reach,
    bottom: Math.max(a.y, b.y) + reach,
  }
}

/** The cards near the straight line between two cards, in list order: only they can be in the way. */
function nearCards(source: Box, target: Box, obstacles: readonly Box[]): Box[] {
  const { left, right, top, bottom } = reachOf(source, target)
  let grid = grids.get(obstacles)
  if (!grid) grids.set(obstacles, (grid = gridOf(obstacles)))
  const found = new Set<number>()
  for (let x = Math.floor(left / CELL); x <= Math.floor(right / CELL); x++)
    for (let y = Math.floor(top / CELL); y <= Math.floor(bottom / CELL); y++)
      for (const i of grid.get(`${x},${y}`) ?? []) found.add(i)
  return [...found]
    .sort((i, j) => i - j)
    .map((i) => obstacles[i]!)
    .filter(
      (o) =>
        !holds(source, o) &&
        !holds(target, o) &&
        o.x < right &&
        o.x + o.width > left &&
        o.y < bottom &&
        o.y + o.height > top,
    )
}

const boxKey = (b: Box) => `${b.x},${b.y},${b.width},${b.height}`

const diffs = new WeakMap<readonly Box[], WeakMap<readonly Box[], Box[]>>()

/** The cards in one list and not the other (made, removed, moved or resized), once per pair. */
function changedCards(before: readonly Box[], after: readonly Box[]): Box[] {
  let row = diffs.get(before)
  if (!row) diffs.set(before, (row = new WeakMap()))
  const kept = row.get(after)
  if (kept) return kept
  const [was, is] = [new Set(before.map(boxKey)), new Set(after.map(boxKey))]
  const changed = [
    ...before.filter((b) => !is.has(boxKey(b))),
    ...after.filter((b) => !was.has(boxKey(b))),
  ]
  row.set(after, changed)
  return changed
}

/**
 * Whether an edge whose ends have not moved may take another way now that the cards went from
 * `before` to `after`: only if a card that changed lies where cards can be in its way.
 */
export function mayReroute(
  source: Box,
  target: Box,
  before: readonly Box[],
  after: readonly Box[],
): boolean {
  if (before === after) return false
  const { left, right, top, bottom } = reachOf(source, target)
  return changedCards(before, after).some(
    (o) => o.x < right && o.x + o.width > left && o.y < bottom && o.y + o.height > top,
  )
}

/*
 * Routes by their ends and the cards near them. A new or moved card changes the routes of the
 * few edges that pass near it; every other edge finds its route here (a link drawn at 500
 * containers re-routed all 800 edges, half a second; bench:ui). Emptied when it grows large.
 */
const routes = new Map<string, Route>()
const MAX_ROUTES = 20_000

export function routeEdge(source: Box, target: Box, obstacles: readonly Box[]): Route {
  const near = obstacles.length > 0 ? nearCards(source, target, obstacles) : []
  if (near.length === 0) return plainRoute(source, target)
  const key = [source, target, ...near].map(boxKey).join(';')
  const kept = routes.get(key)
  if (kept) return kept
  if (routes.size >= MAX_ROUTES) routes.clear()
  const route = detour(source, target, near)
  routes.set(key, route)
  return route
}

function detour(source: Box, target: Box, near: readonly Box[]): Route {
  const via = waypoints(source, target, near)
  if (via.length === 0) return plainRoute(source, target)
  const from = borderPoint(source, via[0]!)
  const to = borderPoint(target, via.at(-1)!)
  const points: Point[] = [from, ...via, to]
  // Through the waypoints as a Catmull-Rom spline; the ends leave their cards as React Flow's do.
  const route: Segment[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1]
    const p1 = points[i]!
    const p2 = points[i + 1]!
    const p3 = points[i + 2]
    const c1 = p0 ? { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 } : control(from, p2)
    const c2 = p3 ? { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 } : control(to, p1)
    route.push({ from: p1, c1, c2, to: p2 })
  }
  return route
}

interface LastRoute {
  readonly source: Box
  readonly target: Box
  readonly cards: readonly Box[]
  readonly route: Route
}

/** Each edge's last route, and the ends and cards it was found for (emptied when large). */
const lastRoutes = new Map<string, LastRoute>()

const sameBox = (a: Box, b: Box) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height

/**
 * The route of edge `id`: routeEdge's, kept while its ends stay and no card near it changes. A
 * change of the cards (a new one, a drop) redraws every edge and lays out every label, and most
 * keep their way (a link drawn at 500 containers looked again for all 800 twice; bench:ui).
 */
export function edgeRoute(id: string, source: Box, target: Box, cards: readonly Box[]): Route {
  const last = lastRoutes.get(id)
  if (
    last &&
    sameBox(last.source, source) &&
    sameBox(last.target, target) &&
    !mayReroute(source, target, last.cards, cards)
  ) {
    if (last.cards !== cards) lastRoutes.set(id, { ...last, cards })
    return last.route
  }
  const route = routeEdge(source, target, cards)
  if (lastRoutes.size >= MAX_ROUTES) lastRoutes.clear()
  lastRoutes.set(id, { source, target, cards, route })
  return route
}

/** The SVG path of a route, in the form React Flow's getBezierPath writes. */
export function routePath(route: Route): string {
  const known = paths.get(route)
  if (known !== undefined) return known
  const first = route[0]
  const curves = route.map((s) => `C${s.c1.x},${s.c1.y} ${s.c2.x},${s.c2.y} ${s.to.x},${s.to.y}`)
  const path = first ? `M${first.from.x},${first.from.y} ${curves.join(' ')}` : ''
  paths.set(route, path)
  return path
}

/** Routes are kept while their edges do not move (edgeRoute): so is their path's text. */
const paths = new WeakMap<Route, string>()

/** The point at `t` (0 to 1) along a route, each segment taking an equal share of t. */
export function routePoint(route: Route, t: number): Point {
  const n = route.length
  const i = Math.min(n - 1, Math.max(0, Math.floor(t * n)))
  const s = route[i]
  if (!s) return { x: 0, y: 0 }
  const u = t * n - i
  const v = 1 - u
  const a = v * v * v
  const b = 3 * v * v * u
  const c = 3 * v * u * u
  const d = u * u * u
  return {
    x: a * s.from.x + b * s.c1.x + c * s.c2.x + d * s.to.x,
    y: a * s.from.y + b * s.c1.y + c * s.c2.y + d * s.to.y,
  }
}
