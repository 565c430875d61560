// /etc/hosts as Docker writes it into a container. Reference: docker-semantics.md §2.2
// (legacy link lines), §3 (order of the file), §9 (joined containers), §10 (host networking).
import { describe, expect, it } from 'vitest'
import {
  computeHostsFile,
  connectContainer,
  disconnectContainer,
  hostMachineHostsFile,
  shortId,
} from './index'
import { HOST, SLEEP, must, World } from '../test/world'

/** The fixed start of every Docker-built file (§3 items 1 and 2, Engine 28 `fe00::`/`ff00::`). */
const PREAMBLE = [
  '127.0.0.1\tlocalhost',
  '::1\tlocalhost ip6-localhost ip6-loopback',
  'fe00::\tip6-localnet',
  'ff00::\tip6-mcastprefix',
  'ff02::1\tip6-allnodes',
  'ff02::2\tip6-allrouters',
]

function file(...lines: string[]): string {
  return `${[...PREAMBLE, ...lines].join('\n')}\n`
}

function hostsOf(w: World, ref: string): string {
  return computeHostsFile(w.t, w.get(ref))
}

describe('order of /etc/hosts (docker-semantics §3)', () => {
  it('lists localhost, the IPv6 block, then the container own address and short-id hostname', () => {
    const w = new World()
    const c = w.run({ image: 'busybox', name: 'solo', cmd: SLEEP })
    expect(hostsOf(w, 'solo')).toBe(file(`172.17.0.2\t${shortId(c.id)}`))
  })

  it('writes `foo.bar.baz foo` for -h foo.bar.baz', () => {
    const w = new World()
    w.run({ image: 'busybox', name: 'dotted', hostname: 'foo.bar.baz', cmd: SLEEP })
    expect(hostsOf(w, 'dotted')).toBe(file('172.17.0.2\tfoo.bar.baz foo'))
  })

  it('puts --add-host lines in command-line order before link lines, and the own line last', () => {
    const w = new World()
    const db = w.run({ image: 'training/postgres', name: 'db' })
    const web = w.run({
      image: 'busybox',
      name: 'web',
      cmd: SLEEP,
      links: ['db:db'],
      addHosts: [
        { name: 'extra', ip: '86.75.30.9' },
        { name: 'other', ip: '10.0.0.1' },
      ],
    })
    expect(hostsOf(w, 'web')).toBe(
      file(
        '86.75.30.9\textra',
        '10.0.0.1\tother',
        `172.17.0.2\tdb ${db.hostname}`,
        `172.17.0.3\t${shortId(web.id)}`,
      ),
    )
  })

  it('adds one own line per attached network and drops exactly that line on disconnect', () => {
    const w = new World()
    w.network('n1')
    const c = w.run({ image: 'busybox', name: 'multi', cmd: SLEEP })
    w.t = must(connectContainer(w.t, HOST, 'n1', 'multi'))
    const host = shortId(c.id)
    expect(hostsOf(w, 'multi')).toBe(file(`172.17.0.2\t${host}`, `172.18.0.2\t${host}`))
    w.t = must(disconnectContainer(w.t, HOST, 'bridge', 'multi'))
    expect(hostsOf(w, 'multi')).toBe(file(`172.18.0.2\t${host}`))
  })

  it('has no own-address line for a --network none container', () => {
    const w = new World()
    w.run({ image: 'busybox', name: 'isolated', network: 'none', cmd: SLEEP })
    expect(hostsOf(w, 'isolated')).toBe(file())
  })
})

describe('legacy link lines (docker-semantics §2.2)', () => {
  it('writes alias and child hostname, without the name when it equals the alias (--link db:db)', () => {
    const w = new World()
    const db = w.run({ image: 'training/postgres', name: 'db' })
    w.run({ image: 'busybox', name: 'web', links: ['db:db'], cmd: SLEEP })
    const lines = hostsOf(w, 'web').split('\n')
    expect(lines).toContain(`172.17.0.2\tdb ${shortId(db.id)}`)
  })

  it('appends the child name when the alias differs (--link db:webdb)', () => {
    const w = new World()
    const db = w.run({ image: 'training/postgres', name: 'db' })
    w.run({ image: 'busybox', name: 'web', links: ['db:webdb'], cmd: SLEEP })
    expect(hostsOf(w, 'web').split('\n')).toContain(`172.17.0.2\twebdb ${shortId(db.id)} db`)
  })

  it('uses the child -h hostname: `alias1 fred container1`', () => {
    const w = new World()
    w.run({ image: 'busybox', name: 'container1', hostname: 'fred', cmd: SLEEP })
    w.run({ image: 'busybox', name: 'parent', links: ['container1:alias1'], cmd: SLEEP })
    expect(hostsOf(w, 'parent').split('\n')).toContain('172.17.0.2\talias1 fred container1')
  })

  it('uses the name as alias for `--link db` without an alias', () => {
    const w = new World()
    const db = w.run({ image: 'training/postgres', name: 'db' })
    w.run({ image: 'busybox', name: 'web', links: ['db'], cmd: SLEEP })
    expect(hostsOf(w, 'web').split('\n')).toContain(`172.17.0.2\tdb ${shortId(db.id)}`)
  })

  it('points a link to a --network container:X joiner at the namespace owner address (§9)', () => {
    const w = new World()
    w.run({ image: 'busybox', name: 'pad', cmd: SLEEP })
    w.run({ image: 'training/postgres', name: 'db', hostname: 'pg' })
    w.run({ image: 'busybox', name: 'side', network: 'container:db', cmd: SLEEP })
    w.run({ image: 'busybox', name: 'web', links: ['side:s'], cmd: SLEEP })
    expect(hostsOf(w, 'web').split('\n')).toContain('172.17.0.3\ts pg side')
  })

  it('rewrites the parent line with the child new address when the child restarts', () => {
    const w = new World()
    const db = w.run({ image: 'training/postgres', name: 'db' })
    w.run({ image: 'busybox', name: 'web', links: ['db:db'], cmd: SLEEP })
    w.stop('db')
    w.run({ image: 'busybox', name: 'squatter', cmd: SLEEP })
    w.start('db')
    expect(w.ip('db')).toBe('172.17.0.4')
    const lines = hostsOf(w, 'web').split('\n')
    expect(lines).toContain(`172.17.0.4\tdb ${shortId(db.id)}`)
    expect(lines.filter((l) => l.includes('\tdb '))).toHaveLength(1)
  })

  it('keeps the parent line when the child stops', () => {
    const w = new World()
    const db = w.run({ image: 'training/postgres', name: 'db' })
    w.run({ image: 'busybox', name: 'web', links: ['db:db'], cmd: SLEEP })
    w.stop('db')
    expect(hostsOf(w, 'web').split('\n')).toContain(`172.17.0.2\tdb ${shortId(db.id)}`)
  })

  it('writes nothing into the child file: links are one-way', () => {
    const w = new World()
    const db = w.run({ image: 'training/postgres', name: 'db' })
    w.run({ image: 'busybox', name: 'web', links: ['db:db'], cmd: SLEEP })
    expect(hostsOf(w, 'db')).toBe(file(`172.17.0.2\t${shortId(db.id)}`))
  })
})

describe('no lines for other containers without links (docker-semantics §3)', () => {
  it('gives unlinked containers on the default bridge no line for each other', () => {
    const w = new World()
    const a = w.run({ image: 'busybox', name: 'a1', cmd: SLEEP })
    w.run({ image: 'busybox', name: 'a2', cmd: SLEEP })
    expect(hostsOf(w, 'a1')).toBe(file(`172.17.0.2\t${shortId(a.id)}`))
  })

  it('gives user-network containers no lines for others, and others coming and going change nothing', () => {
    const w = new World()
    w.network('app')
    const a = w.run({ image: 'busybox', name: 'a1', network: 'app', cmd: SLEEP })
    const before = hostsOf(w, 'a1')
    expect(before).toBe(file(`172.18.0.2\t${shortId(a.id)}`))
    w.run({ image: 'nginx', name: 'web', network: 'app', aliases: ['www'] })
    expect(hostsOf(w, 'a1')).toBe(before)
    w.stop('web')
    expect(hostsOf(w, 'a1')).toBe(before)
  })

  it('adds no line for a --link on a user-defined network (it is a DNS alias there, §4)', () => {
    const w = new World()
    w.network('app')
    w.run({ image: 'busybox', name: 'a1', network: 'app', cmd: SLEEP })
    const b = w.run({
      image: 'busybox',
      name: 'b1',
      network: 'app',
      links: ['a1:peer'],
      cmd: SLEEP,
    })
    expect(hostsOf(w, 'b1')).toBe(file(`172.18.0.3\t${shortId(b.id)}`))
  })
})

describe('host networking and joined namespaces (docker-semantics §10, §9)', () => {
  it('gives a --network host container a copy of the host own /etc/hosts', () => {
    const w = new World()
    w.run({ image: 'busybox', name: 'hostnet', network: 'host', cmd: SLEEP })
    const host = w.t.hosts.get(HOST)
    expect(host).toBeDefined()
    const expected = hostMachineHostsFile(HOST, host?.lanIp ?? '')
    expect(hostsOf(w, 'hostnet')).toBe(expected)
    // The host's file names the host itself, not a container address or the Docker preamble.
    expect(expected).toContain(`${host?.lanIp ?? ''}\t${HOST}`)
    expect(expected).not.toContain('fe00::\tip6-localnet')
    expect(hostsOf(w, 'hostnet')).not.toContain('172.17.')
  })

  it('builds a Docker file for a host-network container given --add-host', () => {
    const w = new World()
    w.run({
      image: 'busybox',
      name: 'hostnet',
      network: 'host',
      cmd: SLEEP,
      addHosts: [{ name: 'extra', ip: '86.75.30.9' }],
    })
    const lines = hostsOf(w, 'hostnet').split('\n')
    expect(lines.slice(0, 6)).toEqual(PREAMBLE)
    expect(lines).toContain('86.75.30.9\textra')
  })

  it('gives a --network container:X joiner exactly the donor file', () => {
    const w = new World()
    w.run({ image: 'nginx', name: 'donor', hostname: 'shared' })
    w.run({ image: 'busybox', name: 'joiner', network: 'container:donor', cmd: SLEEP })
    expect(hostsOf(w, 'joiner')).toBe(hostsOf(w, 'donor'))
    expect(hostsOf(w, 'joiner')).toBe(file('172.17.0.2\tshared'))
  })
})
