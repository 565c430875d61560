import { describe, expect, it } from 'vitest'
import * as cli from '../cli/index'
import { createDocknetStore } from './store'
import { nodeId } from './ids'

function storeWith(script: string) {
  const store = createDocknetStore(undefined, { cli })
  store.getState().loadScript(script)
  return store
}

const find = (store: ReturnType<typeof storeWith>, name: string) =>
  [...store.getState().shell.topology.containers.values()].find((c) => c.name === name)

const TWO_HOSTS = `docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker run -d --name db training/postgres
docker run -d --name web --link db training/webapp python app.py
docker run -d --name cache -p 6379:6379 -e MODE=lru redis`

describe('moving a container to another host', () => {
  it('runs rm -f on the old host and the same docker run on the new one, at the drop point', async () => {
    const store = storeWith(TWO_HOSTS)
    const cache = find(store, 'cache')
    if (!cache) throw new Error('no cache')
    expect(await store.getState().moveToHost(cache.id, 'vm2', { x: 40, y: 200 })).toBe(true)
    expect(store.getState().status).toBe(
      'docker rm -f cache && docker --context vm2 run -d --name cache -p 6379:6379 -e MODE=lru redis',
    )
    const moved = find(store, 'cache')
    expect(moved?.host).toBe('vm2')
    expect(moved?.ports.map((p) => p.hostPort)).toEqual([6379])
    expect(store.getState().positions[nodeId.container(moved?.id ?? '')]).toEqual({ x: 40, y: 200 })
    store.getState().undo()
    expect(find(store, 'cache')?.host).toBe('default')
  })

  it('is refused, with the reason, when a link would cross hosts', async () => {
    const store = storeWith(TWO_HOSTS)
    const before = store.getState().shell.topology
    for (const name of ['web', 'db']) {
      const c = find(store, name)
      expect(await store.getState().moveToHost(c?.id ?? '', 'vm2', { x: 0, y: 0 })).toBe(false)
      expect(store.getState().shell.topology).toBe(before)
    }
    expect(store.getState().toast?.said).toEqual({
      code: 'move-tied',
      container: 'db',
      toHost: 'vm2',
      ties: [{ kind: 'linked-by', other: 'web' }],
    })
  })

  it('a user network the new host does not have: Docker refuses in its words', async () => {
    const store = storeWith(`docker context create vm2
docker network create backend
docker run -d --name api --network backend nginx`)
    const before = store.getState().shell.topology
    expect(
      await store.getState().moveToHost(find(store, 'api')?.id ?? '', 'vm2', { x: 0, y: 0 }),
    ).toBe(false)
    expect(store.getState().shell.topology).toBe(before)
    expect(store.getState().toast?.text).toContain('network backend not found')
  })

  it('a card dropped on another host moves there; dropped on its own host it just moves', async () => {
    const store = storeWith(TWO_HOSTS)
    const cache = find(store, 'cache')
    const id = nodeId.container(cache?.id ?? '')
    const vm2 = store.getState().nodes.find((n) => n.id === nodeId.host('vm2'))
    const own = store.getState().nodes.find((n) => n.id === nodeId.host('default'))
    if (!vm2 || !own) throw new Error('no hosts')
    // Relative to its own host, a place inside vm2.
    const inside = { x: vm2.position.x - own.position.x + 60, y: vm2.position.y + 150 }
    store.getState().onNodesChange([{ id, type: 'position', position: inside, dragging: false }])
    await new Promise((r) => setTimeout(r, 10))
    expect(find(store, 'cache')?.host).toBe('vm2')
  })
})
