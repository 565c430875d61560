/**
 * pflag's value types: how each parses a flag's text (strconv, time.ParseDuration, docker/cli
 * opts), with the error each prints after `invalid argument "V" for "--flag" flag: `.
 */
import { refuse, type Refusal } from './client-errors'

export type Checked = { readonly value: string } | { readonly error: Refusal }

const ok = (value: string): Checked => ({ value })

const BOOL_TEXTS: Readonly<Record<string, string>> = {
  '1': 'true',
  t: 'true',
  T: 'true',
  TRUE: 'true',
  true: 'true',
  True: 'true',
  '0': 'false',
  f: 'false',
  F: 'false',
  FALSE: 'false',
  false: 'false',
  False: 'false',
}

/** strconv.ParseBool. */
export function parseBool(text: string): Checked {
  return Object.hasOwn(BOOL_TEXTS, text)
    ? ok(BOOL_TEXTS[text] ?? '')
    : { error: refuse('BOOL_SYNTAX', { text }) }
}

/** A Go integer literal as strconv reads it with base 0 (0x, 0o, 0b, leading 0, underscores). */
function goIntegerValue(text: string): bigint | null {
  if (!/^(0[xX][_0-9a-fA-F]+|0[oO][_0-7]+|0[bB][_01]+|[0-9][_0-9]*)$/.test(text)) return null
  if (/__|_$/.test(text)) return null
  const plain = text.replace(/_/g, '')
  if (/^0[0-9]+$/.test(plain)) return /[89]/.test(plain) ? null : BigInt(`0o${plain.slice(1)}`)
  return BigInt(plain)
}

/** strconv.ParseInt(text, base, bits) / ParseUint(text, base, bits), base 0 or 10. */
export function parseInteger(
  text: string,
  bits: number,
  signed: boolean,
  base: 0 | 10 = 0,
): Checked {
  const fn = signed ? 'ParseInt' : 'ParseUint'
  const sign = signed && /^[+-]/.test(text) ? text.slice(0, 1) : ''
  const digits = text.slice(sign.length)
  const n = base === 10 ? (/^\d+$/.test(digits) ? BigInt(digits) : null) : goIntegerValue(digits)
  if (n === null) return { error: refuse('INT_SYNTAX', { fn, text }) }
  const value = sign === '-' ? -n : n
  const max = signed ? 2n ** BigInt(bits - 1) - 1n : 2n ** BigInt(bits) - 1n
  const min = signed ? -(2n ** BigInt(bits - 1)) : 0n
  if (value > max || value < min) return { error: refuse('INT_RANGE', { fn, text }) }
  return ok(String(value))
}

const DURATION_UNITS = ['ns', 'us', 'µs', 'μs', 'ms', 's', 'm', 'h']

/** time.ParseDuration's grammar: [-+]? (number unit)+, or a bare 0. */
function parseDuration(text: string): Checked {
  const body = text.replace(/^[-+]/, '')
  if (body === '0') return ok(text)
  const invalid = { error: refuse('DURATION_INVALID', { text }) }
  if (body === '') return invalid
  const parts = body.match(/(\d*\.?\d*)([^\d.]*)/g)?.filter((p) => p !== '') ?? []
  if (parts.join('') !== body) return invalid
  for (const p of parts) {
    const m = /^(\d*\.?\d*)([^\d.]*)$/.exec(p)
    const num = m?.[1] ?? ''
    const unit = m?.[2] ?? ''
    if (num === '' || num === '.') return invalid
    if (unit === '') return { error: refuse('DURATION_MISSING_UNIT', { text }) }
    if (!DURATION_UNITS.includes(unit))
      return { error: refuse('DURATION_UNKNOWN_UNIT', { unit, text }) }
  }
  return ok(text)
}

/** strconv.ParseFloat's grammar (decimal, with exponent; Inf and NaN). */
function parseFloat64(text: string): Checked {
  const valid =
    /^[+-]?(\d+(_\d+)*\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ||
    /^[+-]?(inf|infinity|nan)$/i.test(text)
  if (!valid) return { error: refuse('FLOAT_SYNTAX', { text }) }
  if (Math.abs(Number(text.replace(/_/g, ''))) === Infinity && !/inf/i.test(text))
    return { error: refuse('FLOAT_RANGE', { text }) }
  return ok(text)
}

/** docker/go-units RAMInBytes (opts.MemBytes): a number, then an optional k/m/g/t/p[i][b]. */
export function parseBytes(text: string): Checked {
  const sep = Math.max(...[...'0123456789. '].map((c) => text.lastIndexOf(c)))
  if (sep < 0) return { error: refuse('SIZE_INVALID', { text }) }
  const num = text[sep] === ' ' ? text.slice(0, sep) : text.slice(0, sep + 1)
  const suffix = text.slice(sep + 1)
  const n = parseFloat64(num)
  if ('error' in n) return n
  if (Number(num) < 0) return { error: refuse('SIZE_INVALID', { text }) }
  const unit = suffix.toLowerCase()
  const valid = unit === '' || unit === 'b' || /^[kmgtp](b|ib)?$/.test(unit)
  return valid
    ? ok(text)
    : { error: refuse('SIZE_SUFFIX', { suffix: suffix.length > 3 ? suffix : unit }) }
}

/** opts.NanoCPUs: a big.Rat. */
function parseDecimal(text: string): Checked {
  return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$|^[+-]?\d+\/\d+$/.test(text)
    ? ok(text)
    : { error: refuse('RATIONAL', { text }) }
}

/** opts.FilterOpt (an empty value adds no filter). */
function parseFilter(text: string): Checked {
  return text === '' || text.includes('=') ? ok(text) : { error: refuse('FILTER_FORMAT') }
}

/** pflag stringToString: comma-separated key=value pairs. */
function parseStringToString(text: string): Checked {
  const bad = text.split(',').find((pair) => !pair.includes('='))
  return bad === undefined ? ok(text) : { error: refuse('KEY_VALUE', { pair: bad }) }
}

/** swarm's NodeAddrOption (opts.ParseTCPAddr): a tcp address as url.Parse reads it. */
function parseNodeAddr(text: string): Checked {
  const scheme = text.includes('://') ? text.slice(0, text.indexOf('://')) : 'tcp'
  if (scheme !== 'tcp') return { error: refuse('TCP_PROTO', { text }) }
  const url = text.includes('://') ? text : `tcp://${text}`
  const host = url.slice(url.indexOf('://') + 3).split('/')[0] ?? ''
  if (host.includes(' ')) return { error: refuse('URL_HOST_SPACE', { url }) }
  const colon = host.lastIndexOf(':')
  const port = colon > host.lastIndexOf(']') ? host.slice(colon) : ''
  if (!/^(:\d*)?$/.test(port)) return { error: refuse('URL_PORT', { url, port }) }
  return ok(text)
}

const PARSERS: Readonly<Record<string, (text: string) => Checked>> = {
  bool: parseBool,
  int: (t) => parseInteger(t, 64, true),
  int64: (t) => parseInteger(t, 64, true),
  uint: (t) => parseInteger(t, 64, false),
  uint16: (t) => parseInteger(t, 16, false),
  uint32: (t) => parseInteger(t, 32, false),
  uint64: (t) => parseInteger(t, 64, false),
  duration: parseDuration,
  bytes: parseBytes,
  // opts.MemSwapBytes (--memory-swap): a size, or -1 for unlimited.
  swapBytes: (t) => (t === '-1' ? ok(t) : parseBytes(t)),
  decimal: parseDecimal,
  filter: parseFilter,
  stringToString: parseStringToString,
  'node-addr': parseNodeAddr,
}

/** The value of `text` for a flag of pflag type `type` (types without a grammar take any text). */
export function parseTyped(type: string, text: string): Checked {
  const parse = PARSERS[type]
  return parse ? parse(text) : ok(text)
}

/**
 * `-o k=v` (opts.MapOpts) and `--label k=v` (opts.ConvertKVStringsToMap): a bare `k` maps to "",
 * the last value of a key wins.
 */
export function keyValueMap(pairs: readonly string[]): Record<string, string> {
  const map: Record<string, string> = {}
  for (const p of pairs) {
    const i = p.indexOf('=')
    map[i < 0 ? p : p.slice(0, i)] = i < 0 ? '' : p.slice(i + 1)
  }
  return map
}
