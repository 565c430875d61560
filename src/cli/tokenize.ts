// Shell-like splitting of docker scripts into logical lines and words (bash rules, without
// globbing or expansion). Pure: no Node / DOM APIs.

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

/** Thrown (internally) when the text ends inside a quote or substitution. */
class Unterminated extends Error {
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
class TooDeep extends Error {
  constructor(
    /** where the substitution one level too deep starts */
    readonly at: number,
  ) {
    super(`command substitution: nested more than ${MAX_SUBSTITUTION_DEPTH} levels deep`)
  }
}

interface LexOutput {
  tokens: Token[]
  /** the text ends with an unquoted backslash (a line continuation in a script) */
  trailingBackslash: boolean
  /** where lexing stopped: the newline ending a script's logical line, else the end */
  end: number
}

/** Index just after the `'` closing the single-quoted string whose opening quote is at i-1. */
function endOfSingle(src: string, i: number): number {
  const j = src.indexOf("'", i)
  if (j < 0) throw new Unterminated("'", false)
  return j + 1
}

/**
 * Where a script's logical line joins physical lines, recorded while lexing it: the newlines
 * that follow a backslash outside single quotes (bash removes both characters), and top-level
 * newlines after `|`, `||`, `&&` or `|&` (the command goes on).
 */
interface Joins {
  readonly backslash: number[]
  readonly operator: number[]
}

/** Records a backslash-newline at k (the backslash) for a script's joins. */
function noteEscape(src: string, k: number, joins: Joins | null): void {
  if (joins && src[k + 1] === '\n') joins.backslash.push(k + 1)
}

/** Index after a backtick substitution whose opening ` is at i-1 (content kept verbatim). */
function endOfBacktick(src: string, i: number, joins: Joins | null = null): number {
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
function endOfDouble(src: string, i: number, nesting: number, joins: Joins | null): number {
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
function endOfDollar(src: string, i: number, nesting = 1, joins: Joins | null = null): number {
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

/**
 * Tokens of `src`. With `joins` (reading a script), a top-level newline ends the logical line
 * unless it follows a continuing operator, and every join is recorded.
 */
function lex(src: string, expand?: Expander, joins: Joins | null = null): LexOutput {
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

const PROMPTS: readonly RegExp[] = [
  // [root@localhost ~]# , [thj@thj ~]$
  /^\s*\[[^\]\s@]+@[^\]]*\][#$]\s+(?=\S)/,
  // root@7afad07a05b0:/usr/local/mysql# , user@host:~$
  /^\s*[\w.-]+@[\w.-]+:[^\s#$]*[#$]\s+(?=\S)/,
  // busybox / alpine root prompt
  /^\s*\/ #\s+(?=\S)/,
  // $ docker ps
  /^\s*\$\s+(?=\S)/,
]

/**
 * Removes one leading shell prompt (`$ `, `[root@localhost ~]# `, `[thj@thj ~]$ `,
 * `root@7afad07a05b0:/usr/local/mysql# `, `user@host:~$ `, `/ # `) when a command follows it.
 * A bare `# ` is never treated as a prompt (it is a comment). Returns the line unchanged when
 * there is no prompt.
 */
export function stripPrompt(line: string): string {
  for (const re of PROMPTS) {
    const m = re.exec(line)
    if (m) return line.slice(m[0].length)
  }
  return line
}

type Completion = 'complete' | 'join-newline' | 'join-backslash' | 'join-operator'

/** Operators after which bash reads on from the next non-blank, non-comment line. */
const CONTINUING_OPS = new Set(['|', '||', '&&', '|&'])

/** How a script's logical line that ends with `text` so far goes on. */
export function completion(text: string): Completion {
  try {
    const { tokens, trailingBackslash } = lex(text)
    if (trailingBackslash) return 'join-backslash'
    const last = tokens[tokens.length - 1]
    return last?.op && CONTINUING_OPS.has(last.text) ? 'join-operator' : 'complete'
  } catch (e) {
    // The line ends here; tokenize reports the nesting.
    if (e instanceof TooDeep) return 'complete'
    if (!(e instanceof Unterminated)) throw e
    // inside single quotes a backslash-newline is kept; elsewhere it is removed
    return e.escapedNewline && e.close !== "'" ? 'join-backslash' : 'join-newline'
  }
}

/**
 * Logical lines of a script, as bash reads them: an unquoted trailing backslash joins the next
 * physical line (backslash and newline removed); a line ending inside quotes or `$(`...`)`
 * continues on the next line with the newline kept; blank lines and lines whose first non-space
 * character is `#` are skipped; a line ending with `|`, `||`, `&&` or `|&` continues on the
 * next non-blank, non-comment line (joined with a space); one leading prompt is removed from the
 * first physical line (see stripPrompt); CRLF / CR line ends and a leading BOM are accepted. A
 * quote left open at the end of the script swallows the rest of it (tokenize then reports the
 * error). Here-documents are not supported (their body lines come out as separate lines).
 */
export function splitScript(source: string): ScriptLine[] {
  const physical = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  const out: ScriptLine[] = []
  let i = 0
  while (i < physical.length) {
    const first = stripPrompt(physical[i] ?? '').trimStart()
    const lineNo = i + 1
    i++
    if (first === '' || first.startsWith('#')) continue
    const line =
      completion(first) === 'complete' ? { text: first, next: i } : logicalLine(first, physical, i)
    i = line.next
    if (line.text.trim() === '') continue
    out.push({ text: line.text, lineNo })
  }
  return out
}

/**
 * The logical line that starts with `first` and goes on from physical line `from`, and the
 * line after it. One lexing pass finds where it ends and where it joins lines, over chunks of
 * 1, 2, 4... lines (not the growing text once per line, which is quadratic).
 */
function logicalLine(
  first: string,
  physical: readonly string[],
  from: number,
): { text: string; next: number } {
  for (let count = 1; ; count *= 2) {
    const last = Math.min(physical.length, from + count)
    const chunk = [first, ...physical.slice(from, last)].join('\n')
    const scan = scanLine(chunk)
    const atEnd = last >= physical.length
    if (scan.end === null && !atEnd) continue
    const end = scan.end ?? chunk.length
    const lines = chunk.slice(0, end).split('\n')
    const text = joinLines(lines, scan.joins, chunk.length - end === 0 && scan.dropLast)
    return { text, next: from + lines.length - 1 }
  }
}

/**
 * Where the logical line at the start of `chunk` ends (null: it goes on past the chunk), its
 * joins, and whether a backslash ending the chunk would join the next line (dropped when the
 * script ends there, as bash drops it).
 */
function scanLine(chunk: string): { end: number | null; joins: Joins; dropLast: boolean } {
  const joins: Joins = { backslash: [], operator: [] }
  try {
    const { tokens, trailingBackslash, end } = lex(chunk, undefined, joins)
    if (end < chunk.length) return { end, joins, dropLast: false }
    const last = tokens[tokens.length - 1]
    const goesOn = trailingBackslash || (last?.op === true && CONTINUING_OPS.has(last.text))
    return { end: goesOn ? null : end, joins, dropLast: trailingBackslash }
  } catch (e) {
    if (e instanceof TooDeep) {
      // As far as it parses: the line ends where the too-deep substitution's line ends.
      const nl = chunk.indexOf('\n', e.at)
      return { end: nl < 0 ? chunk.length : nl, joins, dropLast: false }
    }
    if (!(e instanceof Unterminated)) throw e
    return { end: null, joins, dropLast: e.escapedNewline && e.close !== "'" }
  }
}

/** The physical lines of one logical line, joined as bash joins them (see splitScript). */
function joinLines(lines: readonly string[], joins: Joins, dropLast: boolean): string {
  const backslash = new Set(joins.backslash)
  const operator = new Set(joins.operator)
  let text = lines[0] ?? ''
  let newline = text.length // index of the newline after the current line, in the chunk
  for (let j = 1; j < lines.length; j++) {
    const line = lines[j] ?? ''
    if (backslash.has(newline)) text = text.slice(0, -1) + line
    else if (operator.has(newline)) {
      // blank and comment lines after `a |` are skipped; the next one joins with a space
      let k = j
      while (k < lines.length && /^\s*(#.*)?$/.test(lines[k] ?? ''))
        newline += (lines[k++] ?? '').length + 1
      if (k >= lines.length) break
      text += ` ${lines[k] ?? ''}`
      j = k
    } else text += `\n${line}`
    newline += (lines[j] ?? '').length + 1
  }
  return dropLast ? text.slice(0, -1) : text
}
