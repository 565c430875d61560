import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Diagram, DiagramCard } from '../diagram'
import { bands, COLUMN, COLUMN_DRAWING, fitColumn, MIN_TEXT, textInColumn, wrap } from './column'
import { MARGIN, SMALLEST_FONT } from './svg'

const box = (x: number, y: number, width = 190, height = 80) => ({ x, y, width, height })

function card(id: string, at: ReturnType<typeof box>, parent?: string): DiagramCard {
  const kind = id.startsWith('host') ? 'host' : id.startsWith('net') ? 'network' : 'container'
  return {
    id,
    kind,
    title: id,
    note: '',
    lines: [`${id} line`],
    ...at,
    ...(parent ? { parent } : {}),
  }
}

/** Hosts side by side, as the canvas's default grid has them: `per` containers in a row each. */
function sideBySide(hosts: number, per: number): Diagram {
  const cards: DiagramCard[] = []
  for (let h = 0; h < hosts; h++) {
    const id = `host${h}`
    const width = 48 + per * 190 + (per - 1) * 40
    cards.push(card(id, box(h * (width + 48), 0, width, 400)))
    cards.push(card(`net${h}`, box(h * (width + 48) + 24, 44, 190, 60), id))
    for (let i = 0; i < per; i++)
      cards.push(card(`c${h}-${i}`, box(h * (width + 48) + 24 + i * 230, 160), id))
  }
  return { title: 't', cards, edges: [] }
}

const inside = (inner: DiagramCard, outer: DiagramCard) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height

const overlap = (a: DiagramCard, b: DiagramCard) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/** What a laid-out diagram must be: every card kept as it was but for its place, none on another. */
function expectLaidOut(before: Diagram, after: Diagram, width: number) {
  expect(after.cards.map((c) => c.id)).toEqual(before.cards.map((c) => c.id))
  after.cards.forEach((c, i) => {
    const { x: _x, y: _y, width: _w, height: _h, ...rest } = c
    const { x: _bx, y: _by, width: _bw, height: _bh, ...was } = before.cards[i]!
    expect(rest).toEqual(was)
    if (c.kind !== 'host') expect([c.width, c.height]).toEqual([_bw, _bh])
  })
  expect(after.edges).toBe(before.edges)
  const byId = new Map(after.cards.map((c) => [c.id, c]))
  for (const c of after.cards) {
    expect(c.x).toBeGreaterThanOrEqual(0)
    expect(c.x + c.width).toBeLessThanOrEqual(width)
    const host = c.parent === undefined ? undefined : byId.get(c.parent)
    if (host) expect(inside(c, host), `${c.id} in ${host.id}`).toBe(true)
  }
  const same = (a: DiagramCard, b: DiagramCard) => (a.kind === 'host') === (b.kind === 'host')
  for (const a of after.cards)
    for (const b of after.cards)
      if (a !== b && same(a, b)) expect(overlap(a, b), `${a.id} on ${b.id}`).toBe(false)
}

describe("the canvas's rows of cards", () => {
  it('are the cards level with each other, left to right; a card below the middle of a row starts one', () => {
    // a is highest (middle 40): b (top 10) is in its row; d (top 41) starts the next, e joins d.
    const [a, b, c, d, e] = [box(300, 0), box(0, 10), box(0, 200), box(200, 41), box(500, 60)]
    expect(bands([a, b, c, d, e])).toEqual([[b, a], [d, e], [c]])
  })

  it('are cut where they grow wider than the width, in their order', () => {
    const row = [box(0, 0), box(230, 0), box(460, 0), box(690, 0, 160)]
    expect(wrap([row], 420)).toEqual([row.slice(0, 2), row.slice(2, 4)])
    // 190 + 40 + 190 = 420 fits exactly; a card wider than the width stands alone.
    expect(wrap([[box(0, 0, 500), box(0, 0)]], 420)).toEqual([[box(0, 0, 500)], [box(0, 0)]])
  })
})

describe('a picture fitted to a doc column', () => {
  it('is at most 585 px of drawing: text 10 px there shows at 12 px in 760 px', () => {
    expect(COLUMN_DRAWING).toBe(585)
    expect(((COLUMN_DRAWING + 2 * MARGIN) * MIN_TEXT) / SMALLEST_FONT).toBeLessThanOrEqual(COLUMN)
  })

  it('stacks hosts one under the other, their cards wrapped into rows, nothing lost', () => {
    const before = sideBySide(3, 4)
    const after = fitColumn(before)
    expectLaidOut(before, after, COLUMN_DRAWING)
    const hosts = after.cards.filter((c) => c.kind === 'host')
    expect(hosts.map((h) => h.id)).toEqual(['host0', 'host1', 'host2'])
    for (let i = 1; i < hosts.length; i++)
      expect(hosts[i]!.y).toBeGreaterThan(hosts[i - 1]!.y + hosts[i - 1]!.height)
    // Four containers in a row become two rows of two, in the order they had.
    const row = (id: string) => after.cards.find((c) => c.id === id)!
    expect(row('c0-0').y).toBe(row('c0-1').y)
    expect(row('c0-2').y).toBeGreaterThan(row('c0-0').y)
    expect(row('c0-0').x).toBeLessThan(row('c0-1').x)
  })

  it('keeps the places of a drawing that already fits', () => {
    const narrow = sideBySide(1, 2)
    expect(fitColumn(narrow)).toBe(narrow)
  })

  it('puts cards in no host (an overlay network) above the hosts', () => {
    const d = sideBySide(2, 3)
    const overlay = card('net-overlay', box(900, -120))
    const after = fitColumn({ ...d, cards: [...d.cards, overlay] })
    const placed = after.cards.find((c) => c.id === 'net-overlay')!
    const hosts = after.cards.filter((c) => c.kind === 'host')
    expect(placed.y + placed.height).toBeLessThan(Math.min(...hosts.map((h) => h.y)))
  })

  it('holds for any hosts and cards: inside the width, in their hosts, none on another', () => {
    const size = fc.record({
      width: fc.integer({ min: 60, max: 260 }),
      height: fc.integer({ min: 32, max: 140 }),
    })
    const place = fc.record({
      x: fc.integer({ min: 0, max: 3000 }),
      y: fc.integer({ min: 0, max: 900 }),
    })
    const host = fc.array(fc.record({ size, place }), { maxLength: 9 })
    fc.assert(
      fc.property(fc.array(host, { minLength: 1, maxLength: 4 }), (hosts) => {
        const cards: DiagramCard[] = []
        hosts.forEach((children, h) => {
          cards.push(card(`host${h}`, box(h * 1000, 0, 900, 1000)))
          children.forEach((c, i) => {
            const at = box(h * 1000 + c.place.x / 4, c.place.y, c.size.width, c.size.height)
            cards.push(card(`c${h}-${i}`, at, `host${h}`))
          })
        })
        const before = { title: '', cards, edges: [] }
        expectLaidOut(before, fitColumn(before), COLUMN_DRAWING)
      }),
    )
  })
})

describe('the size the smallest text shows at in a doc column', () => {
  const picture = (shown: number, drawn: number, fonts: number[]) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${shown}" height="100" viewBox="-24 -24 ${drawn} 100">${fonts.map((f) => `<text font-size="${f}">x</text>`).join('')}</svg>`

  it('is the smallest font shrunk with a picture wider than the column', () => {
    expect(textInColumn(picture(2000, 2000, [15, 10, 12]))).toBeCloseTo(3.8)
  })

  it('is the smallest font at the natural size of a picture narrower than the column', () => {
    expect(textInColumn(picture(428, 428, [12, 10]))).toBe(10)
    expect(textInColumn(picture(760, 633, [10.5, 10]))).toBeCloseTo(12.006, 3)
  })
})
