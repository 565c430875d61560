// IPAM as Docker's default allocator does it: predefined pools for user networks, lowest free
// address per network, static --ip rules. Reference: docker-semantics.md §6 and §8.
import { describe, expect, it } from 'vitest'
import {
  connectContainer,
  createContainer,
  createNetwork,
  removeNetwork,
  startContainer,
} from './index'
import { HOST, must, refused, World } from '../test/world'

describe('user-defined network subnets (docker-semantics §6)', () => {
  it('gives the first user network 172.18.0.0/16 with gateway 172.18.0.1, the next 172.19.0.0/16', () => {
    const w = new World()
    const first = w.network('n1')
    const second = w.network('n2')
    expect(first.subnet).toBe('172.18.0.0/16')
    expect(first.gateway).toBe('172.18.0.1')
    expect(second.subnet).toBe('172.19.0.0/16')
    expect(second.gateway).toBe('172.19.0.1')
  })

  it('reuses a removed network subnet for the next create (first fit)', () => {
    const w = new World()
    w.network('n1')
    w.network('n2')
    w.t = must(removeNetwork(w.t, HOST, 'n1'))
    expect(w.network('n3').subnet).toBe('172.18.0.0/16')
    expect(w.network('n4').subnet).toBe('172.20.0.0/16')
  })

  it('continues with /20 pools of 192.168.0.0/16 after 172.31.0.0/16, skipping the host LAN', () => {
    const w = new World()
    const subnets: string[] = []
    for (let i = 0; i < 14; i++) subnets.push(w.network(`n${i}`).subnet ?? '')
    expect(subnets[0]).toBe('172.18.0.0/16')
    expect(subnets[13]).toBe('172.31.0.0/16')
    const next = w.network('n14').subnet ?? ''
    expect(next).toMatch(/^192\.168\.\d+\.0\/20$/)
    // The hosts' LAN is 192.168.1.0/24; the daemon skips pools that overlap host routes.
    expect(next).not.toBe('192.168.0.0/20')
  })

  it('uses --subnet 172.22.16.0/24 with gateway 172.22.16.1 and first container 172.22.16.2', () => {
    const w = new World()
    const net = w.network('my_net3', { subnet: '172.22.16.0/24' })
    expect(net.subnet).toBe('172.22.16.0/24')
    expect(net.gateway).toBe('172.22.16.1')
    w.run({ image: 'busybox', name: 'b1', network: 'my_net3', cmd: ['sleep', '3600'] })
    expect(w.ip('b1', 'my_net3')).toBe('172.22.16.2')
  })

  it('skips a --gateway given inside the subnet when handing out the lowest free addresses', () => {
    const w = new World()
    const net = w.network('gw', { subnet: '10.1.0.0/24', gateway: '10.1.0.3' })
    expect(net.gateway).toBe('10.1.0.3')
    for (const name of ['a1', 'a2', 'a3'])
      w.run({ image: 'busybox', name, network: 'gw', cmd: ['sleep', '3600'] })
    expect([w.ip('a1', 'gw'), w.ip('a2', 'gw'), w.ip('a3', 'gw')]).toEqual([
      '10.1.0.1',
      '10.1.0.2',
      '10.1.0.4',
    ])
  })

  it('refuses a --subnet that overlaps an existing network', () => {
    const w = new World()
    w.network('n1')
    const msg = refused(createNetwork(w.t, HOST, { name: 'n2', subnet: '172.18.5.0/24' }))
    expect(msg).toContain('Pool overlaps with other one on this address space')
  })
})

describe('container addresses (docker-semantics §6)', () => {
  it('hands out 172.17.0.2 then 172.17.0.3 on the default bridge in start order, not create order', () => {
    const w = new World()
    w.create({ image: 'busybox', name: 'first', cmd: ['sleep', '3600'] })
    w.create({ image: 'busybox', name: 'second', cmd: ['sleep', '3600'] })
    w.start('second')
    w.start('first')
    expect(w.ip('second')).toBe('172.17.0.2')
    expect(w.ip('first')).toBe('172.17.0.3')
  })

  it('gives the address a stopped container released to the next container that starts', () => {
    const w = new World()
    w.run({ image: 'busybox', name: 'a1', cmd: ['sleep', '3600'] })
    w.run({ image: 'busybox', name: 'a2', cmd: ['sleep', '3600'] })
    const stopped = w.stop('a1')
    expect(stopped.endpoints[0]?.ip).toBeNull()
    w.run({ image: 'busybox', name: 'a3', cmd: ['sleep', '3600'] })
    expect(w.ip('a3')).toBe('172.17.0.2')
  })

  it('gives a restarted container the lowest free address, which may differ from its old one', () => {
    const w = new World()
    w.run({ image: 'busybox', name: 'a1', cmd: ['sleep', '3600'] })
    w.run({ image: 'busybox', name: 'a2', cmd: ['sleep', '3600'] })
    w.stop('a1')
    w.run({ image: 'busybox', name: 'a3', cmd: ['sleep', '3600'] })
    w.start('a1')
    expect(w.ip('a1')).toBe('172.17.0.4')
  })

  it('allocates per network: a user network starts again at .2', () => {
    const w = new World()
    w.network('n1')
    w.run({ image: 'busybox', name: 'onbridge', cmd: ['sleep', '3600'] })
    w.run({ image: 'busybox', name: 'onuser', network: 'n1', cmd: ['sleep', '3600'] })
    expect(w.ip('onbridge')).toBe('172.17.0.2')
    expect(w.ip('onuser', 'n1')).toBe('172.18.0.2')
  })

  it('gives a running container connected to a second network the next address there', () => {
    const w = new World()
    w.network('n1')
    w.run({ image: 'busybox', name: 'x1', network: 'n1', cmd: ['sleep', '3600'] })
    w.run({ image: 'busybox', name: 'x2', cmd: ['sleep', '3600'] })
    w.t = must(connectContainer(w.t, HOST, 'n1', 'x2'))
    expect(w.ip('x2', 'n1')).toBe('172.18.0.3')
    expect(w.ip('x2', 'bridge')).toBe('172.17.0.2')
  })

  it('gives a created (not started) container no address yet', () => {
    const w = new World()
    const c = w.create({ image: 'busybox', name: 'idle' })
    expect(c.endpoints).toHaveLength(1)
    expect(c.endpoints[0]?.ip).toBeNull()
  })
})

/**
 * Engine 25+ wraps endpoint-setting reasons as `invalid endpoint settings:\n<reason>` (§8); at
 * create the daemon also names the network: `invalid config for network NAME: ...`
 * (daemon/create.go validateNetworkingConfig). `network` null: any name (the key the CLI sent).
 */
function expectEndpointError(msg: string, reason: string, network: string | null | undefined) {
  const inner = `invalid endpoint settings:\n${reason}`
  if (network === undefined) expect(msg).toBe(inner)
  else if (network === null) {
    expect(msg.startsWith('invalid config for network ')).toBe(true)
    expect(msg.endsWith(`: ${inner}`)).toBe(true)
  } else expect(msg).toBe(`invalid config for network ${network}: ${inner}`)
}

const NOT_DEFAULT = 'user specified IP address is supported on user defined networks only'

describe('static addresses with --ip (docker-semantics §8)', () => {
  it('refuses --ip on the default bridge with the daemon text, wrapped as endpoint settings', () => {
    const w = new World()
    const msg = refused(createContainer(w.t, HOST, { image: 'busybox', ip: '172.17.0.9' }))
    expectEndpointError(msg, NOT_DEFAULT, null)
  })

  it('refuses network connect --ip on the default bridge with the same reason', () => {
    const w = new World()
    w.network('n1')
    w.create({ image: 'busybox', name: 'c1', network: 'n1' })
    const msg = refused(connectContainer(w.t, HOST, 'bridge', 'c1', { ip: '172.17.0.9' }))
    expectEndpointError(msg, NOT_DEFAULT, undefined)
  })

  it('refuses --ip on a user network created without --subnet (Engine 28)', () => {
    const w = new World()
    w.network('auto')
    const msg = refused(
      createContainer(w.t, HOST, { image: 'busybox', network: 'auto', ip: '172.18.0.9' }),
    )
    expectEndpointError(
      msg,
      'user specified IP address is supported only when connecting to networks with user configured subnets',
      'auto',
    )
  })

  it('refuses an address outside the configured subnet', () => {
    const w = new World()
    w.network('fixed', { subnet: '172.22.16.0/24' })
    const msg = refused(
      createContainer(w.t, HOST, { image: 'busybox', network: 'fixed', ip: '10.9.9.9' }),
    )
    expectEndpointError(
      msg,
      'no configured subnet or ip-range contain the IP address 10.9.9.9',
      'fixed',
    )
  })

  it('uses the requested address and keeps it across stop and start', () => {
    const w = new World()
    w.network('fixed', { subnet: '172.22.16.0/24' })
    w.run({
      image: 'busybox',
      name: 's1',
      network: 'fixed',
      ip: '172.22.16.50',
      cmd: ['sleep', '1d'],
    })
    expect(w.ip('s1', 'fixed')).toBe('172.22.16.50')
    w.stop('s1')
    w.start('s1')
    expect(w.ip('s1', 'fixed')).toBe('172.22.16.50')
  })

  it('leaves a static address alone when handing out dynamic ones', () => {
    const w = new World()
    w.network('fixed', { subnet: '172.22.16.0/24' })
    w.run({
      image: 'busybox',
      name: 's1',
      network: 'fixed',
      ip: '172.22.16.2',
      cmd: ['sleep', '1d'],
    })
    w.run({ image: 'busybox', name: 'd1', network: 'fixed', cmd: ['sleep', '1d'] })
    expect(w.ip('d1', 'fixed')).toBe('172.22.16.3')
  })

  it('refuses to start a second container on an address already in use', () => {
    const w = new World()
    w.network('fixed', { subnet: '172.22.16.0/24' })
    w.run({
      image: 'busybox',
      name: 's1',
      network: 'fixed',
      ip: '172.22.16.50',
      cmd: ['sleep', '1d'],
    })
    const s2 = w.create({ image: 'busybox', name: 's2', network: 'fixed', ip: '172.22.16.50' })
    expect(refused(startContainer(w.t, s2.id))).toBe('Address already in use')
    expect(w.get('s2').state).toBe('created')
  })
})
