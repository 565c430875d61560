// Go fmt / encoding/json style formatting of plain JSON values, for the Go template engine in
// go-template.ts. Values model what Docker's templates see: strings, numbers (integral numbers
// are Go `int`, others `float64`), booleans, null (a nil interface / nil pointer), arrays
// ([]interface {}) and objects (map[string]interface {}).

import { checkLength } from './go-template-budget'
import { utf8Bytes } from '../engine'

type Obj = Record<string, unknown>

export const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const cmpStr = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

export const sortedKeys = (o: Obj): string[] =>
  Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort(cmpStr)

/** Length of `s` in UTF-8 bytes (Go's len for strings, and byte offsets in error positions). */
export function utf8Len(s: string): number {
  let n = 0
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
  }
  return n
}

/** Go's reflect type name for a JSON value. */
export function goTypeName(v: unknown): string {
  if (typeof v === 'string') return 'string'
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float64'
  if (typeof v === 'boolean') return 'bool'
  if (Array.isArray(v)) return '[]interface {}'
  if (isObj(v)) return 'map[string]interface {}'
  return 'interface {}'
}

const hex = (n: number, w: number) => n.toString(16).padStart(w, '0')
const CTRL: Record<number, string> = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r' }
// Approximation of Go's unicode.IsPrint for non-ASCII runes.
const isPrintRune = (ch: string) => /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(ch)

function quoteWith(s: string, q: '"' | "'"): string {
  let out = q
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0
    if (ch === q || ch === '\\') out += '\\' + ch
    else if (c >= 0x20 && c < 0x7f) out += ch
    else if (c < 0x20 || c === 0x7f) out += CTRL[c] ? '\\' + CTRL[c] : '\\x' + hex(c, 2)
    else if (c >= 0xd800 && c < 0xe000)
      out += '\\ufffd' // lone surrogate: invalid UTF-8 in Go
    else if (isPrintRune(ch)) out += ch
    else out += c < 0x10000 ? '\\u' + hex(c, 4) : '\\U' + hex(c, 8)
  }
  return out + q
}

/** strconv.Quote */
export const goQuote = (s: string): string => quoteWith(s, '"')

/** Go's %v of a float64: strconv 'g' with shortest digits (or `prec` significant digits). */
export function fmtG(n: number, prec = -1): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'NaN' : n > 0 ? '+Inf' : '-Inf'
  if (n === 0) return Object.is(n, -0) ? '-0' : '0'
  const p = prec === 0 ? 1 : prec
  const [m0 = '', e0 = '0'] = (p < 0 ? n.toExponential() : exponential(n, p - 1)).split('e')
  const mant = m0.includes('.') ? m0.replace(/0+$/, '').replace(/\.$/, '') : m0
  const exp = Number(e0)
  const nd = mant.replace(/[-.]/g, '').length
  let eprec = p < 0 ? 6 : p
  if (p >= 0 && eprec > nd && nd >= exp + 1) eprec = nd
  if (exp < -4 || exp >= eprec) {
    return `${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`
  }
  return fixed(n, Math.max(nd - 1 - exp, 0))
}

/** JavaScript's toFixed/toExponential stop at 100 digits; Go's precision goes up to 1e7. */
const JS_MAX_DIGITS = 100
/** A double's exact decimal expansion ends within 1,074 fractional digits. */
const EXACT_FRACTION_DIGITS = 1074

/** A finite double a ≥ 0 as m × 2^e, exactly. */
function binary(a: number): { m: bigint; e: number } {
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, a)
  const biased = (view.getUint32(0) >>> 20) & 0x7ff
  const fraction = (BigInt(view.getUint32(0) & 0xfffff) << 32n) | BigInt(view.getUint32(4))
  return biased === 0 ? { m: fraction, e: -1074 } : { m: fraction | (1n << 52n), e: biased - 1075 }
}

/** round(a × 10^p), ties to even (Go's strconv), for a finite a ≥ 0 and p ≤ 1,074. */
function scaledRound(a: number, p: number): bigint {
  const { m, e } = binary(a)
  const scaled = m * 10n ** BigInt(p)
  if (e >= 0) return scaled << BigInt(e)
  const shift = BigInt(-e)
  const q = scaled >> shift
  const twice = (scaled - (q << shift)) << 1n
  const half = 1n << shift
  return twice > half || (twice === half && (q & 1n) === 1n) ? q + 1n : q
}

/** a.toFixed(p) for any precision (a ≥ 0), exact past JavaScript's 100 digits. */
function fixed(a: number, p: number): string {
  if (p <= JS_MAX_DIGITS) return a.toFixed(p)
  checkLength(p)
  const exact = Math.min(p, EXACT_FRACTION_DIGITS)
  const digits = scaledRound(a, exact)
    .toString()
    .padStart(exact + 1, '0')
  const point = digits.length - exact
  return `${digits.slice(0, point)}.${digits.slice(point)}${'0'.repeat(p - exact)}`
}

/** a.toExponential(p) for any precision (a ≥ 0), exact past JavaScript's 100 digits. */
function exponential(a: number, p: number): string {
  if (p <= JS_MAX_DIGITS) return a.toExponential(p)
  checkLength(p)
  if (a === 0) return `0.${'0'.repeat(p)}e+0`
  // All of a's digits: the integer part and its exact fraction, leading zeros dropped.
  const all = scaledRound(a, EXACT_FRACTION_DIGITS).toString()
  const exp = all.length - 1 - EXACT_FRACTION_DIGITS
  const significant = all.replace(/0+$/, '')
  const kept =
    significant.length <= p + 1 ? significant.padEnd(p + 1, '0') : roundDigits(significant, p + 1)
  const carried = kept.length > p + 1
  const digits = carried ? kept.slice(0, p + 1) : kept
  const e = carried ? exp + 1 : exp
  return `${digits[0]}.${digits.slice(1)}e${e < 0 ? '-' : '+'}${Math.abs(e)}`
}

/** The first n digits of a digit string, rounded half to even on the rest (may gain a digit). */
function roundDigits(digits: string, n: number): string {
  const head = BigInt(digits.slice(0, n))
  const rest = digits.slice(n)
  const half = '5'.padEnd(rest.length, '0')
  const up = rest > half || (rest === half && (head & 1n) === 1n)
  return (up ? head + 1n : head).toString()
}

const fmtNumber = (n: number): string =>
  Number.isInteger(n) && Math.abs(n) < 1e21 ? String(n) : fmtG(n)

/** fmt's %v. Nil prints `<nil>`; maps print with sorted keys, like Go. */
export function fmtValue(v: unknown): string {
  if (typeof v === 'string') return v
  if (typeof v === 'number') return fmtNumber(v)
  if (typeof v === 'boolean') return String(v)
  if (Array.isArray(v)) return '[' + v.map(fmtValue).join(' ') + ']'
  if (isObj(v))
    return (
      'map[' +
      sortedKeys(v)
        .map((k) => `${k}:${fmtValue(v[k])}`)
        .join(' ') +
      ']'
    )
  return '<nil>'
}

/** fmt.Sprint: spaces between operands when neither is a string. */
export function sprint(args: unknown[]): string {
  let s = ''
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') s += ' '
    s += fmtValue(a)
  })
  return s
}

export const sprintln = (args: unknown[]): string => args.map(fmtValue).join(' ') + '\n'

type Flags = { minus: boolean; plus: boolean; sharp: boolean; space: boolean; zero: boolean }

function pad(s: string, f: Flags, width: number, numeric: boolean): string {
  const n = [...s].length
  if (width <= n) return s
  checkLength(width)
  if (f.minus) return s + ' '.repeat(width - n)
  if (!f.zero) return ' '.repeat(width - n) + s
  const sign = numeric && /^[-+ ]/.test(s) ? s.charAt(0) : ''
  return sign + '0'.repeat(width - n) + s.slice(sign.length)
}

function signed(s: string, neg: boolean, f: Flags): string {
  return (neg ? '-' : f.plus ? '+' : f.space ? ' ' : '') + s
}

function badVerb(verb: string, v: unknown): string {
  return v === null ? `%!${verb}(<nil>)` : `%!${verb}(${goTypeName(v)}=${fmtValue(v)})`
}

// One operand of Printf. Arrays and maps apply the verb element-wise, as fmt does.
function fmtArg(v: unknown, verb: string, f: Flags, width: number, prec: number): string {
  if (verb === 'T') return pad(v === null ? '<nil>' : goTypeName(v), f, width, false)
  if (v === null) return verb === 'v' ? pad('<nil>', f, width, false) : badVerb(verb, v)
  if (Array.isArray(v)) return '[' + v.map((e) => fmtElem(e, verb, f, width, prec)).join(' ') + ']'
  if (isObj(v)) {
    const parts = sortedKeys(v).map(
      (k) => `${fmtArg(k, verb, f, width, prec)}:${fmtElem(v[k], verb, f, width, prec)}`,
    )
    return 'map[' + parts.join(' ') + ']'
  }
  if (typeof v === 'boolean')
    return verb === 'v' || verb === 't' ? pad(String(v), f, width, false) : badVerb(verb, v)
  if (typeof v === 'string') {
    const s = prec >= 0 ? [...v].slice(0, prec).join('') : v
    if (verb === 'v' || verb === 's') return pad(s, f, width, false)
    if (verb === 'q') return pad(goQuote(s), f, width, false)
    if (verb === 'x' || verb === 'X') {
      const h = utf8Bytes(s)
        .map((b) => hex(b, 2))
        .join('')
      return pad(verb === 'X' ? h.toUpperCase() : h, f, width, false)
    }
    return badVerb(verb, v)
  }
  if (typeof v !== 'number') return badVerb(verb, v)
  const neg = v < 0 || Object.is(v, -0)
  const a = Math.abs(v)
  const int = Number.isInteger(v)
  let s: string
  switch (verb) {
    case 'v':
      s = int && prec < 0 ? signed(String(a), neg, f) : signed(fmtG(a, prec), neg, f)
      break
    case 'd':
    case 'b':
    case 'o':
    case 'x':
    case 'X': {
      if (!int) return badVerb(verb, v)
      const base = { d: 10, b: 2, o: 8, x: 16, X: 16 }[verb]
      let digits = a.toString(base)
      if (verb === 'X') digits = digits.toUpperCase()
      if (prec >= 0) digits = digits.padStart(prec, '0')
      if (f.sharp && base !== 10)
        digits = { 2: '0b', 8: '0', 16: verb === 'X' ? '0X' : '0x' }[base] + digits
      s = signed(digits, neg, f)
      break
    }
    case 'c':
    case 'q':
    case 'U': {
      if (!int || v < 0 || v > 0x10ffff) return badVerb(verb, v)
      const ch = String.fromCodePoint(v)
      s = verb === 'c' ? ch : verb === 'q' ? quoteWith(ch, "'") : 'U+' + hex(v, 4).toUpperCase()
      break
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      // Go would reject %f for an int operand; JSON cannot tell 2.0 from 2, so format it.
      const p = prec < 0 ? 6 : prec
      let r =
        verb === 'f' || verb === 'F'
          ? fixed(a, p)
          : verb === 'g' || verb === 'G'
            ? fmtG(a, prec)
            : exponential(a, p).replace(/e([-+])(\d)$/, 'e$10$2')
      if (verb === 'E' || verb === 'G') r = r.toUpperCase()
      s = signed(r, neg, f)
      break
    }
    default:
      return badVerb(verb, v)
  }
  return pad(s, f, width, true)
}

// Elements of slices and maps: nil elements print as <nil> whatever the verb.
const fmtElem = (v: unknown, verb: string, f: Flags, w: number, p: number) =>
  v === null ? '<nil>' : fmtArg(v, verb, f, w, p)

/** fmt.Sprintf for the verbs templates use: %v %s %d %q %t %x %X %o %b %c %U %e %f %g %T %%. */
export function sprintf(format: string, args: unknown[]): string {
  let out = ''
  let argNum = 0
  let i = 0
  // fmt's parsenum: past 1e6 a number is "crazy long", and the rest of the format is skipped.
  const num = (): number => {
    let n = -1
    while (/[0-9]/.test(format.charAt(i))) {
      if (n > 1e6) {
        i = format.length
        return -1
      }
      n = Math.max(n, 0) * 10 + Number(format.charAt(i++))
    }
    return n
  }
  while (i < format.length) {
    const next = format.indexOf('%', i)
    if (next < 0) {
      out += format.slice(i)
      break
    }
    out += format.slice(i, next)
    i = next + 1
    const f: Flags = { minus: false, plus: false, sharp: false, space: false, zero: false }
    for (let c = format.charAt(i); '-+# 0'.includes(c) && c !== ''; c = format.charAt(++i)) {
      if (c === '-') f.minus = true
      else if (c === '+') f.plus = true
      else if (c === '#') f.sharp = true
      else if (c === ' ') f.space = true
      else f.zero = !f.minus
    }
    const width = num()
    let prec = -1
    if (format.charAt(i) === '.' && i + 1 < format.length) {
      i++
      prec = Math.max(num(), 0)
    }
    const cp = format.codePointAt(i)
    if (cp === undefined) {
      out += '%!(NOVERB)'
      break
    }
    const verb = String.fromCodePoint(cp)
    i += verb.length
    if (verb === '%') out += '%'
    else if (argNum >= args.length) out += `%!${verb}(MISSING)`
    else out += fmtArg(args[argNum++], verb, f, width, prec)
    checkLength(out.length)
  }
  if (argNum < args.length) {
    const extra = args
      .slice(argNum)
      .map((a) => (a === null ? '<nil>' : `${goTypeName(a)}=${fmtValue(a)}`))
    out += `%!(EXTRA ${extra.join(', ')})`
  }
  return out
}

function jsonQuote(s: string): string {
  let out = '"'
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0
    if (ch === '"' || ch === '\\') out += '\\' + ch
    else if (c < 0x20)
      out += { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r' }[c] ?? '\\u' + hex(c, 4)
    else if (c === 0x2028 || c === 0x2029) out += '\\u' + hex(c, 4)
    else if (c >= 0xd800 && c < 0xe000) out += '\\ufffd'
    else out += ch
  }
  return out + '"'
}

/**
 * Docker's `json` template function: json.Encoder with SetEscapeHTML(false), trailing newline
 * trimmed. Objects keep insertion order (Docker's structs marshal in field order; Go would sort
 * real map keys, so callers should build map-typed fields such as Labels in sorted order).
 */
export function goJson(v: unknown): string {
  // A value that says how it marshals (a Go nil slice or map standing in as empty) decides.
  if (typeof v === 'object' && v !== null && 'toJSON' in v && typeof v.toJSON === 'function') {
    return goJson((v as { toJSON: () => unknown }).toJSON())
  }
  if (typeof v === 'string') return jsonQuote(v)
  if (typeof v === 'number') return Number.isFinite(v) ? JSON.stringify(v) : ''
  if (typeof v === 'boolean') return String(v)
  if (Array.isArray(v)) return '[' + v.map(goJson).join(',') + ']'
  if (isObj(v)) {
    const keys = Object.keys(v).filter((k) => v[k] !== undefined)
    return '{' + keys.map((k) => jsonQuote(k) + ':' + goJson(v[k])).join(',') + '}'
  }
  return 'null'
}
