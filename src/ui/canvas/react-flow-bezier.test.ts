import { getBezierPath, Position } from '@xyflow/react'
import { describe, expect, it } from 'vitest'
import { routeEdge, routePath, routePoint } from '../../io/picture/edge-route'
import { floatingEnds, type Box, type Side } from '../../io/picture/floating'

const box = (x: number, y: number, width = 190, height = 80): Box => ({ x, y, width, height })

/** The shared geometry names sides as React Flow's Position values do. */
const SIDE: Record<Side, Position> = {
  left: Position.Left,
  right: Position.Right,
  top: Position.Top,
  bottom: Position.Bottom,
}

describe('the canvas edge route (io/picture/edge-route.ts)', () => {
  it('with nothing in the way, is exactly the bezier React Flow draws between the facing borders', () => {
    for (const [a, b] of [
      [box(0, 0), box(400, 260)],
      [box(0, 0), box(0, 300)],
      [box(300, 0), box(0, 10)],
    ] as const) {
      const ends = floatingEnds(a, b)
      const [path, lx, ly] = getBezierPath({
        sourceX: ends.source.x,
        sourceY: ends.source.y,
        sourcePosition: SIDE[ends.source.position],
        targetX: ends.target.x,
        targetY: ends.target.y,
        targetPosition: SIDE[ends.target.position],
      })
      const route = routeEdge(a, b, [a, b, box(2000, 2000)])
      expect(routePath(route)).toBe(path)
      const mid = routePoint(route, 0.5)
      expect(mid.x).toBeCloseTo(lx, 6)
      expect(mid.y).toBeCloseTo(ly, 6)
    }
  })
})
