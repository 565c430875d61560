/**
 * The draw.io (diagrams.net) export: an uncompressed `.drawio` file drawn from a Diagram.
 *
 * Hosts become swimlane containers holding their cards, so the cards move with their host in
 * draw.io; a child's geometry is relative to its host (mxGraph places a child at its parent's
 * origin plus its own x/y). Cards without a host (a network spanning hosts) sit on the default
 * layer at absolute positions. Every label is an HTML label (`html=1`): user text is
 * HTML-escaped, then the whole label is XML-escaped into the `value` attribute, so names such
 * as `<img src=x onerror=…>` stay text. Cell ids are generated (`c0`, `c1`…), never user text,
 * and the output depends on the diagram alone: same diagram, same bytes.
 */
import { DRAWIO_ATTRIBUTE, xmlSafeJson } from './embedded'
import type { Diagram, DiagramCard, DiagramCardKind, DiagramEdge, DiagramEdgeKind } from './diagram'

/** The page name when the diagram has no title. */
const UNTITLED = 'Docknet'
/** The default layer: draw.io's cell 1, child of the root cell 0. */
const LAYER = '1'
/** Height of a host's title bar (its swimlane header). */
const HOST_HEADER = 28

/** Docker states in which nothing runs: those containers are drawn greyed. */
const STOPPED: ReadonlySet<string> = new Set(['created', 'exited', 'dead'])

/**
 * Styles per card kind. `swimlane` is a container in draw.io unless `container=0`
 * (Graph.prototype.isContainer in draw.io's Graph.js); `container=1` says so explicitly.
 * `collapsible=0`: folding a host would hide its cards, which a picture of a topology never wants.
 */
const CARD_STYLE: Record<DiagramCardKind, string> = {
  host:
    'swimlane;container=1;collapsible=0;html=1;whiteSpace=wrap;rounded=1;arcSize=4;' +
    `startSize=${HOST_HEADER};align=left;spacingLeft=8;fontSize=12;fillColor=#e2e8f0;` +
    'swimlaneFillColor=#f8fafc;strokeColor=#64748b;fontColor=#0f172a;',
  network:
    'rounded=1;html=1;whiteSpace=wrap;align=left;verticalAlign=top;spacingLeft=6;' +
    'spacingTop=2;fillColor=#ecfdf5;strokeColor=#059669;fontColor=#064e3b;',
  container:
    'rounded=1;arcSize=6;html=1;whiteSpace=wrap;align=left;verticalAlign=top;spacingLeft=6;' +
    'spacingTop=2;fillColor=#f0f9ff;strokeColor=#0369a1;fontColor=#0c4a6e;',
  volume:
    'shape=cylinder3;boundedLbl=1;backgroundOutline=1;size=8;html=1;whiteSpace=wrap;' +
    'align=left;verticalAlign=top;spacingLeft=6;fillColor=#fffbeb;strokeColor=#d97706;' +
    'fontColor=#78350f;',
}

/** A container that is not running: grey fill, grey dashed outline, grey text. */
const STOPPED_STYLE =
  'rounded=1;arcSize=6;html=1;whiteSpace=wrap;align=left;verticalAlign=top;spacingLeft=6;' +
  'spacingTop=2;fillColor=#f1f5f9;strokeColor=#94a3b8;dashed=1;fontColor=#64748b;'

/**
 * Styles per edge kind, in the canvas's colours (io/picture/edge-style.ts); the line and the
 * arrowhead differ too, so colour is never the only signal. Relations with a direction get an
 * arrowhead; a network attachment has none.
 */
const EDGE_STYLE: Record<DiagramEdgeKind, string> = {
  network: 'endArrow=none;strokeColor=#059669;',
  link: 'endArrow=classic;strokeColor=#2563eb;',
  volume: 'endArrow=block;endFill=0;strokeColor=#d97706;',
  'volumes-from': 'endArrow=classic;dashed=1;dashPattern=1 3;strokeColor=#b45309;',
  joined: 'endArrow=classic;strokeWidth=3;strokeColor=#7c3aed;',
  ambassador: 'endArrow=classic;dashed=1;dashPattern=8 4;strokeColor=#db2777;',
}
const EDGE_BASE = 'html=1;rounded=0;labelBackgroundColor=#ffffff;fontSize=10;'

/** The diagram as a `.drawio` file (UTF-8 text). */
export function toDrawio(d: Diagram, document?: string): string {
  const name = d.title.trim() === '' ? UNTITLED : d.title
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<mxfile host="Docknet" type="device">',
    `  <diagram id="docknet" name="${xmlAttr(name)}">`,
    '    <mxGraphModel grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" ' +
      'fold="1" page="0" math="0" shadow="0">',
    '      <root>',
    // The saved document rides on the root cell, so that Docknet opens the file again.
    `        ${document === undefined ? '<mxCell id="0"/>' : rootCell(document)}`,
    `        <mxCell id="${LAYER}" parent="0"/>`,
    ...cells(d).map((cell) => `        ${cell}`),
    '      </root>',
    '    </mxGraphModel>',
    '  </diagram>',
    '</mxfile>',
    '',
  ].join('\n')
}

/** The root cell carrying the document's JSON as a property of the diagram (embedded.ts). */
const rootCell = (json: string) =>
  `<object id="0" label="" ${DRAWIO_ATTRIBUTE}="${xmlAttr(xmlSafeJson(json))}"><mxCell/></object>`

/** A card's place in the file: its cell id and the card it sits in, if that is a host. */
interface Placed {
  readonly card: DiagramCard
  readonly id: string
  readonly host?: Placed
}

/**
 * The cells after the two base cells: hosts first (a child's parent precedes it), then the
 * other cards, then the edges, each group in the diagram's order. An edge naming a card the
 * diagram lacks is left out (draw.io cannot draw a dangling reference).
 */
function cells(d: Diagram): string[] {
  const ordered = [
    ...d.cards.filter((c) => c.kind === 'host'),
    ...d.cards.filter((c) => c.kind !== 'host'),
  ]
  const byCard = new Map<string, Placed>()
  const out: string[] = []
  ordered.forEach((card, i) => {
    const placed = place(card, `c${i}`, byCard)
    if (!byCard.has(card.id)) byCard.set(card.id, placed)
    out.push(vertexCell(placed))
  })
  let next = ordered.length
  for (const edge of d.edges) {
    const source = byCard.get(edge.source)
    const target = byCard.get(edge.target)
    if (source && target) out.push(edgeCell(edge, `c${next++}`, source, target))
  }
  return out
}

/** A card with its id and, when it names a host card already placed, that host. */
function place(card: DiagramCard, id: string, byCard: ReadonlyMap<string, Placed>): Placed {
  const parent = card.kind === 'host' || card.parent === undefined ? undefined : card.parent
  const host = parent === undefined ? undefined : byCard.get(parent)
  return host?.card.kind === 'host' ? { card, id, host } : { card, id }
}

function vertexCell({ card, id, host }: Placed): string {
  const x = host ? card.x - host.card.x : card.x
  const y = host ? card.y - host.card.y : card.y
  const geometry =
    `<mxGeometry x="${num(x)}" y="${num(y)}" width="${num(card.width)}" ` +
    `height="${num(card.height)}" as="geometry"/>`
  return (
    `<mxCell id="${id}" value="${xmlAttr(cardLabel(card))}" style="${cardStyle(card)}" ` +
    `vertex="1" parent="${host ? host.id : LAYER}">${geometry}</mxCell>`
  )
}

function cardStyle(card: DiagramCard): string {
  const stopped = card.kind === 'container' && card.state !== undefined && STOPPED.has(card.state)
  return stopped ? STOPPED_STYLE : CARD_STYLE[card.kind]
}

/**
 * A card's HTML label: the title in bold, the note (if any) in italics after a space, then
 * each line after a `<br>`. A host shows its title and note only: its header is one line high.
 */
function cardLabel(card: DiagramCard): string {
  const head =
    `<b>${htmlText(card.title)}</b>` + (card.note === '' ? '' : ` <i>${htmlText(card.note)}</i>`)
  if (card.kind === 'host') return head
  return [head, ...card.lines.map(htmlText)].join('<br>')
}

/** An edge on the layer, or inside the host holding both of its ends. */
function edgeCell(edge: DiagramEdge, id: string, source: Placed, target: Placed): string {
  const shared = source.host && source.host === target.host ? source.host.id : LAYER
  return (
    `<mxCell id="${id}" value="${xmlAttr(htmlText(edge.label))}" ` +
    `style="${EDGE_BASE}${EDGE_STYLE[edge.kind]}" edge="1" parent="${shared}" ` +
    `source="${source.id}" target="${target.id}"><mxGeometry relative="1" as="geometry"/></mxCell>`
  )
}

/** A coordinate as draw.io reads it: finite, at most two decimals, never `-0`. */
function num(n: number): string {
  if (!Number.isFinite(n)) return '0'
  return String(Math.round(n * 100) / 100 + 0)
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\r': '&#13;',
}

/**
 * User text as HTML text: markup characters escaped; a carriage return as a reference, since
 * an HTML parser turns a raw one into a line feed. Characters an XML file cannot hold raw (C0
 * controls, U+FFFE, U+FFFF) go in as HTML references, which XML carries as plain text; NUL and
 * unpaired surrogates, which no HTML text can hold, become U+FFFD.
 */
function htmlText(s: string): string {
  let out = ''
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0
    if (HTML_ESCAPES[ch] !== undefined) out += HTML_ESCAPES[ch]
    else if (code === 0 || isLoneSurrogate(code)) out += '\uFFFD'
    else if (!isXmlChar(code)) out += `&#${code};`
    else out += ch
  }
  return out
}

/**
 * Text as an XML attribute value: markup escaped, and tab, line feed and carriage return as
 * references so attribute-value normalization keeps them; a character XML 1.0 forbids becomes
 * U+FFFD (labels never carry one: htmlText has turned them into references).
 */
function xmlAttr(s: string): string {
  let out = ''
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0
    if (ch === '&') out += '&amp;'
    else if (ch === '<') out += '&lt;'
    else if (ch === '>') out += '&gt;'
    else if (ch === '"') out += '&quot;'
    else if (ch === '\t' || ch === '\n' || ch === '\r') out += `&#${code};`
    else if (!isXmlChar(code)) out += '\uFFFD'
    else out += ch
  }
  return out
}

/** XML 1.0's Char production (https://www.w3.org/TR/xml/#charsets). */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  )
}

function isLoneSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff
}
