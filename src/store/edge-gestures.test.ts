import { describe, expect, it } from 'vitest'
import * as cli from '../cli/index'
import { createDocknetStore } from './store'
import type { ContainerEdgeMode } from './edge-gestures'
import { nodeId } from './ids'

function storeWith(script: string) {
  const store = createDocknetStore(undefined, { cli })
  store.getState().loadScript(script)
  return store
}

type Store = ReturnType<typeof storeWith>

const containerNode = (store: Store, name: string) => {
  const c = [...store.getState().shell.topology.containers.values()].find((x) => x.name === name)
  if (!c) throw new Error(`no container ${name}`)
  return nodeId.container(c.id)
}

const container = (store: Store, name: string) =>
  [...store.getState().shell.topology.containers.values()].find((x) => x.name === name)

async function draw(store: Store, from: string, to: string, mode: ContainerEdgeMode = 'link') {
  store.getState().setEdgeMode(mode)
  await store.getState().connect(from, to)
}

const edgeKinds = (store: Store) => store.getState().edges.map((e) => e.data?.kind)

describe('edges drawn on the canvas', () => {
  it('a link recreates the source with --link, in place, as one undo step', async () => {
    const store = storeWith(`docker run -d --name db training/postgres
docker run -d --name web training/webapp python app.py`)
    const web = containerNode(store, 'web')
    store.getState().select(web)
    const at = store.getState().positions[web]
    await draw(store, web, containerNode(store, 'db'))
    const s = store.getState()
    expect(s.status).toBe(
      'docker rm -f web && docker run -d --name web --link db training/webapp python app.py',
    )
    expect(container(store, 'web')?.links.map((l) => l.alias)).toEqual(['db'])
    expect(edgeKinds(store)).toContain('link')
    // Same place on the canvas and still selected, although Docker gave it a new id.
    const again = containerNode(store, 'web')
    expect(again).not.toBe(web)
    expect(s.positions[again]).toEqual(at)
    expect(s.selection).toBe(again)
    store.getState().undo()
    expect(container(store, 'web')?.links).toEqual([])
  })

  it('a link to a container on another host is refused with Docker’s error, nothing changed', async () => {
    const store = storeWith(`docker context create vm2
docker --context vm2 run -d --name db training/postgres
docker run -d --name web training/webapp python app.py`)
    const before = store.getState().shell.topology
    await draw(store, containerNode(store, 'web'), containerNode(store, 'db'))
    const s = store.getState()
    expect(s.shell.topology).toBe(before)
    expect(s.toast?.text).toContain('Error response from daemon')
    expect(s.toast?.text).toContain('db')
    expect(s.past).toHaveLength(0)
  })

  it('a join is refused when the joining container publishes ports (Docker: conflicting options)', async () => {
    const store = storeWith(`docker run -d --name web1 httpd
docker run -d --name proxy -p 8080:80 nginx`)
    const before = store.getState().shell.topology
    await draw(store, containerNode(store, 'proxy'), containerNode(store, 'web1'), 'joined')
    expect(store.getState().shell.topology).toBe(before)
    expect(store.getState().toast?.text?.split('\n')[0]).toBe(
      'docker: Error response from daemon: conflicting options: port publishing and the container type network mode',
    )
  })

  it('a join without ports makes the source share the target’s namespace', async () => {
    const store = storeWith(`docker run -d --name web1 httpd
docker run -dit --name sidecar busybox`)
    await draw(store, containerNode(store, 'sidecar'), containerNode(store, 'web1'), 'joined')
    expect(container(store, 'sidecar')?.joinedTo).toBe(container(store, 'web1')?.id)
    expect(edgeKinds(store)).toContain('joined')
  })

  it('--volumes-from and a volume mount; a volume of another host is refused', async () => {
    const store = storeWith(`docker volume create shared
docker run -dit --name leader -v shared:/leader busybox
docker run -dit --name follower busybox
docker context create vm2
docker --context vm2 volume create faraway`)
    await draw(
      store,
      containerNode(store, 'follower'),
      containerNode(store, 'leader'),
      'volumes-from',
    )
    expect(container(store, 'follower')?.mounts.map((m) => m.destination)).toEqual(['/leader'])
    expect(edgeKinds(store)).toContain('volumes-from')
    await draw(store, containerNode(store, 'follower'), nodeId.volume('default', 'shared'))
    expect(store.getState().status).toBe(
      'docker rm -f follower && docker run -dit --name follower --volumes-from leader -v shared:/data busybox',
    )
    const before = store.getState().shell.topology
    await draw(store, containerNode(store, 'follower'), nodeId.volume('vm2', 'faraway'))
    expect(store.getState().shell.topology).toBe(before)
    expect(store.getState().toast?.said).toEqual({
      code: 'volume-elsewhere',
      volume: 'faraway',
      volumeHost: 'vm2',
      containerHost: 'default',
    })
  })

  it('refuses to recreate a container others depend on, saying who', async () => {
    const store = storeWith(`docker run -d --name db training/postgres
docker run -d --name web --link db training/webapp python app.py
docker run -d --name cache redis`)
    const before = store.getState().shell.topology
    await draw(store, containerNode(store, 'db'), containerNode(store, 'cache'))
    expect(store.getState().shell.topology).toBe(before)
    expect(store.getState().toast?.said).toEqual({
      code: 'recreate-blocked',
      container: 'db',
      ties: [{ kind: 'linked-by', other: 'web' }],
    })
  })

  it('an ambassador drawn to another host forwards to the port that host publishes', async () => {
    const store = storeWith(`docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker --context vm2 run -d --name mysql -p 3306:3306 mysql
docker run -d --name amb svendowideit/ambassador`)
    await draw(store, containerNode(store, 'amb'), nodeId.host('vm2'))
    expect(container(store, 'amb')?.env).toContain('MYSQL_PORT_3306_TCP=tcp://192.168.1.11:3306')
    // Drawn again, the port is not exposed twice.
    await draw(store, containerNode(store, 'amb'), nodeId.host('vm2'))
    expect(store.getState().status?.match(/--expose 3306/g)).toHaveLength(1)
    const edge = store.getState().edges.find((e) => e.data?.kind === 'ambassador')
    // It ends on what answers on vm2:3306: mysql, which publishes it.
    expect(edge?.target).toBe(containerNode(store, 'mysql'))
    expect(edge?.data?.label).toBe(':3306 → 192.168.1.11:3306')
    // Only ambassadors forward.
    const store2 = storeWith(`docker context create vm2
docker --context vm2 run -d --name mysql -p 3306:3306 mysql
docker run -dit --name plain busybox`)
    await draw(store2, containerNode(store2, 'plain'), nodeId.host('vm2'))
    expect(store2.getState().toast?.said).toEqual({
      code: 'not-an-ambassador',
      container: 'plain',
      image: 'busybox',
    })
    // To its own host, nothing is forwarded: it says so, as no "another host" refusal.
    await draw(store, containerNode(store, 'amb'), nodeId.host('default'))
    expect(store.getState().toast?.said).toEqual({
      code: 'own-host',
      container: 'amb',
      host: 'default',
    })
  })

  it('the ambassador example shows its forward across hosts, to the container publishing the port', async () => {
    const store = storeWith(`docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker --context vm2 run -d --name mysql mysql
docker --context vm2 run -d --link mysql:mysql --name ambassador1 -p 3306:3306 svendowideit/ambassador
docker run -d --name ambassador2 --expose 3306 -e MYSQL_PORT_3306_TCP=tcp://192.168.1.11:3306 svendowideit/ambassador`)
    const edges = store.getState().edges.filter((e) => e.data?.kind === 'ambassador')
    expect(edges.map((e) => [e.source, e.target])).toEqual([
      [containerNode(store, 'ambassador2'), containerNode(store, 'ambassador1')],
    ])
    // Nothing publishes the port any more: the forward points at the host alone.
    store.getState().runCommand('docker --context vm2 stop ambassador1')
    const after = store.getState().edges.filter((e) => e.data?.kind === 'ambassador')
    expect(after.map((e) => e.target)).toEqual([nodeId.host('vm2')])
  })
})
