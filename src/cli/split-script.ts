/**
 * A script as bash reads it: logical lines (backslash-newlines, open quotes and trailing `|`
 * joined, blank and comment lines skipped, a leading prompt removed), found in linear time by
 * the tokenizer's lexer (tokenize.ts).
 */
import { TooDeep, Unterminated, type Joins } from './lex-scan'
import { CONTINUING_OPS, lex, type ScriptLine } from './tokenize'

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
