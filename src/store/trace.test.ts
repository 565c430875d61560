import { describe, expect, it } from 'vitest'
import { runScript } from '../cli/index'
import { SCENARIOS } from '../scenarios'
import { topologyEdges } from './flow-edges'
import { edgeId, nodeId } from './ids'
import { traceBetween } from './trace'
import { connectionEnd } from './why-view'
import { ask } from '../engine'

function world(id: string) {
  const script = SCENARIOS.find((s) => s.id === id)?.script ?? ''
  const t = runScript(script).state.topology
  const c = (name: string) => [...t.containers.values()].find((x) => x.name === name)?.id ?? ''
  return { t, c }
}

describe('trace to...', () => {
  it('lights the whole ambassador chain on both hosts: wordpress → ambassador2 → vm2 → ambassador1 → mysql', () => {
    const { t, c } = world('ambassador')
    const trace = traceBetween(t, c('wordpress'), c('mysql'))
    expect(trace?.reachable).toBe(true)
    const bridge = (host: string) =>
      [...t.networks.values()].find((n) => n.name === 'bridge' && n.host === host)?.id ?? ''
    expect([...(trace?.nodes ?? [])].sort()).toEqual(
      [
        nodeId.container(c('wordpress')),
        nodeId.container(c('ambassador2')),
        nodeId.container(c('ambassador1')),
        nodeId.container(c('mysql')),
        nodeId.host('default'),
        nodeId.host('vm2'),
        nodeId.network(bridge('default')),
        nodeId.network(bridge('vm2')),
      ].sort(),
    )
    expect([...(trace?.edges ?? [])].sort()).toEqual(
      [
        edgeId.link(c('wordpress'), 'mysql'),
        edgeId.endpoint(c('wordpress'), bridge('default')),
        edgeId.endpoint(c('ambassador2'), bridge('default')),
        edgeId.ambassador(c('ambassador2'), 3306),
        edgeId.link(c('ambassador1'), 'mysql'),
        edgeId.endpoint(c('ambassador1'), bridge('vm2')),
        edgeId.endpoint(c('mysql'), bridge('vm2')),
      ].sort(),
    )
    expect(trace?.hops.map((h) => h.kind)).toEqual([
      'network',
      'ambassador',
      'lan',
      'published',
      'ambassador',
      'network',
    ])
    expect(trace?.steps).toContain(
      'ambassador ambassador2 (socat) listens on 3306 and forwards to 192.168.1.11:3306',
    )
  })

  it('lights only edges the canvas draws, and they join the client to the server', () => {
    const { t, c } = world('ambassador')
    const trace = traceBetween(t, c('wordpress'), c('mysql'))
    const drawn = topologyEdges(t).filter((e) => trace?.edges.has(e.id))
    expect(drawn.map((e) => e.id).sort()).toEqual([...(trace?.edges ?? [])].sort())
    // Walk the lit edges from wordpress: every lit card is reached, mysql included.
    const seen = new Set([nodeId.container(c('wordpress'))])
    for (let grew = true; grew;) {
      grew = false
      for (const e of drawn) {
        for (const [a, b] of [
          [e.source, e.target],
          [e.target, e.source],
        ] as const) {
          if (seen.has(a) && !seen.has(b)) {
            seen.add(b)
            grew = true
          }
        }
      }
    }
    const cards = [...(trace?.nodes ?? [])].filter((id) => !id.startsWith('host:'))
    expect([...seen].sort()).toEqual(cards.sort())
  })

  it('a joined sidecar: both cards and the join edge', () => {
    const { t, c } = world('joined')
    const trace = traceBetween(t, c('sidecar'), c('web1'))
    expect(trace?.hops.map((h) => h.kind)).toEqual(['same-namespace'])
    expect([...(trace?.nodes ?? [])].sort()).toEqual(
      [nodeId.container(c('sidecar')), nodeId.container(c('web1'))].sort(),
    )
    expect([...(trace?.edges ?? [])]).toEqual([edgeId.join(c('sidecar'))])
  })

  it('a published port lights the host whose docker-proxy forwards it, and the server', () => {
    const t = runScript(
      'docker network create front\n' +
        'docker run -d --name web -p 8080:80 nginx\n' +
        'docker run -dit --name client --network front busybox',
    ).state.topology
    const id = (name: string) => [...t.containers.values()].find((x) => x.name === name)?.id ?? ''
    const trace = traceBetween(t, id('client'), id('web'))
    expect(trace?.hops.map((h) => h.kind)).toEqual(['published'])
    expect([...(trace?.nodes ?? [])].sort()).toEqual(
      [nodeId.container(id('client')), nodeId.container(id('web')), nodeId.host('default')].sort(),
    )
    expect(trace?.edges.size).toBe(0)
  })

  it('a macvlan child on the LAN: the far bridge container, its host, and the child on its network', () => {
    const { t, c } = world('macvlan')
    const trace = traceBetween(t, c('remote'), c('web'))
    const lan = [...t.networks.values()].find((n) => n.name === 'lan' && n.host === 'default')
    expect(trace?.hops.map((h) => h.kind)).toEqual(['wire'])
    expect([...(trace?.nodes ?? [])].sort()).toEqual(
      [
        nodeId.container(c('remote')),
        nodeId.container(c('web')),
        nodeId.network(lan?.id ?? ''),
        nodeId.host('vm2'),
      ].sort(),
    )
    expect([...(trace?.edges ?? [])]).toEqual([edgeId.endpoint(c('web'), lan?.id ?? '')])
  })

  it('says why not when icc=false and there is no link', () => {
    const { t, c } = world('icc')
    const trace = traceBetween(t, c('stranger'), c('db'))
    expect(trace?.reachable).toBe(false)
    expect(trace?.steps[0]).toMatch(/icc/)
  })
})

describe('the trace on the canvas', () => {
  it('selecting another card clears the trace and keeps the new selection', async () => {
    const { createDocknetStore } = await import('./store')
    const cli = await import('../cli/index')
    const store = createDocknetStore(undefined, { cli })
    await store.getState().loadExample('ambassador')
    const id = (name: string) =>
      nodeId.container(
        [...store.getState().shell.topology.containers.values()].find((c) => c.name === name)?.id ??
          '',
      )
    store.getState().select(id('wordpress'))
    await store.getState().traceTo(id('mysql').slice('container:'.length))
    expect(store.getState().nodes.some((n) => n.className === 'dn-traced')).toBe(true)
    store.getState().onNodesChange([{ id: id('mysql'), type: 'select', selected: true }])
    const s = store.getState()
    expect(s.trace).toBeNull()
    expect(s.selection).toBe(id('mysql'))
    expect(s.nodes.find((n) => n.id === id('mysql'))?.selected).toBe(true)
    expect(s.nodes.some((n) => n.className === 'dn-traced')).toBe(false)
  })
})

describe('the trace’s verdict by name, and the walk asked from the terminal', () => {
  it('reads "by IP only" where the address works and the name does not, as the overlay’s # does', () => {
    const t = runScript(`docker run -d --name db training/postgres
docker run -dit --name web busybox`).state.topology
    const id = (name: string) => [...t.containers.values()].find((x) => x.name === name)?.id ?? ''
    const trace = traceBetween(t, id('web'), id('db'), { name: 'db', port: 5432 })
    expect(trace).toMatchObject({ reachable: true, byName: false, name: 'db' })
    expect(trace?.walk).toEqual([])
    const linked = runScript(`docker run -d --name db training/postgres
docker run -dit --name web --link db busybox`).state.topology
    const of = (name: string) =>
      [...linked.containers.values()].find((x) => x.name === name)?.id ?? ''
    expect(traceBetween(linked, of('web'), of('db'))).toMatchObject({ byName: true })
  })

  it('a connection through both ambassadors ends at mysql, not at the ambassador its name means', () => {
    const { t, c } = world('ambassador')
    const wordpress = t.containers.get(c('wordpress'))
    const asked = wordpress && ask(t, wordpress, 'mysql', 3306)
    expect(asked?.target?.id).toBe(c('ambassador2'))
    expect(asked && connectionEnd(asked)).toBe(c('mysql'))
  })
})
