import { describe, expect, it } from 'vitest'
import { runScript } from '../cli/index'
import { viewOf } from './document-view'

const first = runScript(`docker network create back
docker run -d --name db --network back redis
docker run -d --name web --link db nginx
docker run -d --name cache redis`).state

const edgesAfter = (script: string) => viewOf(runScript(script, first).state, {}, {}, []).edges
const byId = (edges: readonly { id: string }[]) => new Map(edges.map((e) => [e.id, e]))

describe('the edges a change gives React Flow', () => {
  it('keep their objects where they say the same, so only the touched edges are redrawn', () => {
    const before = byId(viewOf(first, {}, {}, []).edges)
    const after = viewOf(runScript('docker rename cache store', first).state, {}, {}, []).edges
    // cache's attachment names it: a new object; web's link and attachment, db's: the same ones.
    for (const e of after) {
      if (e.ariaLabel?.startsWith('store ')) expect(e).not.toBe(before.get(e.id))
      else expect(e).toBe(before.get(e.id))
    }
    expect(after.some((e) => e.ariaLabel?.startsWith('store '))).toBe(true)
  })

  it('are the same array for the same world (a card measured anew changes no edge)', () => {
    expect(viewOf(first, {}, {}, []).edges).toBe(viewOf(first, { x: { x: 1, y: 2 } }, {}, []).edges)
  })

  it('say what changed even when the id stays (an alias added to an attachment)', () => {
    const edges = edgesAfter('docker network connect --alias primary back cache')
    expect(
      edges.find((e) => e.ariaLabel?.startsWith('cache attached to network back'))?.data,
    ).toMatchObject({ kind: 'network', label: 'alias primary' })
  })
})

describe('the edge list a change gives React Flow', () => {
  it('is the list it had when the change touches no edge', () => {
    const before = viewOf(first, {}, {}, []).edges
    expect(edgesAfter('docker volume create spare')).toBe(before)
    // A container with no network draws no edge; one on the default bridge draws one.
    expect(edgesAfter('docker run -d --name lone --network none alpine sleep 1d')).toBe(before)
    expect(edgesAfter('docker run -d --name lone alpine sleep 1d')).not.toBe(before)
  })
})
