// docker create / docker run, first half: what the daemon validates at create time and with
// which words, and what a created container records. Reference: docker-semantics.md §1 (names),
// §2.1 (links), §8 (--ip), §9 (container: mode), §10 (host mode), §12, §15.
import { describe, expect, it } from 'vitest'
import {
  addHost,
  createContainer,
  findContainer,
  shortId,
  startContainer,
  type ContainerSpec,
} from './index'
import { HOST, SLEEP, must, refused, World } from '../test/world'

/** The daemon's refusal for a create; asserts nothing was created and no topology came back. */
function createRefusal(w: World, spec: ContainerSpec, host = HOST): string {
  const before = w.t.containers.size
  const r = createContainer(w.t, host, spec)
  const msg = refused(r)
  expect('value' in r).toBe(false)
  expect(w.t.containers.size).toBe(before)
  return msg
}

describe('container names (docker-semantics §1)', () => {
  it('refuses a name in use, quoting /name and the holder full id, and creates nothing', () => {
    const w = new World()
    const first = w.create({ image: 'busybox', name: 'web' })
    expect(createRefusal(w, { image: 'busybox', name: 'web' })).toBe(
      `Conflict. The container name "/web" is already in use by container "${first.id}". You have to remove (or rename) that container to be able to reuse that name.`,
    )
    expect(first.id).toMatch(/^[0-9a-f]{64}$/)
  })

  it('refuses the name even when its holder is stopped', () => {
    const w = new World()
    w.run({ image: 'busybox', name: 'web', cmd: SLEEP })
    w.stop('web')
    expect(createRefusal(w, { image: 'busybox', name: 'web' })).toContain('Conflict.')
  })

  it.each(['a', '-web', 'we b', '_x', 'web!'])('refuses the invalid name %j', (name) => {
    const w = new World()
    expect(createRefusal(w, { image: 'busybox', name })).toBe(
      `Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`,
    )
  })

  it.each(['ab', 'web-1', 'my_db.2', '1x'])('accepts the name %j', (name) => {
    const w = new World()
    expect(w.create({ image: 'busybox', name }).name).toBe(name)
  })

  it('generates an adjective_surname name without --name', () => {
    const w = new World()
    expect(w.create({ image: 'busybox' }).name).toMatch(/^[a-z]+_[a-z]+\d*$/)
  })

  it('uses the first 12 hex characters of the id as default hostname', () => {
    const w = new World()
    const c = w.create({ image: 'busybox', name: 'c1' })
    expect(c.hostname).toBe(c.id.slice(0, 12))
    expect(shortId(c.id)).toBe(c.hostname)
  })

  it('keeps names per daemon: the same name may exist on two hosts', () => {
    const w = new World()
    w.t = must(addHost(w.t, 'hostb'))
    const a = w.create({ image: 'busybox', name: 'web' })
    const b = w.create({ image: 'busybox', name: 'web' }, 'hostb')
    expect(a.id).not.toBe(b.id)
    expect(w.get('web', 'hostb').host).toBe('hostb')
  })
})

describe('legacy links at create time (docker-semantics §2.1)', () => {
  it('refuses a link to a missing container with the daemon text', () => {
    const w = new World()
    expect(createRefusal(w, { image: 'busybox', links: ['bogus:db'] })).toBe(
      'could not get container for bogus: No such container: bogus',
    )
  })

  it('refuses --link with --network host', () => {
    const w = new World()
    w.create({ image: 'busybox', name: 'db' })
    expect(createRefusal(w, { image: 'busybox', network: 'host', links: ['db:db'] })).toBe(
      "conflicting options: host type networking can't be used with links. This would result in undefined behavior",
    )
  })

  it('refuses a link to a host-network container', () => {
    const w = new World()
    w.create({ image: 'busybox', name: 'hostdb', network: 'host' })
    expect(createRefusal(w, { image: 'busybox', links: ['hostdb:db'] })).toBe(
      "conflicting options: host type networking can't be used with links. This would result in undefined behavior",
    )
  })

  it('follows a container: chain to the owner when checking a link target for host networking', () => {
    const w = new World()
    w.run({ image: 'busybox', name: 'hostdb', network: 'host', cmd: SLEEP })
    w.create({ image: 'busybox', name: 'joined', network: 'container:hostdb' })
    expect(createRefusal(w, { image: 'busybox', links: ['joined:db'] })).toBe(
      "conflicting options: host type networking can't be used with links. This would result in undefined behavior",
    )
  })

  it('accepts a link to a created, not yet started container', () => {
    const w = new World()
    w.create({ image: 'busybox', name: 'db' })
    const web = w.create({ image: 'busybox', name: 'web', links: ['db:db'] })
    expect(web.links.map((l) => l.alias)).toEqual(['db'])
  })

  it('accepts --link with --network bridge (CLI 28)', () => {
    const w = new World()
    w.create({ image: 'busybox', name: 'db' })
    const web = w.create({ image: 'busybox', name: 'web', network: 'bridge', links: ['db:db'] })
    expect(web.links).toHaveLength(1)
  })

  it('uses the child name as alias when none is given', () => {
    const w = new World()
    const db = w.create({ image: 'busybox', name: 'db' })
    const web = w.create({ image: 'busybox', name: 'web', links: ['db'] })
    expect(web.links).toEqual([{ childId: db.id, alias: 'db', ipAtStart: null }])
  })

  it('keeps the first of two links with the same alias', () => {
    const w = new World()
    const a = w.create({ image: 'busybox', name: 'a1' })
    w.create({ image: 'busybox', name: 'b1' })
    const web = w.create({ image: 'busybox', name: 'web', links: ['a1:up', 'b1:up'] })
    expect(web.links.map((l) => [l.childId, l.alias])).toEqual([[a.id, 'up']])
  })

  it('registers the link name parent/alias, which finds the child (docker inspect web/db)', () => {
    const w = new World()
    const db = w.create({ image: 'busybox', name: 'db' })
    w.create({ image: 'busybox', name: 'web', links: ['db:webdb'] })
    expect(findContainer(w.t, HOST, 'web/webdb')?.id).toBe(db.id)
  })

  it('makes no legacy link on a user-defined network and accepts a missing target there (§4)', () => {
    const w = new World()
    w.network('app')
    const c = w.create({ image: 'busybox', name: 'first', network: 'app', links: ['third:bar'] })
    expect(c.links).toEqual([])
    expect(c.endpoints[0]?.links).toEqual(['third:bar'])
  })

  it('cannot link across hosts: the name is unknown on the other daemon', () => {
    const w = new World()
    w.create({ image: 'busybox', name: 'db' })
    w.t = must(addHost(w.t, 'hostb'))
    expect(createRefusal(w, { image: 'busybox', links: ['db:db'] }, 'hostb')).toBe(
      'could not get container for db: No such container: db',
    )
  })
})

describe('--network container:X conflicts (docker-semantics §9)', () => {
  function withDonor(): World {
    const w = new World()
    w.run({ image: 'nginx', name: 'donor', hostname: 'donorhost' })
    return w
  }
  const join = { image: 'busybox', network: 'container:donor' }

  it('refuses -h', () => {
    expect(createRefusal(withDonor(), { ...join, hostname: 'x1' })).toBe(
      'conflicting options: hostname and the network mode',
    )
  })

  it('refuses --link', () => {
    expect(createRefusal(withDonor(), { ...join, links: ['donor:d'] })).toBe(
      "conflicting options: container type network can't be used with links. This would result in undefined behavior",
    )
  })

  it('refuses --dns', () => {
    expect(createRefusal(withDonor(), { ...join, dns: ['8.8.8.8'] })).toBe(
      'conflicting options: dns and the network mode',
    )
  })

  it('refuses --add-host', () => {
    expect(createRefusal(withDonor(), { ...join, addHosts: [{ name: 'x1', ip: '1.2.3.4' }] })).toBe(
      'conflicting options: custom host-to-IP mapping and the network mode',
    )
  })

  it('refuses -p and -P', () => {
    const p = {
      containerPort: 80,
      proto: 'tcp' as const,
      hostIp: '',
      hostPortStart: 8080,
      hostPortEnd: 8080,
    }
    const text = 'conflicting options: port publishing and the container type network mode'
    expect(createRefusal(withDonor(), { ...join, publish: [p] })).toBe(text)
    expect(createRefusal(withDonor(), { ...join, publishAll: true })).toBe(text)
  })

  it('refuses --expose', () => {
    expect(createRefusal(withDonor(), { ...join, expose: [{ port: 80, proto: 'tcp' }] })).toBe(
      'conflicting options: port exposing and the container type network mode',
    )
  })

  it('refuses an empty container name', () => {
    expect(createRefusal(withDonor(), { image: 'busybox', network: 'container:' })).toBe(
      'invalid network mode: invalid container format container:<name|id>',
    )
  })

  it('copies the donor hostname and takes no endpoint of its own', () => {
    const w = withDonor()
    const c = w.create(join)
    expect(c.hostname).toBe('donorhost')
    expect(c.endpoints).toEqual([])
    expect(c.networkMode).toEqual({ kind: 'container', ref: w.get('donor').id })
  })
})

describe('network mode checks (docker-semantics §8, §10, §12)', () => {
  // moby v28.2.2 daemon/create.go validateNetworkingConfig ignores a missing network; the
  // start fails in allocateNetwork, wrapped by daemon/start_linux.go.
  it('creates a container for an unknown --network; its start says `network nosuch not found`', () => {
    const w = new World()
    const c = w.create({ image: 'busybox', network: 'nosuch', aliases: ['a1'], ip: '10.1.2.3' })
    expect(c.endpoints).toEqual([])
    expect(c.dangling).toEqual([
      { name: 'nosuch', networkId: null, aliases: ['a1'], links: [], staticIp: '10.1.2.3' },
    ])
    expect(refused(startContainer(w.t, c.id))).toBe(
      'failed to set up container networking: network nosuch not found',
    )
  })

  it.each(['bridge', 'host', 'none'])('refuses --ip with --network %s', (network) => {
    // Wrapped by Engine 25+ as `invalid config for network N: invalid endpoint settings:\n...` (§8).
    const msg = createRefusal(new World(), { image: 'busybox', network, ip: '172.17.0.9' })
    expect(msg).toMatch(/^invalid config for network \S+: invalid endpoint settings:\n/)
    expect(
      msg.endsWith('\nuser specified IP address is supported on user defined networks only'),
    ).toBe(true)
  })

  it.each(['host', 'none'])('refuses --network-alias with --network %s', (network) => {
    expect(createRefusal(new World(), { image: 'busybox', network, aliases: ['x1'] })).toBe(
      'network-scoped aliases are only supported for user-defined networks',
    )
  })

  it('gives a host-network container the host hostname', () => {
    const w = new World()
    expect(w.create({ image: 'busybox', network: 'host' }).hostname).toBe(HOST)
  })

  it('keeps -h for a host-network container', () => {
    const w = new World()
    expect(w.create({ image: 'busybox', network: 'host', hostname: 'uts' }).hostname).toBe('uts')
  })
})

describe('what a created container records', () => {
  it('is in state created, with no address yet', () => {
    const w = new World()
    const c = w.create({ image: 'busybox', name: 'c1' })
    expect(c.state).toBe('created')
    expect(c.endpoints.map((e) => e.ip)).toEqual([null])
  })

  it('exposes the image EXPOSE ports, --expose and every -p container port (§2.3, §11.1)', () => {
    const w = new World()
    const c = w.create({
      image: 'nginx',
      name: 'web',
      expose: [{ port: 8443, proto: 'tcp' }],
      publish: [{ containerPort: 53, proto: 'udp', hostIp: '', hostPortStart: 0, hostPortEnd: 0 }],
    })
    expect(c.exposed).toEqual(
      expect.arrayContaining([
        { port: 80, proto: 'tcp' },
        { port: 8443, proto: 'tcp' },
        { port: 53, proto: 'udp' },
      ]),
    )
    expect(c.exposed).toHaveLength(3)
  })

  it('applies -e over the image ENV, replacing same-named variables', () => {
    const w = new World()
    const c = w.create({ image: 'training/postgres', name: 'db', env: ['PG_VERSION=16', 'X1=y'] })
    expect(c.env.filter((e) => e.startsWith('PG_VERSION='))).toEqual(['PG_VERSION=16'])
    expect(c.env).toContain('X1=y')
  })

  it('refuses --volumes-from a missing container with `No such container: ghost` (§15)', () => {
    expect(createRefusal(new World(), { image: 'busybox', volumesFrom: ['ghost'] })).toBe(
      'No such container: ghost',
    )
  })
})
