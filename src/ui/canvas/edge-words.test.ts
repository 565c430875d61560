import { describe, expect, it } from 'vitest'
import { viewOf } from '../../store/document-view'
import { world } from '../../store/testing-gestures'
import { wordlessEdges } from './edge-words'

const FIRST = [
  'docker network create back',
  'docker run -d --name db --network back redis',
  'docker run -d --name web --link db nginx',
  'docker run -d --name cache -v data:/data redis',
]

/** The canvas's edges after the first world, then `lines`. */
const edgesOf = (...lines: string[]) => viewOf(world(...FIRST, ...lines), {}, {}, []).edges

describe("React Flow's copy of the edges", () => {
  it('carries no words: no label, no spoken meaning', () => {
    const copies = wordlessEdges()(edgesOf())
    expect(copies.length).toBeGreaterThan(0)
    for (const e of copies) {
      expect(e.ariaLabel).toBeNull()
      expect(e.data).not.toHaveProperty('label')
      expect(e.data).not.toHaveProperty('meanings')
    }
  })

  it('is the same list after a rename, which changes only words', () => {
    const copy = wordlessEdges()
    const before = copy(edgesOf())
    // The renamed link target changes the link's label and two edges' meanings.
    expect(copy(edgesOf('docker rename db store'))).toBe(before)
  })

  it('is a new list, keeping the untouched copies, when an edge is added', () => {
    const copy = wordlessEdges()
    const before = copy(edgesOf())
    const after = copy(edgesOf('docker network connect back cache'))
    expect(after).not.toBe(before)
    expect(after.length).toBe(before.length + 1)
    for (const e of before) expect(after).toContain(e)
  })

  it('is a new copy of an edge whose drawing changes (a mount made read-only)', () => {
    const copy = wordlessEdges()
    const edges = edgesOf()
    const before = copy(edges)
    const at = edges.findIndex((e) => e.data?.kind === 'volume')
    const mount = edges[at]!
    const readOnly = { ...mount, data: { ...mount.data!, readOnly: true } }
    const after = copy(edges.map((e, i) => (i === at ? readOnly : e)))
    expect(after[at]?.data?.readOnly).toBe(true)
    expect(after[at]).not.toBe(before[at])
    expect(after.filter((e, i) => e !== before[i])).toHaveLength(1)
  })
})
