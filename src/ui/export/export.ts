/**
 * Export of the canvas as SVG or PNG (loaded on first use). Cards take their place and size
 * from React Flow (what the user arranged), their text from the same card views the canvas
 * draws.
 */
import type { ReactFlowInstance } from '@xyflow/react'
import type { Topology } from '../../engine'
import { cardView, SCENARIOS, type AppState, type FlowEdge, type FlowNode } from '../../store'
import { download } from '../../io/browser/files'
import { diagramSvg, type Card, type CardKind, type Line } from './svg'

/** A card's text as the picture draws it: the canvas's own view of the card (store/card-view.ts). */
function texts(
  t: Topology,
  node: FlowNode,
): Pick<Card, 'title' | 'note' | 'lines' | 'running'> | null {
  const view = cardView(t, node.data)
  if (!view) return null
  const running = view.state === 'running'
  return {
    title: view.title,
    // A running container shows the canvas's green dot; any other state is spelled out.
    note: view.state ? (running ? '' : view.state) : view.note,
    lines: view.lines.map((l) => l.text),
    ...(view.state ? { running } : {}),
  }
}

/** The least size a card needs for its title and `lines` lines, as svg.ts draws them. */
function fullSize(
  kind: Exclude<CardKind, 'host'>,
  lines: number,
): { width: number; height: number } {
  return {
    width: kind === 'volume' ? 160 : 190,
    height: lines === 0 ? 32 : 44 + lines * 14,
  }
}

/** The picture of the current canvas, with the document embedded. */
export function canvasSvg(flow: ReactFlowInstance, state: AppState): string {
  const cards: Card[] = []
  for (const node of state.nodes) {
    const internal = flow.getInternalNode(node.id)
    const text = texts(state.shell.topology, node)
    const { width, height } = internal?.measured ?? {}
    if (!internal || !text || !width || !height) continue
    const { x, y } = internal.internals.positionAbsolute
    const kind = node.data.kind as CardKind
    // Zoomed far out the canvas draws name-only cards: the picture keeps every card whole.
    const full = kind === 'host' ? { width, height } : fullSize(kind, text.lines.length)
    cards.push({
      id: node.id,
      kind,
      x,
      y,
      width: Math.max(width, full.width),
      height: Math.max(height, full.height),
      ...text,
    })
  }
  const lines: Line[] = state.edges.flatMap((e: FlowEdge) =>
    e.data
      ? [{ id: e.id, kind: e.data.kind, source: e.source, target: e.target, label: e.data.label }]
      : [],
  )
  // An example exported as it was loaded carries its title and lesson.
  const example = SCENARIOS.find((x) => x.id === state.example)
  const caption = example ? { title: example.title, text: example.lesson } : undefined
  return diagramSvg(cards, lines, state.saveDocument(), caption)
}

export function exportSvg(flow: ReactFlowInstance, state: AppState): void {
  download('diagram.docknet.svg', canvasSvg(flow, state), 'image/svg+xml')
}

/** Rasterises the SVG at twice its size, for documents that want a bitmap. */
export async function exportPng(flow: ReactFlowInstance, state: AppState): Promise<void> {
  const svg = canvasSvg(flow, state)
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    const scale = 2
    const canvas = document.createElement('canvas')
    canvas.width = image.naturalWidth * scale
    canvas.height = image.naturalHeight * scale
    const g = canvas.getContext('2d')
    if (!g) throw new Error('no 2D canvas')
    g.scale(scale, scale)
    g.drawImage(image, 0, 0)
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
    if (!png) throw new Error('the PNG could not be encoded')
    download('diagram.png', png)
  } finally {
    URL.revokeObjectURL(url)
  }
}
