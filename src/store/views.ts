/**
 * Engine-derived views for the inspector, memoised by topology identity (xstate memo.ts): a
 * selector returns the same object until the world changes, so React does not re-render.
 */
import { containerOf } from './ids'
import { pairVerdict } from './pair-verdicts'
import {
  computeDnsView,
  computeHostsFile,
  computeLinkEnv,
  computeProcessEnv,
  computeResolvConf,
  imageWithTag,
  lanFacts,
  publishedPorts,
  type Container,
  type DnsAnswer,
  type LanFacts,
  type Network,
  type ReachVerdict,
  type Topology,
} from '../engine'

/** A container as the inspector heads it: the record and its image with its tag. */
export interface ContainerView {
  readonly container: Container
  readonly image: string
}

/**
 * A container's derived files and answers, one per inspector tab. Each is computed when its tab
 * is shown, not on the click that selects the container: the DNS answers alone took 13 ms of
 * a select at 500 containers (the first lookup in a world builds its name index; bench:ui).
 */
export interface ContainerFacts {
  readonly hosts: string
  readonly resolvConf: string
  readonly env: readonly { readonly line: string; readonly fromLink: boolean }[]
  readonly dns: readonly DnsAnswer[]
}

/** A cache of values per topology value and id: a view is computed once per world. */
function perTopology<T>(): (t: Topology, id: string, make: () => T) => T {
  const memo = new WeakMap<Topology, Map<string, T>>()
  return (t, id, make) => {
    let cache = memo.get(t)
    if (!cache) {
      cache = new Map()
      memo.set(t, cache)
    }
    if (cache.has(id)) return cache.get(id) as T
    const value = make()
    cache.set(id, value)
    return value
  }
}

const reachMemo = perTopology<ReadonlyMap<string, ReachVerdict>>()
const viewMemo = perTopology<ContainerView | null>()
const factMemos: {
  [F in keyof ContainerFacts]: ReturnType<typeof perTopology<ContainerFacts[F]>>
} = {
  hosts: perTopology(),
  resolvConf: perTopology(),
  env: perTopology(),
  dns: perTopology(),
}

/**
 * What a container can reach of every other one (in creation order), by that one's id: the
 * Reach tab and the canvas overlay. Apart from containerView, so a click shows the inspector
 * without waiting for the whole row.
 */
export function reachRow(t: Topology, id: string): ReadonlyMap<string, ReachVerdict> {
  return reachMemo(t, id, () => {
    const row = new Map<string, ReachVerdict>()
    if (t.containers.has(id))
      for (const o of [...t.containers.values()].sort((a, b) => a.seq - b.seq)) {
        const v = pairVerdict(t, id, o.id)
        if (v) row.set(o.id, v)
      }
    return row
  })
}

/** The inspector's heading for a container, once per world. */
export function containerView(t: Topology, id: string): ContainerView | null {
  return viewMemo(t, id, () => {
    const c = t.containers.get(id)
    return c ? { container: c, image: imageWithTag(c.image) } : null
  })
}

/** One of a container's derived facts (as `docker exec` would show it), once per world. */
export function containerFact<K extends keyof ContainerFacts>(
  t: Topology,
  id: string,
  fact: K,
): ContainerFacts[K] | null {
  const c = t.containers.get(id)
  if (!c) return null
  const memo = factMemos[fact] as ReturnType<typeof perTopology<ContainerFacts[K]>>
  return memo(t, id, () => computeFact(t, c, fact))
}

function computeFact<K extends keyof ContainerFacts>(
  t: Topology,
  c: Container,
  fact: K,
): ContainerFacts[K] {
  const running = c.state === 'running'
  const facts: { [F in keyof ContainerFacts]: () => ContainerFacts[F] } = {
    hosts: () => (running ? computeHostsFile(t, c) : ''),
    resolvConf: () => (running ? computeResolvConf(t, c) : ''),
    env: () => {
      const linkVars = new Set(computeLinkEnv(t, c))
      return computeProcessEnv(t, c).map((line) => ({ line, fromLink: linkVars.has(line) }))
    },
    dns: () => (running ? computeDnsView(t, c) : []),
  }
  return facts[fact]()
}

export interface HostView {
  readonly name: string
  readonly lanIp: string
  /** The daemon's options as `dockerd` flags. */
  readonly daemon: readonly string[]
  readonly published: readonly {
    readonly container: string
    readonly mapping: string
    readonly proxies: readonly string[]
    readonly rules: readonly string[]
  }[]
}

/** A host for the inspector: daemon options, and each published port with its proxy and rules. */
export function hostView(t: Topology, name: string): HostView | null {
  const h = t.hosts.get(name)
  if (!h) return null
  return {
    name,
    lanIp: h.lanIp,
    daemon: [`--icc=${h.daemon.icc}`, `--ip=${h.daemon.ip}`, `--bip=${h.daemon.bip}`],
    published: publishedPorts(t, name).map((p) => ({
      container: p.container.name,
      mapping: `${p.binding.hostIp}:${p.binding.hostPort} -> ${p.containerIp}:${p.binding.containerPort}/${p.binding.proto}`,
      proxies: p.proxies,
      rules: p.rules.map((r) => `-t ${r.table} ${r.rule}`),
    })),
  }
}

export interface NetworkView {
  readonly network: Network
  /** A macvlan/ipvlan network: its parent, mode, and what its containers reach and not. */
  readonly lan: { readonly summary: string; readonly notes: readonly string[] } | null
  readonly members: readonly {
    readonly container: string
    readonly host: string
    readonly ip: string
    readonly aliases: readonly string[]
    readonly staticIp: boolean
  }[]
}

/** A network for the inspector: its containers, their addresses and aliases, in creation order. */
export function networkView(t: Topology, id: string): NetworkView | null {
  const network = t.networks.get(id)
  if (!network) return null
  const members = [...t.containers.values()]
    .sort((a, b) => a.seq - b.seq)
    .flatMap((c) =>
      c.endpoints
        .filter((e) => e.networkId === id)
        .map((e) => ({
          container: c.name,
          host: c.host,
          ip: e.ip ?? '(stopped)',
          aliases: e.aliases,
          staticIp: e.staticIp !== null,
        })),
    )
  return { network, members, lan: lanView(t, network) }
}

/** `parent eth0 · bridge mode`: what a macvlan/ipvlan network hangs from, and how. */
export function lanSummary(f: LanFacts): string {
  const how =
    f.options.flag === null ? `${f.options.mode} mode` : `${f.options.mode} ${f.options.flag}`
  return `parent ${f.parent} · ${how}`
}

/** What a macvlan/ipvlan network's containers reach, from the engine's facts about it. */
function lanView(t: Topology, n: Network): NetworkView['lan'] {
  const f = lanFacts(t, n)
  if (!f) return null
  const host = n.host ?? ''
  const notes: string[] = []
  if (f.options.parent === null)
    notes.push(
      `No -o parent: a dummy interface (${f.parent}) leads nowhere; only its containers reach each other.`,
    )
  else if (f.options.mode === 'l3' || f.options.mode === 'l3s')
    notes.push(
      `ipvlan ${f.options.mode}: no router on the LAN has a route to ${n.subnet ?? 'its subnet'} through host ${host}, so only its containers reach each other.`,
    )
  else if (n.internal) notes.push('--internal: its containers reach each other only.')
  if (f.onWire)
    notes.push(
      `Its containers are on the LAN: other hosts reach them directly at their own address.`,
    )
  if (f.besideHost)
    notes.push(
      `Host ${host} cannot reach them, nor they it (its published ports, its host-network and bridge containers): they share its subnet, and the kernel does not pass traffic between a parent interface (${f.parent}) and its ${n.driver} children.`,
    )
  else if (f.onWire)
    notes.push(`On another subnet than host ${host}, they reach it through the LAN router.`)
  if (!f.siblingsTalk) notes.push(`${lanSummary(f)}: its containers cannot reach each other.`)
  notes.push(
    `No port publishing: -p is accepted and ignored (the ${n.driver} driver maps no ports).`,
  )
  return { summary: lanSummary(f), notes }
}

export interface VolumeView {
  readonly name: string
  readonly host: string
  readonly driver: string
  /** Made by `-v /path`: its name is generated, and it is not renamed. */
  readonly anonymous: boolean
  /** Containers that mount it (--volumes-from copies the mounts), with path and mode. */
  readonly mounts: readonly {
    readonly container: string
    readonly path: string
    readonly mode: string
  }[]
}

/** A volume for the inspector (`host/name` id): its driver and who mounts it where. */
export function volumeView(t: Topology, id: string): VolumeView | null {
  const v = t.volumes.get(id)
  if (!v) return null
  const mounts = [...t.containers.values()]
    .filter((c) => c.host === v.host)
    .sort((a, b) => a.seq - b.seq)
    .flatMap((c) =>
      c.mounts
        .filter((m) => m.type === 'volume' && m.source === v.name)
        .map((m) => ({ container: c.name, path: m.destination, mode: m.rw ? 'rw' : 'ro' })),
    )
  return { name: v.name, host: v.host, driver: v.driver, anonymous: v.anonymous, mounts }
}

/**
 * The reachability overlay: with a container selected, what the selected one can do to `id`.
 * Null when nothing (or `id` itself, or no container) is selected.
 */
export function overlayVerdict(
  t: Topology,
  selection: string | null,
  id: string,
): ReachVerdict | null {
  const from = containerOf(selection)
  if (from === null) return null
  if (from === id) return null
  return reachRow(t, from).get(id) ?? null
}
