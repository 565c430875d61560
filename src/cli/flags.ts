/**
 * Flag parsing the way the docker CLI's pflag does it: `--name x`, `--name=x`, `-d`,
 * combined shorthands `-itd`, `-p80:80`, `-p=80:80`, booleans as `--rm=true`; for commands
 * with positional commands (`run IMAGE CMD...`) parsing stops at the first positional.
 * Errors carry pflag's wording; the command adds Usage and exit status 125.
 */

export interface FlagSpec {
  readonly long: string
  readonly short?: string
  readonly kind: 'bool' | 'string' | 'list'
}

export type FlagValues = Map<string, string[]>

export type ParseResult =
  { ok: true; flags: FlagValues; args: string[] } | { ok: false; error: string }

function boolValue(v: string): string | null {
  const l = v.toLowerCase()
  if (['1', 't', 'true'].includes(l)) return 'true'
  if (['0', 'f', 'false'].includes(l)) return 'false'
  return null
}

/** Parses argv against flag specs; `interspersed` false stops at the first positional. */
export function parseFlags(
  argv: readonly string[],
  specs: readonly FlagSpec[],
  interspersed: boolean,
): ParseResult {
  const byLong = new Map(specs.map((s) => [s.long, s]))
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short as string, s]))
  const flags: FlagValues = new Map()
  const args: string[] = []
  const put = (s: FlagSpec, v: string) => {
    const list = flags.get(s.long) ?? []
    if (s.kind === 'list') list.push(v)
    else list.splice(0, list.length, v)
    flags.set(s.long, list)
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? ''
    if (a === '--') {
      args.push(...argv.slice(i + 1))
      break
    }
    if (a.startsWith('---')) return { ok: false, error: `bad flag syntax: ${a}` }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=')
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2)
      const spec = byLong.get(name)
      if (!spec) return { ok: false, error: `unknown flag: --${name}` }
      if (spec.kind === 'bool') {
        const v = eq >= 0 ? boolValue(a.slice(eq + 1)) : 'true'
        if (v === null) {
          return {
            ok: false,
            error: `invalid argument "${a.slice(eq + 1)}" for "--${name}" flag: strconv.ParseBool: parsing "${a.slice(eq + 1)}": invalid syntax`,
          }
        }
        put(spec, v)
      } else if (eq >= 0) put(spec, a.slice(eq + 1))
      else {
        if (i + 1 >= argv.length) return { ok: false, error: `flag needs an argument: --${name}` }
        put(spec, argv[++i] ?? '')
      }
      continue
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const ch = a[j] ?? ''
        const spec = byShort.get(ch)
        if (!spec) return { ok: false, error: `unknown shorthand flag: '${ch}' in ${a}` }
        if (spec.kind === 'bool') {
          if (a[j + 1] === '=') {
            const v = boolValue(a.slice(j + 2))
            if (v === null)
              return {
                ok: false,
                error: `invalid argument "${a.slice(j + 2)}" for "-${ch}, --${spec.long}" flag: strconv.ParseBool: parsing "${a.slice(j + 2)}": invalid syntax`,
              }
            put(spec, v)
            break
          }
          put(spec, 'true')
          continue
        }
        let value = a.slice(j + 1)
        if (value.startsWith('=')) value = value.slice(1)
        else if (value === '') {
          if (i + 1 >= argv.length)
            return { ok: false, error: `flag needs an argument: '${ch}' in -${ch}` }
          value = argv[++i] ?? ''
        }
        put(spec, value)
        break
      }
      continue
    }
    if (!interspersed) {
      args.push(...argv.slice(i))
      break
    }
    args.push(a)
  }
  return { ok: true, flags, args }
}

export function flagBool(f: FlagValues, long: string): boolean {
  return f.get(long)?.[0] === 'true'
}

export function flagString(f: FlagValues, long: string): string | undefined {
  return f.get(long)?.[0]
}

export function flagList(f: FlagValues, long: string): string[] {
  return f.get(long) ?? []
}
