/**
 * The canvas as a Diagram (io/diagram.ts), the picture every doc format is written from: cards
 * at the place and size React Flow gives them (what the user arranged), with the text the
 * canvas draws (store/card-view.ts), and the edges with their meaning.
 */
import type { ReactFlowInstance } from '@xyflow/react'
import type { Diagram, DiagramCard, DiagramCardKind } from '../../io/diagram'
import { cardView, SCENARIOS, type AppState, type FlowEdge } from '../../store'

/** The least size a card needs for its title and `lines` lines, as the exports draw them. */
function fullSize(kind: Exclude<DiagramCardKind, 'host'>, lines: number) {
  return {
    width: kind === 'volume' ? 160 : 190,
    height: lines === 0 ? 32 : 44 + lines * 14,
  }
}

export function canvasDiagram(flow: ReactFlowInstance, state: AppState): Diagram {
  const t = state.shell.topology
  const cards: DiagramCard[] = []
  for (const node of state.nodes) {
    const internal = flow.getInternalNode(node.id)
    const view = cardView(t, node.data)
    const { width, height } = internal?.measured ?? {}
    if (!internal || !view || !width || !height) continue
    const { x, y } = internal.internals.positionAbsolute
    const kind = node.data.kind as DiagramCardKind
    // Zoomed far out the canvas draws name-only cards: the picture keeps every card whole.
    const full = kind === 'host' ? { width, height } : fullSize(kind, view.lines.length)
    cards.push({
      id: node.id,
      kind,
      title: view.title,
      note: view.note,
      lines: view.lines.map((l) => l.text),
      ...(node.parentId ? { parent: node.parentId } : {}),
      ...(view.state ? { state: view.state } : {}),
      x,
      y,
      width: Math.max(width, full.width),
      height: Math.max(height, full.height),
    })
  }
  const edges = state.edges.flatMap((e: FlowEdge) =>
    e.data
      ? [{ id: e.id, kind: e.data.kind, source: e.source, target: e.target, label: e.data.label }]
      : [],
  )
  // An example exported as it was loaded carries its title.
  const example = SCENARIOS.find((x) => x.id === state.example)
  return { title: example?.title ?? '', cards, edges }
}
