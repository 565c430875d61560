import { describe, expect, it } from 'vitest'
import { cycleError, dependencyOrder, type OrderNode } from './script-order'

const node = (key: string, seq: number, needs: string[] = []): OrderNode => ({
  key,
  label: key,
  seq,
  needs,
})

describe('dependencyOrder', () => {
  it('keeps creation order when nothing depends on anything made later', () => {
    expect(dependencyOrder([node('b', 2), node('a', 1), node('c', 3, ['a'])])).toEqual({
      ok: true,
      order: ['a', 'b', 'c'],
    })
  })

  it('moves a dependency made later before its dependents, and no further', () => {
    const nodes = [node('web', 1, ['db']), node('x', 2), node('db', 3), node('y', 4)]
    expect(dependencyOrder(nodes)).toEqual({ ok: true, order: ['x', 'db', 'web', 'y'] })
  })

  it('ignores needs no node has (a link child removed since)', () => {
    expect(dependencyOrder([node('a', 1, ['gone'])])).toEqual({ ok: true, order: ['a'] })
  })

  it('names the containers of a cycle, the first repeated, as compose does', () => {
    const nodes = [node('free', 1), node('a', 2, ['b']), node('b', 3, ['c']), node('c', 4, ['a'])]
    const r = dependencyOrder(nodes)
    expect(r).toEqual({ ok: false, cycle: ['a', 'b', 'c', 'a'] })
    expect(cycleError(['a', 'b', 'c', 'a'])).toBe('dependency cycle detected: a -> b -> c -> a')
  })

  it('finds the cycle beyond a node that only waits on it', () => {
    const nodes = [node('tail', 1, ['a']), node('a', 2, ['b']), node('b', 3, ['a'])]
    expect(dependencyOrder(nodes)).toEqual({ ok: false, cycle: ['a', 'b', 'a'] })
  })
})
