import { describe, expect, it, vi } from 'vitest'
import * as cli from '../cli/index'
import { createDocknetStore } from './store'
import { LAYOUT } from './flow-mapping'

/** A store with the simulated CLI at hand, so every line runs at once. */
const newStore = () => createDocknetStore(undefined, { cli })

/** A store whose CLI arrives only when the test calls `release`, as in the browser. */
function gatedStore() {
  let release: () => void = () => {}
  const gate = new Promise<void>((r) => (release = r))
  const store = createDocknetStore(undefined, { loadCli: () => gate.then(() => cli) })
  return { store, release }
}

describe('the app store', () => {
  it('saves a document and opens it again; a broken file changes nothing', async () => {
    const store = newStore()
    store.getState().runCommand('docker run -d --name web nginx')
    const saved = store.getState().saveDocument()
    const other = newStore()
    expect(await other.getState().openDocument(saved)).toBe(true)
    expect([...other.getState().shell.topology.containers.values()].map((c) => c.name)).toEqual([
      'web',
    ])
    const before = other.getState().shell
    expect(await other.getState().openDocument('{"format":"nope"}')).toBe(false)
    expect(other.getState().shell).toBe(before)
    expect(other.getState().toast?.said).toEqual({
      code: 'cannot-open',
      from: 'file',
      problem: { code: 'not-a-document' },
    })
  })

  it('a New made while the kept diagram is being read wins: the kept one is not opened over it', async () => {
    const store = newStore()
    store.getState().runCommand('docker run -d --name web nginx')
    const kept = store.getState().saveDocument()
    const other = newStore()
    const opening = other.getState().openSaved(kept, [])
    other.getState().newDocument()
    expect(await opening).toBe(false)
    expect(other.getState().shell.topology.containers.size).toBe(0)
  })

  it('runs a gesture through the simulated CLI and shows the docker command it ran', async () => {
    const store = newStore()
    expect(await store.getState().runGesture('docker run -d --name web nginx')).toBe(true)
    const s = store.getState()
    expect(s.status).toBe('docker run -d --name web nginx')
    expect([...s.shell.topology.containers.values()].map((c) => c.name)).toEqual(['web'])
    expect(s.nodes.map((n) => n.id)).toContain(
      `container:${[...s.shell.topology.containers.keys()][0]}`,
    )
  })

  it("refuses a gesture Docker would refuse: Docker's error in a toast, nothing changed", async () => {
    const store = newStore()
    await store.getState().runGesture('docker run -d --name web nginx')
    const before = store.getState().shell.topology
    expect(await store.getState().runGesture('docker run -d --name web nginx')).toBe(false)
    const s = store.getState()
    expect(s.shell.topology).toBe(before)
    expect(s.toast?.text).toMatch(
      /^docker: Error response from daemon: Conflict\. The container name "\/web" is already in use/,
    )
  })

  it('undoes and redoes every change, positions included', () => {
    const store = newStore()
    store.getState().runCommand('docker network create backend')
    store.getState().runCommand('docker run -d --name api --network backend nginx')
    const after = store.getState().shell.topology
    store.getState().undo()
    expect(store.getState().shell.topology.containers.size).toBe(0)
    store.getState().undo()
    expect(
      [...store.getState().shell.topology.networks.values()].some((n) => n.name === 'backend'),
    ).toBe(false)
    store.getState().redo()
    store.getState().redo()
    expect(store.getState().shell.topology).toBe(after)
  })

  it('says what an undo or a redo took back or made again', () => {
    const store = newStore()
    store.getState().runCommand('docker run -d --name api nginx')
    const id = [...store.getState().shell.topology.containers.keys()][0]!
    store
      .getState()
      .onNodesChange([
        { type: 'position', id: `container:${id}`, position: { x: 300, y: 200 }, dragging: false },
      ])
    store.getState().undo()
    expect(store.getState().toast).toEqual({
      kind: 'info',
      said: { code: 'undone', made: { named: 'move' } },
    })
    store.getState().undo()
    expect(store.getState().toast?.said).toEqual({
      code: 'undone',
      made: 'docker run -d --name api nginx',
    })
    // The status line no longer shows a command the canvas does not reflect.
    expect(store.getState().status).toBeNull()
    store.getState().redo()
    expect(store.getState().toast?.said).toEqual({
      code: 'redone',
      made: 'docker run -d --name api nginx',
    })
    store.getState().redo()
    expect(store.getState().toast?.said).toEqual({ code: 'redone', made: { named: 'move' } })
  })

  it('keeps node objects of untouched entities across changes (React Flow keeps their sizes)', () => {
    const store = newStore()
    store.getState().runCommand('docker run -d --name a1 nginx')
    const first = store.getState().nodes.find((n) => n.type === 'container')
    store.getState().runCommand('docker network create other')
    expect(store.getState().nodes.find((n) => n.id === first?.id)).toBe(first)
  })

  it('runs typed lines, gestures and scripts once the CLI is in, in the order they came', async () => {
    const { store, release } = gatedStore()
    store.getState().runCommand('docker run -d --name web nginx')
    const dropped = store.getState().runGesture('docker run -d --name db redis')
    store.getState().runCommand('docker ps --format "{{.Names}} {{.Image}}"')
    expect(store.getState().transcript).toEqual([])
    release()
    expect(await dropped).toBe(true)
    await new Promise((r) => setTimeout(r))
    const t = store.getState().transcript
    expect(t.map((e) => e.command)).toEqual([
      'docker run -d --name web nginx',
      'docker run -d --name db redis',
      'docker ps --format "{{.Names}} {{.Image}}"',
    ])
    expect(t[2]?.stdout).toBe('db redis\nweb nginx\n')
  })

  it('a restored document has no template engine of its own, yet its tables render', async () => {
    const store = newStore()
    store.getState().runCommand('docker run -d --name web nginx')
    const other = newStore()
    await other.getState().openDocument(store.getState().saveDocument())
    other.getState().runCommand('docker ps --format {{.Names}}')
    expect(other.getState().transcript.at(-1)?.stdout).toBe('web\n')
  })

  it('deletes through docker: rm -f, network disconnect, network rm; Docker refuses a predefined network', () => {
    const store = newStore()
    store.getState().runCommand('docker network create backend')
    store.getState().runCommand('docker run -d --name api --network backend nginx')
    store.getState().runCommand('docker run -d --name web nginx')
    const t = store.getState().shell.topology
    const id = (name: string) => [...t.containers.values()].find((c) => c.name === name)?.id
    const net = (name: string) => [...t.networks.values()].find((n) => n.name === name)?.id
    store.getState().remove([], [`endpoint:${id('web')}:${net('bridge')}`])
    expect(store.getState().status).toBe('docker network disconnect bridge web')
    store.getState().remove([`container:${id('api')}`, `network:${net('backend')}`], [])
    expect(store.getState().status).toBe('docker rm -f api && docker network rm backend')
    const after = store.getState().shell.topology
    expect([...after.containers.values()].map((c) => c.name)).toEqual(['web'])
    expect([...after.networks.values()].some((n) => n.name === 'backend')).toBe(false)
    // All or nothing: Docker refuses the predefined network, so web is not removed either.
    store.getState().remove([`container:${id('web')}`, `network:${net('bridge')}`], [])
    expect(store.getState().toast?.text).toBe(
      'Error response from daemon: bridge is a pre-defined network and cannot be removed',
    )
    expect(store.getState().shell.topology).toBe(after)
    // One deletion is one undo step: api and backend come back together.
    store.getState().undo()
    const back = store.getState().shell.topology
    expect([...back.containers.values()].map((c) => c.name).sort()).toEqual(['api', 'web'])
    expect([...back.networks.values()].some((n) => n.name === 'backend')).toBe(true)
  })

  it('says so when an example does not exist, and keeps the diagram', async () => {
    const store = newStore()
    store.getState().runCommand('docker run -d --name web nginx')
    const before = store.getState().shell
    expect(await store.getState().loadExample('nosuch')).toBe(false)
    expect(store.getState().toast?.said).toEqual({ code: 'no-example', id: 'nosuch' })
    expect(store.getState().shell).toBe(before)
  })

  it('New and examples are undoable; a fresh world is not kept as an undo step', async () => {
    const store = newStore()
    await store.getState().loadExample('link')
    expect(store.getState().past).toHaveLength(0)
    expect(store.getState().example).toBe('link')
    store.getState().runCommand('docker run -d --name extra nginx')
    // Changed by a command, the world is the user's own, no longer the example.
    expect(store.getState().example).toBeNull()
    store.getState().newDocument()
    expect(store.getState().shell.topology.containers.size).toBe(0)
    store.getState().undo()
    expect(store.getState().toast?.said).toEqual({ code: 'undone', made: { named: 'new' } })
    expect([...store.getState().shell.topology.containers.values()].map((c) => c.name)).toEqual([
      'db',
      'web',
      'extra',
    ])
    store.getState().undo()
    expect(store.getState().toast?.said).toEqual({
      code: 'undone',
      made: 'docker run -d --name extra nginx',
    })
    expect(store.getState().example).toBe('link')
  })

  it('an example opened over a saved diagram keeps that diagram one undo away', async () => {
    const mine = newStore()
    mine.getState().runCommand('docker run -d --name mine nginx')
    const saved = mine.getState().saveDocument()
    const store = newStore()
    await store.getState().loadExample('link', saved)
    expect(store.getState().example).toBe('link')
    await vi.waitFor(() =>
      expect(store.getState().toast?.said).toEqual({ code: 'example-over', id: 'link' }),
    )
    store.getState().undo()
    expect([...store.getState().shell.topology.containers.values()].map((c) => c.name)).toEqual([
      'mine',
    ])
    // A damaged save is no undo step; the example still opens.
    const other = newStore()
    expect(await other.getState().loadExample('link', '{broken')).toBe(true)
    expect(other.getState().past).toHaveLength(0)
  })

  it('a Host dropped from the palette is another daemon at the next LAN address, its bridge inside', async () => {
    const store = newStore()
    expect(await store.getState().drop({ kind: 'host' }, [], { x: 900, y: 40 })).toBe(true)
    expect(store.getState().status).toBe(
      'docker context create vm1 --docker host=tcp://192.168.1.11:2375',
    )
    expect(store.getState().shell.topology.hosts.get('vm1')?.lanIp).toBe('192.168.1.11')
    const { positions, shell } = store.getState()
    expect(positions['host:vm1']).toEqual({ x: 900, y: 40 })
    const bridge = [...shell.topology.networks.values()].find(
      (n) => n.host === 'vm1' && n.name === 'bridge',
    )!
    // The bridge keeps its default place in the new host's network row.
    expect(positions[`network:${bridge.id}`]).toEqual({ x: LAYOUT.hostPadding, y: LAYOUT.header })
  })

  it('a refused gesture is one transcript entry: the whole gesture, Docker’s error, nothing kept', async () => {
    const store = newStore()
    store.getState().loadScript(`docker run -d --name web1 httpd
docker run -d --name proxy -p 8080:80 nginx`)
    const before = store.getState().transcript.length
    expect(
      await store
        .getState()
        .runGesture(
          'docker rm -f proxy',
          'docker run -d --name proxy --network container:web1 -p 8080:80 nginx',
        ),
    ).toBe(false)
    const added = store.getState().transcript.slice(before)
    expect(added).toHaveLength(1)
    expect(added[0]?.command).toBe(
      'docker rm -f proxy && docker run -d --name proxy --network container:web1 -p 8080:80 nginx',
    )
    expect(added[0]?.stderr).toContain('conflicting options: port publishing')
    expect(added[0]?.stderr).toContain('(nothing changed: the gesture was undone)')
    expect([...store.getState().shell.topology.containers.values()].map((c) => c.name)).toContain(
      'proxy',
    )
  })
})
