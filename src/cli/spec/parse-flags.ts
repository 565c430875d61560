/**
 * pflag's parser over a command's FlagDefs: `--name x`, `--name=x`, `-d`, combined shorthands
 * `-itd`, `-p80:80`, `-p=80:80`, booleans as `--rm=true`, `--` ending the flags. It stops at the
 * first error, with pflag's wording; `--help` (and `-h` where the command has no `-h`) asks for
 * help. Values are checked as they are set: by type, then by the flag's own check.
 */
import type { FlagDef, FlagValues } from './types'
import { refuse, type ClientError } from './client-errors'
import { parseTyped, type Checked } from './values'

export type FlagParse =
  | {
      readonly ok: true
      readonly flags: FlagValues
      readonly args: readonly string[]
      readonly help: boolean
      /** pflag's deprecation notices, printed to stdout. */
      readonly notices: readonly string[]
    }
  | { readonly ok: false; readonly error: ClientError }

const SCALAR_TYPES = new Set([
  'bool',
  'string',
  'int',
  'int64',
  'uint16',
  'uint64',
  'duration',
  'bytes',
  'decimal',
])

/** `-n, --last` or `--dns`: how pflag names a flag in a value error. */
function flagNames(def: FlagDef): string {
  return def.short ? `-${def.short}, --${def.long}` : `--${def.long}`
}

function checkValue(def: FlagDef, text: string): Checked {
  const typed = parseTyped(def.valueType ?? def.type, text)
  if ('error' in typed || !def.validate) return typed
  return def.validate(typed.value)
}

class Parser {
  readonly flags = new Map<string, string[]>()
  readonly args: string[] = []
  readonly notices: string[] = []
  help = false
  private readonly byLong: Map<string, FlagDef>
  private readonly byShort: Map<string, FlagDef>

  constructor(defs: readonly FlagDef[]) {
    this.byLong = new Map(defs.map((d) => [d.long, d]))
    this.byShort = new Map(defs.filter((d) => d.short).map((d) => [d.short ?? '', d]))
  }

  /** Sets a flag from its text; the refusal when the value does not parse. */
  set(def: FlagDef, text: string): ClientError | null {
    const checked = checkValue(def, text)
    if ('error' in checked)
      return refuse('INVALID_ARGUMENT', { text, flag: flagNames(def), reason: checked.error })
    const list = SCALAR_TYPES.has(def.type) ? [] : (this.flags.get(def.long) ?? [])
    // A stringSlice (`strings`) value is a comma-separated list.
    const values =
      def.type !== 'strings' ? [checked.value] : checked.value.split(',').filter((v) => v !== '')
    this.flags.set(def.long, [...list, ...values])
    if (def.deprecated)
      this.notices.push(`Flag --${def.long} has been deprecated, ${def.deprecated}`)
    return null
  }

  /** `--name[=value]`; returns how many extra argv entries it used, or an error. */
  long(arg: string, next: string | undefined): number | ClientError {
    const body = arg.slice(2)
    const eq = body.indexOf('=')
    const name = eq >= 0 ? body.slice(0, eq) : body
    if (name === '' || name.startsWith('-') || name.startsWith('='))
      return refuse('BAD_FLAG_SYNTAX', { arg })
    const def = this.byLong.get(name)
    if (!def) {
      if (name !== 'help') return refuse('UNKNOWN_FLAG', { name })
      this.help = true
      return 0
    }
    if (eq >= 0) return this.set(def, body.slice(eq + 1)) ?? 0
    if (def.type === 'bool') return this.set(def, 'true') ?? 0
    if (next === undefined) return refuse('FLAG_NEEDS_ARGUMENT', { name })
    return this.set(def, next) ?? 1
  }

  /**
   * `-abc`, `-p80`, `-p=80`, `-d=false` (pflag parseSingleShortArg): `=` takes a value only with
   * something after it; errors name the shorthands left from the failing one (`-dx`: `-x`).
   * Returns how many extra argv entries it used.
   */
  shorts(arg: string, next: string | undefined): number | ClientError {
    for (let j = 1; j < arg.length; j++) {
      const ch = arg[j] ?? ''
      const left = arg.slice(j)
      const def = this.byShort.get(ch)
      if (!def) {
        if (ch !== 'h') return refuse('UNKNOWN_SHORTHAND', { ch, rest: left })
        this.help = true
        this.notices.push('Flag shorthand -h has been deprecated, use --help')
        continue
      }
      const rest = arg.slice(j + 1)
      if (rest.length > 1 && rest.startsWith('=')) return this.set(def, rest.slice(1)) ?? 0
      if (def.type === 'bool') {
        const error = this.set(def, 'true')
        if (error) return error
        continue
      }
      if (rest !== '') return this.set(def, rest) ?? 0
      if (next === undefined) return refuse('SHORTHAND_NEEDS_ARGUMENT', { ch, rest: left })
      return this.set(def, next) ?? 1
    }
    return 0
  }
}

/** Parses argv; with `stopAtFirstArg` (pflag SetInterspersed(false)) flags end at a positional. */
export function parseFlags(
  argv: readonly string[],
  defs: readonly FlagDef[],
  stopAtFirstArg = false,
): FlagParse {
  const p = new Parser(defs)
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--') {
      p.args.push(...argv.slice(i + 1))
      break
    }
    if (!arg.startsWith('-') || arg === '-') {
      if (stopAtFirstArg) {
        p.args.push(...argv.slice(i))
        break
      }
      p.args.push(arg)
      continue
    }
    const used = arg.startsWith('--') ? p.long(arg, argv[i + 1]) : p.shorts(arg, argv[i + 1])
    if (typeof used !== 'number') return { ok: false, error: used }
    i += used
  }
  // run and create declare their own --help (their -h is --hostname).
  const help = p.help || flagBool(p.flags, 'help')
  return { ok: true, flags: p.flags, args: p.args, help, notices: p.notices }
}

export function flagBool(f: FlagValues, long: string): boolean {
  return f.get(long)?.at(-1) === 'true'
}

export function flagString(f: FlagValues, long: string): string | undefined {
  return f.get(long)?.at(-1)
}

export function flagList(f: FlagValues, long: string): readonly string[] {
  return f.get(long) ?? []
}
