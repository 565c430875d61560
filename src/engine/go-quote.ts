/** Go's strconv.Quote, close enough for error messages (the texts strconv's errors embed). */
export function goQuote(s: string): string {
  let out = '"'
  for (const ch of s) out += quoteChar(ch)
  return out + '"'
}

const ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
}

function quoteChar(ch: string): string {
  const escaped = ESCAPES[ch]
  if (escaped !== undefined) return escaped
  const cp = ch.codePointAt(0) ?? 0
  if (cp < 0x20 || cp === 0x7f) return '\\x' + cp.toString(16).padStart(2, '0')
  if (cp >= 0x80 && cp < 0xa0) return '\\u' + cp.toString(16).padStart(4, '0')
  return ch
}
