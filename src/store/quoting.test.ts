import { describe, expect, it } from 'vitest'
import * as cli from '../cli/index'
import { createDocknetStore } from './store'
import { nodeId } from './ids'

/** Names the engine accepts that a shell would split or expand unquoted. */
const NAMES = ['my net$x', "it's", 'a"b', 'tab\tand space']

const newStore = () => createDocknetStore(undefined, { cli })

function world(name: string) {
  const store = newStore()
  const quoted = `'${name.replace(/'/g, `'\\''`)}'`
  store.getState().runCommand(`docker network create ${quoted}`)
  store.getState().runCommand('docker run -d --name web nginx')
  const t = store.getState().shell.topology
  const net = [...t.networks.values()].find((n) => n.name === name)
  const web = [...t.containers.values()].find((c) => c.name === 'web')
  if (!net || !web) throw new Error(`setup failed for ${name}`)
  return { store, net, web }
}

describe('gestures quote names as the CLI reads them back', () => {
  it.each(NAMES)('connects a container to the network %j from the canvas', async (name) => {
    const { store, net, web } = world(name)
    await store.getState().connect(nodeId.container(web.id), nodeId.network(net.id))
    expect(store.getState().toast).toBeNull()
    const after = store.getState().shell.topology.containers.get(web.id)
    expect(after?.endpoints.map((e) => e.networkId)).toContain(net.id)
  })

  it.each(NAMES)('drops a container onto the network %j', async (name) => {
    const { store, net } = world(name)
    const under = [nodeId.host('default'), nodeId.network(net.id)]
    const at = { x: 300, y: 200 }
    expect(await store.getState().drop({ kind: 'container', image: 'nginx' }, under, at)).toBe(true)
    const made = [...store.getState().shell.topology.containers.values()].at(-1)
    expect(made?.endpoints.map((e) => e.networkId)).toEqual([net.id])
  })

  it.each(NAMES)('removes the network %j from the canvas', async (name) => {
    const { store, net } = world(name)
    store.getState().remove([nodeId.network(net.id)], [])
    await Promise.resolve()
    expect(store.getState().shell.topology.networks.has(net.id)).toBe(false)
  })
})
