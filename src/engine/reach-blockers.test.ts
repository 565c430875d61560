// Why not, as data: each blocker's code and what it is about (the container, network, host,
// address or port), then the sentence reach-text.ts words it in for the views.
// Reference: docker-semantics.md §2.5 (icc), §11.3 (-p), §12 (networks, --internal).
import { describe, expect, it } from 'vitest'
import {
  addHost,
  blockerText,
  checkReach,
  defaultBridge,
  portReasonText,
  probeTcp,
  setDaemonOptions,
  verdictText,
  type Blocker,
  type PortMapping,
  type Probe,
} from './index'
import { HOST, SLEEP, must, World } from '../test/world'

function publish(hostPort: number, containerPort: number, hostIp = ''): PortMapping {
  return { containerPort, proto: 'tcp', hostIp, hostPortStart: hostPort, hostPortEnd: hostPort }
}

const ref = (c: { id: string; name: string }) => ({ id: c.id, name: c.name })

function why(p: Probe): Blocker | null {
  return p.kind === 'open' ? null : p.reason
}

describe('blockers of a pair', () => {
  it('not-running: a stopped end answers nothing', () => {
    const w = new World()
    const web = w.run({ image: 'nginx', name: 'web' })
    w.run({ image: 'busybox', name: 'client', cmd: SLEEP })
    w.stop('web')
    const v = checkReach(w.t, w.get('client'), w.get('web'))
    expect(v.reason).toEqual({ code: 'not-running', params: { container: ref(web) } })
    expect(verdictText(v)).toBe('web is not running')
  })

  it('none-network: --network none leaves only a loopback', () => {
    const w = new World()
    w.run({ image: 'nginx', name: 'web' })
    const client = w.run({ image: 'busybox', name: 'client', network: 'none', cmd: SLEEP })
    const v = checkReach(w.t, client, w.get('web'))
    expect(v.reason).toEqual({ code: 'none-network', params: { container: ref(client) } })
    expect(verdictText(v)).toBe('client has no network (--network none)')
  })

  it('icc-disabled: icc=false drops traffic between containers no link joins', () => {
    const w = new World()
    w.t = must(setDaemonOptions(w.t, HOST, { icc: false }))
    w.run({ image: 'training/postgres', name: 'db' })
    const stranger = w.run({ image: 'busybox', name: 'stranger', cmd: SLEEP })
    const bridge = defaultBridge(w.t, HOST)
    const dropped: Blocker = { code: 'icc-disabled', params: { network: ref(bridge) } }
    const v = checkReach(w.t, stranger, w.get('db'))
    expect(v.reason).toEqual(dropped)
    expect(v.ports[0]?.reason).toEqual(dropped)
    expect(why(probeTcp(w.t, stranger, '172.17.0.2', 5432))).toEqual(dropped)
    expect(verdictText(v)).toBe(
      'icc is disabled on this bridge (bridge): traffic between its containers is dropped',
    )
  })

  it('icc-link-ports: a link under icc=false opens the exposed ports only', () => {
    const w = new World()
    w.t = must(setDaemonOptions(w.t, HOST, { icc: false }))
    const db = w.run({ image: 'training/postgres', name: 'db' })
    const web = w.run({ image: 'busybox', name: 'web', cmd: SLEEP, links: ['db:db'] })
    const b = why(probeTcp(w.t, web, '172.17.0.2', 80))
    expect(b).toEqual({ code: 'icc-link-ports', params: { container: ref(db), port: 80 } })
    expect(b && blockerText(b)).toBe(
      "icc is disabled on this bridge: only the linked container's exposed ports are open",
    )
  })

  it('not-listening: the port is reached but no process listens on it', () => {
    const w = new World()
    w.t = must(addHost(w.t, 'hostb'))
    const web = w.run({ image: 'nginx', name: 'web', cmd: SLEEP, publish: [publish(8080, 80)] })
    w.run({ image: 'busybox', name: 'client', cmd: SLEEP }, 'hostb')
    const v = checkReach(w.t, w.get('client', 'hostb'), web)
    const idle = { code: 'not-listening', params: { container: ref(web), port: 80 } }
    expect(v.ports[0]?.reason).toEqual(idle)
    expect(v.reason).toEqual(idle)
    expect(verdictText(v)).toBe('nothing listens on 80 in web')
    const p = probeTcp(w.t, w.get('client', 'hostb'), '192.168.1.10', 8080)
    expect(why(p)).toEqual(idle)
  })

  it('not-listening-at: an address that answers, on a port nothing listens on', () => {
    const w = new World()
    w.run({ image: 'nginx', name: 'web' })
    const client = w.run({ image: 'busybox', name: 'client', cmd: SLEEP })
    const b = why(probeTcp(w.t, client, '172.17.0.2', 9999))
    expect(b).toEqual({ code: 'not-listening-at', params: { address: '172.17.0.2', port: 9999 } })
    expect(b && blockerText(b)).toBe('nothing listens on 172.17.0.2:9999')
  })

  it('no-route-out: an --internal network has no way off it, and names that network', () => {
    const w = new World()
    w.t = must(addHost(w.t, 'hostb'))
    const sealed = w.network('sealed', { internal: true })
    const client = w.run({ image: 'busybox', name: 'client', network: 'sealed', cmd: SLEEP })
    const remote = w.run({ image: 'nginx', name: 'remote', publish: [publish(8080, 80)] }, 'hostb')
    const out = { code: 'no-route-out', params: { container: ref(client), internal: ref(sealed) } }
    const v = checkReach(w.t, client, remote)
    expect(v.ports[0]?.reason).toEqual(out)
    expect(v.ports[0] && portReasonText(v.ports[0])).toBe('client has no route out of its network')
    expect(why(probeTcp(w.t, client, '192.168.1.11', 8080))).toEqual(out)
  })

  it('not-published and no-shared-network: another host, no -p', () => {
    const w = new World()
    w.t = must(addHost(w.t, 'hostb'))
    const web = w.run({ image: 'nginx', name: 'web' })
    const client = w.run({ image: 'busybox', name: 'client', cmd: SLEEP }, 'hostb')
    const v = checkReach(w.t, client, web)
    expect(v.ports[0]?.reason).toEqual({ code: 'not-published', params: { port: 80, host: HOST } })
    expect(v.ports[0] && portReasonText(v.ports[0])).toBe(
      'port 80 is not published on host default',
    )
    expect(v.reason).toEqual({
      code: 'no-shared-network',
      params: { container: ref(web), host: HOST, publishes: false },
    })
    expect(verdictText(v)).toBe('no shared network: web is on host default and publishes no port')
    expect(why(probeTcp(w.t, client, '192.168.1.10', 80))).toEqual(v.ports[0]?.reason)
  })

  it('no-shared-network on one host, when the only -p is on the host loopback', () => {
    const w = new World()
    w.network('n1')
    w.network('n2')
    const web = w.run({
      image: 'nginx',
      name: 'web',
      network: 'n1',
      publish: [publish(8080, 80, '127.0.0.1')],
    })
    const client = w.run({ image: 'busybox', name: 'client', network: 'n2', cmd: SLEEP })
    const v = checkReach(w.t, client, web)
    expect(v.reason).toEqual({
      code: 'no-shared-network',
      params: { container: ref(web), host: null, publishes: true },
    })
    expect(verdictText(v)).toBe('no shared network')
  })

  it('no-route: an address nothing on the way holds', () => {
    const w = new World()
    const client = w.run({ image: 'busybox', name: 'client', cmd: SLEEP })
    const b = why(probeTcp(w.t, client, '10.9.9.9', 80))
    expect(b).toEqual({ code: 'no-route', params: { container: ref(client), address: '10.9.9.9' } })
    expect(b && blockerText(b)).toBe('no route from client to 10.9.9.9')
  })

  it('a reachable pair has no blocker: its first route says how', () => {
    const w = new World()
    w.network('app')
    w.run({ image: 'nginx', name: 'web', network: 'app' })
    const client = w.run({ image: 'busybox', name: 'client', network: 'app', cmd: SLEEP })
    const v = checkReach(w.t, client, w.get('web'))
    expect(v.reason).toBeNull()
    expect(verdictText(v)).toBe('both on network app; icc is enabled on app: every port is open')
  })
})
