/**
 * Whole-world reachability as bitsets over containers, one per class of identically attached
 * namespaces (performance.md §4). A class's own bitset is the union of the member sets of its
 * icc-enabled networks (plus, for host networking, everything on its host's bridges); what
 * every connected namespace reaches (published ports, host-network listeners) is one shared
 * `global` bitset. Legacy links under icc=false and joined namespaces add rare per-container
 * extras. Cost grows with network members and classes, never with containers² × ports.
 */
import { namespaceOwner } from './namespace'
import { driverCaps } from './drivers'
import { reachesHost, throughHost, wireEndpoints } from './lan-reach'
import { lanFacts } from './macvlan'
import type { Container, Network, Topology } from './model'
import { hasOutbound } from './reach-routes'
import { listeningPorts } from './services'
import { worldIndex } from './world-index'

export interface ReachIndex {
  /** Running containers in creation order; bit i stands for order[i]. */
  readonly order: readonly Container[]
  /** Class of each container in `order`. */
  readonly classOf: Int32Array
  /** Per class, the member sets whose union it reaches (shared, never copied). */
  readonly classSets: readonly (readonly MemberSet[])[]
  /** Containers reachable from any connected namespace: published ports, host-network listeners. */
  readonly global: MemberSet
  /** Per container: extra targets (icc=false links, joined namespaces), as indices into `order`. */
  readonly extras: ReadonlyMap<number, readonly number[]>
}

/** A set of containers (indices into `order`) as a bitset for lookups and a list for walks. */
export interface MemberSet {
  readonly bits: Uint32Array
  readonly members: number[]
}

function newSet(words: number): MemberSet {
  return { bits: new Uint32Array(words), members: [] }
}

function add(set: MemberSet, i: number): void {
  if (hasBit(set.bits, i)) return
  set.bits[i >>> 5] = (set.bits[i >>> 5] ?? 0) | (1 << (i & 31))
  set.members.push(i)
}

export function hasBit(bits: Uint32Array, i: number): boolean {
  return ((bits[i >>> 5] ?? 0) & (1 << (i & 31))) !== 0
}

export function computeReachIndex(t: Topology): ReachIndex {
  const order = worldIndex(t).running
  const n = order.length
  const words = Math.max(1, Math.ceil(n / 32))
  const pos = new Map<string, number>()
  order.forEach((c, i) => pos.set(c.id, i))
  const ownerOf = new Int32Array(n)
  const nsSize = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const c = order[i] as Container
    const o = c.joinedTo === null ? i : (pos.get(namespaceOwner(t, c).id) ?? i)
    ownerOf[i] = o
    nsSize[o] = (nsSize[o] ?? 0) + 1
  }

  const netBits = new Map<string, MemberSet>()
  const hostBridgeBits = new Map<string, MemberSet>()
  const global = newSet(words)
  const bitsFor = (map: Map<string, MemberSet>, key: string) => {
    let b = map.get(key)
    if (!b) {
      b = newSet(words)
      map.set(key, b)
    }
    return b
  }
  const publishes = new Map<number, boolean>()
  // With macvlan/ipvlan children on the LAN, what a namespace reaches depends on its host.
  const lan = lanIndex(t, words)
  for (let i = 0; i < n; i++) {
    const oi = ownerOf[i] ?? i
    const o = order[oi] as Container
    if (o.networkMode.kind === 'host') {
      add(global, i)
      if (lan) add(bitsFor(lan.globalByHost, o.host), i)
      continue
    }
    for (const e of o.endpoints) {
      if (e.ip === null) continue
      add(bitsFor(netBits, e.networkId), i)
      const net = t.networks.get(e.networkId)
      // The host routes only into its own bridges, not into overlay or macvlan subnets.
      if (net && driverCaps(net.driver).reach.hostReachesMembers)
        add(bitsFor(hostBridgeBits, o.host), i)
      if (lan?.wire.has(e.networkId)) add(bitsFor(lan.wireByNet, e.networkId), i)
    }
    // Reachable from everywhere: a port published on all addresses (or the LAN one) that
    // something in the namespace listens on.
    if (o.ports.some((b) => b.hostIp === '0.0.0.0' || b.hostIp === t.hosts.get(o.host)?.lanIp)) {
      let p = publishes.get(oi)
      if (p === undefined) {
        p =
          listeningPorts(t, o).length > 0 ||
          ((nsSize[oi] ?? 1) > 1 &&
            (worldIndex(t).containersByHost.get(o.host) ?? []).some(
              (m) =>
                m.joinedTo === o.id && m.state === 'running' && listeningPorts(t, m).length > 0,
            ))
        publishes.set(oi, p)
      }
      if (p) {
        add(global, i)
        if (lan) add(bitsFor(lan.globalByHost, o.host), i)
      }
    }
  }

  const classIds = new Map<string, number>()
  const classSets: MemberSet[][] = []
  const classOf = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const oi = ownerOf[i] ?? i
    if (oi !== i) continue
    const o = order[i] as Container
    let sig: string
    if (o.networkMode.kind === 'host') sig = `host|${o.host}`
    else {
      // Off host networking the host does not matter: what a namespace reaches follows from its
      // networks (overlays span hosts) and whether it can leave them. Built without temporary
      // arrays: this runs for every namespace.
      let nets = ''
      let count = 0
      let single = -1
      for (const e of o.endpoints) {
        if (e.ip === null) continue
        const seq = t.networks.get(e.networkId)?.seq ?? -1
        if (count === 0) single = seq
        count++
        nets = count === 1 ? String(seq) : sortedJoin(o, t)
      }
      const out = hasOutbound(t, o) ? 'out' : 'in'
      sig = count === 0 ? `none|${o.id}` : `${out}|${count === 1 ? single : nets}`
    }
    if (lan) sig += `@${o.host}`
    let k = classIds.get(sig)
    if (k === undefined) {
      k = classSets.length
      classIds.set(sig, k)
      const sets: MemberSet[] = []
      if (o.networkMode.kind === 'host') {
        const local = hostBridgeBits.get(o.host)
        if (local) sets.push(local)
      } else {
        for (const e of o.endpoints) {
          const net = e.ip === null ? undefined : t.networks.get(e.networkId)
          const nb = netBits.get(e.networkId)
          if (net && nb && peersTalk(t, net)) sets.push(nb)
        }
      }
      const outbound = hasOutbound(t, o)
      if (lan && outbound) sets.push(...lanSets(t, o, lan))
      else if (outbound) sets.push(global)
      classSets.push(sets)
    }
    classOf[i] = k
  }
  for (let i = 0; i < n; i++) classOf[i] = classOf[ownerOf[i] ?? i] ?? 0

  const extras = new Map<number, number[]>()
  const members = new Map<number, number[]>()
  for (let i = 0; i < n; i++) {
    const oi = ownerOf[i] ?? i
    if ((nsSize[oi] ?? 1) <= 1) continue
    const list = members.get(oi) ?? []
    list.push(i)
    members.set(oi, list)
  }
  for (let i = 0; i < n; i++) {
    const oi = ownerOf[i] ?? i
    const o = order[oi] as Container
    const shared = members.get(oi)
    if (!shared && o.links.length === 0) continue
    // Joined containers share loopback: they always reach each other.
    const list: number[] = shared ? [...shared] : []
    if (o.links.length > 0) {
      const bridge = worldIndex(t).defaultBridgeByHost.get(o.host)
      if (bridge && !bridge.icc) {
        for (const l of o.links) {
          const child = t.containers.get(l.childId)
          const ci = child ? pos.get(namespaceOwner(t, child).id) : undefined
          if (!child || ci === undefined || child.exposed.length === 0) continue
          list.push(ci, ...(members.get(ci) ?? []))
        }
      }
    }
    if (list.length > 0) extras.set(i, list)
  }
  return { order, classOf, classSets, global, extras }
}

/** Members of one network reach each other: icc on a bridge, the mode on macvlan/ipvlan. */
function peersTalk(t: Topology, n: Network): boolean {
  if (driverCaps(n.driver).reach.peers !== 'mode') return n.icc
  return lanFacts(t, n)?.siblingsTalk ?? false
}

/** The per-host and per-network sets a world with children on the LAN needs. */
interface LanIndex {
  /** Published ports and host-network listeners, by the host they are on. */
  readonly globalByHost: Map<string, MemberSet>
  /** Children of each macvlan/ipvlan network on the wire, by network id. */
  readonly wireByNet: Map<string, MemberSet>
  /** Those networks. */
  readonly wire: ReadonlyMap<string, Network>
}

function lanIndex(t: Topology, words: number): LanIndex | null {
  const wire = new Map<string, Network>()
  for (const n of t.networks.values()) if (lanFacts(t, n)?.onWire) wire.set(n.id, n)
  if (wire.size === 0) return null
  const wireByNet = new Map<string, MemberSet>()
  for (const id of wire.keys()) wireByNet.set(id, newSet(words))
  return { globalByHost: new Map(), wireByNet, wire }
}

/**
 * What a namespace with a way out reaches in a world with children on the LAN (lan-reach.ts):
 * each host's published ports and host-network listeners it can reach, and the children of the
 * wire networks it does not belong to, unless they sit beside its own host and its traffic
 * leaves through that host.
 */
function lanSets(t: Topology, o: Container, lan: LanIndex): MemberSet[] {
  const sets: MemberSet[] = []
  for (const [host, set] of lan.globalByHost) if (reachesHost(t, o, host)) sets.push(set)
  const viaHost = throughHost(t, o)
  const onWire = wireEndpoints(t, o).length > 0
  for (const [id, n] of lan.wire) {
    if (o.endpoints.some((e) => e.networkId === id)) continue
    const beside = n.host === o.host && (lanFacts(t, n)?.besideHost ?? false)
    const set = lan.wireByNet.get(id)
    if (set && (onWire || (viaHost && !beside))) sets.push(set)
  }
  return sets
}

/** The sorted network sequence numbers of a multi-network namespace, joined. */
function sortedJoin(o: Container, t: Topology): string {
  const seqs: number[] = []
  for (const e of o.endpoints) if (e.ip !== null) seqs.push(t.networks.get(e.networkId)?.seq ?? -1)
  return seqs.sort((a, b) => a - b).join(',')
}

function inSets(sets: readonly MemberSet[], j: number): boolean {
  for (const s of sets) if (hasBit(s.bits, j)) return true
  return false
}

/** Does container i reach container j (indices into `order`)? */
export function reaches(index: ReachIndex, i: number, j: number): boolean {
  const sets = index.classSets[index.classOf[i] ?? 0] ?? []
  return inSets(sets, j) || (index.extras.get(i)?.includes(j) ?? false)
}

/**
 * Size of the union of a class's sets, walking member lists rather than whole bitsets so the
 * cost follows the members, not classes × containers: |G ∪ A ∪ B| = |G| + members of A, B
 * outside G, counted once.
 */
function unionSize(
  sets: readonly MemberSet[],
  global: MemberSet,
  stamp: Int32Array,
  mark: number,
): number {
  const withGlobal = sets.includes(global)
  const others = sets.filter((s) => s !== global)
  const only = others.length === 1 ? others[0] : undefined
  if (only)
    return withGlobal ? global.members.length + outsideGlobal(only, global) : only.members.length
  // Several big sets: OR the bitsets word by word, when that is cheaper than walking members.
  const walk = others.reduce((n, s) => n + s.members.length, 0)
  const words = global.bits.length
  if (walk > 2 * words) {
    let c = 0
    for (let w = 0; w < words; w++) {
      let v = withGlobal ? (global.bits[w] ?? 0) : 0
      for (const s of others) v |= s.bits[w] ?? 0
      c += popcount32(v)
    }
    return c
  }
  let count = withGlobal ? global.members.length : 0
  for (const s of others) {
    for (const m of s.members) {
      if (stamp[m] === mark || (withGlobal && hasBit(global.bits, m))) continue
      stamp[m] = mark
      count++
    }
  }
  return count
}

function popcount32(v: number): number {
  v -= (v >>> 1) & 0x55555555
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

const outsideMemo = new WeakMap<MemberSet, number>()

/** |S \ G|, once per set: most classes are one network plus the global set. */
function outsideGlobal(set: MemberSet, global: MemberSet): number {
  let n = outsideMemo.get(set)
  if (n === undefined) {
    n = 0
    for (const m of set.members) if (!hasBit(global.bits, m)) n++
    outsideMemo.set(set, n)
  }
  return n
}

/** Ordered pairs (a, b), a ≠ b, where a reaches b somehow: the bench's checksum. */
export function countReachablePairs(index: ReachIndex): number {
  const stamp = new Int32Array(index.order.length).fill(-1)
  const perClass = index.classSets.map((sets, k) => unionSize(sets, index.global, stamp, k))
  let total = 0
  for (let i = 0; i < index.order.length; i++) {
    const k = index.classOf[i] ?? 0
    const sets = index.classSets[k] ?? []
    let count = (perClass[k] ?? 0) - (inSets(sets, i) ? 1 : 0)
    const extra = index.extras.get(i)
    if (extra) for (const x of new Set(extra)) if (x !== i && !inSets(sets, x)) count++
    total += count
  }
  return total
}
