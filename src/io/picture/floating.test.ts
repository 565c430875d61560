import { describe, expect, it } from 'vitest'
import { borderPoint, floatingEnds } from './floating'

const card = { x: 0, y: 0, width: 200, height: 100 }

describe('floating edge ends', () => {
  it('leaves a box on the side that faces the other node', () => {
    expect(borderPoint(card, { x: 100, y: 400 })).toEqual({
      x: 100,
      y: 100,
      position: 'bottom',
    })
    expect(borderPoint(card, { x: 100, y: -400 })).toEqual({ x: 100, y: 0, position: 'top' })
    expect(borderPoint(card, { x: 500, y: 50 })).toEqual({
      x: 200,
      y: 50,
      position: 'right',
    })
    expect(borderPoint(card, { x: -300, y: 50 })).toEqual({ x: 0, y: 50, position: 'left' })
  })

  it('follows the line between the centres (a diagonal hits the nearer border)', () => {
    // From the centre (100, 50) towards (400, 150): a third of the way reaches x = 200.
    const end = borderPoint(card, { x: 400, y: 150 })
    expect(end.position).toBe('right')
    expect(end.x).toBe(200)
    expect(end.y).toBeCloseTo(50 + 100 / 3)
  })

  it('gives two facing ends for side-by-side cards, so the midpoint lies between them', () => {
    const right = { x: 300, y: 0, width: 200, height: 100 }
    const { source, target } = floatingEnds(card, right)
    expect(source).toEqual({ x: 200, y: 50, position: 'right' })
    expect(target).toEqual({ x: 300, y: 50, position: 'left' })
  })
})
