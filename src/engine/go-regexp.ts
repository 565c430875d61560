/**
 * Go's regexp (RE2 syntax), as the daemon's name and id filters use it (moby
 * api/types/filters Args.Match: `regexp.MatchString(value, source)`): does the pattern match
 * anywhere in the text? A pattern Go would not compile matches nothing, as there.
 *
 * It is matched the way RE2 matches, by a Pike VM walking every thread in step, so the cost
 * is the pattern's size times the text's length whatever the pattern: a JavaScript RegExp
 * could backtrack for years on `(a|a)*b`. The syntax covered: literals and escapes, `.`,
 * classes (`[a-z]`, `[^...]`, `[[:alpha:]]`, `\d \w \s` and their negations), groups
 * (`(...)`, `(?:...)`, `(?P<n>...)`), flags `(?ims)`, alternation, `* + ? {n,m}` (lazy or
 * not: the same for a yes/no match) and the assertions `^ $ \A \z \b \B`.
 */

type CharTest = (c: number) => boolean

type Node =
  | { readonly t: 'char'; readonly test: CharTest }
  | { readonly t: 'cat'; readonly items: readonly Node[] }
  | { readonly t: 'alt'; readonly items: readonly Node[] }
  | { readonly t: 'rep'; readonly node: Node; readonly min: number; readonly max: number }
  | { readonly t: 'assert'; readonly kind: Assertion }

type Assertion = 'bol' | 'eol' | 'bot' | 'eot' | 'word' | 'notWord'

interface Flags {
  readonly i: boolean
  readonly s: boolean
  readonly m: boolean
}

/** Go's limits: repeat counts (regexp/syntax maxRepeat) and nesting (maxHeight). */
const MAX_REPEAT = 1000
const MAX_NESTING = 1000
/** Compiled instructions past which the pattern counts as too large (Go: "expression too large"). */
const MAX_PROGRAM = 50_000

class Invalid {}

const code = (ch: string) => ch.codePointAt(0) ?? 0
const isWordChar = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
const isDigit = (c: number) => c >= 48 && c <= 57
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13 && c !== 11)

/** The POSIX classes Go knows inside brackets (regexp/syntax perl_groups.go). */
const POSIX: Readonly<Record<string, CharTest>> = {
  alnum: (c) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122),
  alpha: (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122),
  ascii: (c) => c <= 0x7f,
  blank: (c) => c === 32 || c === 9,
  cntrl: (c) => c < 32 || c === 0x7f,
  digit: isDigit,
  graph: (c) => c > 32 && c < 0x7f,
  lower: (c) => c >= 97 && c <= 122,
  print: (c) => c >= 32 && c < 0x7f,
  punct: (c) => c > 32 && c < 0x7f && !POSIX['alnum']?.(c),
  space: (c) => isSpace(c) || c === 11,
  upper: (c) => c >= 65 && c <= 90,
  word: isWordChar,
  xdigit: (c) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102),
}

const PERL: Readonly<Record<string, CharTest>> = {
  d: isDigit,
  D: (c) => !isDigit(c),
  w: isWordChar,
  W: (c) => !isWordChar(c),
  s: isSpace,
  S: (c) => !isSpace(c),
}

const CONTROL_ESCAPES: Readonly<Record<string, number>> = {
  a: 7,
  f: 12,
  t: 9,
  n: 10,
  r: 13,
  v: 11,
}

function folded(test: CharTest, fold: boolean): CharTest {
  if (!fold) return test
  return (c) => {
    const ch = String.fromCodePoint(c)
    return test(c) || test(code(ch.toLowerCase())) || test(code(ch.toUpperCase()))
  }
}

class Parser {
  private pos = 0
  private depth = 0
  private readonly chars: string[]

  constructor(pattern: string) {
    this.chars = [...pattern]
  }

  parse(): Node {
    const node = this.alternation({ i: false, s: false, m: false })
    if (this.pos < this.chars.length) throw new Invalid() // an unmatched `)`
    return node
  }

  private peek(): string | undefined {
    return this.chars[this.pos]
  }

  private alternation(start: Flags): Node {
    if (++this.depth > MAX_NESTING) throw new Invalid() // Go: expression nests too deeply
    // `(?i)` holds to the end of its group, across `|` too.
    let flags = start
    const items: Node[] = []
    for (;;) {
      const branch = this.concatenation(flags)
      items.push(branch.node)
      flags = branch.flags
      if (this.peek() !== '|') break
      this.pos++
    }
    this.depth--
    return items.length === 1 ? (items[0] as Node) : { t: 'alt', items }
  }

  private concatenation(start: Flags): { node: Node; flags: Flags } {
    let flags = start
    const items: Node[] = []
    for (let ch = this.peek(); ch !== undefined && ch !== '|' && ch !== ')'; ch = this.peek()) {
      if (ch === '(' && this.chars[this.pos + 1] === '?' && this.flagGroupEnds()) {
        flags = this.flagGroup(flags)
        continue
      }
      const atom = this.atom(flags)
      items.push(this.repetitions(atom))
    }
    return { node: { t: 'cat', items }, flags }
  }

  /** `(?ims)` (flags for the rest of the group), as opposed to `(?i:...)` or `(?P<n>...)`. */
  private flagGroupEnds(): boolean {
    for (let j = this.pos + 2; j < this.chars.length; j++) {
      const c = this.chars[j]
      if (c === ')') return true
      if (c !== '-' && !'imsU'.includes(c ?? '')) return false
    }
    return false
  }

  private flagGroup(flags: Flags): Flags {
    this.pos += 2
    const f = this.flagSpec(flags, ')')
    this.pos++
    return f
  }

  /** Flags up to `end` (`i`, `m`, `s`, `U`, a `-` turning the following ones off). */
  private flagSpec(flags: Flags, end: string): Flags {
    const f = { ...flags }
    let on = true
    let seen = false
    for (let c = this.peek(); c !== end; c = this.peek()) {
      if (c === '-' && on) on = false
      else if (c === 'i' || c === 'm' || c === 's') f[c] = on
      else if (c !== 'U') throw new Invalid()
      seen ||= c !== '-'
      this.pos++
    }
    if (!seen) throw new Invalid()
    return f
  }

  private repetitions(atom: Node): Node {
    let node = atom
    let repeated = false
    for (;;) {
      const bounds = this.repeatBounds()
      if (!bounds) return node
      if (repeated) throw new Invalid() // Go: invalid nested repetition operator
      repeated = true
      if (this.peek() === '?') this.pos++ // lazy: the same yes/no answer
      node = { t: 'rep', node, min: bounds.min, max: bounds.max }
    }
  }

  private repeatBounds(): { min: number; max: number } | null {
    const ch = this.peek()
    if (ch === '*' || ch === '+' || ch === '?') {
      this.pos++
      return { min: ch === '+' ? 1 : 0, max: ch === '?' ? 1 : -1 }
    }
    if (ch !== '{') return null
    const m = /^\{(\d+)(,(\d*))?\}/.exec(this.chars.slice(this.pos, this.pos + 16).join(''))
    if (!m) return null // not a repeat: `{` is a literal there
    const min = Number(m[1])
    const max = m[2] === undefined ? min : m[3] === '' ? -1 : Number(m[3])
    if (min > MAX_REPEAT || max > MAX_REPEAT || (max >= 0 && max < min)) throw new Invalid()
    this.pos += [...m[0]].length
    return { min, max }
  }

  private atom(flags: Flags): Node {
    const ch = this.chars[this.pos++] ?? ''
    switch (ch) {
      case '(':
        return this.group(flags)
      case '[':
        return { t: 'char', test: folded(this.bracket(), flags.i) }
      case '.':
        return { t: 'char', test: flags.s ? () => true : (c) => c !== 10 }
      case '^':
        return { t: 'assert', kind: flags.m ? 'bol' : 'bot' }
      case '$':
        return { t: 'assert', kind: flags.m ? 'eol' : 'eot' }
      case '\\':
        return this.escape(flags)
      case '*':
      case '+':
      case '?':
        throw new Invalid() // missing argument to repetition operator
      default:
        return this.literal(code(ch), flags)
    }
  }

  private literal(c: number, flags: Flags): Node {
    return { t: 'char', test: folded((x) => x === c, flags.i) }
  }

  private group(flags: Flags): Node {
    let inner = flags
    if (this.peek() === '?') {
      this.pos++
      const named = /^(P?<)([A-Za-z0-9_]+)>/.exec(
        this.chars.slice(this.pos, this.pos + 40).join(''),
      )
      if (named) this.pos += named[0].length
      else if (this.peek() === ':') this.pos++
      else {
        inner = this.flagSpec(flags, ':')
        this.pos++
      }
    }
    const node = this.alternation(inner)
    if (this.chars[this.pos++] !== ')') throw new Invalid() // missing closing )
    return node
  }

  private escape(flags: Flags): Node {
    const ch = this.chars[this.pos++]
    if (ch === undefined) throw new Invalid() // trailing backslash
    const perl = PERL[ch]
    if (perl) return { t: 'char', test: perl }
    if (ch === 'A') return { t: 'assert', kind: 'bot' }
    if (ch === 'z') return { t: 'assert', kind: 'eot' }
    if (ch === 'b') return { t: 'assert', kind: 'word' }
    if (ch === 'B') return { t: 'assert', kind: 'notWord' }
    return this.literal(this.escapedChar(ch), flags)
  }

  /** The character an escape outside `\d`-like classes stands for. */
  private escapedChar(ch: string): number {
    const control = CONTROL_ESCAPES[ch]
    if (control !== undefined) return control
    if (ch === 'x') return this.hexEscape()
    if (/[0-7]/.test(ch)) {
      // Go takes \0 and up to two more octal digits; \1-\7 alone would be backreferences.
      const digits = /^[0-7]{0,2}/.exec(this.chars.slice(this.pos, this.pos + 2).join(''))?.[0]
      if (ch !== '0' && (digits ?? '') === '') throw new Invalid()
      this.pos += digits?.length ?? 0
      return parseInt(ch + (digits ?? ''), 8)
    }
    // Only ASCII punctuation may be escaped to stand for itself.
    if (!/[!-/:-@[-`{-~]/.test(ch)) throw new Invalid()
    return code(ch)
  }

  private hexEscape(): number {
    if (this.peek() === '{') {
      const end = this.chars.indexOf('}', this.pos)
      const hex = end < 0 ? '' : this.chars.slice(this.pos + 1, end).join('')
      if (!/^[0-9a-fA-F]{1,8}$/.test(hex) || parseInt(hex, 16) > 0x10ffff) throw new Invalid()
      this.pos = end + 1
      return parseInt(hex, 16)
    }
    const hex = this.chars.slice(this.pos, this.pos + 2).join('')
    if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new Invalid()
    this.pos += 2
    return parseInt(hex, 16)
  }

  /** A bracket class after its `[`: ranges, `[:name:]`, `\d`-like and escaped members. */
  private bracket(): CharTest {
    const negated = this.peek() === '^'
    if (negated) this.pos++
    const parts: CharTest[] = []
    let first = true
    for (;;) {
      const ch = this.peek()
      if (ch === undefined) throw new Invalid() // missing closing ]
      if (ch === ']' && !first) break
      first = false
      const posix = /^\[:(\^?)([a-z]+):\]/.exec(this.chars.slice(this.pos, this.pos + 12).join(''))
      if (posix) {
        const test = POSIX[posix[2] ?? '']
        if (!test) throw new Invalid()
        parts.push(posix[1] ? (c) => !test(c) : test)
        this.pos += posix[0].length
        continue
      }
      if (ch === '\\' && PERL[this.chars[this.pos + 1] ?? '']) {
        parts.push(PERL[this.chars[this.pos + 1] ?? ''] as CharTest)
        this.pos += 2
        continue
      }
      const lo = this.classChar()
      if (this.peek() === '-' && this.chars[this.pos + 1] !== ']' && this.chars[this.pos + 1]) {
        this.pos++
        const hi = this.classChar()
        if (hi < lo) throw new Invalid() // invalid character class range
        parts.push((c) => c >= lo && c <= hi)
      } else parts.push((c) => c === lo)
    }
    this.pos++
    const any: CharTest = (c) => parts.some((p) => p(c))
    return negated ? (c) => !any(c) : any
  }

  private classChar(): number {
    const ch = this.chars[this.pos++] ?? ''
    return ch === '\\' ? this.escapedChar(this.chars[this.pos++] ?? '') : code(ch)
  }
}

type Inst =
  | { readonly op: 'char'; readonly test: CharTest; readonly next: number }
  | { readonly op: 'split'; readonly a: number; readonly b: number }
  | { readonly op: 'jmp'; readonly next: number }
  | { readonly op: 'assert'; readonly kind: Assertion; readonly next: number }
  | { readonly op: 'match' }

/** Compiles to instructions; each fragment is emitted so that it falls through to `next`. */
class Compiler {
  readonly prog: Inst[] = []

  /** Emits `node` to continue at `next`; returns the entry of the fragment. */
  emit(node: Node, next: number): number {
    if (this.prog.length > MAX_PROGRAM) throw new Invalid()
    switch (node.t) {
      case 'char':
        return this.push({ op: 'char', test: node.test, next })
      case 'assert':
        return this.push({ op: 'assert', kind: node.kind, next })
      case 'cat': {
        let entry = next
        for (let k = node.items.length - 1; k >= 0; k--)
          entry = this.emit(node.items[k] as Node, entry)
        return entry
      }
      case 'alt': {
        const entries = node.items.map((n) => this.emit(n, next))
        let entry = entries[entries.length - 1] as number
        for (let k = entries.length - 2; k >= 0; k--)
          entry = this.push({ op: 'split', a: entries[k] as number, b: entry })
        return entry
      }
      case 'rep':
        return this.repeat(node.node, node.min, node.max, next)
    }
  }

  private repeat(node: Node, min: number, max: number, next: number): number {
    let entry = next
    if (max < 0) {
      // A loop: a split that either runs the body (which jumps back) or leaves.
      const loop = this.push({ op: 'jmp', next: -1 })
      const body = this.emit(node, loop)
      const split = this.push({ op: 'split', a: body, b: next })
      this.prog[loop] = { op: 'jmp', next: split }
      entry = split
    } else {
      // Optional copies: each either runs (then offers the next) or skips to the end.
      for (let k = 0; k < max - min; k++) {
        const body = this.emit(node, entry)
        entry = this.push({ op: 'split', a: body, b: next })
      }
    }
    for (let k = 0; k < min; k++) entry = this.emit(node, entry)
    return entry
  }

  private push(inst: Inst): number {
    this.prog.push(inst)
    return this.prog.length - 1
  }
}

function holds(kind: Assertion, text: readonly number[], at: number): boolean {
  const before = at > 0 ? (text[at - 1] as number) : -1
  const after = at < text.length ? (text[at] as number) : -1
  switch (kind) {
    case 'bot':
      return at === 0
    case 'eot':
      return at === text.length
    case 'bol':
      return at === 0 || before === 10
    case 'eol':
      return at === text.length || after === 10
    case 'word':
    case 'notWord': {
      const boundary = (before >= 0 && isWordChar(before)) !== (after >= 0 && isWordChar(after))
      return kind === 'word' ? boundary : !boundary
    }
  }
}

/** Adds the thread at `pc` and everything it reaches without reading a character. */
function addThread(
  prog: readonly Inst[],
  list: number[],
  seen: Uint32Array,
  mark: number,
  pc: number,
  text: readonly number[],
  at: number,
): boolean {
  const stack = [pc]
  while (stack.length > 0) {
    const p = stack.pop() as number
    if (seen[p] === mark) continue
    seen[p] = mark
    const inst = prog[p] as Inst
    switch (inst.op) {
      case 'match':
        return true
      case 'jmp':
        stack.push(inst.next)
        break
      case 'split':
        stack.push(inst.b, inst.a)
        break
      case 'assert':
        if (holds(inst.kind, text, at)) stack.push(inst.next)
        break
      case 'char':
        list.push(p)
    }
  }
  return false
}

function compile(pattern: string): { prog: Inst[]; start: number } | null {
  try {
    const tree = new Parser(pattern).parse()
    const c = new Compiler()
    const match = c.prog.push({ op: 'match' }) - 1
    return { prog: c.prog, start: c.emit(tree, match) }
  } catch (e) {
    if (e instanceof Invalid) return null
    throw e
  }
}

let lastCompiled: { pattern: string; compiled: ReturnType<typeof compile> } | null = null

/** regexp.MatchString(pattern, text): false when Go would not compile the pattern. */
export function goRegexpMatch(pattern: string, text: string): boolean {
  if (lastCompiled?.pattern !== pattern) lastCompiled = { pattern, compiled: compile(pattern) }
  const compiled = lastCompiled.compiled
  if (!compiled) return false
  const { prog, start } = compiled
  const chars = [...text].map(code)
  const seen = new Uint32Array(prog.length)
  let mark = 1
  let current: number[] = []
  for (let at = 0; at <= chars.length; at++) {
    // Unanchored: a new thread starts at every position.
    if (addThread(prog, current, seen, mark, start, chars, at)) return true
    const next: number[] = []
    mark++
    const c = chars[at]
    if (c === undefined) break
    for (const pc of current) {
      const inst = prog[pc] as Extract<Inst, { op: 'char' }>
      if (inst.test(c) && addThread(prog, next, seen, mark, inst.next, chars, at + 1)) return true
    }
    current = next
  }
  return false
}
