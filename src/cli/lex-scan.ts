/**
 * The lexer's scanners for what it must find the end of: quoted strings, backtick and `$(...)`
 * / `${...}` substitutions (nested up to a depth), and where a script's logical line joins its
 * physical lines. tokenize.ts builds tokens on them.
 */

/** Thrown (internally) when the text ends inside a quote or substitution. */
export class Unterminated extends Error {
  constructor(
    /** the character bash reports it was looking for: ' " ` ) } */
    readonly close: string,
    /** the text ends with a backslash that would escape a following newline */
    readonly escapedNewline: boolean,
  ) {
    super(`unexpected EOF while looking for matching \`${close}'`)
  }
}

/**
 * How deep `$(...)` and `${...}` may nest. Bash has no fixed limit, but each level costs this
 * scanner (and the substitution's own shell) stack frames; no script nests anywhere near this.
 */
const MAX_SUBSTITUTION_DEPTH = 100

/** Thrown (internally) when substitutions nest deeper than MAX_SUBSTITUTION_DEPTH. */
export class TooDeep extends Error {
  constructor(
    /** where the substitution one level too deep starts */
    readonly at: number,
  ) {
    super(`command substitution: nested more than ${MAX_SUBSTITUTION_DEPTH} levels deep`)
  }
}

/** Index just after the `'` closing the single-quoted string whose opening quote is at i-1. */
export function endOfSingle(src: string, i: number): number {
  const j = src.indexOf("'", i)
  if (j < 0) throw new Unterminated("'", false)
  return j + 1
}

/**
 * Where a script's logical line joins physical lines, recorded while lexing it: the newlines
 * that follow a backslash outside single quotes (bash removes both characters), and top-level
 * newlines after `|`, `||`, `&&` or `|&` (the command goes on).
 */
export interface Joins {
  readonly backslash: number[]
  readonly operator: number[]
}

/** Records a backslash-newline at k (the backslash) for a script's joins. */
export function noteEscape(src: string, k: number, joins: Joins | null): void {
  if (joins && src[k + 1] === '\n') joins.backslash.push(k + 1)
}

/** Index after a backtick substitution whose opening ` is at i-1 (content kept verbatim). */
export function endOfBacktick(src: string, i: number, joins: Joins | null = null): number {
  let k = i
  while (k < src.length) {
    const c = src[k]
    if (c === '\\') {
      if (k + 1 >= src.length) throw new Unterminated('`', true)
      noteEscape(src, k, joins)
      k += 2
    } else if (c === '`') {
      return k + 1
    } else {
      k++
    }
  }
  throw new Unterminated('`', false)
}

/** Index after a double-quoted string whose opening " is at i-1 (used inside substitutions). */
export function endOfDouble(src: string, i: number, nesting: number, joins: Joins | null): number {
  let k = i
  while (k < src.length) {
    const c = src[k]
    if (c === '\\') {
      if (k + 1 >= src.length) throw new Unterminated('"', true)
      noteEscape(src, k, joins)
      k += 2
    } else if (c === '"') {
      return k + 1
    } else if (c === '`') {
      k = endOfBacktick(src, k + 1, joins)
    } else if (c === '$' && (src[k + 1] === '(' || src[k + 1] === '{')) {
      k = endOfDollar(src, k, nesting + 1, joins)
    } else {
      k++
    }
  }
  throw new Unterminated('"', false)
}

/**
 * Index after `$(...)` or `${...}` starting at i (the `$`), with nesting and quotes; `nesting`
 * counts the substitutions this one sits in, itself included.
 */
export function endOfDollar(
  src: string,
  i: number,
  nesting = 1,
  joins: Joins | null = null,
): number {
  if (nesting > MAX_SUBSTITUTION_DEPTH) throw new TooDeep(i)
  const open = src[i + 1] === '(' ? '(' : '{'
  const close = open === '(' ? ')' : '}'
  let depth = 1
  let k = i + 2
  while (k < src.length) {
    const c = src[k]
    if (c === '\\') {
      if (k + 1 >= src.length) throw new Unterminated(close, true)
      noteEscape(src, k, joins)
      k += 2
    } else if (c === "'") {
      k = endOfSingle(src, k + 1)
    } else if (c === '"') {
      k = endOfDouble(src, k + 1, nesting, joins)
    } else if (c === '`') {
      k = endOfBacktick(src, k + 1, joins)
    } else if (c === '$' && (src[k + 1] === '(' || src[k + 1] === '{')) {
      k = endOfDollar(src, k, nesting + 1, joins)
    } else if (c === open) {
      depth++
      k++
    } else if (c === close) {
      depth--
      k++
      if (depth === 0) return k
    } else {
      k++
    }
  }
  throw new Unterminated(close, false)
}
