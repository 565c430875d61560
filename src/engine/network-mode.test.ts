// HostConfig.NetworkMode as a union, read from and printed as Docker's string (moby v28.2.2
// api/types/container/hostconfig.go, hostconfig_unix.go).
import { describe, expect, it } from 'vitest'
import { networkModeText, parseNetworkMode } from './index'
import { SLEEP, World } from '../test/world'

describe('network modes', () => {
  it.each([
    ['', { kind: 'bridge' }, 'bridge'],
    // daemon/daemon.go: "default" is stored as "bridge" since Engine 26.
    ['default', { kind: 'bridge' }, 'bridge'],
    ['bridge', { kind: 'bridge' }, 'bridge'],
    ['host', { kind: 'host' }, 'host'],
    ['none', { kind: 'none' }, 'none'],
    ['container:web', { kind: 'container', ref: 'web' }, 'container:web'],
    ['backend', { kind: 'network', ref: 'backend' }, 'backend'],
    // IsUserDefined: a name that only begins like a mode is a network.
    ['hostnet', { kind: 'network', ref: 'hostnet' }, 'hostnet'],
  ])('reads %j as %j and prints it as Docker stores it', (text, mode, printed) => {
    expect(parseNetworkMode(text)).toEqual(mode)
    expect(networkModeText(parseNetworkMode(text))).toBe(printed)
  })

  it('keeps a network by the name or full id given, and a partial id as the full one (normalizeNetMode)', () => {
    const w = new World()
    const n = w.network('backend')
    const byName = w.create({ image: 'busybox', name: 'c1', network: 'backend', cmd: SLEEP })
    const byId = w.create({ image: 'busybox', name: 'c2', network: n.id, cmd: SLEEP })
    const byPrefix = w.create({
      image: 'busybox',
      name: 'c3',
      network: n.id.slice(0, 6),
      cmd: SLEEP,
    })
    expect(networkModeText(byName.networkMode)).toBe('backend')
    expect(networkModeText(byId.networkMode)).toBe(n.id)
    expect(networkModeText(byPrefix.networkMode)).toBe(n.id)
  })

  it('names the donor by its full id once create found it (daemon_unix.go)', () => {
    const w = new World()
    const donor = w.run({ image: 'busybox', name: 'donor', cmd: SLEEP })
    const c = w.create({ image: 'busybox', name: 'joined', network: 'container:donor', cmd: SLEEP })
    expect(networkModeText(c.networkMode)).toBe(`container:${donor.id}`)
  })
})
