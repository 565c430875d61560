// The packet's walk over the seeds' two richest paths: the ambassador chain across two hosts
// (docker-semantics.md §5) and a published port (§11.3): every hop, and the addresses before
// and after each rewrite (DNAT, MASQUERADE, socat's new connection).
import { describe, expect, it } from 'vitest'
import { ask, listeningPorts, walk, walkStepLines, type Container, type Topology } from '../engine'
import { SCENARIOS } from '../scenarios'
import { runScript } from './index'

function stepsOf(script: string, from: string, name: string, port: number | null) {
  const t: Topology = runScript(script).state.topology
  const client = [...t.containers.values()].find((c) => c.name === from)
  if (!client) throw new Error(`no ${from}`)
  const asked = ask(t, client, name, port)
  return walk(t, asked).map((s) => ({
    kind: s.hop?.kind ?? 'name',
    packet: `${s.before.source.address} → ${s.before.destination.address}:${s.before.destination.port ?? ''}`,
    after: `${s.after.source.address} → ${s.after.destination.address}:${s.after.destination.port ?? ''}`,
    lines: walkStepLines(asked, s),
  }))
}

describe('the walk', () => {
  it('follows the ambassador chain across two hosts, hop by hop', () => {
    const steps = stepsOf(
      `docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker --context vm2 run -d --name mysql -e MYSQL_ROOT_PASSWORD=secret mysql
docker --context vm2 run -d --link mysql:mysql --name ambassador1 -p 3306:3306 svendowideit/ambassador
docker run -d --name ambassador2 --expose 3306 -e MYSQL_PORT_3306_TCP=tcp://192.168.1.11:3306 svendowideit/ambassador
docker run -d --name wordpress --link ambassador2:mysql wordpress`,
      'wordpress',
      'mysql',
      3306,
    )
    expect(steps.map((s) => s.kind)).toEqual([
      'name',
      'network',
      'ambassador',
      'lan',
      'published',
      'ambassador',
      'network',
    ])
    expect(steps[0]?.lines[0]).toBe(
      'mysql resolves to 172.17.0.2 (/etc/hosts: written by --link ambassador2:mysql)',
    )
    // socat in ambassador2 opens a new connection, from its own address, to vm2's port.
    expect(steps[2]?.after).toBe('172.17.0.2 → 192.168.1.11:3306')
    // Leaving host default, the source becomes its LAN address.
    expect(steps[3]?.after).toBe('192.168.1.10 → 192.168.1.11:3306')
    // vm2's DNAT sends it to ambassador1, whose socat reaches mysql on vm2's bridge.
    expect(steps[4]?.after).toBe('192.168.1.10 → 172.17.0.3:3306')
    expect(steps[5]?.after).toBe('172.17.0.3 → 172.17.0.2:3306')
  })

  it('is empty for a connection that fails', () => {
    expect(
      stepsOf(
        'docker run -d --name db redis\ndocker run -dit --name web busybox',
        'web',
        'db',
        6379,
      ),
    ).toEqual([])
  })
})

describe('the walk, over every example', () => {
  /** What a client may dial to reach `to`: its name, its addresses, localhost, a published port. */
  function questions(t: Topology, to: Container): [string, number | null][] {
    // ping's question (no port) first: the examples without a server ask only that.
    const out: [string, number | null][] = [[to.name, null]]
    for (const e of to.endpoints) if (e.ip) out.push([e.ip, null])
    for (const p of listeningPorts(t, to).filter((x) => x.proto === 'tcp')) {
      out.push([to.name, p.port], ['localhost', p.port])
      for (const e of to.endpoints) if (e.ip) out.push([e.ip, p.port])
    }
    for (const p of to.ports.filter((x) => x.proto === 'tcp'))
      for (const h of t.hosts.values()) out.push([h.lanIp, p.hostPort])
    return out
  }

  // Every connection that works, by name or address, a ping or on each port the target listens
  // on or publishes: a step for the name, then one per hop with the packet's addresses.
  for (const scenario of SCENARIOS)
    it(`${scenario.id}: every hop of every connection that works, with its addresses`, () => {
      const t = runScript(scenario.script).state.topology
      const running = [...t.containers.values()].filter((c) => c.state === 'running')
      let walked = 0
      for (const from of running)
        for (const to of running)
          for (const [name, port] of questions(t, to)) {
            const asked = ask(t, from, name, port)
            if (!asked.reachable) continue
            const steps = walk(t, asked)
            // A name has its resolution for a first step; an address dialled has none.
            expect(steps).toHaveLength(asked.hops.length + (asked.resolution === null ? 0 : 1))
            for (const s of steps) {
              expect(s.before.source.address).not.toBe('')
              expect(s.after.destination.address).not.toBe('')
              // The name's step says what it resolved to; each hop, the packet's addresses.
              if (s.hop) expect(walkStepLines(asked, s).join(' ')).toContain('→')
            }
            walked++
          }
      expect(walked).toBeGreaterThan(0)
    })
})
