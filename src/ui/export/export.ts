/**
 * Export of the canvas as SVG or PNG (loaded on first use), drawn from the canvas's Diagram
 * (diagram.ts).
 */
import type { ReactFlowInstance } from '@xyflow/react'
import { SCENARIOS, type AppState } from '../../store'
import { download } from '../../io/browser/files'
import { toDrawio } from '../../io/drawio'
import { toMermaid } from '../../io/mermaid'
import { toScript } from '../../io/script'
import { canvasDiagram } from './diagram'
import { diagramSvg, type Card, type Line } from './svg'

/** The picture of the current canvas, with the document embedded. */
export function canvasSvg(flow: ReactFlowInstance, state: AppState): string {
  const diagram = canvasDiagram(flow, state)
  const cards: Card[] = diagram.cards.map(({ parent: _parent, state: run, note, ...card }) => {
    const running = run === 'running'
    // A running container shows the canvas's green dot; any other state is spelled out.
    return { ...card, note: run ? (running ? '' : run) : note, ...(run ? { running } : {}) }
  })
  const lines: Line[] = [...diagram.edges]
  // An example exported as it was loaded carries its title and lesson.
  const example = SCENARIOS.find((x) => x.id === state.example)
  const caption = example ? { title: example.title, text: example.lesson } : undefined
  return diagramSvg(cards, lines, state.saveDocument(), caption)
}

/** A file name from a title (`legacy-link.drawio`), or `diagram.*` without one. */
function fileStem(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug || 'diagram'
}

/** The stem of an export's file name: the example's title, or `diagram`. */
const stemOf = (state: AppState) =>
  fileStem(SCENARIOS.find((x) => x.id === state.example)?.title ?? '')

/** The canvas as an editable diagrams.net file: hosts as containers holding their cards. */
export function exportDrawio(flow: ReactFlowInstance, state: AppState): void {
  const diagram = canvasDiagram(flow, state)
  download(`${stemOf(state)}.drawio`, toDrawio(diagram), 'application/xml')
}

/** The canvas as a Mermaid flowchart, for Markdown (GitHub, GitLab, MkDocs). */
export function exportMermaid(flow: ReactFlowInstance, state: AppState): void {
  const diagram = canvasDiagram(flow, state)
  download(`${stemOf(state)}.mmd`, toMermaid(diagram), 'text/vnd.mermaid')
}

/** The world as a docker script that builds it again, on Docknet or on real Docker. */
export function exportScript(state: AppState): void {
  const script = toScript(state.shell.topology)
  if (!script.ok) throw new Error(script.error)
  download(`${stemOf(state)}.sh`, script.script, 'text/x-shellscript')
}

export function exportSvg(flow: ReactFlowInstance, state: AppState): void {
  download(`${stemOf(state)}.docknet.svg`, canvasSvg(flow, state), 'image/svg+xml')
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
    download(`${stemOf(state)}.png`, png)
  } finally {
    URL.revokeObjectURL(url)
  }
}
