// Network connect / disconnect / rm of stopped (created or exited) containers.
// Sources: moby v28.2.2 daemon/container_operations.go — ConnectToNetwork (a stopped container:
// an existing network goes through updateNetworkConfig, a missing one is stored as typed),
// updateNetworkSettings (a second config for the same network is dropped: "Avoid duplicate
// config"), DisconnectFromNetwork (`!ctr.Running || (err != nil && force)`: the config is
// deleted by name), allocateNetwork → connectToNetwork → findAndAttachNetwork (the network is
// looked up at start, by NetworkID once recorded, via getNetworkID); daemon/network.go
// deleteNetwork (only active endpoints keep a network); daemon/start_linux.go (the start error
// is wrapped as "failed to set up container networking: ...").
import { describe, expect, it } from 'vitest'
import {
  connectContainer,
  disconnectContainer,
  removeNetwork,
  startContainer,
  type Topology,
} from './index'
import { HOST, SLEEP, must, refused, World } from '../test/world'

const box = (name: string, network?: string) => ({
  image: 'busybox',
  cmd: SLEEP,
  name,
  ...(network ? { network } : {}),
})

function connect(w: World, net: string, ref: string, opts = {}) {
  w.t = must(connectContainer(w.t, HOST, net, ref, opts))
}

function startError(t: Topology, w: World, ref: string): string {
  return refused(startContainer(t, w.get(ref).id))
}

describe('connecting a stopped container', () => {
  it('twice is silent and keeps the first config', () => {
    const w = new World()
    w.network('app')
    w.create(box('c1'))
    connect(w, 'app', 'c1', { aliases: ['first'] })
    const before = w.t
    connect(w, 'app', 'c1', { aliases: ['second'] })
    expect(w.t).toBe(before)
    expect(w.start('c1').endpoints.at(-1)?.aliases).toEqual(['first'])
  })

  it('to a network that does not exist is accepted; the start then fails', () => {
    const w = new World()
    w.create(box('c1'))
    connect(w, 'ghost', 'c1', { aliases: ['g'] })
    expect(w.get('c1').dangling).toEqual([
      { name: 'ghost', networkId: null, aliases: ['g'], links: [], staticIp: null },
    ])
    expect(startError(w.t, w, 'c1')).toBe(
      'failed to set up container networking: network ghost not found',
    )
  })

  it('to a missing network joins one created later under that name', () => {
    const w = new World()
    w.create(box('c1'))
    connect(w, 'ghost', 'c1', { aliases: ['g'] })
    w.network('ghost')
    const c = w.start('c1')
    expect(c.dangling).toBeUndefined()
    expect(c.endpoints.at(-1)?.aliases).toEqual(['g'])
    expect(w.ip('c1', 'ghost')).toBe('172.18.0.2')
  })

  it('still checks the settings against an existing network', () => {
    const w = new World()
    w.network('app')
    w.create(box('c1'))
    const r = connectContainer(w.t, HOST, 'app', 'c1', { ip: '172.18.0.9' })
    expect(refused(r)).toBe(
      'invalid endpoint settings:\nuser specified IP address is supported only when connecting to networks with user configured subnets',
    )
  })

  it('looks the container up first', () => {
    expect(refused(connectContainer(new World().t, HOST, 'ghost', 'nope'))).toBe(
      'No such container: nope',
    )
  })

  it('while running, a second connect is refused as before', () => {
    const w = new World()
    w.network('app')
    w.run(box('c1', 'app'))
    expect(refused(connectContainer(w.t, HOST, 'app', 'c1'))).toBe(
      'endpoint with name c1 already exists in network app',
    )
  })
})

describe('docker network rm with stopped members', () => {
  it('succeeds and leaves the config, pinned to the id once the container ran on it', () => {
    const w = new World()
    const net = w.network('app')
    w.run(box('c1', 'app'))
    w.stop('c1')
    w.t = must(removeNetwork(w.t, HOST, 'app'))
    expect(w.get('c1').endpoints).toEqual([])
    expect(w.get('c1').dangling?.map((d) => [d.name, d.networkId])).toEqual([['app', net.id]])
    expect(startError(w.t, w, 'c1')).toBe(
      `failed to set up container networking: network ${net.id} not found`,
    )
    w.network('app')
    expect(startError(w.t, w, 'c1')).toBe(
      `failed to set up container networking: network ${net.id} not found`,
    )
  })

  it('leaves a never-started container a config by name, which a new network of that name takes', () => {
    const w = new World()
    w.network('app')
    w.create(box('c1', 'app'))
    w.t = must(removeNetwork(w.t, HOST, 'app'))
    expect(startError(w.t, w, 'c1')).toBe(
      'failed to set up container networking: network app not found',
    )
    w.network('app')
    expect(w.start('c1').state).toBe('running')
  })

  it('a connect to the new network of that name replaces a config pinned to the old id', () => {
    const w = new World()
    w.network('app')
    w.run(box('c1', 'app'))
    w.stop('c1')
    w.t = must(removeNetwork(w.t, HOST, 'app'))
    w.network('app')
    connect(w, 'app', 'c1')
    expect(w.get('c1').dangling).toBeUndefined()
    expect(w.start('c1').state).toBe('running')
  })
})

describe('disconnecting a stopped container', () => {
  function afterRm(): World {
    const w = new World()
    w.network('app')
    w.run(box('c1', 'app'))
    w.stop('c1')
    w.t = must(removeNetwork(w.t, HOST, 'app'))
    return w
  }

  it.each([true, false])('from a removed network succeeds (force %s)', (force) => {
    const w = afterRm()
    w.t = must(disconnectContainer(w.t, HOST, 'app', 'c1', { force }))
    expect(w.get('c1').dangling).toBeUndefined()
    expect(w.start('c1').state).toBe('running')
  })

  it('says `is not connected to the network` once it is gone', () => {
    const w = afterRm()
    w.t = must(disconnectContainer(w.t, HOST, 'app', 'c1'))
    expect(refused(disconnectContainer(w.t, HOST, 'app', 'c1', { force: true }))).toBe(
      `container ${w.get('c1').id} is not connected to the network app`,
    )
  })
})

describe('disconnecting a running container from a network that does not exist', () => {
  it('with -f, says it is not connected to the network; without, not found', () => {
    const w = new World()
    w.run(box('c1'))
    expect(refused(disconnectContainer(w.t, HOST, 'ghost', 'c1'))).toBe('network ghost not found')
    expect(refused(disconnectContainer(w.t, HOST, 'ghost', 'c1', { force: true }))).toBe(
      `container ${w.get('c1').id} is not connected to the network ghost`,
    )
  })
})

describe('a kept config of a container sharing another’s namespace', () => {
  it('fails its start as connectToNetwork refuses it', () => {
    const w = new World()
    w.run(box('donor'))
    w.create({ image: 'busybox', cmd: SLEEP, name: 'c1', network: 'container:donor' })
    connect(w, 'ghost', 'c1')
    expect(startError(w.t, w, 'c1')).toBe(
      'failed to set up container networking: container sharing network namespace with another container or host cannot be connected to any other network',
    )
  })
})
