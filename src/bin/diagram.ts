/**
 * The Diagram of a world without a browser (for `docknet convert`): cards where the document
 * placed them (or the canvas's default places), at the sizes the exports draw them, with the
 * canvas's own card text and edges.
 */
import type { Topology } from '../engine'
import type { Diagram, DiagramCard, DiagramCardKind } from '../io/diagram'
import { cardView } from '../store/card-view'
import { topologyEdges } from '../store/flow-edges'
import { LAYOUT, placeNew, reconcileNodes, type Size, type XY } from '../store/flow-mapping'

/** A card's size as the exports draw it: its title, then a line of 14 px per line of text. */
function cardSize(kind: DiagramCardKind, lines: number): Size {
  if (kind === 'network') return { width: LAYOUT.networkWidth, height: 32 + lines * 14 }
  return {
    width: kind === 'volume' ? 160 : LAYOUT.containerWidth,
    height: lines === 0 ? 32 : 44 + lines * 14,
  }
}

export function headlessDiagram(
  t: Topology,
  positions: Readonly<Record<string, XY>> = {},
  sizes: Readonly<Record<string, Size>> = {},
  title = '',
): Diagram {
  const nodes = reconcileNodes(t, placeNew(t, positions, sizes), sizes, [])
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const absolute = (id: string | undefined): XY => {
    const node = id === undefined ? undefined : byId.get(id)
    if (!node) return { x: 0, y: 0 }
    const parent = absolute(node.parentId)
    return { x: parent.x + node.position.x, y: parent.y + node.position.y }
  }
  const cards: DiagramCard[] = nodes.flatMap((node) => {
    const view = cardView(t, node.data)
    if (!view) return []
    const kind = node.data.kind as DiagramCardKind
    const lines = view.lines.map((l) => l.text)
    const size =
      kind === 'host'
        ? { width: Number(node.width ?? 0), height: Number(node.height ?? 0) }
        : cardSize(kind, lines.length)
    return [
      {
        id: node.id,
        kind,
        title: view.title,
        note: view.note,
        lines,
        ...(node.parentId ? { parent: node.parentId } : {}),
        ...(view.state ? { state: view.state } : {}),
        ...absolute(node.id),
        ...size,
      },
    ]
  })
  const edges = topologyEdges(t).flatMap((e) =>
    e.data
      ? [{ id: e.id, kind: e.data.kind, source: e.source, target: e.target, label: e.data.label }]
      : [],
  )
  return { title, cards, edges }
}
