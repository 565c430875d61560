// Shell-like splitting of a line into words and operators (bash rules, without globbing);
// split-script.ts finds a script's logical lines with the same lexer. Pure: no Node / DOM APIs.

import {
  endOfBacktick,
  endOfDollar,
  endOfSingle,
  noteEscape,
  TooDeep,
  Unterminated,
  type Joins,
} from './lex-scan'

export interface ScriptLine {
  readonly text: string
  /** 1-based number of the first physical line */
  readonly lineNo: number
}

export interface Token {
  readonly text: string
  /** an unquoted shell operator */
  readonly op: boolean
}

export type TokenizeResult = { ok: true; tokens: Token[] } | { ok: false; error: string }

/**
 * Parameter expansion and command substitution, when the caller has a shell environment:
 * `$NAME`, `${NAME}` (unset → empty) and `$(...)` / backticks (their output, trailing
 * newlines removed). Without one, all four are kept as text.
 */
export interface Expander {
  variable(name: string): string | undefined
  substitute(command: string): string
}

const NAME_START = /[A-Za-z_]/
const NAME_CHAR = /[A-Za-z0-9_]/

/** Reads `$NAME`, `${NAME}`, `$(cmd)` or a backtick substitution at i; null when `$` is literal. */
function readExpansion(
  src: string,
  i: number,
  expand: Expander,
): { value: string; end: number } | null {
  const c = src[i]
  if (c === '`') {
    const end = endOfBacktick(src, i + 1)
    return { value: expand.substitute(src.slice(i + 1, end - 1)).replace(/\n+$/, ''), end }
  }
  const n = src[i + 1] ?? ''
  if (n === '(') {
    const end = endOfDollar(src, i)
    return { value: expand.substitute(src.slice(i + 2, end - 1)).replace(/\n+$/, ''), end }
  }
  if (n === '{') {
    const end = endOfDollar(src, i)
    return { value: expand.variable(src.slice(i + 2, end - 1)) ?? '', end }
  }
  if (n === '?' || n === '$') return { value: expand.variable(n) ?? '', end: i + 2 }
  if (!NAME_START.test(n)) return null
  let end = i + 2
  while (end < src.length && NAME_CHAR.test(src[end] ?? '')) end++
  return { value: expand.variable(src.slice(i + 1, end)) ?? '', end }
}

/**
 * Operators, longest first. Besides `> >> < | || & && ;` this knows the other bash redirection
 * and control operators so that `2>&1`, `&>`, `<<EOF` do not turn into misleading `&` / `<`
 * tokens.
 */
const OPERATORS = [
  '&>>',
  '<<<',
  '<<-',
  '&&',
  '||',
  ';;',
  '>>',
  '>&',
  '>|',
  '<&',
  '<<',
  '<>',
  '&>',
  '|&',
  '>',
  '<',
  '|',
  '&',
  ';',
] as const

const OPERATOR_CHARS = '<>|&;'

/** Operators after which bash reads on from the next non-blank, non-comment line. */
export const CONTINUING_OPS: ReadonlySet<string> = new Set(['|', '||', '&&', '|&'])

interface LexOutput {
  tokens: Token[]
  /** the text ends with an unquoted backslash (a line continuation in a script) */
  trailingBackslash: boolean
  /** where lexing stopped: the newline ending a script's logical line, else the end */
  end: number
}

/**
 * Tokens of `src`. With `joins` (reading a script), a top-level newline ends the logical line
 * unless it follows a continuing operator, and every join is recorded.
 */
export function lex(src: string, expand?: Expander, joins: Joins | null = null): LexOutput {
  const tokens: Token[] = []
  // Reading a script: where the current physical line starts, where the last operator ends.
  let lineStart = 0
  let opEnd = -1
  const continuesOnThisLine = () => {
    const last = tokens[tokens.length - 1]
    return last?.op === true && CONTINUING_OPS.has(last.text) && opEnd >= lineStart
  }
  let word = ''
  let inWord = false
  /** the current word got something from quoting/escaping/substitution */
  let wordQuoted = false
  let trailingBackslash = false
  const flush = () => {
    if (inWord) tokens.push({ text: word, op: false })
    word = ''
    inWord = false
    wordQuoted = false
  }
  let i = 0
  while (i < src.length) {
    const c = src[i] ?? ''
    if (c === ' ' || c === '\t') {
      flush()
      i++
    } else if (c === '\n') {
      flush()
      if (joins) {
        const last = tokens[tokens.length - 1]
        if (!(last?.op && CONTINUING_OPS.has(last.text)))
          return { tokens, trailingBackslash, end: i }
        joins.operator.push(i)
        lineStart = i + 1
      } else {
        // tokenize() given several lines: a command separator
        tokens.push({ text: '\n', op: true })
      }
      i++
    } else if (c === '#' && !inWord) {
      const nl = src.indexOf('\n', i)
      if (joins && continuesOnThisLine()) {
        // `a | # note`: the script's next lines join this one with spaces (so they land in
        // the comment) up to the end of the script.
        for (let k = nl; k >= 0; k = src.indexOf('\n', k + 1)) joins.operator.push(k)
        i = src.length
      } else i = nl < 0 ? src.length : nl
    } else if (c === '\\') {
      if (i + 1 >= src.length) {
        // bash keeps a backslash at the very end of the input literally
        word += '\\'
        inWord = true
        trailingBackslash = true
        i++
      } else if (src[i + 1] === '\n') {
        noteEscape(src, i, joins)
        i += 2 // line continuation
      } else {
        word += src[i + 1] ?? ''
        inWord = true
        wordQuoted = true
        i += 2
      }
    } else if (c === "'") {
      const end = endOfSingle(src, i + 1)
      word += src.slice(i + 1, end - 1)
      inWord = true
      wordQuoted = true
      i = end
    } else if (c === '"') {
      i = lexDouble(src, i + 1, (s) => (word += s), expand, joins)
      inWord = true
      wordQuoted = true
    } else if (expand && (c === '$' || c === '`')) {
      const r = readExpansion(src, i, expand)
      if (!r) {
        word += c
        inWord = true
        i++
      } else {
        // Unquoted expansions are split into fields on blanks (an empty one adds no word).
        r.value.split(/[ \t\n]+/).forEach((field, index) => {
          if (index > 0) flush()
          if (field !== '') {
            word += field
            inWord = true
          }
        })
        i = r.end
      }
    } else if (c === '`') {
      const end = endOfBacktick(src, i + 1, joins)
      word += src.slice(i, end)
      inWord = true
      wordQuoted = true
      i = end
    } else if (c === '$' && (src[i + 1] === '(' || src[i + 1] === '{')) {
      const end = endOfDollar(src, i, 1, joins)
      word += src.slice(i, end)
      inWord = true
      wordQuoted = true
      i = end
    } else if (OPERATOR_CHARS.includes(c)) {
      const op = OPERATORS.find((o) => src.startsWith(o, i)) ?? c
      // an unquoted all-digit word right before a redirection is its file descriptor (2>&1)
      const ioNumber = inWord && !wordQuoted && /^[0-9]+$/.test(word) && (c === '<' || c === '>')
      if (ioNumber) {
        tokens.push({ text: word + op, op: true })
        word = ''
        inWord = false
      } else {
        flush()
        tokens.push({ text: op, op: true })
        opEnd = i + op.length
      }
      i += op.length
    } else {
      word += c
      inWord = true
      i++
    }
  }
  flush()
  return { tokens, trailingBackslash, end: src.length }
}

/** Reads a double-quoted string whose opening " is at i-1; returns the index after the closing ". */
function lexDouble(
  src: string,
  i: number,
  emit: (s: string) => void,
  expand?: Expander,
  joins: Joins | null = null,
): number {
  let k = i
  while (k < src.length) {
    const c = src[k] ?? ''
    if (c === '"') return k + 1
    const expansion = expand && (c === '$' || c === '`') ? readExpansion(src, k, expand) : null
    if (expansion) {
      emit(expansion.value)
      k = expansion.end
      continue
    }
    if (c === '\\') {
      if (k + 1 >= src.length) throw new Unterminated('"', true)
      const n = src[k + 1] ?? ''
      if (n === '\n') {
        noteEscape(src, k, joins) // removed
      } else if (n === '\\' || n === '"' || n === '$' || n === '`') {
        emit(n)
      } else {
        emit('\\' + n)
      }
      k += 2
    } else if (c === '`') {
      const end = endOfBacktick(src, k + 1, joins)
      emit(src.slice(k, end))
      k = end
    } else if (c === '$' && (src[k + 1] === '(' || src[k + 1] === '{')) {
      const end = endOfDollar(src, k, 1, joins)
      emit(src.slice(k, end))
      k = end
    } else {
      emit(c)
      k++
    }
  }
  throw new Unterminated('"', false)
}

/**
 * POSIX-like word splitting of one logical line. Single quotes are literal; double quotes
 * honour backslash before \ " $ ` and newline only; a backslash outside quotes escapes the next
 * character (a lone backslash at the very end stays literal, as in bash); adjacent parts join
 * into one word (`-e "A=b c"d` gives `-e`, `A=b cd`); `''` and `""` give an empty word.
 * `$X`, `${...}`, `$(...)` and backticks are kept as text (the latter three verbatim, quotes and
 * spaces inside included). Unquoted operators are their own tokens with op=true: `> >> < | || &
 * && ;`, and also `>& <& &> &>> >| << <<< <<- <> |& ;;`; an unquoted run of digits directly before
 * `<` or `>` is part of the operator (`2>&1` gives op `2>&` and word `1`). A `#` starting a
 * word begins a comment to the end of the line. Unterminated quote: bash's text, e.g.
 * ``unexpected EOF while looking for matching `''``.
 */
export function tokenize(line: string, expand?: Expander): TokenizeResult {
  try {
    return { ok: true, tokens: lex(line, expand).tokens }
  } catch (e) {
    if (e instanceof Unterminated || e instanceof TooDeep) {
      return { ok: false, error: e.message }
    }
    throw e
  }
}

/** Texts only. */
export function words(tokens: readonly Token[]): string[] {
  return tokens.map((t) => t.text)
}
