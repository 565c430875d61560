/**
 * Whole-world reachability as bitsets over containers, one per class of identically attached
 * namespaces (performance.md §4). A class's bitset is the union of the member sets of its
 * icc-enabled networks, plus what host networking and published ports open; legacy links
 * under icc=false add per-container extras. Cost grows with network members and classes,
 * never with containers × containers × ports.
 */
import { namespaceOwner } from './container-create'
import type { Container, Topology } from './model'
import { hasOutbound } from './reach-routes'
import { listeningPorts } from './services'
import { isDefaultBridge } from './world'

export interface ReachIndex {
  /** Running containers in creation order; bit i stands for order[i]. */
  readonly order: readonly Container[]
  readonly words: number
  /** Class of each container in `order`. */
  readonly classOf: Int32Array
  readonly classBits: readonly Uint32Array[]
  /** Per container: extra targets (icc=false links), as indices into `order`. */
  readonly extras: ReadonlyMap<number, readonly number[]>
}

function setBit(bits: Uint32Array, i: number): void {
  bits[i >>> 5] = (bits[i >>> 5] ?? 0) | (1 << (i & 31))
}

function orInto(dst: Uint32Array, src: Uint32Array): void {
  for (let w = 0; w < dst.length; w++) dst[w] = (dst[w] ?? 0) | (src[w] ?? 0)
}

export function hasBit(bits: Uint32Array, i: number): boolean {
  return ((bits[i >>> 5] ?? 0) & (1 << (i & 31))) !== 0
}

function popcount(bits: Uint32Array): number {
  let n = 0
  for (let w = 0; w < bits.length; w++) {
    let v = bits[w] ?? 0
    v -= (v >>> 1) & 0x55555555
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
    n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
  }
  return n
}

export function computeReachIndex(t: Topology): ReachIndex {
  const order = [...t.containers.values()].filter((c) => c.state === 'running').sort((a, b) => a.seq - b.seq)
  const words = Math.max(1, Math.ceil(order.length / 32))
  const owners = order.map((c) => namespaceOwner(t, c))
  // Members of each namespace (joined containers included).
  const nsMembers = new Map<string, number[]>()
  owners.forEach((o, i) => {
    const list = nsMembers.get(o.id) ?? []
    list.push(i)
    nsMembers.set(o.id, list)
  })
  const netBits = new Map<string, Uint32Array>()
  const hostBridgeBits = new Map<string, Uint32Array>()
  const hostModeBits = new Map<string, Uint32Array>()
  const published = new Uint32Array(words)
  const bitsFor = (map: Map<string, Uint32Array>, key: string) => {
    let b = map.get(key)
    if (!b) {
      b = new Uint32Array(words)
      map.set(key, b)
    }
    return b
  }
  for (const [ownerId, members] of nsMembers) {
    const o = t.containers.get(ownerId)
    if (!o || o.state !== 'running') continue
    if (o.networkMode === 'host') {
      const hb = bitsFor(hostModeBits, o.host)
      for (const m of members) setBit(hb, m)
      continue
    }
    for (const e of o.endpoints) {
      if (e.ip === null) continue
      const nb = bitsFor(netBits, e.networkId)
      const hb = bitsFor(hostBridgeBits, o.host)
      for (const m of members) {
        setBit(nb, m)
        setBit(hb, m)
      }
    }
    if (o.ports.length > 0 && listeningPorts(t, o).length > 0) for (const m of members) setBit(published, m)
  }
  const allHostMode = new Uint32Array(words)
  for (const b of hostModeBits.values()) orInto(allHostMode, b)

  const classIds = new Map<string, number>()
  const classBits: Uint32Array[] = []
  const classOf = new Int32Array(order.length)
  owners.forEach((o, i) => {
    const nets = o.endpoints.filter((e) => e.ip !== null).map((e) => e.networkId).sort()
    const sig = o.networkMode === 'host' ? `host|${o.host}` : `${o.host}|${nets.join(',')}|${o.networkMode === 'none' ? o.id : ''}`
    let k = classIds.get(sig)
    if (k === undefined) {
      k = classBits.length
      classIds.set(sig, k)
      const bits = new Uint32Array(words)
      if (o.networkMode === 'host') {
        const local = hostBridgeBits.get(o.host)
        if (local) orInto(bits, local)
        orInto(bits, allHostMode)
        orInto(bits, published)
      } else {
        for (const id of nets) {
          const n = t.networks.get(id)
          const nb = netBits.get(id)
          if (n && nb && n.icc) orInto(bits, nb)
        }
        if (hasOutbound(t, o)) {
          orInto(bits, allHostMode)
          orInto(bits, published)
        }
      }
      classBits.push(bits)
    }
    classOf[i] = k
  })
  const extras = new Map<number, number[]>()
  order.forEach((_c, i) => {
    const o = owners[i]
    if (!o) return
    const list: number[] = []
    // The own namespace (none mode, joined containers) is always reachable over loopback.
    for (const m of nsMembers.get(o.id) ?? []) list.push(m)
    for (const l of o.links) {
      const child = t.containers.get(l.childId)
      const bridge = child && [...t.networks.values()].find((n) => n.host === o.host && isDefaultBridge(n))
      if (!child || !bridge || bridge.icc || child.exposed.length === 0) continue
      for (const m of nsMembers.get(namespaceOwner(t, child).id) ?? []) list.push(m)
    }
    if (list.length > 0) extras.set(i, list)
  })
  return { order, words, classOf, classBits, extras }
}

/** Ordered pairs (a, b), a ≠ b, where a reaches b somehow: the bench's checksum. */
export function countReachablePairs(index: ReachIndex): number {
  const perClass = index.classBits.map(popcount)
  let total = 0
  for (let i = 0; i < index.order.length; i++) {
    const k = index.classOf[i] ?? 0
    const bits = index.classBits[k]
    if (!bits) continue
    let n = perClass[k] ?? 0
    if (hasBit(bits, i)) n--
    for (const x of new Set(index.extras.get(i) ?? [])) if (x !== i && !hasBit(bits, x)) n++
    total += n
  }
  return total
}

/** Does container i reach container j (indices into `order`)? */
export function reaches(index: ReachIndex, i: number, j: number): boolean {
  const bits = index.classBits[index.classOf[i] ?? 0]
  return (bits !== undefined && hasBit(bits, j)) || (index.extras.get(i)?.includes(j) ?? false)
}
