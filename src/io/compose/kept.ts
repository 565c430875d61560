/**
 * What a compose file says that Docknet does not simulate, kept as the file wrote it (after
 * interpolation) so that exporting compose writes it back: a project's top-level keys
 * (`x-*`, `configs`, …) and each service's (`healthcheck`, `logging`, `env_file`, `build`, …),
 * the latter under the names of the containers the service made, so they follow the
 * containers rather than a service name the export may choose otherwise.
 */
import type { Plain } from './read-yaml'
import { SERVICE, TOP } from './unmodelled'
import { isRecord, type ComposeKept } from './kept-data'

export type { ComposeKept } from './kept-data'
export { isEmptyKept, restoreKept } from './kept-data'

/**
 * Keys the import reads but the export would write otherwise or not at all: `build` (the
 * export writes the image it tagged) and `depends_on` (the export writes only the order links,
 * joins and volumes need), and `deploy` (the export writes only `replicas`).
 */
const KEPT_TOO = new Set(['build', 'depends_on', 'deploy'])
/** Obsolete (compose ignores it and says so); not written back. */
const DROPPED = new Set(['version'])

function pick(o: Record<string, Plain>, keep: (key: string) => boolean): Record<string, Plain> {
  return Object.fromEntries(Object.entries(o).filter(([k]) => keep(k)))
}

/** What `doc` says that the commands do not, for `project` and its containers by service. */
export function keptOf(
  doc: Readonly<Record<string, Plain>>,
  project: string,
  containers: ReadonlyMap<string, readonly string[]>,
): ComposeKept {
  const top = pick(doc, (k) => !TOP.has(k) && !DROPPED.has(k))
  const services: Record<string, Record<string, Plain>> = {}
  const declared = isRecord(doc.services) ? doc.services : {}
  for (const [service, names] of containers) {
    const body = declared[service]
    if (!isRecord(body)) continue
    const own = pick(body, (k) => !SERVICE.has(k) || KEPT_TOO.has(k))
    if (Object.keys(own).length > 0) for (const name of names) services[name] = own
  }
  return { projects: Object.keys(top).length > 0 ? { [project]: top } : {}, services }
}

/**
 * A service's kept keys under the body the export made: the body's keys win, but `depends_on`
 * is the union of both, in the kept form (a list, or compose's long mapping).
 */
export function withKept(
  body: Readonly<Record<string, unknown>>,
  kept: Readonly<Record<string, Plain>> | undefined,
): Record<string, unknown> {
  if (!kept) return { ...body }
  const merged: Record<string, unknown> = { ...kept, ...body }
  // How many replicas is the world's to say (the export writes them when more than one).
  const { replicas: _stale, ...keptDeploy } = isRecord(kept.deploy) ? kept.deploy : {}
  const deploy = { ...keptDeploy, ...(isRecord(body.deploy) ? body.deploy : {}) }
  if (Object.keys(deploy).length > 0) merged.deploy = deploy
  else delete merged.deploy
  const made = Array.isArray(body.depends_on) ? (body.depends_on as string[]) : []
  const was = kept.depends_on
  if (Array.isArray(was)) merged.depends_on = [...new Set([...was.map(String), ...made])]
  else if (isRecord(was))
    merged.depends_on = {
      ...was,
      ...Object.fromEntries(
        made.filter((m) => !(m in was)).map((m) => [m, { condition: 'service_started' }]),
      ),
    }
  return merged
}
