// Go text/template's builtin functions (text/template/funcs.go) and the ones Docker adds
// (docker/cli templates/templates.go), over JSON values. See go-template.ts for the data model.
import { checkLength } from './go-template-budget'
import {
  goJson,
  goTypeName,
  isObj,
  sortedKeys,
  sprint,
  sprintf,
  sprintln,
  utf8Len,
} from './go-template-fmt'
import { utf8Bytes } from '../engine'

export const MISSING = Symbol('no value') // Go's invalid reflect.Value (missing map key)
export type Val = unknown
export type Param = 'any' | 'value' | 'string' | 'int' | 'strings' | 'raw'
export type Fn = { params: Param[]; variadic?: Param; call: (a: Val[]) => Val }

export class FnError {
  readonly message: string
  constructor(message: string) {
    this.message = message
  }
}
const fail = (msg: string): never => {
  throw new FnError(msg)
}

export const valid = (v: Val) => v !== null && v !== MISSING && v !== undefined
export function truth(v: Val): boolean {
  if (typeof v === 'boolean') return v
  if (typeof v === 'number') return v !== 0
  if (typeof v === 'string' || Array.isArray(v)) return v.length > 0
  return isObj(v) && sortedKeys(v).length > 0
}

// Comparisons, after Go's funcs.go (numbers compare as numbers whether int or float).
const basic = (v: Val) => (['boolean', 'number', 'string'].includes(typeof v) ? typeof v : 'x')
const typeName = (v: Val) => (valid(v) ? goTypeName(v) : '<nil>')
function eq(a: Val, bs: Val[]): boolean {
  if (!bs.length) fail('missing argument for comparison')
  for (const b of bs) {
    if (basic(a) !== basic(b)) {
      if (valid(a) && valid(b))
        fail(`incompatible types for comparison: ${typeName(a)} and ${typeName(b)}`)
    } else if (basic(a) !== 'x') {
      if (a === b) return true
    } else if (!valid(a) || !valid(b)) {
      if (valid(a) === valid(b)) return true
    } else if (Array.isArray(a) !== Array.isArray(b)) {
      fail(
        `non-comparable types ${sprintf('%s', [a])}: ${typeName(a)}, ${typeName(b)}: ${sprintf('%s', [b])}`,
      )
    } else fail(`non-comparable type ${sprintf('%s', [b])}: ${typeName(b)}`)
  }
  return false
}
function lt(a: Val, b: Val): boolean {
  if (basic(a) === 'x' || basic(b) === 'x') fail('invalid type for comparison')
  if (basic(a) !== basic(b))
    fail(`incompatible types for comparison: ${typeName(a)} and ${typeName(b)}`)
  if (typeof a === 'boolean') fail('invalid type for comparison')
  return (a as string) < (b as string)
}

function index(item: Val, idxs: Val[]): Val {
  if (item === MISSING) fail('index of untyped nil')
  for (const ix of idxs) {
    if (
      typeof item === 'string' ||
      Array.isArray(item) ||
      (item === null && typeof ix !== 'string')
    ) {
      const seq: Val[] = typeof item === 'string' ? utf8Bytes(item) : ((item ?? []) as Val[])
      if (!valid(ix)) fail('cannot index slice/array with nil')
      if (typeof ix !== 'number' || !Number.isInteger(ix))
        fail(`cannot index slice/array with type ${goTypeName(ix)}`)
      const x = ix as number
      if (x < 0 || x > seq.length) fail(`index out of range: ${x}`)
      if (x === seq.length)
        fail(`reflect: ${typeof item === 'string' ? 'string' : 'slice'} index out of range`)
      item = seq[x]
    } else if (isObj(item) || item === null) {
      if (!valid(ix)) fail('value is nil; should be of type string')
      if (typeof ix !== 'string') fail(`value has type ${goTypeName(ix)}; should be string`)
      const o = item ?? {}
      const k = ix as string
      // Missing key: the zero value of the map's element type. Docker's string maps (Labels,
      // Options) give ""; other maps (e.g. Networks) hold pointers, giving nil.
      const vals = Object.values(o)
      item = o[k] ?? (vals.every((x) => typeof x === 'string') ? '' : null)
    } else fail(`can't index item of type ${goTypeName(item)}`)
  }
  return item
}

function length(v: Val): number {
  if (v === MISSING) fail('reflect: call of reflect.Value.Type on zero Value')
  if (v === null) return 0
  if (typeof v === 'string') return utf8Len(v)
  if (Array.isArray(v)) return v.length
  if (isObj(v)) return sortedKeys(v).length
  return fail(`len of type ${goTypeName(v)}`)
}

// strings.Title / ToUpper / ToLower map rune by rune.
const mapRunes = (s: string, f: (c: string) => string) =>
  [...s]
    .map((c) => {
      const m = f(c)
      return [...m].length === 1 ? m : c
    })
    .join('')
function title(s: string): string {
  let prev = ' '
  return mapRunes(s, (c) => {
    const ascii = (prev.codePointAt(0) ?? 0) < 0x80
    const sep = ascii ? !/^\w$/.test(prev) : /^\s$/u.test(prev)
    prev = c
    return sep ? c.toUpperCase() : c
  })
}
function repeat(n: number): string {
  if (n < 0) fail('strings: negative Repeat count')
  checkLength(n)
  return ' '.repeat(n)
}
const evalArgs = (a: Val[]) => (a.length === 1 && typeof a[0] === 'string' ? a[0] : sprint(a))
const HTML: Record<string, string> = {
  '"': '&#34;',
  "'": '&#39;',
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\0': '\uFFFD',
}
const unsupported = (name: string): Fn => ({
  params: [],
  variadic: 'any',
  call: () => fail(`${name} is not supported by this simulator`),
})
const cmp = (f: (a: Val, b: Val) => boolean): Fn => ({
  params: ['value', 'value'],
  call: ([a, b]) => f(a, b),
})
const str1 = (f: (s: string) => string): Fn => ({
  params: ['string'],
  call: ([s]) => f(s as string),
})

export const FUNCS: Record<string, Fn> = {
  and: { params: ['value'], variadic: 'value', call: () => null }, // short-circuit in evalCall
  or: { params: ['value'], variadic: 'value', call: () => null },
  not: { params: ['value'], call: ([a]) => !truth(a) },
  eq: { params: ['value'], variadic: 'value', call: ([a, ...b]) => eq(a, b) },
  ne: cmp((a, b) => !eq(a, [b])),
  lt: cmp(lt),
  le: cmp((a, b) => lt(a, b) || eq(a, [b])),
  gt: cmp((a, b) => !(lt(a, b) || eq(a, [b]))),
  ge: cmp((a, b) => !lt(a, b)),
  index: { params: ['value'], variadic: 'value', call: ([a, ...ix]) => index(a, ix) },
  len: { params: ['value'], call: ([a]) => length(a) },
  print: { params: [], variadic: 'any', call: sprint },
  printf: { params: ['string'], variadic: 'any', call: ([f, ...a]) => sprintf(f as string, a) },
  println: { params: [], variadic: 'any', call: sprintln },
  html: {
    params: [],
    variadic: 'any',
    call: (a) => evalArgs(a).replace(/["'&<>\0]/g, (c) => HTML[c] ?? c),
  },
  urlquery: {
    params: [],
    variadic: 'any',
    call: (a) =>
      utf8Bytes(evalArgs(a))
        .map((b) =>
          /[\w.~-]/.test(String.fromCharCode(b)) && b < 0x80
            ? String.fromCharCode(b)
            : b === 32
              ? '+'
              : '%' + b.toString(16).toUpperCase().padStart(2, '0'),
        )
        .join(''),
  },
  js: unsupported('js'),
  call: unsupported('call'),
  slice: unsupported('slice'),
  // Docker's additions (docker/cli templates/templates.go).
  json: { params: ['any'], call: ([v]) => goJson(v) },
  split: {
    params: ['string', 'string'],
    call: ([s, sep]) => (sep === '' ? [...(s as string)] : (s as string).split(sep as string)),
  },
  join: { params: ['strings', 'string'], call: ([a, sep]) => (a as string[]).join(sep as string) },
  title: str1(title),
  lower: str1((s) => mapRunes(s, (c) => c.toLowerCase())),
  upper: str1((s) => mapRunes(s, (c) => c.toUpperCase())),
  pad: {
    params: ['string', 'int', 'int'],
    call: ([s, a, b]) => (s === '' ? s : repeat(a as number) + (s as string) + repeat(b as number)),
  },
  truncate: {
    params: ['string', 'int'],
    call: ([s, n]) => {
      const [str, max] = [s as string, n as number]
      if (utf8Len(str) < max) return str
      if (max < 0) fail(`runtime error: slice bounds out of range [:${max}]`)
      let [out, used] = ['', 0] // Go cuts bytes; here a rune that would be split is dropped
      for (const c of str) {
        used += utf8Len(c)
        if (used > max) break
        out += c
      }
      return out
    },
  },
}
