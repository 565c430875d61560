/**
 * A compose file's YAML, read as `docker compose` reads it: one document, aliases allowed but
 * not a bomb of them, values interpolated from the environment (`${VAR:-default}`), and every
 * error with its line and column.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml'

/** Compose files are small; a bigger one is refused before it is parsed. */
export const MAX_COMPOSE_BYTES = 2 * 1024 * 1024
/** More alias uses than this is an "alias bomb" (a billion laughs), not a compose file. */
const MAX_ALIASES = 200

export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain }

export interface ReadYaml {
  readonly value: { readonly [key: string]: Plain }
  /** The line a value at `path` (`services.web.ports`) starts on, when the file says. */
  lineOf(path: readonly (string | number)[]): number | undefined
}

export type YamlResult =
  ({ readonly ok: true } & ReadYaml) | { readonly ok: false; readonly error: string }

export function readComposeYaml(
  text: string,
  file: string,
  env: Readonly<Record<string, string>>,
): YamlResult {
  if (text.length > MAX_COMPOSE_BYTES)
    return {
      ok: false,
      error: `${file}: this file is too large (${(text.length / 1024 / 1024).toFixed(1)} MB); Docknet reads compose files up to 2 MB.`,
    }
  const lineCounter = new LineCounter()
  // Merge keys (`<<: *defaults`) as compose reads them (YAML 1.1, which compose uses).
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    merge: true,
  })
  const [problem] = doc.errors
  if (problem) {
    const at = problem.linePos?.[0] ?? lineCounter.linePos(problem.pos[0])
    const where = `line ${at.line}, column ${at.col}`
    return { ok: false, error: `${file}: ${where}: ${problem.message.split('\n')[0]}` }
  }
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES })
  } catch (e) {
    return { ok: false, error: `${file}: ${e instanceof Error ? e.message : String(e)}` }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return {
      ok: false,
      error: `${file}: a compose file is a mapping of services, networks and volumes.`,
    }
  const interpolated = interpolate(value as Plain, env)
  if (typeof interpolated === 'string') return { ok: false, error: `${file}: ${interpolated}` }
  const lineOf = (path: readonly (string | number)[]) => {
    // The key's line (`web:`), where the value is a block that starts below it.
    const node = doc.getIn(path, true) as Node | undefined
    const start = pairKeyStart(doc.contents, path) ?? node?.range?.[0]
    return start === undefined ? undefined : lineCounter.linePos(start).line
  }
  return { ok: true, value: interpolated.value as { [key: string]: Plain }, lineOf }
}

/** The start of the key of the pair at `path`; none for a list item. */
function pairKeyStart(root: unknown, path: readonly (string | number)[]): number | undefined {
  let node: unknown = root
  for (const [i, step] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === step)
      if (!pair) return undefined
      if (i === path.length - 1) return isScalar(pair.key) ? pair.key.range?.[0] : undefined
      node = pair.value
    } else if (isSeq(node) && typeof step === 'number') node = node.items[step]
    else return undefined
  }
  return undefined
}

/**
 * Compose's interpolation of every string: `$VAR`, `${VAR}`, `${VAR:-default}` (unset or
 * empty), `${VAR-default}` (unset), `${VAR:?message}` and `${VAR?message}` (an error),
 * `$$` for a `$`. Returns the error text for a required variable that is missing.
 */
function interpolate(
  value: Plain,
  env: Readonly<Record<string, string>>,
): { value: Plain } | string {
  if (typeof value === 'string') return substitute(value, env)
  if (Array.isArray(value)) {
    const out: Plain[] = []
    for (const v of value) {
      const r = interpolate(v, env)
      if (typeof r === 'string') return r
      out.push(r.value)
    }
    return { value: out }
  }
  if (value !== null && typeof value === 'object') {
    const out: { [key: string]: Plain } = {}
    for (const [k, v] of Object.entries(value)) {
      const r = interpolate(v, env)
      if (typeof r === 'string') return r
      out[k] = r.value
    }
    return { value: out }
  }
  return { value }
}

const VARIABLE =
  /\$(?:\$|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g

function substitute(
  text: string,
  env: Readonly<Record<string, string>>,
): { value: string } | string {
  let missing: string | null = null
  const value = text.replace(
    VARIABLE,
    (whole, braced?: string, op?: string, arg = '', bare?: string) => {
      if (whole === '$$') return '$'
      const name = braced ?? bare ?? ''
      const set = Object.hasOwn(env, name)
      const current = env[name] ?? ''
      if (op === ':-') return set && current !== '' ? current : arg
      if (op === '-') return set ? current : arg
      if ((op === ':?' && (!set || current === '')) || (op === '?' && !set))
        missing ??= `required variable ${name} is missing a value: ${arg}`
      return current
    },
  )
  return missing ?? { value }
}
