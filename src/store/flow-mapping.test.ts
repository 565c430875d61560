import { describe, expect, it } from 'vitest'
import * as cli from '../cli/index'
import { createDocknetStore } from './store'
import { LAYOUT } from './flow-mapping'
import { formOf } from './edit-gestures'

/** Every pair of cards inside one host whose default boxes overlap. */
function collisions(store: ReturnType<typeof createDocknetStore>) {
  const { nodes } = store.getState()
  const size = (type?: string) =>
    type === 'network'
      ? { w: LAYOUT.networkWidth, h: LAYOUT.networkRow }
      : type === 'volume'
        ? { w: 160, h: LAYOUT.volumeHeight }
        : { w: LAYOUT.containerWidth, h: LAYOUT.containerHeight }
  const cards = nodes.filter((n) => n.parentId)
  const out: string[] = []
  for (const a of cards)
    for (const b of cards) {
      if (a.id >= b.id || a.parentId !== b.parentId) continue
      const [sa, sb] = [size(a.type), size(b.type)]
      const apart =
        a.position.x + sa.w <= b.position.x ||
        b.position.x + sb.w <= a.position.x ||
        a.position.y + sa.h <= b.position.y ||
        b.position.y + sb.h <= a.position.y
      if (!apart) out.push(`${a.id} ${b.id}`)
    }
  return out
}

describe('default placement', () => {
  it('never puts a new card on one already there, whatever the order of creation', () => {
    const store = createDocknetStore(undefined, { cli })
    const run = (line: string) => store.getState().runCommand(line)
    run('docker volume create shared')
    for (const n of ['a1', 'a2', 'a3', 'a4', 'a5']) run(`docker run -dit --name ${n} busybox`)
    run('docker network create net1')
    run('docker rm -f a2')
    run('docker run -dit --name a6 busybox')
    run('docker volume create more')
    expect(store.getState().nodes.filter((n) => n.parentId)).toHaveLength(9)
    expect(collisions(store)).toEqual([])
  })

  it('puts volumes below the containers placed with them, so mount edges run down', () => {
    const store = createDocknetStore(undefined, { cli })
    store.getState().loadScript(`docker volume create shared
docker run -dit --name leader -v shared:/leader busybox
docker run -dit --name follower --volumes-from leader busybox`)
    const cards = store.getState().nodes.filter((n) => n.parentId)
    const volume = cards.find((n) => n.type === 'volume')
    const lowest = Math.max(...cards.filter((n) => n.type === 'container').map((n) => n.position.y))
    expect(volume?.position.y).toBeGreaterThan(lowest)
  })

  it('grows the host around its cards', () => {
    const store = createDocknetStore(undefined, { cli })
    for (let i = 1; i <= 9; i++) store.getState().runCommand(`docker run -dit --name c${i} busybox`)
    const host = store.getState().nodes.find((n) => n.type === 'host')
    const bottom = Math.max(
      ...store
        .getState()
        .nodes.filter((n) => n.parentId)
        .map((n) => n.position.y),
    )
    expect(Number(host?.height)).toBeGreaterThan(bottom + LAYOUT.containerHeight)
  })
})

describe('moving and resizing', () => {
  it('a drag that ends and a host resize are undo steps; a host never hides its cards', () => {
    const store = createDocknetStore(undefined, { cli })
    for (let i = 1; i <= 6; i++) store.getState().runCommand(`docker run -dit --name c${i} busybox`)
    const host = 'host:default'
    const fits = store.getState().nodes.find((n) => n.id === host)
    store
      .getState()
      .onNodesChange([
        { id: host, type: 'dimensions', dimensions: { width: 2000, height: 900 }, resizing: false },
      ])
    expect(store.getState().nodes.find((n) => n.id === host)).toMatchObject({
      width: 2000,
      height: 900,
    })
    // Smaller than its cards: the cards win.
    store
      .getState()
      .onNodesChange([
        { id: host, type: 'dimensions', dimensions: { width: 100, height: 100 }, resizing: false },
      ])
    expect(store.getState().nodes.find((n) => n.id === host)).toMatchObject({
      width: fits?.width,
      height: fits?.height,
    })
    const c1 = store.getState().nodes.find((n) => n.type === 'container')
    if (!c1) throw new Error('no container')
    store
      .getState()
      .onNodesChange([
        { id: c1.id, type: 'position', position: { x: 300, y: 400 }, dragging: false },
      ])
    expect(store.getState().positions[c1.id]).toEqual({ x: 300, y: 400 })
    store.getState().undo()
    expect(store.getState().positions[c1.id]).toEqual(c1.position)
    store.getState().undo()
    store.getState().undo()
    expect(store.getState().nodes.find((n) => n.id === host)?.width).toBe(fits?.width)
    expect(store.getState().sizes).toEqual({})
  })
})

describe('hosts side by side', () => {
  it('a host that grows pushes the next one aside: host groups never overlap', () => {
    const store = createDocknetStore(undefined, { cli })
    store.getState().runCommand('docker context create vm2')
    store.getState().runCommand('docker --context vm2 run -dit --name far busybox')
    for (let i = 1; i <= 7; i++) store.getState().runCommand(`docker run -dit --name c${i} busybox`)
    const hosts = store.getState().nodes.filter((n) => n.type === 'host')
    expect(hosts).toHaveLength(2)
    const [a, b] = hosts.sort((x, y) => x.position.x - y.position.x)
    expect((a?.position.x ?? 0) + (a?.width ?? 0)).toBeLessThanOrEqual(b?.position.x ?? 0)
  })
})

describe('cards measured far out (name-only)', () => {
  const measure = (
    height: number,
    compact: boolean,
    edit: (store: ReturnType<typeof createDocknetStore>) => Promise<unknown> | void = (store) =>
      store.getState().runCommand('docker network create later'),
  ) => {
    const store = createDocknetStore(undefined, { cli })
    for (let i = 1; i <= 3; i++) store.getState().runCommand(`docker run -dit --name c${i} busybox`)
    const cards = store.getState().nodes.filter((n) => n.type === 'container')
    const dims = (h: number) =>
      cards.map((n) => ({
        id: n.id,
        type: 'dimensions' as const,
        dimensions: { width: LAYOUT.containerWidth, height: h },
      }))
    store.getState().onNodesChange(dims(150))
    const host = () => store.getState().nodes.find((n) => n.type === 'host')?.height
    const inFull = host()
    store.getState().onNodesChange(dims(height), { compact })
    return Promise.resolve(edit(store)).then(() => ({ inFull, afterEdit: host() }))
  }

  it('do not resize the hosts, even at the next edit: the hosts keep the room of full cards', async () => {
    const { inFull, afterEdit } = await measure(24, true)
    expect(afterEdit).toBe(inFull)
  })

  it('nor does a card recreated far out: it keeps its predecessor’s full height', async () => {
    const recreate = async (store: ReturnType<typeof createDocknetStore>) => {
      for (const [i, name] of ['c1', 'c2', 'c3'].entries()) {
        const t = store.getState().shell.topology
        const c = [...t.containers.values()].find((x) => x.name === name)
        if (!c) throw new Error(`no ${name}`)
        const form = { ...formOf(t, c), publish: `${8080 + i}:80` }
        expect(await store.getState().editContainer(c.id, form)).toBe(true)
      }
    }
    const { inFull, afterEdit } = await measure(24, true, recreate)
    expect(afterEdit).toBe(inFull)
  })

  it('while cards measured anew in full do', async () => {
    const { inFull, afterEdit } = await measure(24, false)
    expect(afterEdit).toBeLessThan(inFull ?? 0)
  })
})
