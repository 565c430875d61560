import ELK from 'elkjs/lib/elk.bundled.js'
import { describe, expect, it } from 'vitest'
import * as cli from '../cli/index'
import { SCENARIOS } from '../scenarios'
import stored from '../scenarios/layouts.json'
import { createDocknetStore } from './store'
import { exampleLayouts } from './example-layouts'
import { hostGraph, tidyLayout } from './auto-layout'
import { LAYOUT, type FlowNode } from './flow-mapping'

const SIZES: Record<string, { width: number; height: number }> = {
  network: { width: LAYOUT.networkWidth, height: 60 },
  container: { width: LAYOUT.containerWidth, height: LAYOUT.containerHeight },
  volume: { width: 160, height: LAYOUT.volumeHeight },
}

function storeWith(script: string) {
  const store = createDocknetStore(undefined, { cli })
  store.getState().loadScript(script)
  return store
}

/** Absolute boxes of the cards, from the store's nodes (hosts hold their cards). */
function boxes(nodes: readonly FlowNode[]) {
  const byId = new Map(nodes.map((n) => [n.id, n]))
  return nodes.map((n) => {
    const parent = n.parentId ? byId.get(n.parentId) : undefined
    const size = n.type === 'host' ? { width: n.width!, height: n.height! } : SIZES[n.type!]!
    return {
      id: n.id,
      type: n.type,
      host: n.parentId,
      x: n.position.x + (parent?.position.x ?? 0),
      y: n.position.y + (parent?.position.y ?? 0),
      ...size,
    }
  })
}

type Box = ReturnType<typeof boxes>[number]
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

describe('tidy layout (elkjs)', () => {
  it.each(SCENARIOS.map((s) => [s.id, s.script]))(
    'lays out example %s with no card on another, networks above and volumes below',
    async (_id, script) => {
      const store = storeWith(script)
      await store.getState().tidy()
      const { nodes, edges } = store.getState()
      const all = boxes(nodes)
      const cards = all.filter((b) => b.type !== 'host')
      for (const [i, a] of cards.entries())
        for (const b of cards.slice(i + 1)) expect(overlap(a, b), `${a.id} on ${b.id}`).toBe(false)
      const hosts = all.filter((b) => b.type === 'host')
      for (const [i, a] of hosts.entries())
        for (const b of hosts.slice(i + 1)) expect(overlap(a, b), `${a.id} on ${b.id}`).toBe(false)
      // Every card lies inside its host.
      for (const c of cards.filter((b) => b.host)) {
        const h = all.find((b) => b.id === c.host)!
        expect(c.x >= h.x && c.y >= h.y + LAYOUT.header - 1, c.id).toBe(true)
        expect(c.x + c.width <= h.x + h.width && c.y + c.height <= h.y + h.height, c.id).toBe(true)
      }
      const at = new Map(all.map((b) => [b.id, b]))
      for (const e of edges) {
        const [s, t] = [at.get(e.source), at.get(e.target)]
        if (!s || !t || s.host !== t.host || !s.host) continue
        if (e.data?.kind === 'network') expect(t.y + t.height <= s.y, e.id).toBe(true)
        if (e.data?.kind === 'volume') expect(s.y + s.height <= t.y, e.id).toBe(true)
      }
    },
  )

  it('is one undo step, and gives the same picture every time', async () => {
    const script = SCENARIOS.find((s) => s.id === 'ambassador')!.script
    const store = storeWith(script)
    const before = store.getState().positions
    await store.getState().tidy()
    const tidied = store.getState().positions
    expect(tidied).not.toEqual(before)
    const again = storeWith(script)
    await again.getState().tidy()
    expect(again.getState().positions).toEqual(tidied)
    store.getState().undo()
    expect(store.getState().positions).toEqual(before)
  })

  it('keeps the default grid for a host too full for readable layers', async () => {
    const lines = Array.from({ length: 20 }, (_, i) => `docker run -d --name c${i} nginx`)
    const store = storeWith(lines.join('\n'))
    const { shell, nodes, edges } = store.getState()
    const laid = await tidyLayout(shell.topology, nodes, edges, new ELK())
    const xs = new Set(
      nodes.filter((n) => n.type === 'container').map((n) => laid.positions[n.id]!.x),
    )
    expect(xs.size).toBe(LAYOUT.columns)
  })

  it('orients edges so layers read down: network, then container, then what it names', () => {
    const nodes = [
      {
        id: 'network:n',
        type: 'network',
        position: { x: 0, y: 0 },
        data: { kind: 'network', id: 'n' },
      },
      {
        id: 'container:a',
        type: 'container',
        position: { x: 0, y: 0 },
        data: { kind: 'container', id: 'a' },
      },
    ] as FlowNode[]
    const g = hostGraph(nodes, [
      { id: 'e', source: 'container:a', target: 'network:n', data: { kind: 'network', label: '' } },
    ])
    expect(g.edges).toEqual([{ id: 'e', sources: ['network:n'], targets: ['container:a'] }])
  })

  it('opens every example in its tidy layout, stored ahead of time (npm run layouts when this fails)', async () => {
    expect(await exampleLayouts()).toEqual(stored)
    const store = createDocknetStore(undefined, { cli })
    await store.getState().loadExample('ambassador')
    expect(store.getState().positions).toEqual(stored.ambassador)
  })
})
