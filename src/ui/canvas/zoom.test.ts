import { describe, expect, it } from 'vitest'
import { EDGE_STYLE } from '../../io/picture/edge-style'
import { FAR_ZOOM, farDash, MIN_ZOOM } from './zoom'

const lengths = (dash: string | undefined) => (dash ?? '').split(' ').filter(Boolean).map(Number)

describe('dash patterns far out', () => {
  const dashed = Object.entries(EDGE_STYLE).filter(([, s]) => s.dash !== undefined)

  it.each(dashed)('%s: on screen, never shorter than at the far threshold', (_, { dash }) => {
    const near = lengths(dash).map((x) => x * FAR_ZOOM)
    for (const zoom of [MIN_ZOOM, 0.2, 0.3, FAR_ZOOM - 0.01]) {
      const far = lengths(farDash(dash)).map((x) => x * zoom)
      expect(far).toHaveLength(near.length)
      far.forEach((x, i) => expect(x).toBeGreaterThanOrEqual((near[i] ?? 0) - 1e-9))
    }
  })

  it('keeps each kind its own pattern, and a solid line solid', () => {
    const patterns = dashed.map(([, s]) => farDash(s.dash))
    expect(new Set(patterns).size).toBe(dashed.length)
    expect(farDash(undefined)).toBeUndefined()
  })
})
