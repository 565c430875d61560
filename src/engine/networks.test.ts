// docker network create / rm / connect / disconnect and their refusals, in Docker's words.
// Reference: docker-semantics.md §12 (user-defined networks), §9 and §10 (joined and host
// containers cannot change networks), §13 (one host and one null network).
import { describe, expect, it } from 'vitest'
import {
  connectContainer,
  createNetwork,
  disconnectContainer,
  findNetwork,
  hostNetworks,
  networkMembers,
  removeNetwork,
  type EngineError,
  type Result,
  type Topology,
} from './index'
import { HOST, SLEEP, must, refused, World } from '../test/world'

/** Asserts a refusal left nothing behind: no topology comes back, the old one is untouched. */
function refusedUnchanged<T>(before: Topology, r: Result<T, EngineError>): string {
  const snapshot = { networks: before.networks.size, containers: before.containers.size }
  const msg = refused(r)
  expect('value' in r).toBe(false)
  expect({ networks: before.networks.size, containers: before.containers.size }).toEqual(snapshot)
  return msg
}

describe('docker network create (docker-semantics §12)', () => {
  it('gives a new network a 64-hex id and the bridge driver', () => {
    const w = new World()
    const net = w.network('app')
    expect(net.id).toMatch(/^[0-9a-f]{64}$/)
    expect(net.driver).toBe('bridge')
    expect(net.predefined).toBe(false)
  })

  it('always lists bridge, host and none with their drivers', () => {
    const w = new World()
    const nets = hostNetworks(w.t, HOST).map((n) => `${n.name}/${n.driver}`)
    expect(nets).toEqual(expect.arrayContaining(['bridge/bridge', 'host/host', 'none/null']))
  })

  it('refuses a duplicate name with `network with name app already exists`', () => {
    const w = new World()
    w.network('app')
    const msg = refusedUnchanged(w.t, createNetwork(w.t, HOST, { name: 'app' }))
    expect(msg).toBe('network with name app already exists')
  })

  it.each(['bridge', 'host', 'none'])(
    'refuses the predefined name %s with `operation is not permitted on predefined ... network `',
    (name) => {
      const w = new World()
      const msg = refusedUnchanged(w.t, createNetwork(w.t, HOST, { name }))
      expect(msg).toBe(`operation is not permitted on predefined ${name} network `)
    },
  )

  it.each(['host', 'null'])('refuses a second %s-driver network (§13)', (driver) => {
    const w = new World()
    const msg = refusedUnchanged(w.t, createNetwork(w.t, HOST, { name: 'extra', driver }))
    expect(msg).toBe(`only one instance of "${driver}" network is allowed`)
  })

  it('accepts names outside the container-name pattern (test@#$)', () => {
    const w = new World()
    expect(w.network('test@#$').name).toBe('test@#$')
  })

  it('records --internal', () => {
    const w = new World()
    expect(w.network('sealed', { internal: true }).internal).toBe(true)
  })
})

describe('docker network rm (docker-semantics §12)', () => {
  it.each(['bridge', 'host', 'none'])('refuses to remove the predefined %s network', (name) => {
    const w = new World()
    const msg = refusedUnchanged(w.t, removeNetwork(w.t, HOST, name))
    expect(msg).toBe(`${name} is a pre-defined network and cannot be removed`)
  })

  it('refuses while a running container is attached, and keeps the network', () => {
    const w = new World()
    w.network('app')
    w.run({ image: 'busybox', name: 'c1', network: 'app', cmd: SLEEP })
    const msg = refusedUnchanged(w.t, removeNetwork(w.t, HOST, 'app'))
    expect(msg).toMatch(/^error while removing network: network app has active endpoints/)
    expect(findNetwork(w.t, HOST, 'app')).not.toBeNull()
  })

  it('removes a network whose only members are stopped (they hold no endpoint)', () => {
    const w = new World()
    w.network('app')
    w.run({ image: 'busybox', name: 'c1', network: 'app', cmd: SLEEP })
    w.stop('c1')
    w.t = must(removeNetwork(w.t, HOST, 'app'))
    expect(findNetwork(w.t, HOST, 'app')).toBeNull()
  })

  it('says `network nosuch not found` for an unknown network', () => {
    const w = new World()
    expect(refusedUnchanged(w.t, removeNetwork(w.t, HOST, 'nosuch'))).toBe(
      'network nosuch not found',
    )
  })
})

describe('docker network connect (docker-semantics §12)', () => {
  it('connects a running container: a new endpoint with an address on the network', () => {
    const w = new World()
    const net = w.network('app')
    w.run({ image: 'busybox', name: 'c1', cmd: SLEEP })
    w.t = must(connectContainer(w.t, HOST, 'app', 'c1'))
    expect(w.ip('c1', 'app')).toBe('172.18.0.2')
    expect(networkMembers(w.t, net.id).map((c) => c.name)).toEqual(['c1'])
  })

  it('connects a created container, which gets its address when it starts', () => {
    const w = new World()
    w.network('app')
    w.create({ image: 'busybox', name: 'c1', cmd: SLEEP })
    w.t = must(connectContainer(w.t, HOST, 'app', 'c1'))
    expect(w.ip('c1', 'app')).toBeNull()
    w.start('c1')
    expect(w.ip('c1', 'app')).toBe('172.18.0.2')
  })

  it('refuses a second connect with `endpoint with name c1 already exists in network app`', () => {
    const w = new World()
    w.network('app')
    w.run({ image: 'busybox', name: 'c1', network: 'app', cmd: SLEEP })
    const msg = refusedUnchanged(w.t, connectContainer(w.t, HOST, 'app', 'c1'))
    expect(msg).toBe('endpoint with name c1 already exists in network app')
  })

  it('says `network nosuch not found` for an unknown network', () => {
    const w = new World()
    w.run({ image: 'busybox', name: 'c1', cmd: SLEEP })
    expect(refusedUnchanged(w.t, connectContainer(w.t, HOST, 'nosuch', 'c1'))).toBe(
      'network nosuch not found',
    )
  })

  it('refuses to connect a --network none container', () => {
    const w = new World()
    w.network('app')
    w.run({ image: 'busybox', name: 'c1', network: 'none', cmd: SLEEP })
    expect(refusedUnchanged(w.t, connectContainer(w.t, HOST, 'app', 'c1'))).toBe(
      'container cannot be connected to multiple networks with one of the networks in private (none) mode',
    )
  })

  it('refuses to connect a host-network container to another network (§10)', () => {
    const w = new World()
    w.network('app')
    w.run({ image: 'busybox', name: 'h1', network: 'host', cmd: SLEEP })
    expect(refusedUnchanged(w.t, connectContainer(w.t, HOST, 'app', 'h1'))).toBe(
      'container sharing network namespace with another container or host cannot be connected to any other network',
    )
  })

  it('refuses to connect a bridge container to the host network (§10)', () => {
    const w = new World()
    w.run({ image: 'busybox', name: 'c1', cmd: SLEEP })
    expect(refusedUnchanged(w.t, connectContainer(w.t, HOST, 'host', 'c1'))).toBe(
      'cannot connect container to host network - container must be created in host network mode',
    )
  })

  it('refuses to connect a --network container:X joiner (§9)', () => {
    const w = new World()
    w.network('app')
    w.run({ image: 'busybox', name: 'donor', cmd: SLEEP })
    w.run({ image: 'busybox', name: 'joiner', network: 'container:donor', cmd: SLEEP })
    expect(refusedUnchanged(w.t, connectContainer(w.t, HOST, 'app', 'joiner'))).toBe(
      'container sharing network namespace with another container or host cannot be connected to any other network',
    )
  })
})

describe('docker network disconnect (docker-semantics §12, §10)', () => {
  it('removes the endpoint and its address', () => {
    const w = new World()
    w.network('app')
    w.run({ image: 'busybox', name: 'c1', network: 'app', cmd: SLEEP })
    w.t = must(disconnectContainer(w.t, HOST, 'app', 'c1'))
    expect(w.get('c1').endpoints).toEqual([])
  })

  it('says a running container is not connected, with its full id', () => {
    const w = new World()
    w.network('app')
    const c = w.run({ image: 'busybox', name: 'c1', cmd: SLEEP })
    expect(refusedUnchanged(w.t, disconnectContainer(w.t, HOST, 'app', 'c1'))).toBe(
      `container ${c.id} is not connected to network app`,
    )
  })

  it('says `is not connected to the network` for a stopped container', () => {
    const w = new World()
    w.network('app')
    const c = w.create({ image: 'busybox', name: 'c1', cmd: SLEEP })
    expect(refusedUnchanged(w.t, disconnectContainer(w.t, HOST, 'app', 'c1'))).toBe(
      `container ${c.id} is not connected to the network app`,
    )
  })

  it('refuses to disconnect a host-network container from host', () => {
    const w = new World()
    w.run({ image: 'busybox', name: 'h1', network: 'host', cmd: SLEEP })
    expect(refusedUnchanged(w.t, disconnectContainer(w.t, HOST, 'host', 'h1'))).toBe(
      'cannot disconnect container from host network - container was created in host network mode',
    )
  })
})
