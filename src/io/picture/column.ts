/**
 * Pictures that read in a doc column. A README or docs column is about 760 px wide, and a
 * wider picture is shown shrunk to fit it: hosts side by side, as the canvas has them, make a
 * picture 800 to 3,000 px wide whose 10 px labels come out at 3 to 9 px. So for a column the
 * cards are placed again, narrower: hosts one under the other, full width, each holding the
 * rows of cards the canvas shows in it, a row too wide wrapped into rows that fit (in the same
 * order). Every card, edge and label stays; only places change, and the canvas keeps its own.
 * A drawing that already fits keeps the places it has. Either way the picture's natural width
 * (picture.ts, svg.ts `minText`) is 1.2 times its drawing: a page shows a narrower picture at
 * that width, not stretched to the column, and its 10 px text must come out at 12 there too.
 *
 * Not ELK (Tidy layout): its layers are as wide as their cards, with no bound to give, and it
 * is asynchronous, while the dialog's preview redraws on every keystroke. Wrapping the rows the
 * user arranged is synchronous, keeps their order, and is easy to predict.
 */
import type { Diagram, DiagramCard } from '../diagram'
import { MARGIN, SMALLEST_FONT } from './svg'

/** The width of a doc column (a README on GitHub, a docs page), and the text size it needs. */
export const COLUMN = 760
export const MIN_TEXT = 12

/**
 * The widest drawing (its cards, inside the picture's margins) whose smallest text still
 * shows at MIN_TEXT px when the picture is COLUMN px wide: 585 px.
 */
export const COLUMN_DRAWING = Math.floor((COLUMN * SMALLEST_FONT) / MIN_TEXT) - 2 * MARGIN

const HOST_PADDING = 24
/** A host's title line, then 14 px a line of its own (docker0 and its options). */
const hostHeader = (host: DiagramCard) => 30 + Math.max(1, host.lines.length) * 14
/** Between hosts, and between rows of cards: room for the edges and labels that pass there. */
const ROW_GAP = 56
/** Between the cards of a row. */
const GAP = 40

type Box = Pick<DiagramCard, 'x' | 'y' | 'width' | 'height'>

/** How wide the drawing is, from the origin the picture always shows. */
function extent(cards: readonly Box[]): number {
  if (cards.length === 0) return 0
  return Math.max(...cards.map((c) => c.x + c.width)) - Math.min(0, ...cards.map((c) => c.x))
}

/**
 * The rows the cards stand in, top to bottom, each left to right: a card whose top is above
 * the middle of a row's first (highest) card belongs to that row.
 */
export function bands<T extends Box>(cards: readonly T[]): T[][] {
  const rows: T[][] = []
  for (const c of [...cards].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const row = rows.at(-1)
    const first = row?.[0]
    if (row && first && c.y < first.y + first.height / 2) row.push(c)
    else rows.push([c])
  }
  return rows.map((row) => row.sort((a, b) => a.x - b.x))
}

/** Each row cut into rows no wider than `width` (a card wider than that stands alone). */
export function wrap<T extends Box>(rows: readonly (readonly T[])[], width: number): T[][] {
  const out: T[][] = []
  for (const row of rows) {
    let line: T[] = []
    let used = 0
    for (const c of row) {
      if (line.length > 0 && used + GAP + c.width > width) {
        out.push(line)
        line = []
        used = 0
      }
      used += (line.length > 0 ? GAP : 0) + c.width
      line.push(c)
    }
    if (line.length > 0) out.push(line)
  }
  return out
}

/**
 * The cards of `rows` placed from `top` down, each row centred in `width` from `left`; what
 * they cover below `top` (0 for none).
 */
function stack(
  rows: readonly (readonly DiagramCard[])[],
  left: number,
  top: number,
  width: number,
  placed: Map<string, DiagramCard>,
): number {
  let y = top
  for (const row of rows) {
    const used = row.reduce((sum, c) => sum + c.width, 0) + GAP * (row.length - 1)
    let x = left + Math.max(0, Math.round((width - used) / 2))
    for (const c of row) {
      placed.set(c.id, { ...c, x, y })
      x += c.width + GAP
    }
    y += Math.max(...row.map((c) => c.height)) + ROW_GAP
  }
  return rows.length > 0 ? y - ROW_GAP - top : 0
}

/** The diagram with its cards placed to fit `width` px (COLUMN_DRAWING unless told). */
export function fitColumn(d: Diagram, width = COLUMN_DRAWING): Diagram {
  if (extent(d.cards) <= width) return d
  const hosts = bands(d.cards.filter((c) => c.kind === 'host')).flat()
  const hostIds = new Set(hosts.map((h) => h.id))
  const placed = new Map<string, DiagramCard>()
  // What stands in no host (a swarm's overlay network spans them) goes above the hosts.
  const loose = d.cards.filter(
    (c) => c.kind !== 'host' && (c.parent === undefined || !hostIds.has(c.parent)),
  )
  const looseHeight = stack(wrap(bands(loose), width), 0, 0, width, placed)
  let y = loose.length > 0 ? looseHeight + ROW_GAP : 0
  for (const host of hosts) {
    const rows = wrap(bands(d.cards.filter((c) => c.parent === host.id)), width - 2 * HOST_PADDING)
    const widest = Math.max(0, ...rows.flat().map((c) => c.width))
    const inner = Math.max(width - 2 * HOST_PADDING, widest)
    const header = hostHeader(host)
    const held = stack(rows, HOST_PADDING, y + header, inner, placed)
    const height = header + held + HOST_PADDING
    placed.set(host.id, { ...host, x: 0, y, width: inner + 2 * HOST_PADDING, height })
    y += height + ROW_GAP
  }
  return { ...d, cards: d.cards.map((c) => placed.get(c.id) ?? c) }
}

/**
 * The size, in px, the smallest text of an SVG picture shows at in a doc column `column` px
 * wide: the picture at its natural width (its width attribute), shrunk if wider than the
 * column. Read from the picture itself: its width, its viewBox and its font sizes.
 */
export function textInColumn(svg: string, column = COLUMN): number {
  const head = /<svg\b[^>]*>/.exec(svg)?.[0] ?? ''
  const shown = Number(/\swidth="([\d.]+)"/.exec(head)?.[1])
  const drawn = Number(/\sviewBox="[-\d.e]+ [-\d.e]+ ([\d.e]+) /.exec(head)?.[1])
  const fonts = [...svg.matchAll(/\sfont-size="([\d.]+)"/g)].map((m) => Number(m[1]))
  if (!shown || !drawn || fonts.length === 0) return 0
  return (Math.min(...fonts) * Math.min(shown, column)) / drawn
}
