/**
 * The daemon's filter arguments (moby api/types/filters): `--filter key=value` pairs as the
 * client sends them, a set of values per key, and the ways a listing tests them.
 */
import { engineError, type EngineError } from './error-core'
import { goRegexpMatch } from './go-regexp'

/** filters.Args: each key's values, in the order they were given. */
export type FilterArgs = ReadonlyMap<string, readonly string[]>

/**
 * The client's side (docker/cli opts.FilterOpt.Set): `key=value`, the key trimmed and lower
 * case, the value trimmed; an empty text adds nothing. The flag's own check has refused a text
 * without `=` already.
 */
export function filterArgs(texts: readonly string[]): FilterArgs {
  const args = new Map<string, string[]>()
  for (const text of texts) {
    const eq = text.indexOf('=')
    if (text === '' || eq < 0) continue
    const key = text.slice(0, eq).trim().toLowerCase()
    const value = text.slice(eq + 1).trim()
    const values = args.get(key) ?? []
    if (!values.includes(value)) values.push(value)
    args.set(key, values)
  }
  return args
}

/** Args.Validate: the first key the listing does not accept (Go picks one of them). */
export function validateFilters(args: FilterArgs, accepted: readonly string[]): EngineError | null {
  const bad = [...args.keys()].find((k) => !accepted.includes(k))
  return bad === undefined ? null : engineError('INVALID_FILTER', { filter: bad })
}

/** Args.ExactMatch: no values for the key, or `source` is one of them. */
export function exactMatch(args: FilterArgs, key: string, source: string): boolean {
  const values = args.get(key)
  return !values || values.length === 0 || values.includes(source)
}

/** Args.Match: ExactMatch, or a value that is a regular expression found in `source`. */
export function textMatch(args: FilterArgs, key: string, source: string): boolean {
  if (exactMatch(args, key, source)) return true
  return (args.get(key) ?? []).some((pattern) => goRegexpMatch(pattern, source))
}

/** Args.MatchKVList: every `k` or `k=v` value of the key is among the labels. */
export function labelsMatch(
  args: FilterArgs,
  key: string,
  labels: Readonly<Record<string, string>>,
): boolean {
  const values = args.get(key) ?? []
  if (values.length === 0) return true
  if (Object.keys(labels).length === 0) return false
  return values.every((value) => {
    const eq = value.indexOf('=')
    const k = eq < 0 ? value : value.slice(0, eq)
    if (!Object.hasOwn(labels, k)) return false
    return eq < 0 || labels[k] === value.slice(eq + 1)
  })
}

/** `label` and `label!` together, as the prune and volume filters read them (daemon/prune.go). */
export function labelFiltersMatch(
  args: FilterArgs,
  labels: Readonly<Record<string, string>>,
): boolean {
  if (!labelsMatch(args, 'label', labels)) return false
  return !args.has('label!') || !labelsMatch(args, 'label!', labels)
}

/**
 * Args.GetBoolOrDefault: `1`/`true` or `0`/`false`; anything else, or both at once, is
 * `invalid filter 'key=[values]'`.
 */
export function boolFilter(args: FilterArgs, key: string): boolean | EngineError | null {
  const values = args.get(key)
  if (!values) return null
  const isTrue = values.includes('1') || values.includes('true')
  const isFalse = values.includes('0') || values.includes('false')
  if (isTrue === isFalse) return engineError('INVALID_FILTER_VALUES', { filter: key, values })
  return isTrue
}
