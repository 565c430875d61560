// Lexer for Go's text/template (after text/template/parse/lex.go, Go 1.22+): trim markers,
// comments, multi-line actions, and Go's lexer error texts.
import { goQuote } from './go-template-fmt'

type TT = 'text' | 'ld' | 'rd' | 'space' | 'field' | 'var' | 'ident' | 'kw' | 'dot' | 'nil'
export type Tok = {
  t:
    | TT
    | 'bool'
    | 'num'
    | 'charconst'
    | 'str'
    | 'raw'
    | 'char'
    | 'pipe'
    | 'lp'
    | 'rp'
    | 'declare'
    | 'assign'
    | 'eof'
    | 'error'
  pos: number
  val: string
}

const KEYWORDS = [
  'block',
  'break',
  'continue',
  'define',
  'else',
  'end',
  'if',
  'range',
  'template',
  'with',
]
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\n'
const isAlnum = (c: string) => c !== '' && /^[\p{L}\p{Nd}_]$/u.test(c)
const fmtU = (c: string) => {
  const n = c.codePointAt(0) ?? 0
  const u = 'U+' + n.toString(16).toUpperCase().padStart(4, '0')
  return n < 0x20 || (n >= 0x7f && n < 0xa0) ? u : `${u} '${c}'`
}

export function lex(src: string): Tok[] {
  const toks: Tok[] = []
  const ch = (i: number) => src.charAt(i)
  const cp = (i: number) => (i < src.length ? String.fromCodePoint(src.codePointAt(i) ?? 0) : '')
  const emit = (t: Tok['t'], pos: number, end: number) =>
    toks.push({ t, pos, val: src.slice(pos, end) })
  const fail = (pos: number, msg: string) => {
    toks.push({ t: 'error', pos, val: msg })
    return -1
  }
  const leftTrim = (i: number) => ch(i) === '-' && isSpace(ch(i + 1))
  const rightDelim = (i: number) =>
    isSpace(ch(i)) && ch(i + 1) === '-' && src.startsWith('}}', i + 2)
      ? 2
      : src.startsWith('}}', i)
        ? 1
        : 0
  const skipSpace = (i: number) => {
    while (isSpace(ch(i))) i++
    return i
  }
  const atTerminator = (i: number) => i >= src.length || isSpace(ch(i)) || '.,|:)(}'.includes(ch(i))
  const scanNumber = (i: number): [boolean, number] => {
    if (ch(i) === '+' || ch(i) === '-') i++
    let digits = '0123456789_'
    if (ch(i) === '0') {
      i++
      const c = ch(i).toLowerCase()
      if (c === 'x' || c === 'o' || c === 'b') i++
      if (c === 'x') digits = '0123456789abcdefABCDEF_'
      if (c === 'o') digits = '01234567_'
      if (c === 'b') digits = '01_'
    }
    const run = (set: string) => {
      while (ch(i) !== '' && set.includes(ch(i))) i++
    }
    run(digits)
    if (ch(i) === '.') {
      i++
      run(digits)
    }
    const expo = digits.length === 11 ? 'eE' : digits.length === 23 ? 'pP' : ''
    if (expo && ch(i) !== '' && expo.includes(ch(i))) {
      i++
      if (ch(i) === '+' || ch(i) === '-') i++
      run('0123456789_')
    }
    if (ch(i) === 'i') i++
    return isAlnum(cp(i)) ? [false, i + cp(i).length] : [true, i]
  }
  const scanQuote = (i: number, q: string): number => {
    for (;;) {
      const c = ch(i++)
      if (c === '\\' && q !== '`') {
        const d = ch(i++)
        if (d !== '' && d !== '\n') continue
        return -1
      }
      if (c === '' || (c === '\n' && q !== '`')) return -1
      if (c === q) return i
    }
  }
  // Scans inside {{ }} from p; returns the position after the right delimiter, or -1 on error.
  const lexAction = (p: number): number => {
    let depth = 0
    for (;;) {
      const rd = rightDelim(p)
      if (rd) {
        if (depth > 0) return fail(p, 'unclosed left paren')
        if (rd === 2) p += 2
        emit('rd', p, p + 2)
        return rd === 2 ? skipSpace(p + 2) : p + 2
      }
      const start = p
      const c = cp(p)
      p += c.length
      if (c === '') return fail(start, 'unclosed action')
      if (isSpace(c)) {
        let e = skipSpace(start)
        if (ch(e - 1) !== '' && isSpace(ch(e - 1)) && ch(e) === '-' && src.startsWith('}}', e + 1))
          e-- // " -}}"
        if (e > start) emit('space', start, e)
        p = e
      } else if (c === '=') emit('assign', start, p)
      else if (c === ':') {
        if (ch(p++) !== '=') return fail(start, 'expected :=')
        emit('declare', start, p)
      } else if (c === '|') emit('pipe', start, p)
      else if (c === '"' || c === '`' || c === "'") {
        p = scanQuote(p, c)
        if (p < 0) {
          const what =
            c === '"' ? 'quoted string' : c === '`' ? 'raw quoted string' : 'character constant'
          return fail(start, `unterminated ${what}`)
        }
        emit(c === '"' ? 'str' : c === '`' ? 'raw' : 'charconst', start, p)
      } else if ((c === '.' && !/[0-9]/.test(ch(p))) || c === '$') {
        if (atTerminator(p)) emit(c === '.' ? 'dot' : 'var', start, p)
        else {
          while (isAlnum(cp(p))) p += cp(p).length
          if (!atTerminator(p)) return fail(start, `bad character ${fmtU(cp(p))}`)
          emit(c === '.' ? 'field' : 'var', start, p)
        }
      } else if (c === '.' || c === '+' || c === '-' || /[0-9]/.test(c)) {
        let [ok, e] = scanNumber(start)
        if (ok && (ch(e) === '+' || ch(e) === '-')) {
          ;[ok, e] = scanNumber(e)
          ok = ok && ch(e - 1) === 'i'
        }
        if (!ok) return fail(start, `bad number syntax: ${goQuote(src.slice(start, e))}`)
        emit('num', start, e)
        p = e
      } else if (isAlnum(c)) {
        while (isAlnum(cp(p))) p += cp(p).length
        if (!atTerminator(p)) return fail(start, `bad character ${fmtU(cp(p))}`)
        const w = src.slice(start, p)
        const t = KEYWORDS.includes(w)
          ? 'kw'
          : w === 'nil'
            ? 'nil'
            : /^(true|false)$/.test(w)
              ? 'bool'
              : 'ident'
        emit(t, start, p)
      } else if (c === '(') {
        emit('lp', start, p)
        depth++
      } else if (c === ')') {
        emit('rp', start, p)
        if (--depth < 0) return fail(start, `unexpected right paren ${fmtU(c)}`)
      } else if (/^[\x20-\x7e]$/.test(c)) emit('char', start, p)
      else return fail(start, `unrecognized character in action: ${fmtU(c)}`)
    }
  }
  let pos = 0
  for (;;) {
    const x = src.indexOf('{{', pos)
    if (x < 0) {
      if (pos < src.length) emit('text', pos, src.length)
      toks.push({ t: 'eof', pos: src.length, val: '' })
      return toks
    }
    let end = x
    if (leftTrim(x + 2)) while (end > pos && isSpace(ch(end - 1))) end--
    if (end > pos) emit('text', pos, end)
    const p = leftTrim(x + 2) ? x + 4 : x + 2
    if (src.startsWith('/*', p)) {
      const close = src.indexOf('*/', p + 2)
      const rd = close < 0 ? 0 : rightDelim(close + 2)
      if (!rd) {
        fail(p, close < 0 ? 'unclosed comment' : 'comment ends before closing delimiter')
        return toks
      }
      pos = rd === 2 ? skipSpace(close + 6) : close + 4
      continue
    }
    emit('ld', x, x + 2)
    pos = lexAction(p)
    if (pos < 0) return toks
  }
}
