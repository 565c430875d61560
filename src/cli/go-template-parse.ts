// Parser for the subset of Go's text/template that Docker's --format / -f use.
// Follows text/template/parse/parse.go closely so error texts match Go's.
import { call, runDeep, type Deep } from './deep'
import { goQuote, utf8Len } from './go-template-fmt'
import { lex } from './go-template-lex'
import type { Tok } from './go-template-lex'

export type Arg =
  | { k: 'field'; pos: number; ids: string[] } // .A.B
  | { k: 'var'; pos: number; ids: string[] } // $x.A (ids[0] is "$x")
  | { k: 'chain'; pos: number; node: Arg; ids: string[] } // (pipe).A
  | { k: 'ident'; pos: number; name: string }
  | { k: 'dot'; pos: number }
  | { k: 'nil'; pos: number }
  | { k: 'bool'; pos: number; val: boolean }
  | { k: 'num'; pos: number; val: number; isInt: boolean; text: string }
  | { k: 'str'; pos: number; val: string; text: string }
  | { k: 'pipe'; pos: number; pipe: Pipe } // parenthesized pipeline
export type Cmd = { k: 'cmd'; pos: number; args: Arg[] }
export type Pipe = { k: 'pipeline'; pos: number; decl: string[]; isAssign: boolean; cmds: Cmd[] }
export type TNode = { k: 'text'; text: string } | { k: 'action'; pos: number; pipe: Pipe } | Control
export type Control = {
  k: 'if' | 'with' | 'range'
  pos: number
  pipe: Pipe
  list: TNode[]
  elseList: TNode[] | null
}

const ESC: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
}

// strconv.Unquote for "..." and '...' (rune) literals; null on invalid syntax.
function unquote(body: string, q: string): string | null {
  let out = ''
  for (let i = 0; i < body.length;) {
    const c = body.charAt(i++)
    if (c === q) return null
    if (c !== '\\') {
      out += c
      continue
    }
    const e = body.charAt(i++)
    const hexLen = { x: 2, u: 4, U: 8 }[e]
    if (ESC[e] !== undefined) out += ESC[e]
    else if (e === q) out += q
    else if (hexLen || /[0-7]/.test(e)) {
      const digits = hexLen ? body.slice(i, i + hexLen) : body.slice(i - 1, i + 2)
      const ok = hexLen ? new RegExp(`^[0-9a-fA-F]{${hexLen}}$`) : /^[0-7]{3}$/
      const n = parseInt(digits, hexLen ? 16 : 8)
      if (!ok.test(digits) || n > 0x10ffff) return null
      out += String.fromCodePoint(n)
      i += hexLen ?? 2
    } else return null
  }
  return out
}

function parseNumber(pos: number, text: string): Arg {
  if (text.startsWith("'")) {
    const r = unquote(text.slice(1, -1), "'")
    if (r === null || [...r].length !== 1) throw `malformed character constant: ${text}`
    return { k: 'num', pos, val: r.codePointAt(0) ?? 0, isInt: true, text }
  }
  const t = text.replace(/_/g, '')
  const m = /^([+-]?)0([xob])([0-9a-f]+)$/i.exec(t)
  let val = NaN
  if (m)
    val =
      Number(m[1] + '1') * parseInt(m[3] ?? '', { x: 16, o: 8, b: 2 }[(m[2] ?? '').toLowerCase()])
  else if (/^[+-]?0[0-7]+$/.test(t)) val = parseInt(t, 8)
  else if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) val = Number(t)
  if (!Number.isFinite(val)) throw `illegal number syntax: ${goQuote(text)}`
  return { k: 'num', pos, val, isInt: Number.isInteger(val), text }
}

const lineOf = (src: string, pos: number) => src.slice(0, pos).split('\n').length

/** Go's "line:col" of a node (col is the 0-based byte offset within the line). */
export function location(src: string, pos: number): string {
  const lineStart = src.lastIndexOf('\n', pos - 1) + 1
  return `${lineOf(src, pos)}:${utf8Len(src.slice(lineStart, pos))}`
}

/** Node.String() from text/template/parse, used as error context (any depth: ./deep.ts). */
export function nodeString(n: Arg | Cmd | Pipe): string {
  return runDeep(nodeText(n))
}

function* nodeText(n: Arg | Cmd | Pipe): Deep<string> {
  const texts = function* (list: readonly (Arg | Cmd)[]): Deep<string[]> {
    const out: string[] = []
    for (const a of list)
      out.push(a.k === 'pipe' ? `(${yield* call(nodeText(a))})` : yield* call(nodeText(a)))
    return out
  }
  switch (n.k) {
    case 'field':
      return '.' + n.ids.join('.')
    case 'var':
      return n.ids.join('.')
    case 'chain':
      return (yield* call(texts([n.node])))[0] + n.ids.map((id) => '.' + id).join('')
    case 'ident':
      return n.name
    case 'dot':
      return '.'
    case 'nil':
      return 'nil'
    case 'bool':
      return String(n.val)
    case 'num':
    case 'str':
      return n.text
    case 'pipe':
      return yield* call(nodeText(n.pipe))
    case 'cmd':
      return (yield* call(texts(n.args))).join(' ')
    case 'pipeline':
      return (
        (n.decl.length ? n.decl.join(', ') + ' := ' : '') + (yield* call(texts(n.cmds))).join(' | ')
      )
  }
}

type Item = TNode | { k: 'end' } | { k: 'else' }

/**
 * Nested parentheses (text/template/parse/parse.go maxStackDepth, checked in term): 10,000
 * parse, the next one is "max expression depth exceeded". Go does not limit control nesting
 * (`{{if}}` in `{{if}}`...); the executor does (go-template.ts). The parser's recursion runs
 * on ./deep.ts's heap stack, so neither kind can overflow the JavaScript stack.
 */
export const MAX_PAREN_DEPTH = 10_000

/** Parses a template; throws the Go error text (a string) on failure. */
export function parseTemplate(src: string, funcs: ReadonlySet<string>): TNode[] {
  return runDeep(parseDeep(src, funcs))
}

function* parseDeep(src: string, funcs: ReadonlySet<string>): Deep<TNode[]> {
  const toks = lex(src)
  let i = 0
  let far = 0
  /** Where the action being parsed starts (-1 outside actions); its line is only for errors. */
  let actionPos = -1
  let parens = 0
  const vars = ['$']
  const tok = (j: number) => toks[Math.min(j, toks.length - 1)] as Tok
  const errorf = (msg: string): never => {
    throw `template: :${lineOf(src, tok(far).pos)}: ${msg}`
  }
  const next = () => {
    far = Math.max(far, i)
    return tok(i++)
  }
  const peek = () => {
    far = Math.max(far, i)
    return tok(i)
  }
  const nextNonSpace = () => {
    let t = next()
    while (t.t === 'space') t = next()
    return t
  }
  const peekNonSpace = () => {
    const t = nextNonSpace()
    i--
    return t
  }
  const tokString = (t: Tok) => {
    if (t.t === 'eof') return 'EOF'
    if (t.t === 'kw' || t.t === 'dot' || t.t === 'nil') return `<${t.val}>`
    return t.val.length > 10 ? goQuote([...t.val].slice(0, 10).join('')) + '...' : goQuote(t.val)
  }
  const unexpected = (t: Tok, context: string): never => {
    if (t.t !== 'error') return errorf(`unexpected ${tokString(t)} in ${context}`)
    const line = lineOf(src, t.pos)
    const actionLine = actionPos < 0 ? 0 : lineOf(src, actionPos)
    const extra = actionLine && actionLine !== line ? ` in action started at :${actionLine}` : ''
    return errorf(t.val + (t.val.endsWith(' action') ? extra.replace(' in action', '') : extra))
  }
  const expect = (typ: Tok['t'], context: string) => {
    const t = nextNonSpace()
    if (t.t !== typ) unexpected(t, context)
  }
  const isKw = (t: Tok, w: string) => t.t === 'kw' && t.val === w

  function* term(): Deep<Arg | null> {
    const t = nextNonSpace()
    const pos = t.pos
    switch (t.t) {
      case 'error':
        return errorf(t.val)
      case 'ident':
        if (!funcs.has(t.val)) errorf(`function ${goQuote(t.val)} not defined`)
        return { k: 'ident', pos, name: t.val }
      case 'dot':
      case 'nil':
        return { k: t.t, pos }
      case 'var':
        if (!vars.includes(t.val)) errorf(`undefined variable ${goQuote(t.val)}`)
        return { k: 'var', pos, ids: [t.val] }
      case 'field':
        return { k: 'field', pos, ids: [t.val.slice(1)] }
      case 'bool':
        return { k: 'bool', pos, val: t.val === 'true' }
      case 'num':
      case 'charconst':
        try {
          return parseNumber(pos, t.val)
        } catch (e) {
          return errorf(String(e))
        }
      case 'lp': {
        if (parens >= MAX_PAREN_DEPTH) errorf('max expression depth exceeded')
        parens++
        const pos = peekNonSpace().pos
        const pipe = yield* call(pipeline('parenthesized pipeline', 'rp'))
        parens--
        return { k: 'pipe', pos, pipe }
      }
      case 'str':
      case 'raw': {
        const body = t.val.slice(1, -1)
        const val = t.t === 'raw' ? body.replace(/\r/g, '') : unquote(body, '"')
        return val === null ? errorf('invalid syntax') : { k: 'str', pos, val, text: t.val }
      }
    }
    i--
    return null
  }
  function* operand(): Deep<Arg | null> {
    const node = yield* call(term())
    if (!node || peek().t !== 'field') return node
    const pos = peek().pos
    const ids: string[] = []
    while (peek().t === 'field') ids.push(next().val.slice(1))
    if (node.k === 'field' || node.k === 'var')
      return { k: node.k, pos, ids: [...node.ids, ...ids] }
    if (['bool', 'str', 'num', 'nil', 'dot'].includes(node.k)) {
      errorf(`unexpected . after term ${goQuote(nodeString(node))}`)
    }
    return { k: 'chain', pos, node, ids }
  }
  function* command(): Deep<Cmd> {
    const cmd: Cmd = { k: 'cmd', pos: peekNonSpace().pos, args: [] }
    for (;;) {
      peekNonSpace()
      const op = yield* call(operand())
      if (op) cmd.args.push(op)
      const t = next()
      if (t.t === 'space') continue
      if (t.t === 'rd' || t.t === 'rp') i--
      else if (t.t !== 'pipe') unexpected(t, 'operand')
      break
    }
    if (!cmd.args.length) errorf('empty command')
    return cmd
  }
  const STARTS = [
    'bool',
    'charconst',
    'dot',
    'field',
    'ident',
    'num',
    'nil',
    'raw',
    'str',
    'var',
    'lp',
  ]
  function* pipeline(context: string, end: 'rd' | 'rp'): Deep<Pipe> {
    const pipe: Pipe = {
      k: 'pipeline',
      pos: peekNonSpace().pos,
      decl: [],
      isAssign: false,
      cmds: [],
    }
    for (let v = peekNonSpace(); v.t === 'var'; v = peekNonSpace()) {
      const at = i
      next()
      const nx = peekNonSpace()
      const isComma = nx.t === 'char' && nx.val === ','
      if (nx.t !== 'assign' && nx.t !== 'declare' && !isComma) {
        i = at
        break
      }
      nextNonSpace()
      pipe.isAssign = nx.t === 'assign'
      pipe.decl.push(v.val)
      vars.push(v.val)
      if (!isComma) break
      if (context !== 'range' || pipe.decl.length >= 2)
        errorf(`too many declarations in ${context}`)
      if (!['var', 'rd', 'rp'].includes(peekNonSpace().t))
        errorf('range can only initialize variables')
    }
    for (;;) {
      const t = nextNonSpace()
      if (t.t === end) {
        if (!pipe.cmds.length) errorf(`missing value for ${context}`)
        pipe.cmds.slice(1).forEach((c, j) => {
          const k = c.args[0]?.k ?? ''
          if (['bool', 'dot', 'nil', 'num', 'str'].includes(k)) {
            errorf(`non executable command in pipeline stage ${j + 2}`)
          }
        })
        return pipe
      }
      if (!STARTS.includes(t.t)) unexpected(t, context)
      i--
      pipe.cmds.push(yield* call(command()))
    }
  }
  function* itemList(): Deep<[TNode[], Item]> {
    const list: TNode[] = []
    while (peekNonSpace().t !== 'eof') {
      const n = yield* call(textOrAction())
      if (n.k === 'end' || n.k === 'else') return [list, n]
      list.push(n)
    }
    return errorf('unexpected EOF')
  }
  function* control(k: 'if' | 'with' | 'range'): Deep<TNode> {
    const mark = vars.length
    const pipe = yield* call(pipeline(k, 'rd'))
    const [list, nx] = yield* call(itemList())
    let elseList: TNode[] | null = null
    if (nx.k === 'else') {
      if (k !== 'range' && isKw(peek(), k)) {
        next() // {{else if ...}} / {{else with ...}}: one {{end}} closes the chain
        elseList = [yield* call(control(k))]
      } else {
        const [l, nx2] = yield* call(itemList())
        if (nx2.k !== 'end') errorf(`expected end; found {{${nx2.k}}}`)
        elseList = l
      }
    }
    vars.length = mark
    return { k, pos: pipe.pos, pipe, list, elseList }
  }
  function* action(): Deep<Item> {
    const t = nextNonSpace()
    if (t.t === 'kw') {
      if (t.val === 'end') {
        expect('rd', 'end')
        return { k: 'end' }
      }
      if (t.val === 'else') {
        const p = peekNonSpace()
        if (!isKw(p, 'if') && !isKw(p, 'with')) expect('rd', 'else')
        return { k: 'else' }
      }
      if (t.val === 'if' || t.val === 'with' || t.val === 'range')
        return yield* call(control(t.val))
      errorf(`{{${t.val}}} is not supported`)
    }
    i--
    const pos = peekNonSpace().pos
    return { k: 'action', pos, pipe: yield* call(pipeline('command', 'rd')) }
  }
  function* textOrAction(): Deep<Item> {
    const t = nextNonSpace()
    if (t.t === 'text') return { k: 'text', text: t.val }
    if (t.t !== 'ld') return unexpected(t, 'input')
    actionPos = t.pos
    try {
      return yield* call(action())
    } finally {
      actionPos = -1
    }
  }
  const root: TNode[] = []
  while (peek().t !== 'eof') {
    const n = yield* call(textOrAction())
    if (n.k === 'end' || n.k === 'else') errorf(`unexpected {{${n.k}}}`)
    else root.push(n)
  }
  return root
}
