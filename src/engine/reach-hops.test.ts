// A route's hops as data, one kind of route at a time: which containers, networks and hosts a
// packet passes, the address and port before and after each rewrite, and the rule that let it
// through; then the lines reach-text.ts words them in (the Reach tab's and the matrix's).
// Reference: docker-semantics.md §2.5 (icc, links), §9 (joined), §10 (host), §11.3 (-p), §14.
import { describe, expect, it } from 'vitest'
import {
  addHost,
  checkReach,
  probeTcp,
  routeLines,
  setDaemonOptions,
  type Container,
  type PortMapping,
  type Route,
} from './index'
import { HOST, SLEEP, must, World } from '../test/world'

function publish(hostPort: number, containerPort: number): PortMapping {
  return { containerPort, proto: 'tcp', hostIp: '', hostPortStart: hostPort, hostPortEnd: hostPort }
}

const ref = (c: { id: string; name: string }) => ({ id: c.id, name: c.name })

function routes(w: World, from: string, to: string, fromHost = HOST, toHost = HOST): Route[] {
  return [...checkReach(w.t, w.get(from, fromHost), w.get(to, toHost)).routes]
}

function only<T>(list: readonly T[]): T {
  expect(list).toHaveLength(1)
  return list[0] as T
}

function net(w: World, name: string, host = HOST) {
  const n = [...w.t.networks.values()].find((x) => x.name === name && x.host === host)
  if (!n) throw new Error(`no network ${name}`)
  return { id: n.id, name: n.name }
}

describe('a route through a shared network', () => {
  it('names the network, both ends, the address and icc as the rule (every port)', () => {
    const w = new World()
    w.network('app')
    const web = w.run({ image: 'nginx', name: 'web', network: 'app' })
    const client = w.run({ image: 'busybox', name: 'client', network: 'app', cmd: SLEEP })
    const r = only(routes(w, 'client', 'web'))
    expect(r.hops).toEqual([
      {
        kind: 'network',
        rule: 'icc',
        network: net(w, 'app'),
        defaultBridge: false,
        from: ref(client),
        to: ref(web),
        target: { address: '172.18.0.2', port: null },
        openPorts: null,
      },
    ])
    expect(routeLines(r.hops)).toEqual([
      'both on network app',
      'icc is enabled on app: every port is open',
    ])
  })

  it('under icc=false, a legacy link opens the child exposed ports: link-accept', () => {
    const w = new World()
    w.t = must(setDaemonOptions(w.t, HOST, { icc: false }))
    const db = w.run({ image: 'training/postgres', name: 'db' })
    const web = w.run({ image: 'busybox', name: 'web', cmd: SLEEP, links: ['db:db'] })
    const r = only(routes(w, 'web', 'db'))
    expect(r.hops).toEqual([
      {
        kind: 'network',
        rule: 'link-accept',
        network: net(w, 'bridge'),
        defaultBridge: true,
        from: ref(web),
        to: ref(db),
        target: { address: '172.17.0.2', port: null },
        openPorts: [5432],
      },
    ])
    expect(routeLines(r.hops)).toEqual([
      'both on the default bridge (docker0)',
      'icc is disabled, but --link db opened its exposed ports (5432)',
    ])
  })
})

describe('a route through a published port (docker-proxy and DNAT)', () => {
  it('from another network: the client gateway and host port before, the container after', () => {
    const w = new World()
    w.network('n1')
    w.network('n2')
    const web = w.run({ image: 'nginx', name: 'web', network: 'n1', publish: [publish(8080, 80)] })
    w.run({ image: 'busybox', name: 'client', network: 'n2', cmd: SLEEP })
    const r = only(routes(w, 'client', 'web'))
    expect(r.hops).toEqual([
      {
        kind: 'published',
        rule: 'docker-proxy',
        host: HOST,
        container: ref(web),
        hostIp: '0.0.0.0',
        proto: 'tcp',
        before: { address: '172.19.0.1', port: 8080 },
        after: { address: '172.18.0.2', port: 80 },
      },
    ])
    expect(routeLines(r.hops)).toEqual([
      '-p 8080:80 publishes it on host default (0.0.0.0:8080)',
      'docker-proxy / DNAT forwards 172.19.0.1:8080 to 80/tcp',
    ])
  })

  it('from another host: over the LAN to the host address, then DNAT to the container', () => {
    const w = new World()
    w.t = must(addHost(w.t, 'hostb'))
    const web = w.run({ image: 'nginx', name: 'web', publish: [publish(8080, 80)] })
    w.run({ image: 'busybox', name: 'client', cmd: SLEEP }, 'hostb')
    const r = only(routes(w, 'client', 'web', 'hostb'))
    const dialled = { address: '192.168.1.10', port: 8080 }
    expect(r.hops).toEqual([
      { kind: 'lan', rule: 'lan', from: 'hostb', to: HOST, target: dialled },
      {
        kind: 'published',
        rule: 'docker-proxy',
        host: HOST,
        container: ref(web),
        hostIp: '0.0.0.0',
        proto: 'tcp',
        before: dialled,
        after: { address: '172.17.0.2', port: 80 },
      },
    ])
    // The LAN goes without saying in the prose: the lines are the published port's.
    expect(routeLines(r.hops)).toEqual([
      '-p 8080:80 publishes it on host default (0.0.0.0:8080)',
      'docker-proxy / DNAT forwards 192.168.1.10:8080 to 80/tcp',
    ])
  })

  it('between hosts on different subnets: through a router', () => {
    const w = new World()
    w.t = must(addHost(w.t, 'far', '10.0.0.11'))
    w.run({ image: 'nginx', name: 'web', publish: [publish(8080, 80)] })
    w.run({ image: 'busybox', name: 'client', cmd: SLEEP }, 'far')
    const [lan] = only(routes(w, 'client', 'web', 'far')).hops
    expect(lan).toMatchObject({ kind: 'lan', rule: 'router', from: 'far', to: HOST })
  })
})

describe('routes of host networking', () => {
  it('to a host-network server on the same host: through the client gateway', () => {
    const w = new World()
    const web = w.run({ image: 'nginx', name: 'web', network: 'host' })
    w.run({ image: 'busybox', name: 'client', cmd: SLEEP })
    const r = only(routes(w, 'client', 'web'))
    expect(r.hops).toEqual([
      {
        kind: 'host-network',
        rule: 'host-network',
        host: HOST,
        to: ref(web),
        via: 'gateway',
        target: { address: '172.17.0.1', port: null },
      },
    ])
    expect(routeLines(r.hops)).toEqual([
      "web uses host default's network",
      'reached through the gateway 172.17.0.1',
    ])
  })

  it('to a host-network server on another host: over the LAN to its address', () => {
    const w = new World()
    w.t = must(addHost(w.t, 'hostb'))
    w.run({ image: 'nginx', name: 'web', network: 'host' })
    w.run({ image: 'busybox', name: 'client', cmd: SLEEP }, 'hostb')
    const r = only(routes(w, 'client', 'web', 'hostb'))
    const target = { address: '192.168.1.10', port: null }
    expect(r.hops.map((h) => h.kind)).toEqual(['lan', 'host-network'])
    expect(r.hops[1]).toMatchObject({ via: 'lan', host: HOST, target })
    expect(routeLines(r.hops)).toEqual([
      "web uses host default's network",
      'reached on the LAN at 192.168.1.10',
    ])
  })

  it('from the host network into a bridge of its host: the host routes to the subnet', () => {
    const w = new World()
    const web = w.run({ image: 'nginx', name: 'web' })
    const cli = w.run({ image: 'busybox', name: 'hostcli', network: 'host', cmd: SLEEP })
    const r = only(routes(w, 'hostcli', 'web'))
    expect(r.hops).toEqual([
      {
        kind: 'host-to-bridge',
        rule: 'host-network',
        host: HOST,
        from: ref(cli),
        to: ref(web),
        network: net(w, 'bridge'),
        subnet: '172.17.0.0/16',
        target: { address: '172.17.0.2', port: null },
      },
    ])
    expect(routeLines(r.hops)).toEqual([
      'hostcli uses the host network',
      'the host routes to 172.17.0.0/16 through bridge',
    ])
  })

  it('between two host-network containers: the host loopback', () => {
    const w = new World()
    const web = w.run({ image: 'nginx', name: 'hostweb', network: 'host' })
    const cli = w.run({ image: 'busybox', name: 'hostcli', network: 'host', cmd: SLEEP })
    const r = only(routes(w, 'hostcli', 'hostweb'))
    expect(r.hops).toEqual([
      {
        kind: 'host-loopback',
        rule: 'host-network',
        host: HOST,
        from: ref(cli),
        to: ref(web),
        target: { address: '127.0.0.1', port: null },
      },
    ])
    expect(routeLines(r.hops)).toEqual(['both use the host network: 127.0.0.1 reaches every port'])
  })
})

describe('one network namespace (--network container:)', () => {
  function joined(): { w: World; web1: Container; sidecar: Container } {
    const w = new World()
    const web1 = w.run({ image: 'httpd', name: 'web1' })
    const sidecar = w.run({ image: 'busybox', name: 'sidecar', network: 'container:web1' })
    return { w, web1, sidecar }
  }

  it('joined: the two share the owner namespace, 127.0.0.1 reaches every port', () => {
    const { w, web1, sidecar } = joined()
    const r = only(routes(w, 'sidecar', 'web1'))
    expect(r.hops).toEqual([
      {
        kind: 'same-namespace',
        rule: 'joined-namespace',
        from: ref(sidecar),
        to: ref(web1),
        owner: ref(web1),
        target: { address: '127.0.0.1', port: null },
      },
    ])
    expect(routeLines(r.hops)).toEqual([
      'same network namespace (--network container:): 127.0.0.1 reaches every port',
    ])
  })

  it('loopback: a connection to 127.0.0.1 reaches the listener of the own namespace', () => {
    const { w, web1, sidecar } = joined()
    const p = probeTcp(w.t, sidecar, '127.0.0.1', 80)
    expect(p.kind === 'open' ? p.hops : null).toEqual([
      {
        kind: 'same-namespace',
        rule: 'loopback',
        from: ref(sidecar),
        to: ref(web1),
        owner: ref(web1),
        target: { address: '127.0.0.1', port: 80 },
      },
    ])
    expect(routeLines(p.kind === 'open' ? p.hops : [])).toEqual(['same network namespace'])
  })
})

describe('the two-host ambassador chain (docker-semantics §14)', () => {
  /** The seed's pattern: wordpress → ambassador2 (default) → vm2:3306 → ambassador1 → mysql. */
  function chain(): World {
    const w = new World()
    w.t = must(addHost(w.t, 'vm2', '192.168.1.11'))
    w.run({ image: 'mysql', name: 'mysql', env: ['MYSQL_ROOT_PASSWORD=secret'] }, 'vm2')
    const ambassador = 'svendowideit/ambassador'
    const publishes = [publish(3306, 3306)]
    w.run(
      { image: ambassador, name: 'ambassador1', links: ['mysql:mysql'], publish: publishes },
      'vm2',
    )
    w.run({
      image: ambassador,
      name: 'ambassador2',
      expose: [{ port: 3306, proto: 'tcp' }],
      env: ['MYSQL_PORT_3306_TCP=tcp://192.168.1.11:3306'],
    })
    w.run({ image: 'wordpress', name: 'wordpress', links: ['ambassador2:mysql'] })
    return w
  }

  it('names every container, network and host on the way, with each rewrite', () => {
    const w = chain()
    const [wordpress, amb2, amb1, mysql] = [
      w.get('wordpress'),
      w.get('ambassador2'),
      w.get('ambassador1', 'vm2'),
      w.get('mysql', 'vm2'),
    ].map(ref)
    // The route the link alias leads to: wordpress's "mysql" is ambassador2 at 172.17.0.2.
    const viaLink = routes(w, 'wordpress', 'mysql', HOST, 'vm2').find(
      (r) => r.address === '172.17.0.2',
    )
    const remote = { address: '192.168.1.11', port: 3306 }
    expect(viaLink?.hops).toEqual([
      {
        kind: 'network',
        rule: 'icc',
        network: net(w, 'bridge'),
        defaultBridge: true,
        from: wordpress,
        to: amb2,
        target: { address: '172.17.0.2', port: null },
        openPorts: null,
      },
      { kind: 'ambassador', rule: 'socat', container: amb2, listen: 3306, target: remote },
      { kind: 'lan', rule: 'lan', from: HOST, to: 'vm2', target: remote },
      {
        kind: 'published',
        rule: 'docker-proxy',
        host: 'vm2',
        container: amb1,
        hostIp: '0.0.0.0',
        proto: 'tcp',
        before: remote,
        after: { address: '172.17.0.3', port: 3306 },
      },
      {
        kind: 'ambassador',
        rule: 'socat',
        container: amb1,
        listen: 3306,
        target: { address: '172.17.0.2', port: 3306 },
      },
      {
        kind: 'network',
        rule: 'icc',
        network: net(w, 'bridge', 'vm2'),
        defaultBridge: true,
        from: amb1,
        to: mysql,
        target: { address: '172.17.0.2', port: null },
        openPorts: null,
      },
    ])
    // The client's own connection reads in full, the legs socat opens after it briefly.
    expect(routeLines(viaLink?.hops ?? [])).toEqual([
      'both on the default bridge (docker0)',
      'icc is enabled on bridge: every port is open',
      'ambassador ambassador2 (socat) listens on 3306 and forwards to 192.168.1.11:3306',
      '-p 3306:3306 on host vm2: docker-proxy / DNAT to ambassador1:3306',
      'ambassador ambassador1 forwards to 172.17.0.2:3306',
      'both on the default bridge (docker0)',
      'icc is enabled on bridge: every port is open',
    ])
  })

  it('the route straight to vm2 published port starts with the LAN and the DNAT in full', () => {
    const w = chain()
    const direct = routes(w, 'wordpress', 'mysql', HOST, 'vm2').find(
      (r) => r.address === '192.168.1.11',
    )
    expect(direct?.hops.map((h) => h.kind)).toEqual(['lan', 'published', 'ambassador', 'network'])
    expect(routeLines(direct?.hops ?? [])).toEqual([
      '-p 3306:3306 publishes it on host vm2 (0.0.0.0:3306)',
      'docker-proxy / DNAT forwards 192.168.1.11:3306 to 3306/tcp',
      'ambassador ambassador1 (socat) listens on 3306 and forwards to 172.17.0.2:3306',
      'both on the default bridge (docker0)',
      'icc is enabled on bridge: every port is open',
    ])
  })
})
