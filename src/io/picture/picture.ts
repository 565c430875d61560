/**
 * A Diagram as the SVG picture docs take, for the export dialog and `docknet convert` alike:
 * fitted to a doc column (column.ts) unless the canvas's layout is asked for, with the saved
 * document embedded so that the picture opens again.
 */
import type { Diagram } from '../diagram'
import { fitColumn, MIN_TEXT } from './column'
import { diagramSvg, type Caption, type Card, type LegendWords } from './svg'

export interface PictureLook {
  readonly caption?: Caption
  readonly transparent?: boolean
  /** Laid out for a 760 px doc column, its smallest text 12 px there; else as on the canvas. */
  readonly column: boolean
  /** The legend's words, in the interface's language; English without them. */
  readonly legend?: LegendWords
}

export function pictureSvg(diagram: Diagram, document: string, look: PictureLook): string {
  const placed = look.column ? fitColumn(diagram) : diagram
  const cards: Card[] = placed.cards.map(({ parent: _parent, state: run, note, ...card }) => {
    const running = run === 'running'
    // A running container shows the canvas's green dot; any other state is spelled out.
    return { ...card, note: run ? (running ? '' : run) : note, ...(run ? { running } : {}) }
  })
  return diagramSvg(cards, placed.edges, document, {
    ...(look.caption ? { caption: look.caption } : {}),
    transparent: look.transparent ?? false,
    ...(look.column ? { minText: MIN_TEXT } : {}),
    ...(look.legend ? { legend: look.legend } : {}),
  })
}
