/**
 * The diagram as a standalone SVG, drawn from the model rather than copied from the DOM: each
 * card from its entity, each edge with the canvas's geometry (floating ends, bezier, colour and
 * dash per kind), a legend, and the saved document embedded in <metadata> so that Open reads
 * the picture back. Pure string building: the same input gives the same bytes.
 */
import type { DiagramEdgeKind as EdgeKind } from '../diagram'
import { arrowId, DIRECTED, EDGE_STYLE } from './edge-style'
import { routeEdge, routePath } from './edge-route'
import type { Box } from './floating'
import { labelSize, layoutLabels } from './label-layout'

export type CardKind = 'host' | 'network' | 'container' | 'volume'

export interface Card extends Box {
  readonly id: string
  readonly kind: CardKind
  readonly title: string
  /** Right of the title, smaller (driver, LAN address, a container's state unless running). */
  readonly note: string
  readonly lines: readonly string[]
  /** A running container's green dot, as on the canvas. */
  readonly running?: boolean
}

/** What the picture shows above the drawing: a title, and a lesson or caption under it. */
export interface Caption {
  readonly title: string
  readonly text: string
}

export interface Line {
  readonly id: string
  readonly kind: EdgeKind
  readonly source: string
  readonly target: string
  readonly label: string
}

const CARD_STYLE: Record<CardKind, { fill: string; stroke: string; text: string }> = {
  host: { fill: '#f8fafc', stroke: '#94a3b8', text: '#1e293b' },
  network: { fill: '#ecfdf5', stroke: '#6ee7b7', text: '#064e3b' },
  container: { fill: '#ffffff', stroke: '#cbd5e1', text: '#0f172a' },
  volume: { fill: '#fffbeb', stroke: '#fcd34d', text: '#78350f' },
}

/** Every font size the picture uses, in px of its drawing (its viewBox). */
const FONT = {
  hostTitle: 15,
  title: 12,
  note: 10,
  line: 10.5,
  edgeLabel: 10,
  legend: 11,
  heading: 16,
  caption: 12.5,
} as const

/** The smallest text the picture draws (a card's note, an edge's label). */
export const SMALLEST_FONT = Math.min(...Object.values(FONT))

/** Room around the drawing, inside the picture. */
export const MARGIN = 24

const SANS = 'ui-sans-serif, system-ui, sans-serif'
const MONO = 'ui-monospace, SFMono-Regular, Menlo, monospace'

/**
 * Characters XML 1.0 forbids anywhere, even escaped: C0 controls but tab and newlines, lone
 * surrogates, U+FFFE and U+FFFF. Docker accepts some of them in names (a network `ctl\u0001x`).
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Text for an SVG: markup escaped, what XML forbids drawn as the replacement character. */
const esc = (s: string) =>
  s
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')

/**
 * The embedded document, JSON, in CDATA: CDATA cannot hold `]]>` (split across two sections),
 * and what XML forbids is written as JSON's `\uXXXX` escape, which reads back the same.
 */
const cdata = (json: string) => {
  const safe = json.replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return `<![CDATA[${safe.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`
}

/** Cuts a line to what fits in `width` px of `charWidth`-wide characters, as the canvas does. */
function fit(text: string, width: number, charWidth: number): string {
  const max = Math.floor(width / charWidth)
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`
}

function card(c: Card): string {
  const s = CARD_STYLE[c.kind]
  const host = c.kind === 'host'
  const r = host ? 12 : 8
  const head = host ? 16 : 14
  const noteWidth = c.running ? 12 : c.note.length * 6.1
  const out = [
    `<g data-id="${esc(c.id)}">`,
    `<rect x="${c.x}" y="${c.y}" width="${c.width}" height="${c.height}" rx="${r}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="${host ? 2 : 1}"/>`,
    `<text x="${c.x + 12}" y="${c.y + head + 4}" font-family="${SANS}" font-size="${host ? FONT.hostTitle : FONT.title}" font-weight="600" fill="${s.text}">${esc(fit(c.title, c.width - 24 - noteWidth, host ? 8.2 : 7.4))}</text>`,
    c.running
      ? `<circle cx="${c.x + c.width - 14}" cy="${c.y + head}" r="4" fill="#10b981"/>`
      : `<text x="${c.x + c.width - 10}" y="${c.y + head + 4}" text-anchor="end" font-family="${MONO}" font-size="${FONT.note}" fill="${host ? '#475569' : '#64748b'}">${esc(c.note)}</text>`,
  ]
  c.lines.forEach((line, i) => {
    // Published ports stand out, as on the canvas.
    const colour = line.startsWith('-p ') ? '#7e22ce' : '#334155'
    out.push(
      `<text x="${c.x + 12}" y="${c.y + head + 20 + i * 14}" font-family="${MONO}" font-size="${FONT.line}" fill="${colour}">${esc(fit(line, c.width - 20, 6.4))}</text>`,
    )
  })
  out.push('</g>')
  return out.join('')
}

function edge(
  e: Line,
  boxes: ReadonlyMap<string, Card>,
  obstacles: readonly Box[],
  labels: ReadonlyMap<string, { x: number; y: number }>,
): { path: string; label: string } | null {
  const from = boxes.get(e.source)
  const to = boxes.get(e.target)
  if (!from || !to) return null
  const d = routePath(routeEdge(from, to, obstacles))
  const s = EDGE_STYLE[e.kind]
  const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : ''
  const arrow = DIRECTED.has(e.kind) ? ` marker-end="url(#${arrowId(e.kind)})"` : ''
  const path = `<path d="${d}" fill="none" stroke="${s.stroke}" stroke-width="1.5"${dash}${arrow}/>`
  const at = labels.get(e.id)
  if (!e.label || !at) return { path, label: '' }
  const { x: lx, y: ly } = at
  const w = labelSize(e.label).width
  const label = `<rect x="${lx - w / 2}" y="${ly - 8}" width="${w}" height="16" rx="3" fill="#ffffff" fill-opacity="0.92"/><text x="${lx}" y="${ly + 3.5}" text-anchor="middle" font-family="${MONO}" font-size="${FONT.edgeLabel}" fill="#334155">${esc(e.label)}</text>`
  return { path, label }
}

/** The legend's words: its heading and each edge kind's name, in the picture's language. */
export interface LegendWords {
  readonly heading: string
  readonly kinds: Readonly<Record<EdgeKind, string>>
}

const ENGLISH_LEGEND: LegendWords = {
  heading: 'Legend',
  kinds: {
    network: 'network attachment',
    link: '--link (legacy)',
    volume: 'volume mount',
    'volumes-from': '--volumes-from',
    joined: '--net=container:',
    ambassador: 'ambassador forward',
  },
}

/** The legend: one sample line per edge kind used, with its dash pattern and name. */
function legend(kinds: readonly EdgeKind[], words: LegendWords, x: number, y: number): string {
  const rows = kinds.map((k, i) => {
    const s = EDGE_STYLE[k]
    const ly = y + 30 + i * 18
    const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : ''
    return `<line x1="${x + 12}" y1="${ly}" x2="${x + 52}" y2="${ly}" stroke="${s.stroke}" stroke-width="2"${dash}/><text x="${x + 60}" y="${ly + 3.5}" font-family="${SANS}" font-size="${FONT.legend}" fill="#334155">${esc(words.kinds[k])}</text>`
  })
  const height = 38 + kinds.length * 18
  return `<g aria-label="${esc(words.heading)}"><rect x="${x}" y="${y}" width="220" height="${height}" rx="8" fill="#ffffff" stroke="#cbd5e1"/><text x="${x + 12}" y="${y + 16}" font-family="${SANS}" font-size="${FONT.legend}" font-weight="600" fill="#475569">${esc(words.heading)}</text>${rows.join('')}</g>`
}

export const LEGEND_WIDTH = 220

/** Chinese (Japanese, Korean) characters: each as wide as two Latin ones; a line breaks by any. */
const WIDE = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef'

/** A caption's pieces: a word, a space, or one wide character. */
const PIECE = new RegExp(`[${WIDE}]|[^\\s${WIDE}]+|\\s`, 'g')

const WIDE_CHARACTER = new RegExp(`[${WIDE}]`, 'g')

/** How many Latin characters' room `text` takes. */
const room = (text: string) => text.length + (text.match(WIDE_CHARACTER)?.length ?? 0)

/**
 * The caption's title, then its text wrapped to `width` px (about 6.4 px a Latin character):
 * between words, or between any two Chinese characters.
 */
function captionLines(caption: Caption, width: number): string[] {
  const max = Math.max(20, Math.floor(width / 6.4))
  const rows: string[] = [caption.title]
  let row = ''
  const pieces = caption.text.replace(/\s+/g, ' ').match(PIECE) ?? []
  for (const piece of pieces) {
    if (row !== '' && piece !== ' ' && room(row + piece) > max) {
      rows.push(row.trimEnd())
      row = piece
    } else if (row !== '' || piece !== ' ') row += piece
  }
  if (row.trim() !== '') rows.push(row.trimEnd())
  return rows
}

/** How the picture is shown, besides what it draws. */
export interface Look {
  /** A title, and a lesson or caption under it, above the drawing. */
  readonly caption?: Caption
  /** No background, for slides that have their own. */
  readonly transparent?: boolean
  /**
   * The size its smallest text should have shown at its natural size (its width and height
   * attributes, which a doc page uses), in px. Without it, one px of the drawing is one px.
   */
  readonly minText?: number
  /** The legend's words; English without them. */
  readonly legend?: LegendWords
}

type Bounds = { minX: number; minY: number; maxX: number; maxY: number }

/** What the drawing covers: its cards and its edge labels (which may stand beside the cards). */
function bounds(cards: readonly Card[], labels: readonly Box[]): Bounds {
  const all: readonly Box[] = [...cards, ...labels]
  return {
    minX: Math.min(0, ...all.map((b) => b.x)) - MARGIN,
    minY: Math.min(0, ...all.map((b) => b.y)) - MARGIN,
    maxX: Math.max(LEGEND_WIDTH, ...all.map((b) => b.x + b.width)) + MARGIN,
    maxY: Math.max(0, ...all.map((b) => b.y + b.height)) + MARGIN,
  }
}

/**
 * The whole picture: hosts first (underneath), then edges, then the other cards, then edge
 * labels on top, and the legend below the drawing. `document` is the saved JSON.
 */
export function diagramSvg(
  cards: readonly Card[],
  lines: readonly Line[],
  document: string,
  look: Look = {},
): string {
  const boxes = new Map(cards.map((c) => [c.id, c]))
  // Edges go around cards, and labels are placed, as on the canvas.
  const obstacles = cards.filter((c) => c.kind !== 'host')
  const labels = layoutLabels(
    lines.flatMap((l) => {
      const source = boxes.get(l.source)
      const target = boxes.get(l.target)
      return l.label && source && target ? [{ id: l.id, text: l.label, source, target }] : []
    }),
    obstacles,
    lines.flatMap((l) => {
      const source = boxes.get(l.source)
      const target = boxes.get(l.target)
      return source && target ? [{ id: l.id, source, target }] : []
    }),
  )
  const labelBoxes = lines.flatMap((l) => {
    const at = labels.get(l.id)
    if (!l.label || !at) return []
    const w = labelSize(l.label).width
    return [{ x: at.x - w / 2, y: at.y - 8, width: w, height: 16 }]
  })
  const { minX, minY, maxX, maxY } = bounds(cards, labelBoxes)
  const kinds = (Object.keys(EDGE_STYLE) as EdgeKind[]).filter((k) =>
    lines.some((l) => l.kind === k),
  )
  const legendHeight = kinds.length > 0 ? 38 + kinds.length * 18 + MARGIN : 0
  const width = maxX - minX
  const heading = look.caption ? captionLines(look.caption, width - 2 * MARGIN) : []
  const headingHeight = heading.length > 0 ? 12 + heading.length * 18 : 0
  const top = minY - headingHeight
  const height = maxY - top + legendHeight
  const scale = Math.max(1, (look.minText ?? 0) / SMALLEST_FONT)
  const drawn = lines.flatMap((l) => edge(l, boxes, obstacles, labels) ?? [])
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(width * scale)}" height="${Math.ceil(height * scale)}" viewBox="${minX} ${top} ${width} ${height}">`,
    `<metadata id="docknet-document">${cdata(document)}</metadata>`,
    `<defs>${[...DIRECTED]
      .map(
        (k) =>
          `<marker id="${arrowId(k)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${EDGE_STYLE[k].stroke}"/></marker>`,
      )
      .join('')}</defs>`,
    // Slides have their own background: a transparent picture leaves it showing.
    look.transparent
      ? ''
      : `<rect x="${minX}" y="${top}" width="${width}" height="${height}" fill="#ffffff"/>`,
    ...heading.map(
      (h, i) =>
        `<text x="${minX + MARGIN}" y="${top + MARGIN + 4 + i * 18}" font-family="${SANS}" font-size="${i === 0 ? FONT.heading : FONT.caption}"${i === 0 ? ' font-weight="600"' : ''} fill="${i === 0 ? '#0f172a' : '#475569'}">${esc(h)}</text>`,
    ),
    ...cards.filter((c) => c.kind === 'host').map(card),
    ...drawn.map((d) => d.path),
    ...cards.filter((c) => c.kind !== 'host').map(card),
    ...drawn.map((d) => d.label),
    kinds.length > 0 ? legend(kinds, look.legend ?? ENGLISH_LEGEND, minX + MARGIN, maxY) : '',
    '</svg>',
    '',
  ].join('\n')
}
