import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lineMatcher } from './line-match'
import { runScript } from './index'

const atom = fc.constantFrom(
  'a',
  'b',
  'A',
  '1',
  ' ',
  '.',
  '[ab]',
  '[^a]',
  '[a-c1]',
  '[]',
  '\\d',
  '\\w',
  '\\s',
  '\\.',
  '^',
  '$',
  '\\b',
  '\\B',
  '(a|b)',
  '(?:ab|a|)',
  '(a*)',
  '{',
  ']',
)
const quantifier = fc.constantFrom('', '', '*', '+', '?', '{2}', '{1,3}', '{2,}', '*?', '+?')
const piece = fc.tuple(atom, quantifier).map(([a, q]) => a + q)
const sequence = fc.array(piece, { minLength: 1, maxLength: 5 }).map((p) => p.join(''))
const pattern = fc.oneof(
  sequence,
  fc.tuple(sequence, sequence).map(([a, b]) => `${a}|${b}`),
  fc.tuple(sequence, quantifier).map(([s, q]) => `(${s})${q}`),
)
const line = fc
  .array(fc.constantFrom('a', 'b', 'A', 'x', '1', ' ', '_', '.', '-'), {
    maxLength: 12,
  })
  .map((c) => c.join(''))

/** RegExp's own answer, or null for a pattern JavaScript rejects. */
function byRegExp(p: string, flags: string, l: string): boolean | null {
  try {
    return new RegExp(p, flags).test(l)
  } catch {
    return null
  }
}

describe('lineMatcher', () => {
  it('answers as RegExp does on every pattern RegExp accepts', () => {
    fc.assert(
      fc.property(
        pattern,
        fc.constantFrom('', 'i'),
        fc.array(line, { maxLength: 6 }),
        (p, f, ls) => {
          for (const l of ls) {
            const expected = byRegExp(p, f, l)
            if (expected !== null)
              expect([p, f, l, lineMatcher(p, f)(l)]).toEqual([p, f, l, expected])
          }
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('falls back to RegExp for backreferences and lookaround', () => {
    expect(lineMatcher('(a)\\1', '')('xaay')).toBe(true)
    expect(lineMatcher('a(?=b)', '')('ac ab')).toBe(true)
    expect(lineMatcher('a(?!b)', '')('ab')).toBe(false)
  })

  it('takes linear time on patterns that make RegExp backtrack exponentially', () => {
    // RegExp needs about 10 s for 26 letters here, doubling with each one more.
    const t0 = performance.now()
    const { entries } = runScript(`echo ${'a'.repeat(26)}! | grep -E '(a+)+$'; echo done`)
    expect(performance.now() - t0).toBeLessThan(2000)
    expect(entries[0]?.stdout).toBe('done\n')
    const long = runScript(`echo ${'a'.repeat(5000)}! | grep -c '(a+)+b'`).entries[0]
    expect(long?.stdout).toBe('0\n')
  })
})
