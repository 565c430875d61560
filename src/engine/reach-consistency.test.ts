// The three ways the engine answers "can A reach B" must agree: the per-pair verdict with its
// reasons (checkReach), the connection attempt behind curl and nc (probeTcp), and the
// whole-world bitsets (computeReachIndex). Worlds below are the corner cases where they once
// disagreed (docker-semantics.md §2.5, §9, §11).
import { describe, expect, it } from 'vitest'
import { checkReach, computeReachIndex, probeTcp, reaches, setDaemonOptions } from './index'
import { HOST, must, SLEEP, World } from '../test/world'

/** Index verdict for a pair of named containers. */
function indexSays(w: World, from: string, to: string): boolean {
  const index = computeReachIndex(w.t)
  const i = index.order.findIndex((c) => c.name === from)
  const j = index.order.findIndex((c) => c.name === to)
  return reaches(index, i, j)
}

describe('reachability answers agree', () => {
  it('a port published on 127.0.0.1 is reached only from the host network of that host', () => {
    const w = new World()
    w.run({
      image: 'nginx',
      name: 'web',
      publish: [
        {
          containerPort: 80,
          proto: 'tcp',
          hostIp: '127.0.0.1',
          hostPortStart: 8080,
          hostPortEnd: 8080,
        },
      ],
    })
    w.run({ image: 'busybox', name: 'hostbox', network: 'host', cmd: SLEEP })
    w.run({ image: 'busybox', name: 'client', network: 'none', cmd: SLEEP })
    const hostbox = w.get('hostbox')
    expect(probeTcp(w.t, hostbox, '127.0.0.1', 8080).kind).toBe('open')
    expect(checkReach(w.t, hostbox, w.get('web')).ports[0]?.reachable).toBe(true)
    expect(indexSays(w, 'hostbox', 'web')).toBe(true)
    expect(checkReach(w.t, w.get('client'), w.get('web')).reachable).toBe(false)
    expect(indexSays(w, 'client', 'web')).toBe(false)
  })

  it('a joined container listening behind its donor’s published port is reached through it', () => {
    const w = new World()
    w.network('other')
    w.run({
      image: 'busybox',
      name: 'donor',
      cmd: SLEEP,
      publish: [
        { containerPort: 80, proto: 'tcp', hostIp: '', hostPortStart: 8080, hostPortEnd: 8080 },
      ],
    })
    w.run({ image: 'nginx', name: 'web', network: 'container:donor' })
    w.run({ image: 'busybox', name: 'client', network: 'other', cmd: SLEEP })
    const client = w.get('client')
    const p = probeTcp(w.t, client, '192.168.1.10', 8080)
    expect(p.kind === 'open' && p.server.name).toBe('web')
    expect(checkReach(w.t, client, w.get('web')).reachable).toBe(true)
    expect(indexSays(w, 'client', 'web')).toBe(true)
  })

  it('with icc=false, a container joined to the link parent uses the link too', () => {
    const w = new World()
    w.t = must(setDaemonOptions(w.t, HOST, { icc: false }))
    w.run({ image: 'training/postgres', name: 'db' })
    w.run({ image: 'busybox', name: 'parent', links: ['db:db'], cmd: SLEEP })
    w.run({ image: 'busybox', name: 'sidecar', network: 'container:parent', cmd: SLEEP })
    const sidecar = w.get('sidecar')
    expect(probeTcp(w.t, sidecar, w.ip('db') ?? '', 5432).kind).toBe('open')
    expect(checkReach(w.t, sidecar, w.get('db')).reachable).toBe(true)
    expect(indexSays(w, 'sidecar', 'db')).toBe(true)
  })
})
