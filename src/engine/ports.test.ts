// Port publishing: host port allocation (-p, -P, the ephemeral range), conflicts, and what the
// daemon sets up per binding (docker-proxy, iptables). Reference: docker-semantics.md §11.1,
// §11.3, §2.5 (icc=false rules), §10 (host networking).
import { describe, expect, it } from 'vitest'
import {
  addHost,
  bridgeName,
  createContainer,
  hostIptables,
  publishedPorts,
  setDaemonOptions,
  startContainer,
  type Container,
  type PortBinding,
  type PortMapping,
  type Proto,
  type Topology,
} from './index'
import { HOST, SLEEP, must, refused, World } from '../test/world'

function publish(
  hostPort: number,
  containerPort: number,
  opts: { hostIp?: string; proto?: Proto; hostPortEnd?: number } = {},
): PortMapping {
  return {
    containerPort,
    proto: opts.proto ?? 'tcp',
    hostIp: opts.hostIp ?? '',
    hostPortStart: hostPort,
    hostPortEnd: opts.hostPortEnd ?? hostPort,
  }
}

function bindings(c: Container): string[] {
  return c.ports.map((p: PortBinding) => `${p.hostIp}:${p.hostPort}->${p.containerPort}/${p.proto}`)
}

/** The raw table, present from Engine 28 on (§11.3); absent when the engine does not model it. */
function rawRules(t: Topology, host = HOST): readonly string[] {
  return (hostIptables(t, host) as { raw?: readonly string[] }).raw ?? []
}

describe('host port allocation (docker-semantics §11.1)', () => {
  it('binds -p 8080:80 on all addresses, 0.0.0.0:8080', () => {
    const w = new World()
    const c = w.run({ image: 'nginx', name: 'web', publish: [publish(8080, 80)] })
    expect(bindings(c)).toEqual(['0.0.0.0:8080->80/tcp'])
  })

  it('publishes every exposed port with -P, from the start of the ephemeral range 32768', () => {
    const w = new World()
    const c = w.run({ image: 'mysql', name: 'db', publishAll: true })
    expect(bindings(c)).toEqual(['0.0.0.0:32768->3306/tcp', '0.0.0.0:32769->33060/tcp'])
  })

  it('includes --expose ports in -P', () => {
    const w = new World()
    const c = w.run({
      image: 'nginx',
      name: 'web',
      publishAll: true,
      expose: [{ port: 8443, proto: 'tcp' }],
    })
    expect(bindings(c)).toEqual(['0.0.0.0:32768->80/tcp', '0.0.0.0:32769->8443/tcp'])
  })

  it('gives an empty host port (-p 80) an ephemeral port too', () => {
    const w = new World()
    const c = w.run({ image: 'nginx', name: 'web', publish: [publish(0, 80)] })
    expect(bindings(c)).toEqual(['0.0.0.0:32768->80/tcp'])
  })

  it('continues after the last ephemeral port handed out (round robin), not at the lowest free', () => {
    const w = new World()
    w.run({ image: 'nginx', name: 'w1', publishAll: true })
    w.stop('w1')
    const c = w.run({ image: 'nginx', name: 'w2', publishAll: true })
    expect(bindings(c)).toEqual(['0.0.0.0:32769->80/tcp'])
    const again = w.start('w1')
    expect(bindings(again)).toEqual(['0.0.0.0:32770->80/tcp'])
  })

  it('uses the daemon --ip as the default host address', () => {
    const w = new World()
    w.t = must(setDaemonOptions(w.t, HOST, { ip: '127.0.0.1' }))
    const c = w.run({ image: 'nginx', name: 'web', publish: [publish(8080, 80)] })
    expect(bindings(c)).toEqual(['127.0.0.1:8080->80/tcp'])
  })

  it('picks a free port of a host range for one container port (-p 8000-8001:80)', () => {
    const w = new World()
    w.run({ image: 'nginx', name: 'w1', publish: [publish(8000, 80)] })
    const c = w.run({
      image: 'nginx',
      name: 'w2',
      publish: [publish(8000, 80, { hostPortEnd: 8001 })],
    })
    expect(bindings(c)).toEqual(['0.0.0.0:8001->80/tcp'])
  })

  it('adds every published container port to the exposed ports', () => {
    const w = new World()
    const c = w.create({ image: 'busybox', name: 'b1', publish: [publish(8080, 1234)] })
    expect(c.exposed).toContainEqual({ port: 1234, proto: 'tcp' })
  })
})

describe('port conflicts (docker-semantics §11.1)', () => {
  it('refuses a host port already published, and leaves the new container created', () => {
    const w = new World()
    w.run({ image: 'nginx', name: 'w1', publish: [publish(8080, 80)] })
    const w2 = w.create({ image: 'nginx', name: 'w2', publish: [publish(8080, 80)] })
    const msg = refused(startContainer(w.t, w2.id))
    expect(msg).toContain('Bind for 0.0.0.0:8080 failed: port is already allocated')
    expect(w.get('w2').state).toBe('created')
    expect(w.get('w2').ports).toEqual([])
  })

  it('treats 127.0.0.1:8080 as clashing with a binding on all addresses', () => {
    const w = new World()
    w.run({ image: 'nginx', name: 'w1', publish: [publish(8080, 80)] })
    const w2 = w.create({
      image: 'nginx',
      name: 'w2',
      publish: [publish(8080, 80, { hostIp: '127.0.0.1' })],
    })
    expect(refused(startContainer(w.t, w2.id))).toContain('port is already allocated')
  })

  it('lets 8080/udp coexist with 8080/tcp', () => {
    const w = new World()
    w.run({ image: 'nginx', name: 'w1', publish: [publish(8080, 80)] })
    const c = w.run({ image: 'nginx', name: 'w2', publish: [publish(8080, 53, { proto: 'udp' })] })
    expect(bindings(c)).toEqual(['0.0.0.0:8080->53/udp'])
  })

  it('frees the port when its container stops', () => {
    const w = new World()
    w.run({ image: 'nginx', name: 'w1', publish: [publish(8080, 80)] })
    w.stop('w1')
    expect(w.get('w1').ports).toEqual([])
    const c = w.run({ image: 'nginx', name: 'w2', publish: [publish(8080, 80)] })
    expect(bindings(c)).toEqual(['0.0.0.0:8080->80/tcp'])
  })

  it('keeps host ports per host: 8080 may be published on two hosts', () => {
    const w = new World()
    w.t = must(addHost(w.t, 'hostb'))
    w.run({ image: 'nginx', name: 'web', publish: [publish(8080, 80)] })
    const c = w.run({ image: 'nginx', name: 'web', publish: [publish(8080, 80)] }, 'hostb')
    expect(bindings(c)).toEqual(['0.0.0.0:8080->80/tcp'])
  })
})

describe('host networking discards -p (docker-semantics §10)', () => {
  it('warns, binds nothing and runs no proxy', () => {
    const w = new World()
    const r = must(
      createContainer(w.t, HOST, {
        image: 'nginx',
        name: 'web',
        network: 'host',
        publish: [publish(8080, 80)],
      }),
    )
    expect(r.warnings).toContain(
      'WARNING: Published ports are discarded when using host network mode',
    )
    w.t = must(startContainer(r.topology, r.container.id))
    expect(w.get('web').ports).toEqual([])
    expect(publishedPorts(w.t, HOST)).toEqual([])
  })
})

describe('docker-proxy and iptables for -p 8080:80 (docker-semantics §11.3, Engine 28)', () => {
  function published(): World {
    const w = new World()
    w.run({ image: 'nginx', name: 'web', publish: [publish(8080, 80)] })
    return w
  }

  it('runs docker-proxy for the binding with single-dash flags and -use-listen-fd', () => {
    const w = published()
    const list = publishedPorts(w.t, HOST)
    expect(list).toHaveLength(1)
    const proxies = list[0]?.proxies ?? []
    expect(proxies[0]).toMatch(
      /(^|\/)docker-proxy -proto tcp -host-ip 0\.0\.0\.0 -host-port 8080 -container-ip 172\.17\.0\.2 -container-port 80 -use-listen-fd$/,
    )
    // A dual-stack host binds `::` too, one more proxy process for the same binding (§11.1).
    for (const p of proxies.slice(1)) expect(p).toContain(' -host-ip :: -host-port 8080 ')
    for (const p of proxies) expect(p).not.toContain('--')
  })

  it('adds the DNAT rule in the nat DOCKER chain', () => {
    const { nat } = hostIptables(published().t, HOST)
    expect(nat).toContain(
      '-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80',
    )
  })

  it('adds the ACCEPT rule in the filter DOCKER chain', () => {
    const { filter } = hostIptables(published().t, HOST)
    expect(filter).toContain(
      '-A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT',
    )
  })

  it('masquerades each bridge subnet going out, and adds no per-port hairpin rule with the proxy on', () => {
    const { nat } = hostIptables(published().t, HOST)
    expect(nat).toContain('-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE')
    expect(nat.some((r) => r.startsWith('-A POSTROUTING -s 172.17.0.2/32 -d 172.17.0.2/32'))).toBe(
      false,
    )
  })

  it('drops direct traffic to the container address from outside docker0 in the raw table', () => {
    expect(rawRules(published().t)).toContain('-A PREROUTING -d 172.17.0.2/32 ! -i docker0 -j DROP')
  })

  it('adds -d <ip>/32 to the DNAT rule for a specific host address', () => {
    const w = new World()
    w.run({
      image: 'nginx',
      name: 'web',
      publish: [publish(8080, 80, { hostIp: '127.0.0.1' })],
    })
    expect(hostIptables(w.t, HOST).nat).toContain(
      '-A DOCKER -d 127.0.0.1/32 ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80',
    )
    expect(publishedPorts(w.t, HOST)[0]?.proxies).toEqual([
      expect.stringContaining('-host-ip 127.0.0.1 '),
    ])
  })

  it('names a user network bridge br-<first 12 hex of its id> in the rules', () => {
    const w = new World()
    const net = w.network('app')
    w.run({ image: 'nginx', name: 'web', network: 'app', publish: [publish(8080, 80)] })
    const br = `br-${net.id.slice(0, 12)}`
    expect(bridgeName(net)).toBe(br)
    const { nat, filter } = hostIptables(w.t, HOST)
    expect(nat).toContain(`-A POSTROUTING -s 172.18.0.0/16 ! -o ${br} -j MASQUERADE`)
    expect(nat).toContain(
      `-A DOCKER ! -i ${br} -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.18.0.2:80`,
    )
    expect(filter).toContain(
      `-A DOCKER -d 172.18.0.2/32 ! -i ${br} -o ${br} -p tcp -m tcp --dport 80 -j ACCEPT`,
    )
  })

  it('removes the rules and the proxy when the container stops', () => {
    const w = published()
    w.stop('web')
    expect(publishedPorts(w.t, HOST)).toEqual([])
    expect(hostIptables(w.t, HOST).nat.some((r) => r.includes('DNAT'))).toBe(false)
  })
})

describe('icc=false rules (docker-semantics §2.5)', () => {
  it('drops docker0-to-docker0 traffic in DOCKER-FORWARD (Engine 28)', () => {
    const w = new World()
    w.t = must(setDaemonOptions(w.t, HOST, { icc: false }))
    expect(hostIptables(w.t, HOST).filter).toContain(
      '-A DOCKER-FORWARD -i docker0 -o docker0 -j DROP',
    )
  })

  it('adds an ACCEPT pair per port the linked child exposes, parent to child and back', () => {
    const w = new World()
    w.t = must(setDaemonOptions(w.t, HOST, { icc: false }))
    w.run({ image: 'training/postgres', name: 'db' })
    w.run({ image: 'busybox', name: 'web', cmd: SLEEP, links: ['db:db'] })
    const { filter } = hostIptables(w.t, HOST)
    expect(filter).toContain(
      '-A DOCKER -s 172.17.0.3/32 -d 172.17.0.2/32 -i docker0 -o docker0 -p tcp -m tcp --dport 5432 -j ACCEPT',
    )
    expect(filter).toContain(
      '-A DOCKER -s 172.17.0.2/32 -d 172.17.0.3/32 -i docker0 -o docker0 -p tcp -m tcp --sport 5432 -j ACCEPT',
    )
  })

  it('adds no DROP rule while icc is on', () => {
    const w = new World()
    expect(hostIptables(w.t, HOST).filter).not.toContain(
      '-A DOCKER-FORWARD -i docker0 -o docker0 -j DROP',
    )
  })
})
