import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { edgeRoute, mayReroute, routeEdge, routePoint, type Route } from './edge-route'
import type { Box } from './floating'

const box = (x: number, y: number, width = 190, height = 80): Box => ({ x, y, width, height })

/** Points all along a route. */
const samples = (route: Route, n = 80) =>
  Array.from({ length: n + 1 }, (_, i) => routePoint(route, i / n))

const inside = (p: { x: number; y: number }, b: Box) =>
  p.x > b.x && p.x < b.x + b.width && p.y > b.y && p.y < b.y + b.height

const onBorder = (p: { x: number; y: number }, b: Box) =>
  (Math.abs(p.x - b.x) < 1e-6 || Math.abs(p.x - b.x - b.width) < 1e-6
    ? p.y >= b.y - 1e-6 && p.y <= b.y + b.height + 1e-6
    : false) ||
  (Math.abs(p.y - b.y) < 1e-6 || Math.abs(p.y - b.y - b.height) < 1e-6
    ? p.x >= b.x - 1e-6 && p.x <= b.x + b.width + 1e-6
    : false)

describe('edge routes', () => {
  it('bends around a card standing between the two it joins, ends still on their borders', () => {
    const top = box(0, 0)
    const bottom = box(0, 400)
    const between = box(-20, 200, 190, 96)
    const route = routeEdge(top, bottom, [top, between, bottom])
    expect(route.length).toBeGreaterThan(1)
    for (const p of samples(route)) expect(inside(p, between), `${p.x},${p.y}`).toBe(false)
    expect(onBorder(route[0]!.from, top)).toBe(true)
    expect(onBorder(route.at(-1)!.to, bottom)).toBe(true)
  })

  it('goes around the side the straight line runs nearer', () => {
    const route = routeEdge(box(0, 0), box(60, 400), [box(-40, 200)])
    // The line runs right of the blocker's centre: the detour passes on its right.
    expect(Math.max(...samples(route).map((p) => p.x))).toBeGreaterThan(150)
    expect(Math.min(...samples(route).map((p) => p.x))).toBeGreaterThan(-40)
  })

  it('keeps off any card between two others in a column', () => {
    const gap = fc.integer({ min: 40, max: 200 })
    fc.assert(
      fc.property(
        gap,
        gap,
        fc.integer({ min: -150, max: 150 }),
        fc.integer({ min: -150, max: 150 }),
        (g1, g2, dx, shift) => {
          const top = box(0, 0)
          const blocker = box(shift, 80 + g1, 190, 96)
          const bottom = box(dx, 80 + g1 + 96 + g2)
          const route = routeEdge(top, bottom, [top, blocker, bottom])
          return samples(route).every((p) => !inside(p, blocker))
        },
      ),
    )
  })

  it('keeps off any card between two others in a row', () => {
    const gap = fc.integer({ min: 40, max: 200 })
    const offset = fc.integer({ min: -60, max: 60 })
    fc.assert(
      fc.property(gap, gap, offset, offset, (g1, g2, dy, shift) => {
        const left = box(0, 0)
        const blocker = box(190 + g1, shift)
        const right = box(190 + g1 + 190 + g2, dy)
        const route = routeEdge(left, right, [left, blocker, right])
        return samples(route).every((p) => !inside(p, blocker))
      }),
    )
  })

  it('does not go around the cards inside a host it ends on (an ambassador forward)', () => {
    const host = box(600, 0, 460, 320)
    const cards = [box(624, 100), box(840, 100)]
    const from = box(0, 120)
    expect(routeEdge(from, host, [from, ...cards])).toEqual(routeEdge(from, host, []))
  })
})

describe('whether a change of the cards may change an edge', () => {
  const [from, to] = [box(0, 0), box(0, 400)]
  const between = box(0, 200)
  const farAway = box(2000, 2000)

  it('no when the list is the same, or only cards far from the edge changed', () => {
    const cards = [from, to, between]
    expect(mayReroute(from, to, cards, cards)).toBe(false)
    expect(mayReroute(from, to, cards, [...cards, farAway])).toBe(false)
  })

  it('yes when a card comes into its way or leaves it', () => {
    expect(mayReroute(from, to, [from, to], [from, to, between])).toBe(true)
    expect(mayReroute(from, to, [from, to, between], [from, to])).toBe(true)
  })

  it('when it says no, the route is the one found with the new cards', () => {
    const place = fc.record({
      x: fc.integer({ min: -600, max: 1600 }),
      y: fc.integer({ min: -600, max: 1600 }),
    })
    fc.assert(
      fc.property(
        fc.array(place, { maxLength: 12 }),
        fc.array(place, { maxLength: 4 }),
        (old, moved) => {
          const before = [from, to, ...old.map((p) => box(p.x, p.y))]
          const after = [
            ...before.slice(0, 2 + old.length - moved.length),
            ...moved.map((p) => box(p.x, p.y)),
          ]
          if (!mayReroute(from, to, before, after))
            expect(routeEdge(from, to, after)).toEqual(routeEdge(from, to, before))
        },
      ),
    )
  })
})

describe('an edge route kept between changes', () => {
  it('is always the route found afresh, whatever the cards did in between', () => {
    const place = fc.record({
      x: fc.integer({ min: -600, max: 1600 }),
      y: fc.integer({ min: -600, max: 1600 }),
    })
    const cardLists = fc.array(fc.array(place, { maxLength: 10 }), { minLength: 1, maxLength: 6 })
    let run = 0
    fc.assert(
      fc.property(fc.tuple(place, place), cardLists, ([a, b], lists) => {
        const id = `edge ${run++}`
        const [from, to] = [box(a.x, a.y), box(b.x, b.y)]
        for (const list of lists) {
          const cards = [from, to, ...list.map((p) => box(p.x, p.y))]
          expect(edgeRoute(id, from, to, cards)).toEqual(routeEdge(from, to, cards))
        }
      }),
    )
  })
})
