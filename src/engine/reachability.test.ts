// Who reaches whom: bridge forwarding and icc, legacy links under icc=false, published ports
// across networks and hosts, host networking, joined namespaces and the two-host ambassador
// chain. Reference: docker-semantics.md §2.5, §9, §10, §11.3, §12, §14.
import { describe, expect, it } from 'vitest'
import {
  addHost,
  checkReach,
  computeProcessEnv,
  pingable,
  probeTcp,
  setDaemonOptions,
  type PortMapping,
} from './index'
import { HOST, SLEEP, must, World } from '../test/world'

function publish(hostPort: number, containerPort: number): PortMapping {
  return { containerPort, proto: 'tcp', hostIp: '', hostPortStart: hostPort, hostPortEnd: hostPort }
}

function reach(w: World, from: string, to: string, fromHost = HOST, toHost = HOST) {
  return checkReach(w.t, w.get(from, fromHost), w.get(to, toHost))
}

function portReach(w: World, from: string, to: string, port: number, toHost = HOST) {
  return reach(w, from, to, HOST, toHost).ports.find((p) => p.port.port === port)
}

function probe(w: World, from: string, ip: string, port: number, fromHost = HOST) {
  return probeTcp(w.t, w.get(from, fromHost), ip, port)
}

function lanIp(w: World, host: string): string {
  const h = w.t.hosts.get(host)
  if (!h) throw new Error(`no host ${host}`)
  return h.lanIp
}

function withIccOff(w: World, host = HOST): World {
  w.t = must(setDaemonOptions(w.t, host, { icc: false }))
  return w
}

describe('same network (docker-semantics §2.5, §12)', () => {
  it('lets two containers on the default bridge reach each other by IP on every port', () => {
    const w = new World()
    w.run({ image: 'nginx', name: 'web' })
    w.run({ image: 'busybox', name: 'client', cmd: SLEEP })
    const v = reach(w, 'client', 'web')
    expect(v.reachable).toBe(true)
    expect(v.ping).toBe(true)
    expect(portReach(w, 'client', 'web', 80)?.reachable).toBe(true)
    expect(probe(w, 'client', '172.17.0.2', 80).kind).toBe('open')
  })

  it('lets containers on one user network reach each other on ports nobody exposed', () => {
    const w = new World()
    w.network('app')
    w.run({ image: 'nginx', name: 'web', network: 'app' })
    w.run({ image: 'busybox', name: 'client', network: 'app', cmd: SLEEP })
    expect(reach(w, 'client', 'web').ping).toBe(true)
    // The packet arrives (refused, not dropped): nothing filters unexposed ports.
    expect(probe(w, 'client', '172.18.0.2', 9999).kind).toBe('refused')
  })

  it('says nothing listens when the port is open but the server is not running', () => {
    const w = new World()
    w.run({ image: 'nginx', name: 'web', cmd: SLEEP })
    w.run({ image: 'busybox', name: 'client', cmd: SLEEP })
    const p = portReach(w, 'client', 'web', 80)
    expect(p?.listening).toBe(false)
    expect(p?.reachable).toBe(false)
    expect(p?.reason?.code).toBe('not-listening')
    const r = probe(w, 'client', '172.17.0.2', 80)
    expect(r.kind).toBe('refused')
    expect(r.kind === 'refused' ? r.reason.code : null).toBe('not-listening-at')
  })

  it('reaches nothing from a stopped container and nothing reaches a stopped one', () => {
    const w = new World()
    w.run({ image: 'nginx', name: 'web' })
    w.run({ image: 'busybox', name: 'client', cmd: SLEEP })
    w.stop('web')
    expect(reach(w, 'client', 'web').reachable).toBe(false)
    expect(reach(w, 'web', 'client').reachable).toBe(false)
  })

  it('gives a --network none container no way in or out', () => {
    const w = new World()
    w.run({ image: 'nginx', name: 'web', publish: [publish(8080, 80)] })
    w.run({ image: 'busybox', name: 'lonely', network: 'none', cmd: SLEEP })
    w.run({ image: 'nginx', name: 'server', network: 'none' })
    expect(reach(w, 'lonely', 'web').reachable).toBe(false)
    expect(reach(w, 'web', 'server').reachable).toBe(false)
  })
})

describe('dockerd --icc=false and legacy links (docker-semantics §2.5)', () => {
  it('blocks two unlinked containers on the default bridge', () => {
    const w = withIccOff(new World())
    w.run({ image: 'nginx', name: 'web' })
    w.run({ image: 'busybox', name: 'client', cmd: SLEEP })
    const v = reach(w, 'client', 'web')
    expect(v.reachable).toBe(false)
    expect(v.ping).toBe(false)
    expect(probe(w, 'client', '172.17.0.2', 80).kind).toBe('timeout')
  })

  it('opens only the linked child exposed ports to the parent, and no ping', () => {
    const w = withIccOff(new World())
    w.run({ image: 'training/postgres', name: 'db' })
    w.run({ image: 'busybox', name: 'web', cmd: SLEEP, links: ['db:db'] })
    const v = reach(w, 'web', 'db')
    expect(v.ping).toBe(false)
    expect(portReach(w, 'web', 'db', 5432)?.reachable).toBe(true)
    expect(probe(w, 'web', '172.17.0.2', 5432).kind).toBe('open')
    // Any other port is dropped by the DROP rule (a timeout, not a refusal).
    expect(probe(w, 'web', '172.17.0.2', 8080).kind).toBe('timeout')
    expect(pingable(w.t, w.get('web'), '172.17.0.2')).toBe(false)
  })

  it('does not let the child open connections to its parent', () => {
    const w = withIccOff(new World())
    w.run({ image: 'training/postgres', name: 'db' })
    w.run({ image: 'nginx', name: 'web', links: ['db:db'] })
    expect(reach(w, 'db', 'web').reachable).toBe(false)
    expect(probe(w, 'db', '172.17.0.3', 80).kind).toBe('timeout')
  })

  it('keeps a linked child that exposes no port unreachable', () => {
    const w = withIccOff(new World())
    w.run({ image: 'busybox', name: 'quiet', cmd: SLEEP })
    w.run({ image: 'busybox', name: 'web', cmd: SLEEP, links: ['quiet:quiet'] })
    expect(reach(w, 'web', 'quiet').reachable).toBe(false)
    expect(reach(w, 'web', 'quiet').ping).toBe(false)
  })

  it('gives a third, unlinked container no access to the child', () => {
    const w = withIccOff(new World())
    w.run({ image: 'training/postgres', name: 'db' })
    w.run({ image: 'busybox', name: 'web', cmd: SLEEP, links: ['db:db'] })
    w.run({ image: 'busybox', name: 'other', cmd: SLEEP })
    expect(reach(w, 'other', 'db').reachable).toBe(false)
  })

  it('opens a linked child exposed ports only in their protocol: a UDP-only child gets no TCP', () => {
    const w = withIccOff(new World())
    w.run({ image: 'busybox', name: 'dns', cmd: SLEEP, expose: [{ port: 53, proto: 'udp' }] })
    w.run({ image: 'busybox', name: 'web', cmd: SLEEP, links: ['dns:dns'] })
    expect(probe(w, 'web', '172.17.0.2', 53).kind).toBe('timeout')
  })

  it('still lets containers use a published port through the gateway', () => {
    const w = withIccOff(new World())
    w.run({ image: 'nginx', name: 'web', publish: [publish(8080, 80)] })
    w.run({ image: 'busybox', name: 'client', cmd: SLEEP })
    expect(portReach(w, 'client', 'web', 80)?.reachable).toBe(true)
    expect(probe(w, 'client', '172.17.0.1', 8080).kind).toBe('open')
    expect(probe(w, 'client', '172.17.0.2', 80).kind).toBe('timeout')
  })

  it('leaves user-defined networks open: dockerd --icc only affects the default bridge', () => {
    const w = withIccOff(new World())
    w.network('app')
    w.run({ image: 'nginx', name: 'web', network: 'app' })
    w.run({ image: 'busybox', name: 'client', network: 'app', cmd: SLEEP })
    expect(reach(w, 'client', 'web').reachable).toBe(true)
  })

  it('blocks a user network created with -o com.docker.network.bridge.enable_icc=false', () => {
    const w = new World()
    w.network('locked', { options: { 'com.docker.network.bridge.enable_icc': 'false' } })
    w.run({ image: 'nginx', name: 'web', network: 'locked' })
    w.run({ image: 'busybox', name: 'client', network: 'locked', cmd: SLEEP })
    expect(reach(w, 'client', 'web').reachable).toBe(false)
  })
})

describe('different networks and published ports (docker-semantics §11.3, §12)', () => {
  it('isolates containers on different user networks, with "no shared network" as the reason', () => {
    const w = new World()
    w.network('n1')
    w.network('n2')
    w.run({ image: 'nginx', name: 'web', network: 'n1' })
    w.run({ image: 'busybox', name: 'client', network: 'n2', cmd: SLEEP })
    const v = reach(w, 'client', 'web')
    expect(v.reachable).toBe(false)
    expect(v.ping).toBe(false)
    expect(v.reason?.code).toBe('no-shared-network')
    expect(probe(w, 'client', '172.18.0.2', 80).kind).not.toBe('open')
  })

  it('isolates a default-bridge container from a user-network one', () => {
    const w = new World()
    w.network('n1')
    w.run({ image: 'nginx', name: 'web', network: 'n1' })
    w.run({ image: 'busybox', name: 'client', cmd: SLEEP })
    expect(reach(w, 'client', 'web').reachable).toBe(false)
    expect(reach(w, 'client', 'web').reason?.code).toBe('no-shared-network')
  })

  it('lets another network reach a published port through the host, never the container IP', () => {
    const w = new World()
    w.network('n1')
    w.network('n2')
    w.run({ image: 'nginx', name: 'web', network: 'n1', publish: [publish(8080, 80)] })
    w.run({ image: 'busybox', name: 'client', network: 'n2', cmd: SLEEP })
    const v = reach(w, 'client', 'web')
    expect(v.reachable).toBe(true)
    expect(v.ping).toBe(false)
    const via = portReach(w, 'client', 'web', 80)?.via ?? []
    expect(via.length).toBeGreaterThan(0)
    expect(via.every((x) => x.port === 8080 && x.address !== '172.18.0.2')).toBe(true)
    expect(probe(w, 'client', '172.18.0.2', 80).kind).not.toBe('open')
    // The host's own addresses: the client's gateway and the host's LAN address.
    expect(probe(w, 'client', '172.19.0.1', 8080).kind).toBe('open')
    expect(probe(w, 'client', lanIp(w, HOST), 8080).kind).toBe('open')
  })
})

describe('another host (docker-semantics §11.3, §13)', () => {
  function twoHosts(): World {
    const w = new World()
    w.t = must(addHost(w.t, 'hostb'))
    return w
  }

  it('reaches a container on another host only through a port published on that host LAN IP', () => {
    const w = twoHosts()
    w.run({ image: 'nginx', name: 'web', publish: [publish(8080, 80)] })
    w.run({ image: 'busybox', name: 'client', cmd: SLEEP }, 'hostb')
    const v = checkReach(w.t, w.get('client', 'hostb'), w.get('web'))
    expect(v.reachable).toBe(true)
    expect(v.ping).toBe(false)
    const via = v.ports.find((p) => p.port.port === 80)?.via ?? []
    expect(via.map((x) => `${x.address}:${x.port}`)).toEqual([`${lanIp(w, HOST)}:8080`])
    expect(probe(w, 'client', lanIp(w, HOST), 8080, 'hostb').kind).toBe('open')
  })

  it('does not reach an unpublished container on another host, even with the same bridge subnet', () => {
    const w = twoHosts()
    w.run({ image: 'nginx', name: 'web' })
    w.run({ image: 'busybox', name: 'client', cmd: SLEEP }, 'hostb')
    const v = checkReach(w.t, w.get('client', 'hostb'), w.get('web'))
    expect(v.reachable).toBe(false)
    expect(v.reason).toMatchObject({
      code: 'no-shared-network',
      params: { container: { name: 'web' }, host: HOST, publishes: false },
    })
  })

  it('reaches a host-network server on another host at that host LAN address', () => {
    const w = twoHosts()
    w.run({ image: 'nginx', name: 'web', network: 'host' })
    w.run({ image: 'busybox', name: 'client', cmd: SLEEP }, 'hostb')
    expect(probe(w, 'client', lanIp(w, HOST), 80, 'hostb').kind).toBe('open')
  })
})

describe('host networking (docker-semantics §10, §11.3)', () => {
  it('lets a host-network container reach a bridge container at its IP', () => {
    const w = new World()
    w.run({ image: 'nginx', name: 'web' })
    w.run({ image: 'busybox', name: 'hostnet', network: 'host', cmd: SLEEP })
    expect(reach(w, 'hostnet', 'web').reachable).toBe(true)
    expect(probe(w, 'hostnet', '172.17.0.2', 80).kind).toBe('open')
  })

  it('lets a bridge container reach a host-network server through the gateway 172.17.0.1', () => {
    const w = new World()
    w.run({ image: 'nginx', name: 'hostweb', network: 'host' })
    w.run({ image: 'busybox', name: 'client', cmd: SLEEP })
    expect(reach(w, 'client', 'hostweb').reachable).toBe(true)
    const r = probe(w, 'client', '172.17.0.1', 80)
    expect(r.kind).toBe('open')
    expect(r.kind === 'open' ? r.server.name : '').toBe('hostweb')
  })

  it('lets two host-network containers reach each other over 127.0.0.1', () => {
    const w = new World()
    w.run({ image: 'nginx', name: 'hostweb', network: 'host' })
    w.run({ image: 'busybox', name: 'hostcli', network: 'host', cmd: SLEEP })
    const r = probe(w, 'hostcli', '127.0.0.1', 80)
    expect(r.kind).toBe('open')
    expect(r.kind === 'open' ? r.server.name : '').toBe('hostweb')
  })
})

describe('joined namespaces (docker-semantics §9)', () => {
  it('lets a --network container:X joiner reach the donor server over 127.0.0.1', () => {
    const w = new World()
    w.network('app')
    w.run({ image: 'nginx', name: 'web', network: 'app' })
    w.run({ image: 'busybox', name: 'side', network: 'container:web', cmd: SLEEP })
    const r = probe(w, 'side', '127.0.0.1', 80)
    expect(r.kind).toBe('open')
    expect(r.kind === 'open' ? r.server.name : '').toBe('web')
    const v = reach(w, 'side', 'web')
    expect(v.reachable).toBe(true)
    expect(v.routes.some((x) => x.address === '127.0.0.1')).toBe(true)
  })

  it('lets others reach a joiner at the donor address (one shared interface)', () => {
    const w = new World()
    w.run({ image: 'busybox', name: 'donor', cmd: SLEEP })
    w.run({ image: 'nginx', name: 'web', network: 'container:donor' })
    w.run({ image: 'busybox', name: 'client', cmd: SLEEP })
    expect(portReach(w, 'client', 'web', 80)?.reachable).toBe(true)
    // A TCP connection to donor-IP:80 lands in the shared namespace, where nginx listens.
    const r = probe(w, 'client', '172.17.0.2', 80)
    expect(r.kind).toBe('open')
    expect(r.kind === 'open' ? r.server.name : '').toBe('web')
  })

  it('a joiner answers on the donor’s services: reaching the joiner reaches the donor’s ports', () => {
    // The joined example: httpd in web1, a busybox sidecar in its namespace. Connecting to the
    // sidecar's address (web1's) on 80 lands on httpd, as `nc sidecar-ip 80` would show.
    const w = new World()
    w.run({ image: 'httpd', name: 'web1' })
    w.run({ image: 'busybox', name: 'sidecar', network: 'container:web1', cmd: SLEEP })
    w.run({ image: 'busybox', name: 'client', cmd: SLEEP })
    expect(portReach(w, 'client', 'sidecar', 80)?.reachable).toBe(true)
    expect(portReach(w, 'web1', 'sidecar', 80)?.reachable).toBe(true)
    expect(probe(w, 'client', '172.17.0.2', 80).kind).toBe('open')
  })
})

describe('the two-host ambassador chain (docker-semantics §14)', () => {
  /** Host A runs redis behind an ambassador; host B a client behind its own ambassador. */
  function chain(): World {
    const w = new World()
    w.t = must(addHost(w.t, 'hostb'))
    w.run({ image: 'redis', name: 'redis' })
    w.run({
      image: 'svendowideit/ambassador',
      name: 'redis_ambassador',
      links: ['redis:redis'],
      publish: [publish(6379, 6379)],
    })
    w.run(
      {
        image: 'svendowideit/ambassador',
        name: 'redis_ambassador',
        expose: [{ port: 6379, proto: 'tcp' }],
        env: [`REDIS_PORT_6379_TCP=tcp://${lanIp(w, HOST)}:6379`],
      },
      'hostb',
    )
    w.run(
      { image: 'busybox', name: 'client', cmd: SLEEP, links: ['redis_ambassador:redis'] },
      'hostb',
    )
    return w
  }

  it('gives the client link variables pointing at its local ambassador, and the remote target', () => {
    const w = chain()
    const env = computeProcessEnv(w.t, w.get('client', 'hostb'))
    expect(env).toContain('REDIS_PORT_6379_TCP=tcp://172.17.0.2:6379')
    expect(env).toContain(`REDIS_ENV_REDIS_PORT_6379_TCP=tcp://${lanIp(w, HOST)}:6379`)
  })

  it('takes the client through ambassador B, host A published port and ambassador A to the server', () => {
    const w = chain()
    const r = probe(w, 'client', '172.17.0.2', 6379, 'hostb')
    expect(r.kind).toBe('open')
    if (r.kind !== 'open') return
    expect(r.server.name).toBe('redis')
    expect(r.server.host).toBe(HOST)
    expect(r.port).toBe(6379)
    const v = checkReach(w.t, w.get('client', 'hostb'), w.get('redis'))
    expect(v.reachable).toBe(true)
    expect(v.ports.find((p) => p.port.port === 6379)?.reachable).toBe(true)
  })

  it('breaks when the server on host A stops', () => {
    const w = chain()
    w.stop('redis')
    expect(probe(w, 'client', '172.17.0.2', 6379, 'hostb').kind).not.toBe('open')
  })
})

describe('--internal networks (docker-semantics §12)', () => {
  it('lets members reach each other but not a port published on another host', () => {
    const w = new World()
    w.t = must(addHost(w.t, 'hostb'))
    w.network('sealed', { internal: true })
    w.run({ image: 'nginx', name: 'web', network: 'sealed' })
    w.run({ image: 'busybox', name: 'client', network: 'sealed', cmd: SLEEP })
    w.run({ image: 'nginx', name: 'remote', publish: [publish(8080, 80)] }, 'hostb')
    expect(reach(w, 'client', 'web').reachable).toBe(true)
    expect(checkReach(w.t, w.get('client'), w.get('remote', 'hostb')).reachable).toBe(false)
  })
})
