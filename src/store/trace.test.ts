import { describe, expect, it } from 'vitest'
import { runScript } from '../cli/index'
import { SCENARIOS } from '../scenarios'
import { nodeId } from './ids'
import { traceBetween } from './trace'

function world(id: string) {
  const script = SCENARIOS.find((s) => s.id === id)?.script ?? ''
  const t = runScript(script).state.topology
  const c = (name: string) => [...t.containers.values()].find((x) => x.name === name)?.id ?? ''
  return { t, c }
}

describe('trace to...', () => {
  it('follows the ambassador chain across hosts: wordpress → ambassador2 → vm2 → ambassador1 → mysql', () => {
    const { t, c } = world('ambassador')
    const trace = traceBetween(t, c('wordpress'), c('mysql'))
    expect(trace?.reachable).toBe(true)
    expect([...(trace?.nodes ?? [])].sort()).toEqual(
      [
        nodeId.container(c('wordpress')),
        nodeId.container(c('ambassador2')),
        nodeId.container(c('ambassador1')),
        nodeId.container(c('mysql')),
        nodeId.host('vm2'),
        ...[...t.networks.values()]
          .filter((n) => n.name === 'bridge')
          .map((n) => nodeId.network(n.id)),
      ].sort(),
    )
    expect(trace?.edges).toContain(`link:${c('wordpress')}:mysql`)
    expect(trace?.edges).toContain(`ambassador:${c('ambassador2')}:3306`)
    expect(trace?.edges).toContain(`link:${c('ambassador1')}:mysql`)
    expect(trace?.steps).toContain(
      'ambassador ambassador2 (socat) listens on 3306 and forwards to 192.168.1.11:3306',
    )
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
