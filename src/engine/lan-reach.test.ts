// Who reaches whom through macvlan and ipvlan networks (lan-reach.ts), and the three answers of
// the engine agreeing on it: the per-pair verdict (checkReach), the connection attempt behind
// wget and nc (probeTcp) and the whole-world bitsets (computeReachIndex). The facts are Docker's
// macvlan docs ("the host cannot reach its own macvlan containers") and, for the modes,
// moby v28.2.2 libnetwork/drivers/macvlan/macvlan_setup.go setMacVlanMode and
// libnetwork/drivers/ipvlan/ipvlan_setup.go (the kernel's macvlan and ipvlan modes).
import { describe, expect, it } from 'vitest'
import {
  addHost,
  blockerText,
  checkReach,
  computeReachIndex,
  countReachablePairs,
  pingable,
  probeTcp,
  reaches,
  verdictText,
  type Container,
} from './index'
import { HOST, must, SLEEP, World } from '../test/world'

const LAN = { subnet: '192.168.1.0/24', gateway: '192.168.1.1' }
const PUBLISH_8080 = [
  { containerPort: 80, proto: 'tcp' as const, hostIp: '', hostPortStart: 8080, hostPortEnd: 8080 },
]

/** Two hosts on 192.168.1.0/24, each with a macvlan network on that very LAN. */
function twoHosts(mode = 'bridge'): World {
  const w = new World()
  w.t = must(addHost(w.t, 'vm2', '192.168.1.11'))
  const options = { parent: 'eth0', macvlan_mode: mode }
  w.network('lan', { driver: 'macvlan', ...LAN, options })
  w.network('lan', { driver: 'macvlan', ...LAN, options }, 'vm2')
  w.run({ image: 'nginx', name: 'web', network: 'lan', ip: '192.168.1.50' })
  w.run({ image: 'nginx', name: 'web2', network: 'lan', ip: '192.168.1.51' })
  w.run({ image: 'busybox', name: 'onbridge', cmd: SLEEP })
  w.run({ image: 'busybox', name: 'onhost', network: 'host', cmd: SLEEP })
  w.run({ image: 'nginx', name: 'pub', publish: PUBLISH_8080 })
  w.run({ image: 'nginx', name: 'far', network: 'lan', ip: '192.168.1.100' }, 'vm2')
  w.run({ image: 'busybox', name: 'farbridge', cmd: SLEEP }, 'vm2')
  w.run({ image: 'nginx', name: 'farpub', publish: PUBLISH_8080 }, 'vm2')
  return w
}

function named(w: World, name: string): Container {
  const c = [...w.t.containers.values()].find((x) => x.name === name)
  if (!c) throw new Error(`no ${name}`)
  return c
}

const verdict = (w: World, from: string, to: string) =>
  checkReach(w.t, named(w, from), named(w, to))

/** Every ordered pair where the per-pair verdict and the index disagree. */
function disagreements(w: World): string[] {
  const index = computeReachIndex(w.t)
  const out: string[] = []
  let reachable = 0
  index.order.forEach((a, i) =>
    index.order.forEach((b, j) => {
      if (i === j) return
      const per = checkReach(w.t, a, b).reachable
      if (per) reachable++
      if (per !== reaches(index, i, j)) out.push(`${a.name} -> ${b.name}: per pair ${per}`)
    }),
  )
  if (countReachablePairs(index) !== reachable) out.push('pair counts differ')
  return out
}

describe('macvlan children on the LAN', () => {
  it('reach each other on one network (bridge mode)', () => {
    const w = twoHosts()
    expect(verdict(w, 'web', 'web2').reachable).toBe(true)
    expect(probeTcp(w.t, named(w, 'web'), '192.168.1.51', 80).kind).toBe('open')
  })

  it('cannot reach their own host, nor be reached from it', () => {
    const w = twoHosts()
    const fromHost = verdict(w, 'onhost', 'web')
    expect(fromHost.reachable).toBe(false)
    expect(fromHost.reason?.code).toBe('parent-isolation')
    expect(verdictText(fromHost)).toContain(
      'the kernel does not pass traffic between a parent interface and its macvlan children',
    )
    expect(verdict(w, 'onbridge', 'web').reachable).toBe(false)
    expect(verdict(w, 'web', 'pub').reachable).toBe(false)
    expect(verdict(w, 'web', 'onhost').reachable).toBe(false)
    const web = named(w, 'web')
    expect(pingable(w.t, web, '192.168.1.10')).toBe(false)
    const probe = probeTcp(w.t, web, '192.168.1.10', 8080)
    expect(probe.kind).toBe('timeout')
    expect(probe.kind !== 'open' && blockerText(probe.reason)).toContain('host default and web')
    expect(probeTcp(w.t, named(w, 'onbridge'), '192.168.1.50', 80).kind).toBe('timeout')
  })

  it('are reached from another host directly by their address, and reach it back', () => {
    const w = twoHosts()
    expect(verdict(w, 'farbridge', 'web').reachable).toBe(true)
    expect(verdict(w, 'far', 'web').reachable).toBe(true)
    expect(verdict(w, 'web', 'far').reachable).toBe(true)
    expect(verdict(w, 'web', 'farpub').reachable).toBe(true)
    expect(probeTcp(w.t, named(w, 'farbridge'), '192.168.1.50', 80).kind).toBe('open')
    expect(probeTcp(w.t, named(w, 'web'), '192.168.1.11', 8080).kind).toBe('open')
    expect(pingable(w.t, named(w, 'web'), '192.168.1.11')).toBe(true)
  })

  it('give the same answers per pair as the whole-world index', () => {
    expect(disagreements(twoHosts())).toEqual([])
    expect(disagreements(twoHosts('private'))).toEqual([])
  })

  it('in private mode do not reach each other, yet other hosts reach them', () => {
    const w = twoHosts('private')
    const v = verdict(w, 'web', 'web2')
    expect(v.reachable).toBe(false)
    expect(v.reason?.code).toBe('siblings-isolated')
    expect(verdictText(v)).toContain('macvlan private mode on lan')
    expect(verdict(w, 'farbridge', 'web').reachable).toBe(true)
  })

  it('on another subnet than the host’s are reached from it through the LAN router', () => {
    const w = new World()
    w.network('v50', {
      driver: 'macvlan',
      subnet: '10.50.0.0/24',
      gateway: '10.50.0.1',
      options: { parent: 'eth0.50' },
    })
    w.run({ image: 'nginx', name: 'web', network: 'v50' })
    w.run({ image: 'busybox', name: 'onbridge', cmd: SLEEP })
    w.run({ image: 'nginx', name: 'pub', publish: PUBLISH_8080 })
    expect(verdict(w, 'onbridge', 'web').reachable).toBe(true)
    expect(verdict(w, 'web', 'pub').reachable).toBe(true)
    expect(disagreements(w)).toEqual([])
  })
})

describe('macvlan and ipvlan networks off the LAN', () => {
  it('without a parent: a dummy interface, only the network’s own children talk', () => {
    const w = new World()
    w.network('alone', { driver: 'macvlan', subnet: '10.40.0.0/24' })
    w.run({ image: 'nginx', name: 'c1', network: 'alone' })
    w.run({ image: 'nginx', name: 'c2', network: 'alone' })
    w.run({ image: 'nginx', name: 'pub', publish: PUBLISH_8080 })
    expect(verdict(w, 'c1', 'c2').reachable).toBe(true)
    expect(verdict(w, 'c1', 'pub').reachable).toBe(false)
    expect(verdict(w, 'pub', 'c1').reachable).toBe(false)
    expect(disagreements(w)).toEqual([])
  })

  // Decision: no router of the simulated LAN has a route to an l3 subnet through this host, as
  // Docker's ipvlan docs say one must be added; so only the network's children talk.
  it('ipvlan l3: an island of its children', () => {
    const w = new World()
    w.t = must(addHost(w.t, 'vm2'))
    w.network('l3', {
      driver: 'ipvlan',
      subnet: '10.60.0.0/24',
      options: { parent: 'eth0', ipvlan_mode: 'l3' },
    })
    w.run({ image: 'nginx', name: 'c1', network: 'l3' })
    w.run({ image: 'nginx', name: 'c2', network: 'l3' })
    w.run({ image: 'busybox', name: 'far', cmd: SLEEP }, 'vm2')
    expect(verdict(w, 'c1', 'c2').reachable).toBe(true)
    expect(verdict(w, 'far', 'c1').reachable).toBe(false)
    expect(disagreements(w)).toEqual([])
  })

  it('ipvlan l2 is on the LAN like macvlan; flag private keeps its children apart', () => {
    const w = new World()
    w.t = must(addHost(w.t, 'vm2'))
    w.network('iv', {
      driver: 'ipvlan',
      ...LAN,
      options: { parent: 'eth0', ipvlan_flag: 'private' },
    })
    w.run({ image: 'nginx', name: 'c1', network: 'iv' })
    w.run({ image: 'nginx', name: 'c2', network: 'iv' })
    w.run({ image: 'busybox', name: 'far', cmd: SLEEP }, 'vm2')
    w.run({ image: 'busybox', name: 'near', cmd: SLEEP }, HOST)
    expect(verdict(w, 'c1', 'c2').reachable).toBe(false)
    expect(verdict(w, 'far', 'c1').reachable).toBe(true)
    expect(verdict(w, 'near', 'c1').reachable).toBe(false)
    expect(disagreements(w)).toEqual([])
  })
})
