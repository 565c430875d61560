/**
 * Lookups over the containers map that commands make on every line: a name, the addresses a
 * network has handed out, the ports a host has bound, the links pointing at a container. Each
 * is a view carried along edits of the map (persistent-map.ts), so its cost follows the
 * records an edit touches, never the number of containers.
 */
import { shortId } from './ids'
import { parseIpv4 } from './ip'
import type { Container, ContainerId, HostName, Topology } from './model'
import type { Proto } from './port-spec'
import { derive, mapDelete, mapSet, PersistentMap, type DerivedView } from './persistent-map'

type Containers = ReadonlyMap<ContainerId, Container>

type Edit<I> = (view: I, c: Container) => I

/** A view's update when one container changes: its old entries out, its new ones in. */
function replacing<I>(add: Edit<I>, remove: Edit<I>): DerivedView<Container, I>['update'] {
  return (view, _key, before, after) => {
    let next = view
    if (before) next = remove(next, before)
    if (after) next = add(next, after)
    return next
  }
}

/** A view built from each container's own entries, updated by removing and re-adding them. */
function perContainer<I>(empty: I, add: Edit<I>, remove: Edit<I>): DerivedView<Container, I> {
  return {
    build: (map: Containers) => {
      let view = empty
      for (const c of map.values()) view = add(view, c)
      return view
    },
    update: replacing(add, remove),
  }
}

// ---- names -------------------------------------------------------------------------------

const nameKey = (host: HostName, name: string) => `${host}\n${name}`

const NAMES = perContainer<PersistentMap<ContainerId>>(
  PersistentMap.empty(),
  (view, c) => view.set(nameKey(c.host, c.name), c.id),
  (view, c) => {
    const key = nameKey(c.host, c.name)
    return view.get(key) === c.id ? view.delete(key) : view
  },
)

/** The container named `name` on a host. */
export function containerByName(t: Topology, host: HostName, name: string): Container | null {
  const id = derive(t.containers, NAMES).get(nameKey(host, name))
  return id === undefined ? null : (t.containers.get(id) ?? null)
}

// ---- id prefixes -------------------------------------------------------------------------

/** Ids are bucketed by their first characters; shorter references walk every container. */
const PREFIX_BUCKET = 3

const BY_PREFIX = perContainer<PersistentMap<PersistentMap<true>>>(
  PersistentMap.empty(),
  (view, c) => {
    const bucket = c.id.slice(0, PREFIX_BUCKET)
    return view.set(bucket, (view.get(bucket) ?? PersistentMap.empty()).set(c.id, true))
  },
  (view, c) => {
    const bucket = c.id.slice(0, PREFIX_BUCKET)
    const ids = view.get(bucket)?.delete(c.id)
    return !ids || ids.size === 0 ? view.delete(bucket) : view.set(bucket, ids)
  },
)

/** Containers whose id starts with `prefix` (any host), in no particular order. */
export function containersByIdPrefix(t: Topology, prefix: string): Container[] {
  if (prefix.length < PREFIX_BUCKET)
    return [...t.containers.values()].filter((c) => c.id.startsWith(prefix))
  const ids = derive(t.containers, BY_PREFIX).get(prefix.slice(0, PREFIX_BUCKET))
  const out: Container[] = []
  for (const id of ids?.keys() ?? []) {
    const c = id.startsWith(prefix) ? t.containers.get(id) : undefined
    if (c) out.push(c)
  }
  return out
}

// ---- links -------------------------------------------------------------------------------

/** The legacy links pointing at each container: `parentId\nalias` → parent id. */
const LINKED_FROM = perContainer<PersistentMap<PersistentMap<ContainerId>>>(
  PersistentMap.empty(),
  (view, p) => {
    let next = view
    for (const l of p.links) {
      const from = (next.get(l.childId) ?? PersistentMap.empty()).set(`${p.id}\n${l.alias}`, p.id)
      next = next.set(l.childId, from)
    }
    return next
  },
  (view, p) => {
    let next = view
    for (const l of p.links) {
      const from = next.get(l.childId)?.delete(`${p.id}\n${l.alias}`)
      next = !from || from.size === 0 ? next.delete(l.childId) : next.set(l.childId, from)
    }
    return next
  },
)

/** Each legacy link to `c` as [parent, alias]. */
export function linksTo(t: Topology, c: Container): [Container, string][] {
  const from = derive(t.containers, LINKED_FROM).get(c.id)
  const out: [Container, string][] = []
  for (const [key, parentId] of from ?? []) {
    const parent = t.containers.get(parentId)
    if (parent) out.push([parent, key.slice(parentId.length + 1)])
  }
  return out
}

// ---- running containers grouped --------------------------------------------------------

const EMPTY: ReadonlyMap<ContainerId, Container> = new Map()

/** Group key → id → container. A group stays a plain Map from the build until it changes. */
type Groups = PersistentMap<ReadonlyMap<ContainerId, Container>>

/** Containers (all, or only running ones) grouped under the keys `keysOf` gives each. */
function groupedBy(
  keysOf: (c: Container) => readonly string[],
  runningOnly: boolean,
): DerivedView<Container, Groups> {
  const keysIn = (c: Container | undefined): readonly string[] =>
    !c || (runningOnly && c.state !== 'running') ? [] : keysOf(c)
  const put = (view: Groups, key: string, c: Container): Groups =>
    view.set(key, mapSet(view.get(key) ?? EMPTY, c.id, c))
  const drop = (view: Groups, key: string, id: ContainerId): Groups => {
    const group = mapDelete(view.get(key) ?? EMPTY, id)
    return group.size === 0 ? view.delete(key) : view.set(key, group)
  }
  return {
    // From scratch in plain maps first: much faster than one persistent edit per container.
    build: (map) => {
      const groups = new Map<string, Map<ContainerId, Container>>()
      for (const c of map.values()) {
        if (runningOnly && c.state !== 'running') continue
        for (const key of keysOf(c)) {
          const group = groups.get(key)
          if (group) group.set(c.id, c)
          else groups.set(key, new Map([[c.id, c]]))
        }
      }
      return PersistentMap.from<ReadonlyMap<ContainerId, Container>>(groups)
    },
    // A key the container keeps takes its new record in one edit (a rename keeps them all).
    update: (view, _key, before, after) => {
      const now = keysIn(after)
      let next = view
      if (before)
        for (const key of keysIn(before)) if (!now.includes(key)) next = drop(next, key, before.id)
      if (after) for (const key of now) next = put(next, key, after)
      return next
    },
  }
}

const runningBy = (keysOf: (c: Container) => readonly string[]) => groupedBy(keysOf, true)
const addressed = (c: Container) => c.endpoints.filter((e) => e.ip !== null)
const portKey = (host: HostName, proto: Proto, port: number) => `${host}\n${proto}/${port}`

const ATTACHED = runningBy((c) => addressed(c).map((e) => e.networkId))
const BY_ADDRESS = runningBy((c) => addressed(c).map((e) => e.ip ?? ''))
const BY_HOST_PORT = runningBy((c) => c.ports.map((b) => portKey(c.host, b.proto, b.hostPort)))
const HOST_NETWORKED = runningBy((c) => (c.networkMode.kind === 'host' ? [c.host] : []))
const JOINED = runningBy((c) => (c.joinedTo === null ? [] : [c.joinedTo]))
const MEMBERS = groupedBy((c) => c.endpoints.map((e) => e.networkId), false)
const volumeKey = (host: HostName, name: string) => `${host}\n${name}`
const VOLUME_USERS = groupedBy(
  (c) => c.mounts.filter((m) => m.type === 'volume').map((m) => volumeKey(c.host, m.source)),
  false,
)
const dnsKey = (networkId: string, name: string) => `${networkId}\n${name}`
/** What the embedded DNS answers for each endpoint: name, aliases, short id, hostname. */
const BY_DNS_NAME = runningBy((c) =>
  addressed(c).flatMap((e) =>
    [c.name, ...e.aliases, shortId(c.id), c.hostname]
      .filter((name) => name !== '')
      .map((name) => dnsKey(e.networkId, name)),
  ),
)

/** A group's containers in creation order. */
function inCreationOrder(group: ReadonlyMap<ContainerId, Container> | undefined): Container[] {
  return group ? [...group.values()].sort((a, b) => a.seq - b.seq) : []
}

/**
 * The running containers with an address on a network, in no particular order. The map keeps
 * its identity until one of them changes, so views of a network can be memoised by it.
 */
export function attachedTo(t: Topology, networkId: string): ReadonlyMap<ContainerId, Container> {
  return derive(t.containers, ATTACHED).get(networkId) ?? EMPTY
}

/** Running containers holding `ip` on some network, in creation order. */
export function runningAt(t: Topology, ip: string): Container[] {
  return inCreationOrder(derive(t.containers, BY_ADDRESS).get(ip))
}

/** Running containers holding a host port on a host, in creation order. */
export function portHolders(t: Topology, host: HostName, proto: Proto, port: number): Container[] {
  return inCreationOrder(derive(t.containers, BY_HOST_PORT).get(portKey(host, proto, port)))
}

/** The host addresses on which running containers hold a host port. */
export function portBoundOn(t: Topology, host: HostName, proto: Proto, port: number): string[] {
  return portHolders(t, host, proto, port).flatMap((c) =>
    c.ports.filter((b) => b.proto === proto && b.hostPort === port).map((b) => b.hostIp),
  )
}

/**
 * The addresses a network's embedded DNS gives for `name`, in creation order (as the network's
 * DNS table lists them), without building the table.
 */
export function dnsAddresses(t: Topology, networkId: string, name: string): string[] {
  const ips: string[] = []
  for (const c of inCreationOrder(derive(t.containers, BY_DNS_NAME).get(dnsKey(networkId, name)))) {
    const ip = c.endpoints.find((e) => e.networkId === networkId)?.ip
    if (ip && !ips.includes(ip)) ips.push(ip)
  }
  return ips
}

/** Containers (any state) with an endpoint on a network, in creation order. */
export function networkMembers(t: Topology, networkId: string): Container[] {
  return inCreationOrder(derive(t.containers, MEMBERS).get(networkId))
}

/** Containers (any state) whose mounts use a host's volume, in creation order. */
export function volumeUsers(t: Topology, host: HostName, name: string): Container[] {
  return inCreationOrder(derive(t.containers, VOLUME_USERS).get(volumeKey(host, name)))
}

/** Running containers on a host's own network stack (`--network host`), in creation order. */
export function hostNetworked(t: Topology, host: HostName): Container[] {
  return inCreationOrder(derive(t.containers, HOST_NETWORKED).get(host))
}

/** Running containers that joined `owner`'s namespace (`--network container:`), in creation order. */
export function joinedTo(t: Topology, owner: ContainerId): Container[] {
  return inCreationOrder(derive(t.containers, JOINED).get(owner))
}

// ---- addresses ---------------------------------------------------------------------------

/**
 * A persistent count of uses per 32-bit number (an IPv4 address), as a 32-ary trie that knows
 * how many distinct numbers each subtree holds, so the lowest free number is found by
 * skipping full subtrees.
 */
interface Counts {
  /** Distinct numbers held below. */
  readonly size: number
  /** Subtrees (inner levels) or use counts (the last level), 32 each. */
  readonly kids: readonly (Counts | number | undefined)[]
}

const LEVEL_BITS = 5
const TOP_SHIFT = 30

function countsAdd(node: Counts | undefined, n: number, delta: number, shift = TOP_SHIFT): Counts {
  const kids = node ? [...node.kids] : []
  const at = (n >>> shift) & 31
  let size = node?.size ?? 0
  if (shift === 0) {
    const before = (kids[at] as number | undefined) ?? 0
    const after = before + delta
    kids[at] = after > 0 ? after : undefined
    size += Number(after > 0) - Number(before > 0)
  } else {
    const child = kids[at] as Counts | undefined
    const next = countsAdd(child, n, delta, shift - LEVEL_BITS)
    size += next.size - (child?.size ?? 0)
    kids[at] = next.size > 0 ? next : undefined
  }
  return { size, kids }
}

/** The lowest number in [lo, hi] that `node` (covering [base, base + 2^(shift+5))) lacks. */
function lowestFree(
  node: Counts | undefined,
  lo: number,
  hi: number,
  base = 0,
  shift = TOP_SHIFT,
): number | null {
  if (!node) return Math.max(lo, base)
  if (node.size === 2 ** (shift + LEVEL_BITS)) return null
  const span = 2 ** shift
  const first = Math.max(0, Math.floor((lo - base) / span))
  for (let i = first; i < 32; i++) {
    const start = base + i * span
    if (start > hi) return null
    const kid = node.kids[i]
    if (shift === 0) {
      if (kid === undefined) return start
      continue
    }
    const found = lowestFree(kid as Counts | undefined, lo, hi, start, shift - LEVEL_BITS)
    if (found !== null && found <= hi) return found
  }
  return null
}

function withEndpoints(
  view: PersistentMap<Counts>,
  c: Container,
  delta: number,
): PersistentMap<Counts> {
  let next = view
  for (const e of c.endpoints) {
    const n = e.ip === null ? null : parseIpv4(e.ip)
    if (n === null) continue
    const counts = countsAdd(next.get(e.networkId), n, delta)
    next = counts.size === 0 ? next.delete(e.networkId) : next.set(e.networkId, counts)
  }
  return next
}

/** Per network, the addresses its endpoints hold (running containers have addresses). */
const ADDRESSES = perContainer<PersistentMap<Counts>>(
  PersistentMap.empty(),
  (view, c) => withEndpoints(view, c, 1),
  (view, c) => withEndpoints(view, c, -1),
)

/** Is the address (a number) held on the network? */
export function addressHeld(t: Topology, networkId: string, n: number): boolean {
  let node = derive(t.containers, ADDRESSES).get(networkId)
  for (let shift = TOP_SHIFT; node && shift > 0; shift -= LEVEL_BITS)
    node = node.kids[(n >>> shift) & 31] as Counts | undefined
  return node !== undefined && node.kids[n & 31] !== undefined
}

/** The lowest address in [lo, hi] not held on the network, skipping `except`; null if none. */
export function lowestFreeAddress(
  t: Topology,
  networkId: string,
  lo: number,
  hi: number,
  except: number | null,
): number | null {
  const held = derive(t.containers, ADDRESSES).get(networkId)
  const n = lo > hi ? null : lowestFree(held, lo, hi)
  if (n === null || n !== except) return n
  return n + 1 > hi ? null : lowestFree(held, n + 1, hi)
}
