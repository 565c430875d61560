import { describe, expect, it } from 'vitest'
import * as cli from '../cli/index'
import type { FlowNode } from './flow-mapping'
import { nodeId } from './ids'
import { seedRecreatedCards, withoutSeededHandles } from './recreated-cards'
import { createDocknetStore } from './store'

const card = (id: string, measured?: { width: number; height: number }): FlowNode => ({
  id: nodeId.container(id),
  type: 'container',
  position: { x: 0, y: 0 },
  data: { kind: 'container', id },
  ...(measured ? { measured } : {}),
})

describe('the card of a recreated container', () => {
  it('starts at the size its predecessor was measured at, with its handle on the top border', () => {
    const [seeded, other] = seedRecreatedCards(
      [card('new'), card('other')],
      [card('old', { width: 190, height: 120 })],
      new Map([['new', 'old']]),
    )
    expect(seeded?.measured).toEqual({ width: 190, height: 120 })
    // React Flow's default handle: a 6 px dot centred on the border.
    expect(seeded?.handles).toEqual([
      { id: null, type: 'source', position: 'top', x: 92, y: -3, width: 6, height: 6 },
    ])
    expect(other?.measured).toBeUndefined()
  })

  it('is left to be measured when its predecessor never was, or when it already is', () => {
    const made = new Map([['new', 'old']])
    const nodes = [card('new')]
    expect(seedRecreatedCards(nodes, [card('old')], made)).toEqual(nodes)
    const measured = [card('new', { width: 190, height: 80 })]
    expect(seedRecreatedCards(measured, [card('old', { width: 190, height: 120 })], made)).toEqual(
      measured,
    )
    expect(seedRecreatedCards(nodes, [], new Map())).toBe(nodes)
  })

  it('loses its seeded handles once React Flow measures it', () => {
    const [seeded] = seedRecreatedCards(
      [card('new')],
      [card('old', { width: 190, height: 120 })],
      new Map([['new', 'old']]),
    )
    expect(seeded && withoutSeededHandles(seeded)).toEqual(card('new', { width: 190, height: 120 }))
  })
})

describe('a link drawn on the canvas (a recreate)', () => {
  it('draws the recreated card at once, at its measured size, where it was', async () => {
    const store = createDocknetStore(undefined, { cli })
    const s0 = store.getState()
    await s0.runGesture('docker run -d --name db redis', 'docker run -d --name web nginx')
    const id = (name: string) =>
      [...store.getState().shell.topology.containers.values()].find((c) => c.name === name)?.id ??
      ''
    const web = nodeId.container(id('web'))
    // React Flow measures the card.
    store
      .getState()
      .onNodesChange([{ id: web, type: 'dimensions', dimensions: { width: 190, height: 112 } }])
    const before = store.getState().nodes.find((n) => n.id === web)
    expect(await store.getState().connect(web, nodeId.container(id('db')))).toBeUndefined()
    const after = store.getState().nodes.find((n) => n.id === nodeId.container(id('web')))
    expect(after?.id).not.toBe(web)
    expect(after?.measured).toEqual({ width: 190, height: 112 })
    expect(after?.position).toEqual(before?.position)
    expect(after?.handles).toHaveLength(1)
  })
})
