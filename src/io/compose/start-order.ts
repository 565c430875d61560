/**
 * The order compose starts services in: each after those it depends on (`depends_on`, short or
 * long form, and the implicit `links`, `volumes_from` and `network_mode: service:X`), otherwise
 * in the file's order. A cycle is refused in compose's words (compose-go graph/cycle.go).
 */
import type { Plain } from './read-yaml'

const dependsOn = (s: Record<string, Plain>): string[] => {
  const deps: string[] = []
  if (Array.isArray(s.depends_on)) deps.push(...s.depends_on.map(String))
  else if (s.depends_on && typeof s.depends_on === 'object') deps.push(...Object.keys(s.depends_on))
  if (Array.isArray(s.links)) deps.push(...s.links.map((l) => String(l).split(':')[0] ?? ''))
  if (Array.isArray(s.volumes_from))
    for (const v of s.volumes_from.map(String))
      if (!v.startsWith('container:')) deps.push(v.split(':')[0] ?? '')
  if (typeof s.network_mode === 'string' && s.network_mode.startsWith('service:'))
    deps.push(s.network_mode.slice('service:'.length))
  return [...new Set(deps)]
}

export type StartOrder =
  | { readonly ok: true; readonly services: readonly string[] }
  | { readonly ok: false; readonly error: string }

export function startOrder(services: Readonly<Record<string, Record<string, Plain>>>): StartOrder {
  const deps = new Map(Object.entries(services).map(([name, s]) => [name, dependsOn(s)]))
  for (const [name, ds] of deps)
    for (const d of ds)
      if (!deps.has(d))
        return {
          ok: false,
          error: `service "${name}" depends on undefined service "${d}": invalid compose project`,
        }
  const cycle = findCycle(deps)
  if (cycle) return { ok: false, error: `dependency cycle detected: ${cycle.join(' -> ')}` }
  const order: string[] = []
  const placed = new Set<string>()
  const place = (name: string) => {
    if (placed.has(name)) return
    placed.add(name)
    for (const d of deps.get(name) ?? []) place(d)
    order.push(name)
  }
  for (const name of deps.keys()) place(name)
  return { ok: true, services: order }
}

/** The first cycle, searched from each service in name order, as compose reports it. */
function findCycle(deps: ReadonlyMap<string, readonly string[]>): string[] | null {
  const search = (path: string[]): string[] | null => {
    const last = path[path.length - 1] ?? ''
    for (const next of [...(deps.get(last) ?? [])].sort()) {
      const at = path.indexOf(next)
      if (at >= 0) return [...path.slice(at), next]
      const found = search([...path, next])
      if (found) return found
    }
    return null
  }
  for (const name of [...deps.keys()].sort()) {
    const found = search([name])
    if (found) return found
  }
  return null
}
