/**
 * Does a line match a grep pattern? JavaScript's RegExp backtracks, so a pattern such as
 * `(a+)+$` takes exponential time on a line of a few dozen characters. grep only asks whether a
 * line matches, which an NFA answers in time linear in the line (Thompson's construction, as
 * GNU grep's own matchers do): patterns are compiled to one here, each single-character piece
 * (`.`, `[a-z]`, `\d`, a letter) still judged by RegExp on one character so the syntax and
 * case folding stay JavaScript's. Backreferences and lookaround, which no NFA can do, fall back
 * to RegExp.
 */

type Assertion = '^' | '$' | 'b' | 'B'
type Node =
  | { readonly k: 'char'; readonly source: string }
  | { readonly k: 'assert'; readonly a: Assertion }
  | { readonly k: 'alt'; readonly options: readonly Node[][] }
  | { readonly k: 'repeat'; readonly node: Node; readonly min: number; readonly max: number }

/** A pattern feature an NFA cannot do (or this one does not parse): use RegExp. */
class Unsupported extends Error {}

/** Larger automata (counted repeats of counted repeats) are left to RegExp. */
const MAX_STATES = 20_000

function parse(src: string): Node[][] {
  let i = 0
  const alternatives = (): Node[][] => {
    const options: Node[][] = [sequence()]
    while (src[i] === '|') {
      i++
      options.push(sequence())
    }
    return options
  }
  const sequence = (): Node[] => {
    const items: Node[] = []
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const atom = parseAtom()
      items.push(atom.k === 'assert' ? atom : quantified(atom))
    }
    return items
  }
  const parseAtom = (): Node => {
    const c = src[i] ?? ''
    if (c === '(') {
      if (src[i + 1] === '?' && src[i + 2] !== ':') throw new Unsupported()
      i += src[i + 1] === '?' ? 3 : 1
      const options = alternatives()
      if (src[i] !== ')') throw new Unsupported()
      i++
      return { k: 'alt', options }
    }
    if (c === '^' || c === '$') {
      i++
      return { k: 'assert', a: c }
    }
    if (c === '[') return { k: 'char', source: src.slice(i, (i = endOfClass(src, i))) }
    if (c === '\\') return escape()
    i++
    return {
      k: 'char',
      source: c === '.' ? '.' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    }
  }
  const escape = (): Node => {
    const n = src[i + 1] ?? ''
    if (n === 'b' || n === 'B') {
      i += 2
      return { k: 'assert', a: n }
    }
    if (/[1-9kcxu0]/.test(n)) throw new Unsupported()
    i += 2
    return { k: 'char', source: `\\${n}` }
  }
  const quantified = (node: Node): Node => {
    const q = /^(?:([*+?])|\{(\d+)(,(\d*))?\})\??/.exec(src.slice(i))
    if (!q) return node
    i += q[0].length
    const min = q[1] === '+' ? 1 : q[1] ? 0 : Number(q[2])
    const max =
      q[1] === '?' ? 1 : q[1] ? Infinity : q[3] === undefined ? min : q[4] ? Number(q[4]) : Infinity
    return { k: 'repeat', node, min, max }
  }
  const options = alternatives()
  if (i !== src.length) throw new Unsupported()
  return options
}

/** Index after the character class opening at i (JavaScript's: `[]` is empty, `]` ends it). */
function endOfClass(src: string, i: number): number {
  let j = i + 1
  if (src[j] === '^') j++
  while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1
  if (j >= src.length) throw new Unsupported()
  return j + 1
}

type State =
  | { t: 'char'; test: (code: number) => boolean; out: number }
  | { t: 'split'; out: number; out2: number }
  | { t: 'assert'; a: Assertion; out: number }
  | { t: 'match' }

/** One character judged by RegExp, remembered per character code. */
function charTest(source: string, flags: string): (code: number) => boolean {
  const re = new RegExp(`^(?:${source})$`, flags)
  const seen = new Map<number, boolean>()
  return (code) => {
    let hit = seen.get(code)
    if (hit === undefined) seen.set(code, (hit = re.test(String.fromCharCode(code))))
    return hit
  }
}

function compile(options: Node[][], flags: string): { states: State[]; start: number } {
  const states: State[] = [{ t: 'match' }]
  const add = (s: State): number => {
    if (states.length >= MAX_STATES) throw new Unsupported()
    states.push(s)
    return states.length - 1
  }
  const sequence = (items: readonly Node[], next: number): number =>
    items.reduceRight((after, item) => node(item, after), next)
  const node = (n: Node, next: number): number => {
    switch (n.k) {
      case 'char':
        return add({ t: 'char', test: charTest(n.source, flags), out: next })
      case 'assert':
        return add({ t: 'assert', a: n.a, out: next })
      case 'alt':
        return n.options
          .map((o) => sequence(o, next))
          .reduceRight((rest, first) => add({ t: 'split', out: first, out2: rest }))
      case 'repeat':
        return repeat(n.node, n.min, n.max, next)
    }
  }
  const repeat = (body: Node, min: number, max: number, next: number): number => {
    let start = next
    if (max === Infinity) {
      const loop = add({ t: 'split', out: -1, out2: next })
      const inner = node(body, loop)
      ;(states[loop] as { out: number }).out = inner
      start = loop
    } else {
      for (let k = min; k < max; k++)
        start = add({ t: 'split', out: node(body, start), out2: next })
    }
    for (let k = 0; k < min; k++) start = node(body, start)
    return start
  }
  const start = node({ k: 'alt', options }, 0)
  return { states, start }
}

const isWord = (code: number) =>
  (code >= 48 && code <= 57) ||
  (code >= 65 && code <= 90) ||
  (code >= 97 && code <= 122) ||
  code === 95

function holds(a: Assertion, line: string, at: number): boolean {
  if (a === '^') return at === 0
  if (a === '$') return at === line.length
  const boundary =
    (at > 0 && isWord(line.charCodeAt(at - 1))) !==
    (at < line.length && isWord(line.charCodeAt(at)))
  return a === 'b' ? boundary : !boundary
}

/** Whether `line` matches, by running every thread of the NFA in step over its characters. */
function run(states: readonly State[], start: number, line: string): boolean {
  const mark = new Int32Array(states.length).fill(-1)
  let current: number[] = []
  const follow = (list: number[], s: number, at: number, stamp: number) => {
    const stack = [s]
    while (stack.length > 0) {
      const i = stack.pop() as number
      if (mark[i] === stamp) continue
      mark[i] = stamp
      const st = states[i] as State
      if (st.t === 'split') stack.push(st.out2, st.out)
      else if (st.t === 'assert') {
        if (holds(st.a, line, at)) stack.push(st.out)
      } else list.push(i)
    }
  }
  for (let at = 0; ; at++) {
    follow(current, start, at, at)
    if (current.some((i) => states[i]?.t === 'match')) return true
    if (at === line.length) return false
    const code = line.charCodeAt(at)
    const next: number[] = []
    for (const i of current) {
      const st = states[i] as State
      if (st.t === 'char' && st.test(code)) follow(next, st.out, at + 1, at + 1)
    }
    current = next
  }
}

/**
 * A line test for a grep pattern that JavaScript accepts (`new RegExp(pattern, flags)` does not
 * throw): linear in the line unless the pattern needs backreferences or lookaround.
 */
export function lineMatcher(pattern: string, flags: string): (line: string) => boolean {
  try {
    const { states, start } = compile(parse(pattern), flags)
    return (line) => run(states, start, line)
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e
    const re = new RegExp(pattern, flags)
    return (line) => re.test(line)
  }
}
