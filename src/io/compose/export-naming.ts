/**
 * Who is who in a compose file written back from one host's containers: the project, each
 * container's service, each network's and volume's key.
 *
 * Compose v2 names what it makes `<project>-<service>-<n>` (containers), `<project>_<key>`
 * (networks, volumes), labels networks and volumes `com.docker.compose.project` and
 * `com.docker.compose.network` / `.volume` with their key, and gives a container its service
 * name as an alias on every network it joins (docker/compose pkg/compose/convergence.go
 * getContainerName, pkg/api/labels.go; the import in compose.ts does the same). A world made so
 * is written back as the same services and keys. Anything else keeps its exact names: a
 * service named after its container with `container_name`, networks and volumes with `name:`.
 */
import {
  findContainer,
  type Container,
  type Network,
  type Topology,
  type Volume,
} from '../../engine'
import { normalizeProjectName } from './compose'

export const PROJECT_LABEL = 'com.docker.compose.project'
const NETWORK_LABEL = 'com.docker.compose.network'
const VOLUME_LABEL = 'com.docker.compose.volume'

/** Keys compose accepts for services, networks and volumes (compose-spec schema). */
const KEY = /^[a-zA-Z0-9._-]+$/

/** Containers written as one service: one container, or the replicas `-1` … `-k` of a service. */
export interface Service {
  readonly name: string
  /** In replica order; several only for a recognised compose service. */
  readonly containers: readonly Container[]
  /** True when compose derives the container names (no `container_name`). */
  readonly derived: boolean
}

/**
 * The project a host's file declares: compose's label on its networks and volumes; without
 * one, a prefix its containers are named with as compose names them (`shop` of `shop-web-1`);
 * else the host's name. Among several, the one most containers are named after.
 */
export function projectOf(t: Topology, host: string, containers: readonly Container[]): string {
  const labelled = [
    ...[...t.networks.values()].filter((n) => n.host === host),
    ...[...t.volumes.values()].filter((v) => v.host === host),
  ]
    .sort((a, b) => a.seq - b.seq)
    .map((x) => x.labels?.[PROJECT_LABEL] ?? '')
  const named = containers.flatMap((c) => {
    const parts = c.name.split('-')
    return parts.slice(1, -1).map((_, i) => parts.slice(0, i + 1).join('-'))
  })
  const candidates = (labelled.some((p) => p !== '') ? labelled : named).filter(
    (p) => p !== '' && normalizeProjectName(p) === p,
  )
  let best = ''
  let most = 0
  for (const p of new Set(candidates)) {
    const count = containers.filter((c) => replicaOf(p, c.name) !== null).length
    if (count > most || (best === '' && labelled.includes(p))) [best, most] = [p, count]
  }
  return best || normalizeProjectName(host) || 'docknet'
}

/** `<project>-<service>-<n>` read back, or null. */
function replicaOf(project: string, name: string): { service: string; n: number } | null {
  if (!name.startsWith(`${project}-`)) return null
  const m = /^(.+)-([1-9][0-9]*)$/.exec(name.slice(project.length + 1))
  return m?.[1] && m[2] ? { service: m[1], n: Number(m[2]) } : null
}

/** Compose gives the service name as the first alias on each network the container joins. */
function answersAs(t: Topology, c: Container, service: string): boolean {
  if (c.networkMode.kind !== 'network') return true
  return c.endpoints.every((e) => t.networks.has(e.networkId) && e.aliases[0] === service)
}

/**
 * The services of a host's containers (in creation order of their first container): replicas
 * grouped where compose would have named them so, every other container on its own. `same`
 * says whether two containers would be written alike; a group whose members differ, or whose
 * later members another container refers to, is split back into single containers.
 */
export function servicesOf(
  t: Topology,
  project: string,
  containers: readonly Container[],
  same: (services: readonly Service[], a: Container, b: Container) => boolean,
): Service[] {
  const names = new Set(containers.map((c) => c.name))
  const groups = new Map<string, Container[]>()
  for (const c of containers) {
    const r = replicaOf(project, c.name)
    if (!r || !KEY.test(r.service) || names.has(r.service) || !answersAs(t, c, r.service)) continue
    const list = groups.get(r.service) ?? []
    list[r.n - 1] = c
    groups.set(r.service, list)
  }
  const referred = new Set(containers.flatMap((c) => referencesOf(t, c)))
  for (const [name, list] of groups) {
    const complete = list.length > 0 && Array.from(list).every((c) => c !== undefined)
    if (!complete || list.slice(1).some((c) => referred.has(c.id))) groups.delete(name)
  }
  for (;;) {
    const services = assemble(containers, groups)
    const split = [...groups].find(([, list]) => list.some((c) => !same(services, list[0]!, c)))
    if (!split) return services
    groups.delete(split[0])
  }
}

function assemble(
  containers: readonly Container[],
  groups: ReadonlyMap<string, readonly Container[]>,
): Service[] {
  const grouped = new Map<string, string>()
  for (const [name, list] of groups) for (const c of list) grouped.set(c.id, name)
  const services: Service[] = []
  for (const c of containers) {
    const group = grouped.get(c.id)
    if (group === undefined) services.push({ name: c.name, containers: [c], derived: false })
    else if (groups.get(group)?.[0] === c)
      services.push({ name: group, containers: groups.get(group) ?? [], derived: true })
  }
  return services
}

/** The containers `c` names: link children, its namespace donor, volume donors. */
export function referencesOf(t: Topology, c: Container): string[] {
  return [
    ...c.links.map((l) => l.childId),
    ...(c.joinedTo ? [c.joinedTo] : []),
    ...c.volumesFrom.flatMap((v) => {
      const donor = findContainer(t, c.host, v.split(':')[0] ?? '')
      return donor ? [donor.id] : []
    }),
    ...(c.endpoints[0]?.links ?? []).flatMap((l) => {
      const target = findContainer(t, c.host, l.split(':')[0] ?? '')
      return target ? [target.id] : []
    }),
  ]
}

/** Unique keys for a file's networks or volumes, from compose's labels where they say. */
function keysOf<
  T extends { readonly name: string; readonly labels?: Readonly<Record<string, string>> },
>(project: string, list: readonly T[], label: string): Map<T, { key: string; named: boolean }> {
  const keys = new Map<T, { key: string; named: boolean }>()
  const taken = new Set<string>()
  for (const x of list) {
    const labelled = x.labels?.[PROJECT_LABEL] === project ? x.labels[label] : undefined
    let key =
      labelled !== undefined && KEY.test(labelled) && !taken.has(labelled) ? labelled : x.name
    for (let i = 2; taken.has(key); i++) key = `${x.name}-${i}`
    taken.add(key)
    keys.set(x, { key, named: x.name !== `${project}_${key}` })
  }
  return keys
}

export const networkKeys = (project: string, list: readonly Network[]) =>
  keysOf(project, list, NETWORK_LABEL)
export const volumeKeys = (project: string, list: readonly Volume[]) =>
  keysOf(project, list, VOLUME_LABEL)
