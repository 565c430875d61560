/**
 * A small POSIX-shell evaluator shared by the host shell (docker, iptables, ps...) and the
 * shells inside containers: `;`, `&&`, `||`, pipes `|`, redirections `>`, `>>`, `2>&1`,
 * `2>/dev/null`, and the text filters tutorials pipe into (grep, head, tail, wc -l, sort).
 * What each command does is the caller's business (`ShellHooks`); this module only plumbs.
 */
import { lineMatcher } from './line-match'
import { chunksOf } from './chunks'
import { concat, type Output } from './output'
import { tokenize, type Expander, type Token } from './tokenize'

export interface RunResult<S> {
  readonly state: S
  readonly output: Output
  /** The command asked the shell to end (`exit`). */
  readonly exit?: boolean
}

export interface ShellHooks<S> {
  /** `sh` or `bash`: error messages are worded after it. */
  readonly shell: string
  run(state: S, argv: readonly string[], stdin: string | null): RunResult<S>
  /** Writes a redirection target; a string is the error text. */
  write(state: S, path: string, content: string, append: boolean): S | string
  /** The shell's variables (`$HOME`); unset ones expand to nothing. */
  variable?(state: S, name: string): string | undefined
  /** Runs `$(command)` and gives its standard output (and the state it leaves). */
  substitute?(state: S, command: string): { readonly state: S; readonly stdout: string }
}

interface Simple {
  argv: string[]
  out: { path: string; append: boolean } | null
  errToOut: boolean
  errNull: boolean
}

type Pipeline = Simple[]

function grep(args: readonly string[], input: string): Output {
  let invert = false
  let ignoreCase = false
  let count = false
  let pattern: string | null = null
  for (const a of args) {
    if (a.startsWith('-') && pattern === null && a.length > 1) {
      if (a.includes('v')) invert = true
      if (a.includes('i')) ignoreCase = true
      if (a.includes('c')) count = true
    } else if (pattern === null) pattern = a
  }
  if (pattern === null)
    return { stdout: '', stderr: 'Usage: grep [OPTION]... PATTERNS [FILE]...\n', exitCode: 2 }
  const flags = ignoreCase ? 'i' : ''
  const matches = lineMatcher(validOrLiteral(pattern, flags), flags)
  const lines = input.split('\n')
  if (lines.at(-1) === '') lines.pop()
  const kept = lines.filter((l) => matches(l) !== invert)
  if (count) return { stdout: `${kept.length}\n`, stderr: '', exitCode: kept.length > 0 ? 0 : 1 }
  return {
    stdout: kept.map((l) => `${l}\n`).join(''),
    stderr: '',
    exitCode: kept.length > 0 ? 0 : 1,
  }
}

/** The pattern, or the pattern as literal text when JavaScript rejects it. */
function validOrLiteral(pattern: string, flags: string): string {
  try {
    new RegExp(pattern, flags)
    return pattern
  } catch {
    return pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  }
}

function headTail(args: readonly string[], input: string, head: boolean): Output {
  let n = 10
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? ''
    if (a === '-n') n = Number(args[++i] ?? '10')
    else if (/^-n?\d+$/.test(a)) n = Number(a.replace(/^-n?/, ''))
  }
  const lines = input.split('\n')
  if (lines.at(-1) === '') lines.pop()
  const kept = head ? lines.slice(0, n) : lines.slice(Math.max(0, lines.length - n))
  return { stdout: kept.map((l) => `${l}\n`).join(''), stderr: '', exitCode: 0 }
}

/** Filters that read their standard input; null when `argv` is not one (or has a file operand). */
export function filter(argv: readonly string[], stdin: string | null): Output | null {
  if (stdin === null) return null
  const [cmd, ...args] = argv
  const lines = () => {
    const l = stdin.split('\n')
    if (l.at(-1) === '') l.pop()
    return l
  }
  switch (cmd) {
    case 'grep':
    case 'egrep':
      return grep(args, stdin)
    case 'head':
      return headTail(args, stdin, true)
    case 'tail':
      return headTail(args, stdin, false)
    case 'wc':
      return {
        stdout: args.includes('-l')
          ? `${lines().length}\n`
          : `${lines().length} ${stdin.split(/\s+/).filter(Boolean).length} ${stdin.length}\n`,
        stderr: '',
        exitCode: 0,
      }
    case 'sort':
      return {
        stdout: lines()
          .sort()
          .map((l) => `${l}\n`)
          .join(''),
        stderr: '',
        exitCode: 0,
      }
    case 'cat':
      return args.length === 0 ? { stdout: stdin, stderr: '', exitCode: 0 } : null
    default:
      return null
  }
}

type Parsed =
  { ok: true; list: { pipeline: Pipeline; next: string | null }[] } | { ok: false; error: string }

/** Splits tokens into pipelines joined by `;`, `&&`, `||`. */
function parse(tokens: readonly Token[]): Parsed {
  const list: { pipeline: Pipeline; next: string | null }[] = []
  let pipeline: Pipeline = []
  let cur: Simple = { argv: [], out: null, errToOut: false, errNull: false }
  const endSimple = (): boolean => {
    if (cur.argv.length === 0 && !cur.out) return false
    pipeline.push(cur)
    cur = { argv: [], out: null, errToOut: false, errNull: false }
    return true
  }
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token
    if (!tok.op) {
      cur.argv.push(tok.text)
      continue
    }
    const t = tok.text
    if (t === '>' || t === '>>' || t === '1>' || t === '1>>' || t === '&>' || t === '>|') {
      const target = tokens[i + 1]
      if (!target || target.op)
        return { ok: false, error: `syntax error near unexpected token \`newline'` }
      cur.out = { path: target.text, append: t.endsWith('>>') }
      if (t === '&>') cur.errToOut = true
      i++
    } else if (t === '2>') {
      const target = tokens[++i]
      if (target?.text === '/dev/null') cur.errNull = true
    } else if (t === '2>&') {
      i++
      cur.errToOut = true
    } else if (t === '<') {
      i++
    } else if (t === '|' || t === '|&') {
      if (!endSimple()) return { ok: false, error: `syntax error near unexpected token \`${t}'` }
      if (t === '|&') (pipeline.at(-1) as Simple).errToOut = true
    } else if (t === ';' || t === '&&' || t === '||' || t === '&' || t === '\n') {
      const had = endSimple()
      if (!had && pipeline.length === 0) {
        if (t === ';' || t === '\n' || t === '&') continue
        return { ok: false, error: `syntax error near unexpected token \`${t}'` }
      }
      list.push({ pipeline, next: t === '&&' || t === '||' ? t : null })
      pipeline = []
    } else return { ok: false, error: `syntax error near unexpected token \`${t}'` }
  }
  const dangling = !endSimple() && (pipeline.length > 0 || (list.at(-1)?.next ?? null) !== null)
  if (dangling) return { ok: false, error: 'syntax error: unexpected end of file' }
  if (pipeline.length > 0) list.push({ pipeline, next: null })
  return { ok: true, list }
}

/** Runs one line through the hooks; `exit` is true when the shell should end. */
export function runShellLine<S>(
  state: S,
  line: string,
  hooks: ShellHooks<S>,
): RunResult<S> & { exit: boolean } {
  let s = state
  const { variable, substitute } = hooks
  const expander: Expander | undefined =
    variable && substitute
      ? {
          variable: (name) => (name === '?' ? '0' : variable(s, name)),
          substitute: (command) => {
            const r = substitute(s, command)
            s = r.state
            return r.stdout
          },
        }
      : undefined
  const tokens = tokenize(line, expander)
  if (!tokens.ok)
    return {
      state,
      output: { stdout: '', stderr: `${hooks.shell}: ${tokens.error}\n`, exitCode: 2 },
      exit: false,
    }
  const parsed = parse(tokens.tokens)
  if (!parsed.ok)
    return {
      state,
      output: { stdout: '', stderr: `${hooks.shell}: ${parsed.error}\n`, exitCode: 2 },
      exit: false,
    }
  // What the line writes to the terminal, both streams in the order they were written.
  let written: Output = { stdout: '', stderr: '', exitCode: 0 }
  let exitCode = 0
  let skip = false
  for (const { pipeline, next } of parsed.list) {
    if (!skip) {
      let input: string | null = null
      let status = 0
      for (let i = 0; i < pipeline.length; i++) {
        const simple = pipeline[i] as Simple
        const filtered = filter(simple.argv, input)
        const r: RunResult<S> = filtered
          ? { state: s, output: filtered }
          : hooks.run(s, simple.argv, input)
        s = r.state
        let out = r.output.stdout
        let err = simple.errNull ? '' : r.output.stderr
        if (simple.errToOut) {
          out = simple.errNull ? out : joinChunks(r.output)
          err = ''
        }
        status = r.output.exitCode
        if (simple.out) {
          const wrote = hooks.write(s, simple.out.path, out, simple.out.append)
          if (typeof wrote === 'string') {
            err += `${hooks.shell}: ${wrote}\n`
            status = 1
          } else s = wrote
          out = ''
        }
        const last = i === pipeline.length - 1 || r.exit
        const untouched = !simple.errNull && !simple.errToOut && !simple.out
        written = concat(
          written,
          last && untouched ? r.output : { stdout: last ? out : '', stderr: err, exitCode: 0 },
        )
        if (r.exit) return { state: s, output: { ...written, exitCode: status }, exit: true }
        if (!last) input = out
      }
      exitCode = status
    }
    // A skipped pipeline keeps the last status, so `a && b || c` runs c when a fails.
    skip = next === '&&' ? exitCode !== 0 : next === '||' ? exitCode === 0 : false
  }
  return { state: s, output: { ...written, exitCode }, exit: false }
}

function joinChunks(o: Output): string {
  return chunksOf(o)
    .map((c) => c.text)
    .join('')
}
