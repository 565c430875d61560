// The hops and blockers of macvlan and ipvlan networks as data (lan-reach.ts has the rules),
// and the lines reach-text.ts words them in. Reference: Docker's macvlan and ipvlan network
// docs (children on the LAN; a host cannot talk to its own children through the parent).
import { describe, expect, it } from 'vitest'
import { addHost, blockerText, checkReach, probeTcp, routeLines, verdictText } from './index'
import { HOST, must, SLEEP, World } from '../test/world'

const LAN = { subnet: '192.168.1.0/24', gateway: '192.168.1.1' }
const ref = (c: { id: string; name: string }) => ({ id: c.id, name: c.name })

/** Two hosts on 192.168.1.0/24, each with a macvlan network `lan` on that very LAN. */
function twoHosts(mode = 'bridge'): World {
  const w = new World()
  w.t = must(addHost(w.t, 'vm2', '192.168.1.11'))
  const options = { parent: 'eth0', macvlan_mode: mode }
  w.network('lan', { driver: 'macvlan', ...LAN, options })
  w.network('lan', { driver: 'macvlan', ...LAN, options }, 'vm2')
  w.run({ image: 'nginx', name: 'web', network: 'lan', ip: '192.168.1.50' })
  w.run({ image: 'nginx', name: 'web2', network: 'lan', ip: '192.168.1.51' })
  w.run({ image: 'busybox', name: 'onbridge', cmd: SLEEP })
  w.run({ image: 'nginx', name: 'far', network: 'lan', ip: '192.168.1.100' }, 'vm2')
  w.run({ image: 'busybox', name: 'farbridge', cmd: SLEEP }, 'vm2')
  return w
}

function net(w: World, name: string, host = HOST) {
  const n = [...w.t.networks.values()].find((x) => x.name === name && x.host === host)
  if (!n) throw new Error(`no network ${name}`)
  return ref(n)
}

const reach = (w: World, from: string, to: string, fromHost = HOST, toHost = HOST) =>
  checkReach(w.t, w.get(from, fromHost), w.get(to, toHost))

describe('hops on the LAN', () => {
  it('siblings: two children of one network talk directly, as its mode lets them', () => {
    const w = twoHosts()
    const [route] = reach(w, 'web', 'web2').routes
    expect(route?.hops).toEqual([
      {
        kind: 'siblings',
        rule: 'lan-mode',
        network: net(w, 'lan'),
        driver: 'macvlan',
        parent: 'eth0',
        mode: 'bridge',
        flag: null,
        from: ref(w.get('web')),
        to: ref(w.get('web2')),
        target: { address: '192.168.1.51', port: null },
      },
    ])
    expect(routeLines(route?.hops ?? [])).toEqual([
      'both on macvlan network lan (children of eth0)',
      'macvlan bridge mode: its children reach each other at every port',
    ])
  })

  it('wire, lan: a bridge container of another host reaches a child over the LAN', () => {
    const w = twoHosts()
    const [route] = reach(w, 'farbridge', 'web', 'vm2').routes
    expect(route?.hops).toEqual([
      {
        kind: 'wire',
        rule: 'lan',
        from: ref(w.get('farbridge', 'vm2')),
        fromHost: 'vm2',
        fromNetwork: null,
        to: ref(w.get('web')),
        network: net(w, 'lan'),
        driver: 'macvlan',
        host: HOST,
        parent: 'eth0',
        target: { address: '192.168.1.50', port: null },
      },
    ])
    expect(routeLines(route?.hops ?? [])).toEqual([
      'web is on the LAN at 192.168.1.50 (macvlan network lan on host default)',
      'host vm2 reaches it over the LAN',
    ])
  })

  it('wire, own-wire: a child of one host reaches a child of another by its own macvlan', () => {
    const w = twoHosts()
    const [route] = reach(w, 'far', 'web', 'vm2').routes
    expect(route?.hops[0]).toMatchObject({
      kind: 'wire',
      rule: 'own-wire',
      fromNetwork: net(w, 'lan', 'vm2'),
      target: { address: '192.168.1.50', port: null },
    })
    expect(routeLines(route?.hops ?? [])).toEqual([
      'web is on the LAN at 192.168.1.50 (macvlan network lan on host default)',
      'far is on the LAN too (lan), which carries it there',
    ])
  })

  it('wire, router: its own host reaches a child of another subnet through the LAN router', () => {
    const w = new World()
    const options = { parent: 'eth0.50' }
    w.network('v50', { driver: 'macvlan', subnet: '10.50.0.0/24', gateway: '10.50.0.1', options })
    w.run({ image: 'nginx', name: 'web', network: 'v50' })
    w.run({ image: 'busybox', name: 'onbridge', cmd: SLEEP })
    const [route] = reach(w, 'onbridge', 'web').routes
    expect(route?.hops[0]).toMatchObject({ kind: 'wire', rule: 'router', fromHost: HOST })
    expect(routeLines(route?.hops ?? [])).toEqual([
      'web is on the LAN at 10.50.0.2 (macvlan network v50 on host default)',
      'host default is on another subnet: the LAN router carries it back in through eth0.50',
    ])
  })
})

describe('blockers on the LAN', () => {
  it('parent-isolation: a host and its own children of its subnet cannot talk', () => {
    const w = twoHosts()
    const web = w.get('web')
    const isolated = {
      code: 'parent-isolation',
      params: {
        host: HOST,
        container: ref(web),
        address: '192.168.1.50',
        network: net(w, 'lan'),
        driver: 'macvlan',
        parent: 'eth0',
      },
    }
    const v = reach(w, 'onbridge', 'web')
    expect(v.reason).toEqual(isolated)
    expect(verdictText(v)).toBe(
      'host default and web (192.168.1.50, macvlan network lan on its eth0) cannot talk: the kernel does not pass traffic between a parent interface and its macvlan children',
    )
    // The other way: web towards its host's address, the probe names web as the child.
    const p = probeTcp(w.t, web, '192.168.1.10', 80)
    expect(p.kind === 'open' ? null : p.reason).toEqual(isolated)
  })

  it('siblings-isolated: private mode keeps one network children apart', () => {
    const w = twoHosts('private')
    const v = reach(w, 'web', 'web2')
    expect(v.reason).toEqual({
      code: 'siblings-isolated',
      params: { network: net(w, 'lan'), driver: 'macvlan', mode: 'private', flag: null },
    })
    expect(verdictText(v)).toBe(
      'macvlan private mode on lan: its children cannot talk to each other (private isolates them)',
    )
  })

  it('siblings-isolated: ipvlan flag vepa sends frames to a switch that does not send them back', () => {
    const w = new World()
    const options = { parent: 'eth0', ipvlan_mode: 'l2', ipvlan_flag: 'vepa' }
    w.network('iv', { driver: 'ipvlan', ...LAN, options })
    w.run({ image: 'nginx', name: 'c1', network: 'iv', ip: '192.168.1.60' })
    w.run({ image: 'nginx', name: 'c2', network: 'iv', ip: '192.168.1.61' })
    const b = reach(w, 'c1', 'c2').reason
    expect(b).toMatchObject({ code: 'siblings-isolated', params: { mode: 'l2', flag: 'vepa' } })
    expect(b && blockerText(b)).toBe(
      'ipvlan flag vepa on iv: its children cannot talk to each other (vepa sends every frame to the switch, which does not send it back)',
    )
  })
})
