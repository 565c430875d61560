import { describe, expect, it } from 'vitest'
import { runScript } from '../cli'
import { computeWorldViews, viewsChecksum } from '../engine'
import { toJson } from './document'
import { fromJson } from './read'

const SCRIPT = `docker network create backend
docker run -d --name db --network backend --network-alias database redis
docker run -d --name web --link db:db -p 8080:80 nginx
docker volume create data
docker run -d --name w2 -v data:/data busybox sleep 100`

describe('the saved document', () => {
  it('round-trips a world: same records, same views, same layout', () => {
    const { state } = runScript(SCRIPT)
    const layout = {
      positions: { 'host:default': { x: 10, y: 20 } },
      sizes: { 'host:default': { width: 900, height: 500 } },
    }
    const back = fromJson(toJson(state.topology, state.currentHost, layout))
    expect(back.ok).toBe(true)
    if (!back.ok) return
    expect(back.layout).toEqual(layout)
    expect([...back.topology.containers.values()]).toEqual([...state.topology.containers.values()])
    expect(viewsChecksum(computeWorldViews(back.topology))).toEqual(
      viewsChecksum(computeWorldViews(state.topology)),
    )
  })

  it("keeps each daemon's images and each container's labels", () => {
    const { state } = runScript(
      `${SCRIPT}\ndocker pull alpine\ndocker run -d -l tier=db --name lab busybox sleep 9`,
    )
    const back = fromJson(toJson(state.topology, state.currentHost, { positions: {}, sizes: {} }))
    if (!back.ok) throw new Error(back.problem.code)
    expect(back.topology.hosts.get('default')?.images).toEqual([
      'redis:latest',
      'nginx:latest',
      'busybox:latest',
      'alpine:latest',
    ])
    const lab = [...back.topology.containers.values()].find((c) => c.name === 'lab')
    expect(lab?.labels).toEqual({ tier: 'db' })
  })

  it('drops layout entries that are not numbers or absurdly far, and keeps the world', () => {
    const { state } = runScript(SCRIPT)
    const doc = JSON.parse(
      toJson(state.topology, state.currentHost, { positions: {}, sizes: {} }),
    ) as { layout: unknown }
    doc.layout = {
      positions: {
        'host:default': { x: 'ten', y: 0 },
        a: { x: 1e12, y: 0 },
        b: { x: null, y: 3 },
        kept: { x: -40, y: 64 },
      },
      sizes: { 'host:default': { width: -5, height: 300 }, other: { width: 800, height: 400 } },
    }
    const back = fromJson(JSON.stringify(doc))
    expect(back.ok).toBe(true)
    if (!back.ok) return
    expect(back.layout).toEqual({
      positions: { kept: { x: -40, y: 64 } },
      sizes: { other: { width: 800, height: 400 } },
    })
  })

  it('refuses a document listing a record twice', () => {
    const { state } = runScript(SCRIPT)
    const doc = JSON.parse(toJson(state.topology, state.currentHost, { positions: {} })) as {
      topology: { containers: unknown[] }
    }
    doc.topology.containers.push(doc.topology.containers[0])
    expect(fromJson(JSON.stringify(doc))).toEqual({
      ok: false,
      problem: { code: 'damaged', why: { code: 'listed-twice', kind: 'container' } },
    })
  })

  it('refuses what is not JSON, not a Docknet document, or from a newer version', () => {
    expect(fromJson('{oops')).toEqual({ ok: false, problem: { code: 'not-json' } })
    expect(fromJson('{"type":"excalidraw"}')).toEqual({
      ok: false,
      problem: { code: 'not-a-document' },
    })
    expect(fromJson('{"format":"docknet","version":99}')).toEqual({
      ok: false,
      problem: { code: 'newer-version', version: '99', reads: 2 },
    })
  })

  it('refuses a damaged document instead of loading half of it', () => {
    const { state } = runScript(SCRIPT)
    const doc = JSON.parse(toJson(state.topology, state.currentHost, { positions: {} })) as {
      topology: { networks: { name: string }[] }
    }
    doc.topology.networks = doc.topology.networks.filter((n) => n.name !== 'backend')
    expect(fromJson(JSON.stringify(doc))).toEqual({
      ok: false,
      problem: { code: 'damaged', why: { code: 'unknown-network', container: 'db' } },
    })
  })
})
