import { describe, expect, it } from 'vitest'
import * as cli from '../cli/index'
import { createDocknetStore } from './store'
import { nodeId } from './ids'

function storeWith(script: string) {
  const store = createDocknetStore(undefined, { cli })
  store.getState().loadScript(script)
  return store
}

type Store = ReturnType<typeof storeWith>

/** Drops a card at `at` inside its host, as React Flow reports the end of a drag. */
function moveCard(store: Store, id: string, at: { x: number; y: number }) {
  store.getState().onNodesChange([{ type: 'position', id, position: at, dragging: false }])
}

const networkId = (store: Store, name: string) =>
  [...store.getState().shell.topology.networks.values()].find((n) => n.name === name)?.id ?? ''

const volumes = (store: Store) => [...store.getState().shell.topology.volumes.keys()]

const VOLUME_WORLD = `docker volume create data
docker run -d --name web -v data:/data busybox sleep 1d
docker exec web sh -c 'echo kept > /data/f'`

describe('a renamed card stays where it was', () => {
  it('the volume made again takes the old card’s place and stays selected', async () => {
    const store = storeWith(VOLUME_WORLD)
    const old = nodeId.volume('default', 'data')
    moveCard(store, old, { x: 430, y: 380 })
    store.getState().select(old)
    expect(await store.getState().renameVolume('default/data', 'app-data')).toBe(true)
    const made = nodeId.volume('default', 'app-data')
    const s = store.getState()
    expect(s.positions[made]).toEqual({ x: 430, y: 380 })
    expect(s.nodes.find((n) => n.id === made)?.position).toEqual({ x: 430, y: 380 })
    expect(s.nodes.some((n) => n.id === old)).toBe(false)
    expect(s.selection).toBe(made)
  })

  it('the network made again takes the old card’s place (its id is new)', async () => {
    const store = storeWith(`docker network create net1
docker network create net2
docker run -d --name api --network net1 busybox sleep 1d`)
    const before = networkId(store, 'net1')
    moveCard(store, nodeId.network(before), { x: 520, y: 44 })
    expect(await store.getState().renameNetwork(before, 'backend')).toBe(true)
    const after = networkId(store, 'backend')
    expect(after).not.toBe(before)
    expect(store.getState().positions[nodeId.network(after)]).toEqual({ x: 520, y: 44 })
    expect(store.getState().selection).toBe(nodeId.network(after))
  })
})

describe('renaming a volume as one transaction', () => {
  it('is undone in one step: the old volume, its file and its containers are back', async () => {
    const store = storeWith(VOLUME_WORLD)
    const before = store.getState().shell.topology
    expect(await store.getState().renameVolume('default/data', 'app-data')).toBe(true)
    expect(volumes(store)).toEqual(['default/app-data'])
    store.getState().undo()
    expect(store.getState().shell.topology).toBe(before)
    expect(volumes(store)).toEqual(['default/data'])
  })

  it('a name Docker refuses is refused by docker volume create, in its words; nothing changes', async () => {
    const store = storeWith(VOLUME_WORLD)
    const before = store.getState().shell.topology
    expect(await store.getState().renameVolume('default/data', 'my data')).toBe(false)
    expect(store.getState().shell.topology).toBe(before)
    expect(store.getState().toast?.text).toBe(
      'Error response from daemon: create my data: "my data" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path',
    )
  })

  it('a name in use is refused before anything runs', async () => {
    const store = storeWith(`${VOLUME_WORLD}\ndocker volume create old`)
    const before = store.getState().shell.topology
    expect(await store.getState().renameVolume('default/data', 'old')).toBe(false)
    expect(store.getState().shell.topology).toBe(before)
    expect(store.getState().toast?.said).toEqual({
      code: 'volume-name-taken',
      name: 'old',
      host: 'default',
    })
  })
})
