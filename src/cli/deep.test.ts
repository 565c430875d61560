import { describe, expect, it } from 'vitest'
import { call, runDeep, type Deep } from './deep'

function* depth(n: number): Deep<number> {
  return n === 0 ? 0 : 1 + (yield* call(depth(n - 1)))
}

function* failAt(n: number): Deep<number> {
  if (n === 0) throw 'bottom'
  return yield* call(failAt(n - 1))
}

describe('runDeep', () => {
  it('recurses a million deep without a stack overflow', () => {
    expect(runDeep(depth(1_000_000))).toBe(1_000_000)
  })

  it('throws what the innermost call throws, through every caller', () => {
    expect(() => runDeep(failAt(100_000))).toThrow('bottom')
  })

  it('lets a caller catch what a sub-call throws, and runs its finally blocks', () => {
    const seen: string[] = []
    function* guarded(): Deep<string> {
      try {
        return String(yield* call(failAt(3)))
      } catch (e) {
        return `caught ${String(e)}`
      } finally {
        seen.push('finally')
      }
    }
    expect(runDeep(guarded())).toBe('caught bottom')
    expect(seen).toEqual(['finally'])
  })
})
