// --ip-range and the daemon's IPAM checks.
// Sources: moby v28.2.2 api/types/network/ipam.go ValidateIPAM (checks and words),
// internal/multierror (how several reasons are joined), libnetwork/network.go
// ipamAllocateVersion (the gateway is requested from the pool with its sub-pool),
// libnetwork/ipams/defaultipam/allocator.go getAddress (AddAnyInRange: first free in the range;
// a preferred address anywhere in the subnet), api/types/network/endpoint.go
// validateEndpointIPAddress (a static --ip is checked against the subnet, not the range).
import { describe, expect, it } from 'vitest'
import { createNetwork, startContainer, type Topology } from './index'
import { HOST, SLEEP, must, refused, World } from '../test/world'

function withRange(w: World, spec: { gateway?: string } = {}) {
  return w.network('r', { subnet: '172.28.0.0/16', ipRange: '172.28.5.0/24', ...spec })
}

function createRefusal(t: Topology, spec: { subnet: string; ipRange?: string; gateway?: string }) {
  return refused(createNetwork(t, HOST, { name: 'n', ...spec }))
}

describe('--ip-range', () => {
  it('hands containers the lowest free addresses of the range', () => {
    const w = new World()
    withRange(w, { gateway: '172.28.5.254' })
    w.run({ image: 'busybox', cmd: SLEEP, name: 'c1', network: 'r' })
    w.run({ image: 'busybox', cmd: SLEEP, name: 'c2', network: 'r' })
    expect([w.ip('c1', 'r'), w.ip('c2', 'r')]).toEqual(['172.28.5.0', '172.28.5.1'])
  })

  it('without --gateway, gives the network the range’s first address as gateway', () => {
    const w = new World()
    expect(withRange(w).gateway).toBe('172.28.5.0')
    w.run({ image: 'busybox', cmd: SLEEP, name: 'c1', network: 'r' })
    expect(w.ip('c1', 'r')).toBe('172.28.5.1')
  })

  it('skips the subnet’s own network address when the range starts there', () => {
    const w = new World()
    const n = w.network('r', { subnet: '172.28.0.0/16', ipRange: '172.28.0.0/24' })
    expect(n.gateway).toBe('172.28.0.1')
  })

  it('lets a static --ip sit anywhere in the subnet, outside the range', () => {
    const w = new World()
    withRange(w)
    w.run({ image: 'busybox', cmd: SLEEP, name: 'c1', network: 'r', ip: '172.28.0.9' })
    expect(w.ip('c1', 'r')).toBe('172.28.0.9')
  })

  it('says so when the range is used up', () => {
    const w = new World()
    w.network('r', { subnet: '172.28.0.0/16', ipRange: '172.28.5.0/31' })
    w.run({ image: 'busybox', cmd: SLEEP, name: 'c1', network: 'r' })
    w.create({ image: 'busybox', cmd: SLEEP, name: 'c2', network: 'r' })
    expect(w.ip('c1', 'r')).toBe('172.28.5.1')
    expect(refused(startContainer(w.t, w.get('c2').id))).toMatch(/^no available IPv4 addresses/)
  })
})

describe('the daemon’s IPAM checks (ValidateIPAM)', () => {
  it('refuses a range with host bits set, naming the masked one', () => {
    expect(createRefusal(new World().t, { subnet: '172.30.0.0/16', ipRange: '172.30.5.1/24' }))
      .toBe(`invalid network config:
invalid ip-range 172.30.5.1/24: it should be 172.30.5.0/24`)
  })

  it('lists every reason, one per line after `* `, for a range bigger than its subnet', () => {
    expect(createRefusal(new World().t, { subnet: '172.30.0.0/16', ipRange: '172.30.0.0/8' }))
      .toBe(`invalid network config:
* invalid ip-range 172.30.0.0/8: CIDR block is bigger than its parent subnet 172.30.0.0/16
* invalid ip-range 172.30.0.0/8: it should be 172.0.0.0/8`)
  })

  it('refuses a range outside its subnet', () => {
    expect(createRefusal(new World().t, { subnet: '172.30.0.0/16', ipRange: '10.0.0.0/24' }))
      .toBe(`invalid network config:
invalid ip-range 10.0.0.0/24: parent subnet 172.30.0.0/16 doesn't contain ip-range`)
  })

  it('refuses a subnet with host bits set', () => {
    expect(createRefusal(new World().t, { subnet: '172.30.1.0/16' })).toBe(`invalid network config:
invalid subnet 172.30.1.0/16: it should be 172.30.0.0/16`)
  })

  it('refuses a range without a subnet as the empty subnet it is', () => {
    const r = createNetwork(new World().t, HOST, { name: 'n', ipRange: '172.30.5.0/24' })
    expect(refused(r)).toBe(`invalid network config:
invalid subnet : invalid CIDR block notation`)
  })

  it('refuses a gateway outside the subnet in the daemon’s words', () => {
    expect(createRefusal(new World().t, { subnet: '172.30.0.0/16', gateway: '10.1.1.1' }))
      .toBe(`invalid network config:
invalid gateway 10.1.1.1: parent subnet 172.30.0.0/16 doesn't contain this address`)
  })

  it('checks before the name: an invalid config is refused even for a taken name', () => {
    const w = new World()
    w.network('n')
    expect(createRefusal(w.t, { subnet: '172.30.1.0/16' })).toMatch(/^invalid network config:/)
  })

  it('accepts a valid range and keeps it on the network', () => {
    const r = must(
      createNetwork(new World().t, HOST, {
        name: 'n',
        subnet: '172.30.0.0/16',
        ipRange: '172.30.5.0/24',
      }),
    )
    expect(r.network.ipRange).toBe('172.30.5.0/24')
  })
})
