import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { goRegexpMatch } from './go-regexp'

// Go's regexp.MatchString semantics (RE2 syntax, an unanchored search), as moby's filters use it.
describe('goRegexpMatch', () => {
  it.each([
    ['web', 'web', true],
    ['web', 'my-web-1', true],
    ['^web$', 'my-web-1', false],
    ['^web', 'web-1', true],
    ['b.*1$', 'web-1', true],
    ['a|b', 'xbx', true],
    ['(?i)WEB', 'web', true],
    ['WEB', 'web', false],
    ['w(?i:E)b', 'wEb', true],
    ['[[:digit:]]+$', 'db2', true],
    ['^[a-c]{2,3}$', 'abc', true],
    ['^[a-c]{2,3}$', 'abca', false],
    ['^a{2}$', 'aa', true],
    ['^a{2}$', 'aaa', false],
    ['^[^0-9]+$', 'web', true],
    ['\\d', 'web', false],
    ['\\bdb\\b', 'my db', true],
    ['\\bdb\\b', 'mydb', false],
    ['\\.', 'a.b', true],
    ['x{', 'x{', true],
    ['(?:ab)+c', 'ababc', true],
    ['(?P<n>a)b', 'ab', true],
    ['', 'anything', true],
  ])('MatchString(%j, %j) is %s', (pattern, text, expected) => {
    expect(goRegexpMatch(pattern, text)).toBe(expected)
  })

  // Patterns Go's regexp/syntax refuses; the filters then match nothing.
  it.each(['(', 'a)', '[a', '*a', 'a**', 'a{1001}', '\\1', '\\q', '(?<>a)', '[b-a]'])(
    'refuses %j as Go does',
    (pattern) => {
      expect(goRegexpMatch(pattern, 'a(a)*aq')).toBe(false)
    },
  )

  it('matches in time linear in the text, whatever the pattern (no backtracking)', () => {
    const t0 = performance.now()
    expect(goRegexpMatch('(a|a)*(a|a)*(a|a)*b', 'a'.repeat(5000))).toBe(false)
    expect(goRegexpMatch('(a+)+$', `${'a'.repeat(5000)}!`)).toBe(false)
    expect(performance.now() - t0).toBeLessThan(2000)
  })

  // regexp/syntax refuses expressions nested past maxHeight (1000): "expression nests too deeply".
  it('refuses deep nesting as Go does, without a stack overflow', () => {
    expect(goRegexpMatch(`${'('.repeat(500)}a${')'.repeat(500)}`, 'a')).toBe(true)
    expect(goRegexpMatch(`${'('.repeat(100_000)}a${')'.repeat(100_000)}`, 'a')).toBe(false)
  })

  it('agrees with JavaScript on the syntax both share, for random patterns and texts', () => {
    const atom = fc.constantFrom('a', 'b', '.', '[ab]', '[^a]', '\\d', '(a|b)', '(?:ab)', '^', '$')
    const piece = fc.tuple(atom, fc.constantFrom('', '*', '+', '?', '{1,2}', '{2}'))
    const pattern = fc
      .array(piece, { maxLength: 5 })
      .map((ps) => ps.map(([a, q]) => (['^', '$'].includes(a) ? a : a + q)).join(''))
    const text = fc.stringMatching(/^[ab1]{0,8}$/)
    fc.assert(
      fc.property(pattern, text, (p, s) => {
        expect(goRegexpMatch(p, s)).toBe(new RegExp(p).test(s))
      }),
      { numRuns: 2000 },
    )
  })
})
