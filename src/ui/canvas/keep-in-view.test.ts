import { describe, expect, it } from 'vitest'
import { viewMove } from './keep-in-view'

const shown = { x: 0, y: 0, width: 800, height: 600 }

describe('bringing new cards into view', () => {
  it('leaves the view alone when they are already shown', () => {
    expect(viewMove({ x: 100, y: 100, width: 200, height: 80 }, shown)).toEqual({ kind: 'none' })
  })

  it('pans just enough, right or down, left or up', () => {
    expect(viewMove({ x: 700, y: 560, width: 200, height: 80 }, shown)).toEqual({
      kind: 'pan',
      dx: 100,
      dy: 40,
    })
    expect(viewMove({ x: -50, y: -20, width: 200, height: 80 }, shown)).toEqual({
      kind: 'pan',
      dx: -50,
      dy: -20,
    })
  })

  it('zooms out to both when they cannot fit at this zoom', () => {
    expect(viewMove({ x: 900, y: 0, width: 1000, height: 100 }, shown)).toEqual({
      kind: 'fit',
      bounds: { x: 0, y: 0, width: 1900, height: 600 },
    })
  })
})
