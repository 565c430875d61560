import { describe, expect, it } from 'vitest'
import { runScript } from '../cli'
import type { Topology } from '../engine'
import { generateTopology } from '../engine/generate'
import { findScenario } from '../scenarios'
import { matrixAxes, matrixCell, matrixComputed, matrixProof } from './matrix'

function world(script: string): Topology {
  return runScript(script).state.topology
}

function example(id: string): Topology {
  const s = findScenario(id)
  if (!s) throw new Error(`no example ${id}`)
  return world(s.script)
}

/** Looks pairs up by container name, as a reader of the matrix does. */
function pair(t: Topology) {
  const id = (name: string) => matrixAxes(t).entries.find((e) => e.name === name)?.id ?? ''
  return {
    cell: (from: string, to: string) => matrixCell(t, id(from), id(to)),
    proof: (from: string, to: string) => matrixProof(t, id(from), id(to)),
  }
}

describe('matrix axes', () => {
  it('orders containers by host, then creation, with one group per host', () => {
    const t = example('ambassador')
    const axes = matrixAxes(t)
    expect(axes.entries.map((e) => `${e.host}/${e.name}`)).toEqual([
      'default/ambassador2',
      'default/wordpress',
      'vm2/mysql',
      'vm2/ambassador1',
    ])
    expect(axes.groups).toEqual([
      { host: 'default', start: 0, count: 2 },
      { host: 'vm2', start: 2, count: 2 },
    ])
    expect(matrixAxes(t)).toBe(axes)
  })
})

describe('matrix cells and proofs', () => {
  it('--icc=false: web reaches db only on its exposed port, through the link', () => {
    const { cell, proof } = pair(example('icc'))
    expect(cell('web', 'db')).toMatchObject({
      reachable: true,
      byName: true,
      portsOpen: 1,
      portsTotal: 1,
      label: '✓ 1/1',
    })
    const p = proof('web', 'db')
    expect(p?.ports).toEqual([
      {
        port: '5432/tcp',
        reachable: true,
        lines: [expect.stringMatching(/^db\b.* → 172\.17\.0\.2:5432$/)],
      },
    ])
    expect(p?.routes[0]?.title).toBe('network bridge → 172.17.0.2 (only 5432)')
    expect(p?.routes[0]?.hops.join('\n')).toMatch(/icc is disabled, but --link db opened/)
    // The link writes db into web's /etc/hosts: that is how the name resolves.
    expect(p?.routes[0]?.names).toContain('db: /etc/hosts: written by --link db:db')
  })

  it('--icc=false: an unlinked container is dropped, and the link is one-way', () => {
    const { cell, proof } = pair(example('icc'))
    expect(cell('stranger', 'db')).toMatchObject({ reachable: false, byName: false, label: '✗' })
    expect(cell('stranger', 'db')?.title).toMatch(/^stranger does not reach db: icc is disabled/)
    expect(proof('stranger', 'db')?.ports).toEqual([
      { port: '5432/tcp', reachable: false, lines: [expect.stringMatching(/icc is disabled/)] },
    ])
    // --link opens parent → child only: db cannot open a connection to web.
    expect(cell('db', 'web')?.reachable).toBe(false)
  })

  it('a user-defined bridge: members reach each other by name through the embedded DNS', () => {
    const { cell, proof } = pair(example('user-bridge-dns'))
    for (const [from, to] of [
      ['centos-1', 'centos-2'],
      ['centos-2', 'centos-1'],
    ] as const) {
      expect(cell(from, to)).toMatchObject({ reachable: true, byName: true, label: '✓' })
      expect(proof(from, to)?.routes[0]?.names).toContain(
        `${to}: embedded DNS (127.0.0.11) on testnet`,
      )
    }
    // The --network-alias resolves too.
    expect(proof('centos-2', 'centos-1')?.routes[0]?.names).toContain(
      'db: embedded DNS (127.0.0.11) on testnet',
    )
  })

  it('a user-defined bridge: a container on the default bridge is outside it, both ways', () => {
    const { cell, proof } = pair(example('user-bridge-dns'))
    for (const [from, to] of [
      ['outsider', 'centos-1'],
      ['centos-2', 'outsider'],
    ] as const) {
      expect(cell(from, to)).toMatchObject({ reachable: false, byName: false, label: '✗' })
      expect(proof(from, to)?.reason).toMatch(/^no shared network/)
      expect(proof(from, to)?.routes).toEqual([])
    }
  })

  it('the default bridge has no DNS: without a link, a peer is reached by IP address only', () => {
    const { cell } = pair(example('link'))
    expect(cell('web', 'db')).toMatchObject({ reachable: true, byName: true })
    expect(cell('db', 'web')).toMatchObject({ reachable: true, byName: false, label: '# 1/1' })
  })

  it('ambassadors: wordpress reaches mysql on another host through socat and a published port', () => {
    const { cell, proof } = pair(example('ambassador'))
    expect(cell('wordpress', 'mysql')).toMatchObject({ reachable: true, byName: true })
    const p = proof('wordpress', 'mysql')
    expect(p?.ports.find((x) => x.port === '3306/tcp')).toMatchObject({
      reachable: true,
      // Its link alias leads to ambassador2, whose socat forwards across to vm2.
      lines: expect.arrayContaining([expect.stringMatching(/\bmysql\b.* → 172\.17\.0\.2:3306$/)]),
    })
    const viaName = p?.routes.find((r) => r.names.some((n) => n.startsWith('mysql:')))
    expect(viaName?.title).toBe('through an ambassador → 172.17.0.2:3306 (to port 3306)')
    expect(viaName?.hops.join('\n')).toMatch(
      /ambassador ambassador1 forwards to 172\.17\.0\.2:3306/,
    )
  })

  it('a stopped container reaches nothing and is reached by nobody', () => {
    const t = world(`docker run -d --name web nginx
docker run -dit --name client busybox
docker stop web`)
    const { cell } = pair(t)
    expect(matrixAxes(t).entries.map((e) => e.running)).toEqual([false, true])
    expect(cell('client', 'web')).toMatchObject({ reachable: false, label: '✗' })
    expect(cell('client', 'web')?.title).toBe('client does not reach web: web is not running')
  })
})

describe('at 200 containers', () => {
  const { topology: t } = generateTopology(200)

  it('builds the axes without computing any verdict', () => {
    const start = performance.now()
    const axes = matrixAxes(t)
    // A sort of 200 entries; the bound is generous so a busy runner never flakes.
    expect(performance.now() - start).toBeLessThan(250)
    expect(axes.entries).toHaveLength(t.containers.size)
    expect(axes.groups.reduce((n, g) => n + g.count, 0)).toBe(axes.entries.length)
    expect(new Set(axes.groups.map((g) => g.host)).size).toBe(axes.groups.length)
    expect(matrixComputed(t)).toBe(0)
  })

  it('computes one verdict per cell asked for, and reuses it for the proof', () => {
    const [a, b, c] = matrixAxes(t).entries
    if (!a || !b || !c) throw new Error('generated world too small')
    expect(matrixCell(t, a.id, a.id)).toBeNull()
    const first = matrixCell(t, a.id, b.id)
    expect(first).not.toBeNull()
    expect(matrixComputed(t)).toBe(1)
    expect(matrixCell(t, a.id, b.id)).toBe(first)
    expect(matrixProof(t, a.id, b.id)?.reachable).toBe(first?.reachable)
    expect(matrixComputed(t)).toBe(1)
    matrixCell(t, b.id, c.id)
    expect(matrixComputed(t)).toBe(2)
  })
})

describe('the proof never contradicts its cell', () => {
  it('a pair reached by IP only reads so, and its why is asked by name', () => {
    const t = example('link')
    const { cell, proof } = pair(t)
    expect(cell('db', 'web')?.label.startsWith('#')).toBe(true)
    const p = proof('db', 'web')
    expect(p).toMatchObject({ reachable: true, byName: false, whyReachable: false })
    expect(p?.question).toMatchObject({ name: 'web', port: 5000 })
    expect(p?.why).toContain('the default bridge has no embedded DNS')
    const back = proof('web', 'db')
    expect(back).toMatchObject({ reachable: true, byName: true, whyReachable: true })
    expect(back?.evidence[0]).toMatch(/^\/etc\/hosts of web: 172\.17\.0\.2\tdb /)
  })
})
