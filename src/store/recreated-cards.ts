/**
 * The card of a recreated container, made under its new id, starts with the size its
 * predecessor was measured at and the handle ContainerNode draws. React Flow hides a
 * card of unknown size, and its edges, until the frame that measures it, which then routed every
 * edge near it once without the card and once with it. Seeded, the card and its edges are drawn
 * in the change's first frame and the edges around it keep their way, since no card moved (a
 * link drawn at 500 containers; bench:ui). A card that turns out to be another size is measured
 * as any other, and then loses this handle (node-changes.ts).
 */
import { Position, type NodeHandle } from '@xyflow/react'
import type { FlowNode, Size } from './flow-mapping'
import { inheritFullHeight } from './full-heights'
import { nodeId } from './ids'

/** ContainerNode's one handle: React Flow's 6 px dot, centred on the card's top border. */
const HANDLE = 6

const handlesOf = ({ width }: Size): NodeHandle[] => [
  {
    id: null,
    type: 'source',
    position: Position.Top,
    x: width / 2 - HANDLE / 2,
    y: -HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  },
]

/** `nodes` with each recreated container's card (`made` → old container id) seeded. */
export function seedRecreatedCards(
  nodes: FlowNode[],
  before: readonly FlowNode[],
  made: ReadonlyMap<string, string>,
): FlowNode[] {
  if (made.size === 0) return nodes
  const old = new Map(before.map((n) => [n.id, n]))
  const seeds = new Map<string, { predecessor: FlowNode; size: Size }>()
  for (const [id, was] of made) {
    const predecessor = old.get(nodeId.container(was))
    const { width, height } = predecessor?.measured ?? {}
    if (predecessor && width && height)
      seeds.set(nodeId.container(id), { predecessor, size: { width, height } })
  }
  return nodes.map((n) => {
    const seed = seeds.get(n.id)
    if (!seed || n.measured) return n
    const seeded = { ...n, measured: seed.size, handles: handlesOf(seed.size) }
    inheritFullHeight(seed.predecessor, seeded)
    return seeded
  })
}

/** A card measured at its own size needs no seeded handles: React Flow's measured ones serve. */
export function withoutSeededHandles(n: FlowNode): FlowNode {
  if (!n.handles) return n
  const { handles: _seeded, ...measured } = n
  return measured
}
