import { describe, expect, it } from 'vitest'
import { curvePoint, labelSize, layoutLabels } from './label-layout'

const box = (x: number, y: number, width = 190, height = 80) => ({ x, y, width, height })

describe('edge label layout', () => {
  it('never lays two labels of parallel edges on top of each other', () => {
    // Three containers in a column, all linked to one far container: three labels compete.
    const far = box(600, 100)
    const requests = [0, 1, 2].map((i) => ({
      id: `e${i}`,
      text: `client${i}:server`,
      source: box(0, 60 + i * 30),
      target: far,
    }))
    const at = layoutLabels(requests, [])
    const rects = requests.map((r) => {
      const p = at.get(r.id) ?? { x: NaN, y: NaN }
      const { width, height } = labelSize(r.text)
      return { x: p.x - width / 2, y: p.y - height / 2, width, height }
    })
    for (let i = 0; i < rects.length; i++)
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i] ?? rects[0]
        const b = rects[j] ?? rects[0]
        if (!a || !b) throw new Error('no rectangles')
        const apart =
          a.x + a.width <= b.x ||
          b.x + b.width <= a.x ||
          a.y + a.height <= b.y ||
          b.y + b.height <= a.y
        expect(apart, `${i} and ${j}`).toBe(true)
      }
  })

  it('moves a label off a card lying across the middle of its edge', () => {
    const a = box(0, 0)
    const b = box(600, 0)
    const blocker = box(300, 20, 120, 60)
    const mid = curvePoint(a, b, 0.5)
    expect(mid.x).toBeGreaterThan(blocker.x)
    const p = layoutLabels([{ id: 'x', text: 'db:db', source: a, target: b }], [blocker]).get('x')
    const { width, height } = labelSize('db:db')
    const [x, y] = [p?.x ?? NaN, p?.y ?? NaN]
    const clear =
      x + width / 2 <= blocker.x ||
      x - width / 2 >= blocker.x + blocker.width ||
      y + height / 2 <= blocker.y ||
      y - height / 2 >= blocker.y + blocker.height
    expect(clear).toBe(true)
  })

  it('keeps a label off the line of another edge crossing its middle', () => {
    const a = box(0, 0)
    const b = box(600, 0)
    const up = box(300, -400)
    const down = box(300, 400)
    const requests = [{ id: 'x', text: 'db:db', source: a, target: b }]
    const mid = curvePoint(a, b, 0.5)
    const crossing = [{ id: 'y', source: up, target: down }]
    const p = layoutLabels(requests, [], [...requests, ...crossing]).get('x')!
    const { width } = labelSize('db:db')
    // The crossing edge runs down x = 395, through the middle of the labelled one.
    expect(mid.x).toBeCloseTo(395, 0)
    expect(Math.abs(p.x - 395)).toBeGreaterThan(width / 2)
    // Without the other edge given, the middle is fine.
    expect(layoutLabels(requests, [], requests).get('x')).toEqual(mid)
  })

  it('puts the label of a short edge between neighbours just above or below them', () => {
    // `--link db:database` between cards side by side, 40 apart, one taller: no spot on the edge
    // is clear of them, and the label goes to the edge of the pair, over its gap.
    const [web, db] = [box(230, 0, 190, 100), box(0, 0, 190, 68)]
    const text = 'db:database'
    const p = layoutLabels([{ id: 'link', text, source: web, target: db }], [web, db]).get('link')
    const { height } = labelSize(text)
    const mid = curvePoint(web, db, 0.5)
    expect(p?.x).toBe(mid.x)
    const gapAbove = Math.abs((p?.y ?? NaN) + height / 2 - 0)
    const gapBelow = Math.abs((p?.y ?? NaN) - height / 2 - 100)
    expect(Math.min(gapAbove, gapBelow)).toBeLessThanOrEqual(4)
  })
})
