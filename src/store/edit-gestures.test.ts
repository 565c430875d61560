import { describe, expect, it } from 'vitest'
import * as cli from '../cli/index'
import { createDocknetStore } from './store'
import { LAYOUT } from './flow-mapping'
import { formOf, networkChoices } from './edit-gestures'

function storeWith(script: string) {
  const store = createDocknetStore(undefined, { cli })
  store.getState().loadScript(script)
  return store
}

function named(store: ReturnType<typeof storeWith>, name: string) {
  const c = [...store.getState().shell.topology.containers.values()].find((x) => x.name === name)
  if (!c) throw new Error(`no container ${name}`)
  return c
}

describe('the container form', () => {
  const script = `docker network create backend
docker run -d --name web -e MODE=prod nginx`

  it('shows what docker run said, and the modes the container could have', async () => {
    const store = storeWith(script)
    const t = store.getState().shell.topology
    const web = named(store, 'web')
    expect(formOf(t, web)).toEqual({
      name: 'web',
      image: 'nginx',
      env: 'MODE=prod',
      publish: '',
      expose: '',
      volumes: '',
      network: 'bridge',
      aliases: '',
      ip: '',
      running: true,
    })
    expect(networkChoices(t, web)).toEqual(['bridge', 'host', 'none', 'backend'])
  })

  it('a new name is docker rename; stopping is docker stop', async () => {
    const store = storeWith(script)
    const web = named(store, 'web')
    const form = formOf(store.getState().shell.topology, web)
    expect(
      await store.getState().editContainer(web.id, { ...form, name: 'front', running: false }),
    ).toBe(true)
    expect(store.getState().status).toBe('docker rename web front && docker stop front')
    expect(named(store, 'front').state).toBe('exited')
    expect(named(store, 'front').id).toBe(web.id)
  })

  it('ports, network and aliases recreate the container with the new values', async () => {
    const store = storeWith(script)
    const web = named(store, 'web')
    const form = formOf(store.getState().shell.topology, web)
    await store.getState().editContainer(web.id, {
      ...form,
      publish: '8080:80',
      network: 'backend',
      aliases: 'www, front',
    })
    expect(store.getState().status).toBe(
      'docker rm -f web && docker run -d --name web --network backend --network-alias www --network-alias front -p 8080:80 -e MODE=prod nginx',
    )
    const again = named(store, 'web')
    expect(again.ports.map((p) => `${p.hostPort}->${p.containerPort}`)).toEqual(['8080->80'])
    expect(again.endpoints[0]?.aliases).toEqual(['www', 'front'])
  })

  it('volumes: a host path bind-mounted, a named volume kept, a donor’s mounts not repeated', async () => {
    const store = storeWith(`docker run -d --name web -v data:/data -v /cache nginx
docker run -d --name site --volumes-from web nginx`)
    const site = named(store, 'site')
    const form = formOf(store.getState().shell.topology, site)
    expect(form.volumes).toBe('')
    expect(formOf(store.getState().shell.topology, named(store, 'web')).volumes).toBe(
      'data:/data /cache',
    )
    await store.getState().editContainer(site.id, {
      ...form,
      volumes: '/srv/site:/usr/share/nginx/html:ro',
    })
    expect(store.getState().status).toBe(
      'docker rm -f site && docker run -d --name site -v /srv/site:/usr/share/nginx/html:ro --volumes-from web nginx',
    )
    const again = named(store, 'site')
    expect(again.mounts.map((m) => [m.type, m.source, m.destination, m.rw])).toEqual(
      expect.arrayContaining([
        ['bind', '/srv/site', '/usr/share/nginx/html', false],
        ['volume', 'data', '/data', true],
      ]),
    )
  })

  it('a new name and a new port at once keep the card where it was, and selected', async () => {
    const store = storeWith(script)
    const web = named(store, 'web')
    store.getState().select(`container:${web.id}`)
    const at = store.getState().positions[`container:${web.id}`]
    const form = formOf(store.getState().shell.topology, web)
    expect(
      await store.getState().editContainer(web.id, { ...form, name: 'front', publish: '8081:80' }),
    ).toBe(true)
    const front = named(store, 'front')
    expect(store.getState().selection).toBe(`container:${front.id}`)
    expect(store.getState().positions[`container:${front.id}`]).toEqual(at)
  })

  it('what Docker refuses changes nothing and says why in Docker’s words', async () => {
    const store = storeWith(script)
    const web = named(store, 'web')
    const before = store.getState().shell.topology
    const form = formOf(before, web)
    expect(await store.getState().editContainer(web.id, { ...form, ip: '172.17.0.50' })).toBe(false)
    expect(store.getState().shell.topology).toBe(before)
    expect(store.getState().toast?.text).toContain(
      'user specified IP address is supported on user defined networks only',
    )
    expect(await store.getState().editContainer(web.id, { ...form, publish: '99999:80' })).toBe(
      false,
    )
    expect(store.getState().toast?.text?.split('\n')[0]).toBe('docker: invalid hostPort: 99999')
    expect(store.getState().shell.topology).toBe(before)
  })
})

describe('copy, paste and duplicate', () => {
  it('pastes each copied container as its own docker run under a fresh name, beside it', async () => {
    const store = storeWith(`docker network create backend
docker run -d --name web --network backend --network-alias www -e MODE=prod nginx`)
    const web = named(store, 'web')
    store.getState().select(`container:${web.id}`)
    store.getState().copy()
    expect(await store.getState().paste()).toBe(true)
    expect(store.getState().status).toBe(
      'docker run -d --name web-2 --network backend --network-alias www -e MODE=prod nginx',
    )
    const copy = named(store, 'web-2')
    // The copy is the selection now, beside its original and on no card.
    expect(store.getState().selection).toBe(`container:${copy.id}`)
    expect(await store.getState().duplicate()).toBe(true)
    expect(named(store, 'web-3').endpoints[0]?.aliases).toEqual(['www'])
    const { positions } = store.getState()
    const places = [...store.getState().shell.topology.containers.values()].map(
      (c) => positions[`container:${c.id}`]!,
    )
    for (const [i, a] of places.entries())
      for (const b of places.slice(i + 1)) {
        const apart =
          Math.abs(a.x - b.x) >= LAYOUT.containerWidth ||
          Math.abs(a.y - b.y) >= LAYOUT.containerHeight
        expect(apart, `${JSON.stringify(a)} and ${JSON.stringify(b)}`).toBe(true)
      }
    // One undo removes one copy.
    store.getState().undo()
    expect([...store.getState().shell.topology.containers.values()].map((c) => c.name)).toEqual([
      'web',
      'web-2',
    ])
  })

  it('a twin Docker refuses (the same fixed host port) is not made; Docker says why', async () => {
    const store = storeWith('docker run -d --name web -p 8080:80 nginx')
    const before = store.getState().shell.topology
    store.getState().select(`container:${named(store, 'web').id}`)
    expect(await store.getState().duplicate()).toBe(false)
    expect(store.getState().shell.topology).toBe(before)
    expect(store.getState().toast?.text).toContain('port is already allocated')
  })
})
