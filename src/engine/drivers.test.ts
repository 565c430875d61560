// The driver table against what the daemon does with each driver (moby v28.2.2: each driver's
// Register call for the scope, host/host.go and null/null.go for their single instance,
// daemon/network.go createNetwork for the default driver and the swarm check).
import { describe, expect, it } from 'vitest'
import { createNetwork, DRIVER_CAPS, NETWORK_DRIVERS } from './index'
import { HOST, refused, World } from '../test/world'

describe('the network driver table', () => {
  it('has every driver Docknet knows, each with its scope', () => {
    expect(Object.keys(DRIVER_CAPS).sort()).toEqual([...NETWORK_DRIVERS].sort())
    const scopes = Object.fromEntries(NETWORK_DRIVERS.map((d) => [d, DRIVER_CAPS[d].scope]))
    expect(scopes).toEqual({
      bridge: 'local',
      host: 'local',
      null: 'local',
      overlay: 'swarm',
      macvlan: 'local',
      ipvlan: 'local',
    })
  })

  it.each(['host', 'null'])('allows one %s network only (%s.go CreateNetwork)', (driver) => {
    expect(refused(createNetwork(new World().t, HOST, { name: 'x', driver }))).toBe(
      `only one instance of "${driver}" network is allowed`,
    )
  })

  it('refuses a driver it does not have as a missing plugin', () => {
    expect(refused(createNetwork(new World().t, HOST, { name: 'x', driver: 'weave' }))).toBe(
      'plugin "weave" not found',
    )
  })

  it('takes an empty -d as the default driver, bridge (daemon/network.go createNetwork)', () => {
    expect(new World().network('x', { driver: '' }).driver).toBe('bridge')
  })

  it('creates overlay networks on swarm managers only', () => {
    expect(refused(createNetwork(new World().t, HOST, { name: 'x', driver: 'overlay' }))).toContain(
      'This node is not a swarm manager.',
    )
  })

  it('maps ports only for bridge and overlay endpoints', () => {
    const mapping = NETWORK_DRIVERS.filter((d) => DRIVER_CAPS[d].publishesPorts)
    expect(mapping).toEqual(['bridge', 'overlay'])
  })
})
