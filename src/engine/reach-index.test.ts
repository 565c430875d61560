// The whole-world reach index against a per-pair brute force written from Docker's rules
// (docker-semantics.md §2.5 icc and links, §9 joined namespaces, §10 host networking, §11.3
// published ports, §12 network isolation and --internal), on a generated 120-container world.
import { describe, expect, it } from 'vitest'
import { generateTopology } from './generate'
import {
  computeReachIndex,
  countReachablePairs,
  isDefaultBridge,
  listeningPorts,
  namespaceOwner,
  reaches,
  setDaemonOptions,
  type Container,
  type Topology,
} from './index'
import { HOST, must, World } from '../test/world'

/** Running containers sharing a namespace with `owner` (the owner included). */
function namespaceMembers(t: Topology, owner: Container): Container[] {
  return [...t.containers.values()].filter(
    (c) => c.state === 'running' && namespaceOwner(t, c).id === owner.id,
  )
}

/** Ports something listens on anywhere in the namespace (all its containers share them, §9). */
function namespaceListens(t: Topology, owner: Container, port: number): boolean {
  return namespaceMembers(t, owner).some((c) => listeningPorts(t, c).some((p) => p.port === port))
}

/** Can the namespace send traffic out of its networks: host mode, or a non-internal network. */
function outbound(t: Topology, o: Container): boolean {
  if (o.networkMode.kind === 'host') return true
  return o.endpoints.some((e) => {
    const n = t.networks.get(e.networkId)
    return e.ip !== null && n !== undefined && !n.internal && n.driver !== 'null'
  })
}

/** Does `a` reach `b` somehow (an IP route, or a port where something listens), by the rules. */
function bruteReaches(t: Topology, a: Container, b: Container): boolean {
  const oa = namespaceOwner(t, a)
  const ob = namespaceOwner(t, b)
  // §9: one namespace, one loopback.
  if (oa.id === ob.id) return true
  // §12, §2.5: a shared network forwards everything when icc is on; with icc off on the default
  // bridge, only a legacy link opens the child's exposed TCP ports to the parent.
  for (const ea of oa.endpoints) {
    const n = t.networks.get(ea.networkId)
    if (!n || ea.ip === null) continue
    if (!ob.endpoints.some((e) => e.networkId === n.id && e.ip !== null)) continue
    if (n.icc) return true
    const linked = a.links.some((l) => {
      const child = t.containers.get(l.childId)
      return child !== undefined && namespaceOwner(t, child).id === ob.id
    })
    if (isDefaultBridge(n) && linked) {
      const open = ob.exposed.filter((p) => p.proto === 'tcp').map((p) => p.port)
      if (open.some((p) => namespaceListens(t, ob, p))) return true
    }
  }
  // §10: the host namespace routes to its own bridges, and is itself reachable from anywhere
  // with a way out (gateway or LAN address).
  if (oa.networkMode.kind === 'host') {
    if (ob.networkMode.kind === 'host') return true
    if (oa.host === ob.host) {
      const local = ob.endpoints.some((e) => {
        const n = t.networks.get(e.networkId)
        return e.ip !== null && n !== undefined && n.host !== null
      })
      if (local) return true
    }
  }
  if (ob.networkMode.kind === 'host') return outbound(t, oa)
  // §11.3: a port published on b's host, bound on all addresses or the LAN address.
  if (!outbound(t, oa)) return false
  const lan = t.hosts.get(ob.host)?.lanIp
  return ob.ports.some(
    (p) => (p.hostIp === '0.0.0.0' || p.hostIp === lan) && namespaceListens(t, ob, p.containerPort),
  )
}

describe('reach index against a per-pair check (performance.md §4)', () => {
  it('agrees with the rules on every ordered pair of a generated 120-container world', () => {
    const { topology: t } = generateTopology(120)
    const index = computeReachIndex(t)
    const order = index.order
    expect(order.length).toBeGreaterThan(100)
    let expected = 0
    const mismatches: string[] = []
    for (let i = 0; i < order.length; i++) {
      for (let j = 0; j < order.length; j++) {
        if (i === j) continue
        const a = order[i] as Container
        const b = order[j] as Container
        const want = bruteReaches(t, a, b)
        if (want) expected++
        if (reaches(index, i, j) !== want) {
          mismatches.push(`${a.host}/${a.name} -> ${b.host}/${b.name}: rules say ${want}`)
        }
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([])
    expect(countReachablePairs(index)).toBe(expected)
  })

  it('covers the interesting cases in the generated world', () => {
    const { topology: t } = generateTopology(120)
    const running = [...t.containers.values()].filter((c) => c.state === 'running')
    expect(t.hosts.size).toBeGreaterThan(1)
    expect(running.some((c) => c.networkMode.kind === 'host')).toBe(true)
    expect(running.some((c) => c.joinedTo !== null)).toBe(true)
    expect(running.some((c) => c.links.length > 0)).toBe(true)
    expect(running.some((c) => c.ports.length > 0)).toBe(true)
    expect(running.some((c) => c.networkMode.kind === 'none')).toBe(true)
  })
})

describe('reach index on small worlds', () => {
  function pairs(w: World): string[] {
    const index = computeReachIndex(w.t)
    const out: string[] = []
    index.order.forEach((a, i) =>
      index.order.forEach((b, j) => {
        if (i !== j && reaches(index, i, j)) out.push(`${a.name}->${b.name}`)
      }),
    )
    return out.sort()
  }

  it('counts both directions on a shared network, none across networks', () => {
    const w = new World()
    w.network('n1')
    w.network('n2')
    w.run({ image: 'busybox', name: 'a1', network: 'n1', cmd: ['sleep', '1d'] })
    w.run({ image: 'busybox', name: 'a2', network: 'n1', cmd: ['sleep', '1d'] })
    w.run({ image: 'busybox', name: 'b1', network: 'n2', cmd: ['sleep', '1d'] })
    expect(pairs(w)).toEqual(['a1->a2', 'a2->a1'])
    expect(countReachablePairs(computeReachIndex(w.t))).toBe(2)
  })

  it('counts a published server as reached from every connected namespace', () => {
    const w = new World()
    w.network('n1')
    w.run({
      image: 'nginx',
      name: 'web',
      network: 'n1',
      publish: [
        { containerPort: 80, proto: 'tcp', hostIp: '', hostPortStart: 8080, hostPortEnd: 8080 },
      ],
    })
    w.run({ image: 'busybox', name: 'client', cmd: ['sleep', '1d'] })
    w.run({ image: 'busybox', name: 'offline', network: 'none', cmd: ['sleep', '1d'] })
    expect(pairs(w)).toEqual(['client->web'])
  })

  it('counts only the linked parent towards the child under icc=false', () => {
    const w = new World()
    w.t = must(setDaemonOptions(w.t, HOST, { icc: false }))
    w.run({ image: 'training/postgres', name: 'db' })
    w.run({ image: 'busybox', name: 'web', cmd: ['sleep', '1d'], links: ['db:db'] })
    w.run({ image: 'busybox', name: 'other', cmd: ['sleep', '1d'] })
    expect(pairs(w)).toEqual(['web->db'])
  })
})
