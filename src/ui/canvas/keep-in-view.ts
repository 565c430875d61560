/**
 * New cards land in view: after a typed command, a drop or a paste, the canvas pans (or, when
 * they cannot fit beside what is shown, zooms out) just enough to show them whole.
 */
import { useEffect, useRef } from 'react'
import { useReactFlow, useStoreApi } from '@xyflow/react'
import type { FlowNode } from '../../store'

export interface Rect {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** Room kept between new cards and the canvas's edges, in screen pixels. */
const MARGIN = 24

function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x)
  const y = Math.min(a.y, b.y)
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  }
}

/**
 * What the view should do so that `wanted` (flow coordinates) shows whole inside `shown` (the
 * flow rectangle on screen, `margin` already taken off): nothing, pan by (dx, dy) flow units,
 * or fit the union of both (they do not fit side by side at this zoom).
 */
export function viewMove(
  wanted: Rect,
  shown: Rect,
): { kind: 'none' } | { kind: 'pan'; dx: number; dy: number } | { kind: 'fit'; bounds: Rect } {
  if (wanted.width > shown.width || wanted.height > shown.height)
    return { kind: 'fit', bounds: union(wanted, shown) }
  const dx =
    wanted.x < shown.x
      ? wanted.x - shown.x
      : wanted.x + wanted.width > shown.x + shown.width
        ? wanted.x + wanted.width - (shown.x + shown.width)
        : 0
  const dy =
    wanted.y < shown.y
      ? wanted.y - shown.y
      : wanted.y + wanted.height > shown.y + shown.height
        ? wanted.y + wanted.height - (shown.y + shown.height)
        : 0
  return dx === 0 && dy === 0 ? { kind: 'none' } : { kind: 'pan', dx, dy }
}

/**
 * Watches the nodes: cards that appear (not with a whole new document, which is fitted) are
 * brought into view once React Flow has measured them.
 */
export function useKeepNewInView(nodes: readonly FlowNode[], loads: number) {
  const flow = useReactFlow()
  const store = useStoreApi()
  const known = useRef<{ ids: Set<string>; loads: number } | null>(null)
  useEffect(() => {
    const ids = new Set(nodes.map((n) => n.id))
    const before = known.current
    known.current = { ids, loads }
    if (!before || before.loads !== loads) return
    const fresh = nodes.filter((n) => !before.ids.has(n.id)).map((n) => n.id)
    if (fresh.length === 0) return
    let tries = 0
    const bring = () => {
      const { nodeLookup, width, height, transform } = store.getState()
      const rects: Rect[] = []
      for (const id of fresh) {
        const n = nodeLookup.get(id)
        if (!n?.measured.width || !n.measured.height) continue
        const { x, y } = n.internals.positionAbsolute
        rects.push({ x, y, width: n.measured.width, height: n.measured.height })
      }
      // Not measured yet: wait a few frames.
      if (rects.length < fresh.length && tries++ < 10) return void requestAnimationFrame(bring)
      const [first, ...rest] = rects
      if (!first || width === 0) return
      const [tx, ty, zoom] = transform
      const margin = MARGIN / zoom
      const shown = {
        x: -tx / zoom + margin,
        y: -ty / zoom + margin,
        width: width / zoom - 2 * margin,
        height: height / zoom - 2 * margin,
      }
      const move = viewMove(rest.reduce(union, first), shown)
      if (move.kind === 'pan')
        void flow.setViewport(
          { x: tx - move.dx * zoom, y: ty - move.dy * zoom, zoom },
          { duration: 200 },
        )
      else if (move.kind === 'fit')
        void flow.fitBounds(move.bounds, { padding: 0.05, duration: 200 })
    }
    requestAnimationFrame(bring)
  }, [nodes, loads, flow, store])
}
