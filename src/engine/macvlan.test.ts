// macvlan and ipvlan networks as the daemon creates them and hands out their addresses. Each fact
// names the moby v28.2.2 file it comes from (libnetwork/drivers/macvlan, libnetwork/drivers/ipvlan).
import { describe, expect, it } from 'vitest'
import { addHost, createNetwork, type NetworkSpec } from './index'
import { HOST, must, refused, SLEEP, World } from '../test/world'

const LAN = { subnet: '192.168.1.0/24', gateway: '192.168.1.1' }
const macvlan = (
  options: Record<string, string> = { parent: 'eth0' },
): Omit<NetworkSpec, 'name'> => ({
  driver: 'macvlan',
  ...LAN,
  options,
})
const ipvlan = (options: Record<string, string>): Omit<NetworkSpec, 'name'> => ({
  driver: 'ipvlan',
  subnet: '10.20.0.0/24',
  options: { parent: 'eth0', ...options },
})

function createRefusal(w: World, spec: Omit<NetworkSpec, 'name'>): string {
  return refused(createNetwork(w.t, HOST, { name: 'x', ...spec }))
}

describe('creating a macvlan or ipvlan network', () => {
  it("takes the LAN's own subnet, which holds the host's address (defaultipam checks only pools)", () => {
    const w = new World()
    const n = w.network('lan', macvlan())
    expect(n.driver).toBe('macvlan')
    expect(n.subnet).toBe('192.168.1.0/24')
    expect(n.gateway).toBe('192.168.1.1')
    expect(n.options).toEqual({ parent: 'eth0' })
  })

  it('still refuses a subnet another network of the host holds', () => {
    const w = new World()
    w.network('lan', macvlan())
    expect(createRefusal(w, { driver: 'bridge', subnet: '192.168.1.0/25' })).toBe(
      'invalid pool request: Pool overlaps with other one on this address space',
    )
  })

  it('takes a pool like a bridge when no --subnet is given (macvlan.go: local data scope)', () => {
    const w = new World()
    expect(w.network('lan', { driver: 'macvlan', options: { parent: 'eth0' } }).subnet).toBe(
      '172.18.0.0/16',
    )
  })

  // macvlan_network.go parseNetworkOptions
  it.each([
    [
      { macvlan_mode: 'foo' },
      "requested macvlan mode 'foo' is not valid, 'bridge' mode is the macvlan driver default",
    ],
    [{ parent: 'lo' }, 'loopback interface is not a valid macvlan parent link'],
  ])('refuses macvlan options %j', (options, message) => {
    expect(createRefusal(new World(), macvlan(options))).toBe(message)
  })

  // ipvlan_network.go parseNetworkOptions
  it.each([
    [
      { ipvlan_mode: 'l4' },
      "requested ipvlan mode 'l4' is not valid, 'l2' mode is the ipvlan driver default",
    ],
    [
      { ipvlan_flag: 'x' },
      "requested ipvlan flag 'x' is not valid, 'bridge' is the ipvlan driver default",
    ],
    [{ parent: 'lo' }, 'loopback interface is not a valid ipvlan parent link'],
  ])('refuses ipvlan options %j', (options, message) => {
    expect(createRefusal(new World(), ipvlan(options))).toBe(message)
  })

  it.each(['bridge', 'private', 'vepa', 'passthru'])('accepts macvlan_mode=%s', (mode) => {
    expect(new World().network('m', macvlan({ parent: 'eth0', macvlan_mode: mode })).driver).toBe(
      'macvlan',
    )
  })

  // macvlan_setup.go / ipvlan_setup.go createVlanLink and parseVlan: a parent that is not there
  // must be a VLAN of an interface that is.
  it.each([
    ['ens33', 'invalid subinterface vlan name ens33, example formatting is eth0.10'],
    ['eth1.10', '-o parent interface was not found on the host: eth1'],
    ['eth0.ab', 'unable to parse a valid vlan id from: ab (ex. eth0.10 for vlan 10)'],
    ['eth0.5000', 'vlan id must be between 1-4094, received: 5000'],
    [
      'eth0.1.2',
      'required interface name format is: name.vlan_id, ex. eth0.10 for vlan 10, instead received eth0.1.2',
    ],
  ])('refuses parent=%s', (parent, message) => {
    expect(createRefusal(new World(), macvlan({ parent }))).toBe(message)
  })

  it('creates VLAN 10 on eth0 for parent=eth0.10, and a bridge of the host is a parent too', () => {
    const w = new World()
    w.network('v10', { driver: 'macvlan', subnet: '10.10.0.0/24', options: { parent: 'eth0.10' } })
    w.network('onbridge', {
      driver: 'macvlan',
      subnet: '10.11.0.0/24',
      options: { parent: 'docker0' },
    })
  })

  it('lets several macvlan networks share a parent (macvlan_network.go createNetwork)', () => {
    const w = new World()
    w.network('a', { driver: 'macvlan', subnet: '10.1.0.0/24', options: { parent: 'eth0' } })
    w.network('b', { driver: 'macvlan', subnet: '10.2.0.0/24', options: { parent: 'eth0' } })
  })

  it('but not with passthru, which takes the parent whole (macvlan_network.go createNetwork)', () => {
    const w = new World()
    const a = w.network('a', {
      driver: 'macvlan',
      subnet: '10.1.0.0/24',
      options: { parent: 'eth0' },
    })
    expect(
      createRefusal(w, {
        driver: 'macvlan',
        subnet: '10.2.0.0/24',
        options: { parent: 'eth0', macvlan_mode: 'passthru' },
      }),
    ).toBe(
      `cannot use mode passthru, macvlan network ${a.id} is already using parent interface eth0`,
    )
    const w2 = new World()
    const p = w2.network('p', {
      driver: 'macvlan',
      subnet: '10.1.0.0/24',
      options: { parent: 'eth0', macvlan_mode: 'passthru' },
    })
    expect(
      createRefusal(w2, { driver: 'macvlan', subnet: '10.2.0.0/24', options: { parent: 'eth0' } }),
    ).toBe(`macvlan network ${p.id} is already using parent interface eth0 in mode passthru`)
  })

  it('gives an ipvlan parent to one network only, naming the other by its dummy name (ipvlan_network.go)', () => {
    const w = new World()
    const a = w.network('a', ipvlan({}))
    expect(
      createRefusal(w, { driver: 'ipvlan', subnet: '10.30.0.0/24', options: { parent: 'eth0' } }),
    ).toBe(`network di-${a.id.slice(0, 12)} is already using parent interface eth0`)
  })

  it('checks parents per host: another daemon has its own eth0', () => {
    const w = new World()
    w.network('a', ipvlan({}))
    w.t = must(addHost(w.t, 'vm2'))
    w.network('a', ipvlan({}), 'vm2')
  })

  // GetSkipGwAlloc, and libnetwork/network.go ipamAllocateVersion: no gateway is reserved then,
  // so the first container takes the subnet's first address.
  it('reserves no gateway for ipvlan l3 or a parent-less network, unless one is given', () => {
    const w = new World()
    const l3 = w.network('l3', ipvlan({ ipvlan_mode: 'l3' }))
    expect(l3.gateway).toBeNull()
    const alone = w.network('alone', { driver: 'macvlan', subnet: '10.40.0.0/24' })
    expect(alone.gateway).toBeNull()
    const given = w.network('given', {
      driver: 'macvlan',
      subnet: '10.41.0.0/24',
      gateway: '10.41.0.254',
    })
    expect(given.gateway).toBe('10.41.0.254')
    w.run({ image: 'busybox', name: 'c1', network: 'l3', cmd: SLEEP })
    expect(w.ip('c1', 'l3')).toBe('10.20.0.1')
  })

  it('gives l2 networks a gateway, so containers start at .2', () => {
    const w = new World()
    w.network('l2', ipvlan({}))
    w.run({ image: 'busybox', name: 'c1', network: 'l2', cmd: SLEEP })
    expect(w.ip('c1', 'l2')).toBe('10.20.0.2')
  })
})

describe('containers on macvlan and ipvlan networks', () => {
  it('get an address of the LAN subnet, not the gateway, and their own MAC on macvlan', () => {
    const w = new World()
    w.network('lan', macvlan())
    const c = w.run({ image: 'busybox', name: 'c1', network: 'lan', cmd: SLEEP })
    expect(w.ip('c1', 'lan')).toBe('192.168.1.2')
    expect(c.endpoints[0]?.mac).toMatch(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/)
    expect(c.networkMode).toEqual({ kind: 'network', ref: 'lan' })
  })

  it('share the parent’s MAC on ipvlan: the endpoint has none (ipvlan_endpoint.go)', () => {
    const w = new World()
    w.network('iv', ipvlan({}))
    const c = w.run({ image: 'busybox', name: 'c1', network: 'iv', cmd: SLEEP })
    expect(c.endpoints[0]?.ip).toBe('10.20.0.2')
    expect(c.endpoints[0]?.mac).toBeNull()
  })

  it('get no host port for -p: only the bridge driver maps ports (macvlan_endpoint.go)', () => {
    const w = new World()
    w.network('lan', macvlan())
    const c = w.run({
      image: 'nginx',
      name: 'web',
      network: 'lan',
      publish: [
        { containerPort: 80, proto: 'tcp', hostIp: '', hostPortStart: 8080, hostPortEnd: 8080 },
      ],
    })
    expect(c.state).toBe('running')
    expect(c.publish).toHaveLength(1)
    expect(c.ports).toEqual([])
  })
})
