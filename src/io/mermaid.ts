/**
 * A diagram as a Mermaid flowchart for Markdown docs (GitHub, GitLab, MkDocs): `flowchart LR`,
 * each host a subgraph holding its cards, a network spanning hosts outside them, every edge
 * kind with its label and its own style. Ids are generated (`n0`, `n1`… by card order), never
 * taken from user text; all user text goes in quoted labels, escaped by mermaid-text.ts. The
 * same diagram always gives the same text.
 */
import { mermaidScriptLines } from './embedded'
import type { Diagram, DiagramCard, DiagramCardKind, DiagramEdge, DiagramEdgeKind } from './diagram'
import { labelFromLines, yamlString } from './mermaid-text'

type NodeKind = Exclude<DiagramCardKind, 'host'>

/**
 * A shape per node kind: networks hexagons `{{…}}`, containers rectangles `[…]`, volumes
 * cylinders `[(…)]` (hosts are subgraphs).
 */
const SHAPES: Readonly<Record<NodeKind, readonly [open: string, close: string]>> = {
  network: ['{{', '}}'],
  container: ['[', ']'],
  volume: ['[(', ')]'],
}

/** Node kinds' classes (hosts' subgraphs too), and `stopped` for a container not running. */
const CLASS_DEFS: Readonly<Record<DiagramCardKind | 'stopped', string>> = {
  host: 'fill:#f6f8fa,stroke:#8c959f,color:#24292f',
  network: 'fill:#ddf4ff,stroke:#0969da,color:#0a3069',
  container: 'fill:#ffffff,stroke:#57606a,color:#24292f',
  volume: 'fill:#fff8c5,stroke:#9a6700,color:#4d2d00',
  stopped: 'fill:#eaeef2,stroke-dasharray: 4 3,color:#57606a',
}

/**
 * An edge kind's arrow and its linkStyle. Directed kinds are arrows from source to target: a
 * link solid, a join thick, `--volumes-from` dotted, a mount amber, an ambassador's forward
 * dashed red; a network attachment is a plain line.
 */
const EDGE_STYLES: Readonly<Record<DiagramEdgeKind, { arrow: string; style: string }>> = {
  network: { arrow: '---', style: 'stroke:#0969da,stroke-width:1.5px' },
  link: { arrow: '-->', style: 'stroke:#24292f,stroke-width:2px' },
  volume: { arrow: '-->', style: 'stroke:#9a6700,stroke-width:1.5px' },
  'volumes-from': { arrow: '-.->', style: 'stroke:#8250df,stroke-width:1.5px' },
  joined: { arrow: '==>', style: 'stroke:#1a7f37,stroke-width:3px' },
  ambassador: { arrow: '-->', style: 'stroke:#cf222e,stroke-width:2px,stroke-dasharray: 6 4' },
}

const EDGE_KINDS = Object.keys(EDGE_STYLES) as DiagramEdgeKind[]
const CLASS_NAMES = Object.keys(CLASS_DEFS) as (DiagramCardKind | 'stopped')[]

const LEGEND = [
  '%% Docknet: hosts are subgraphs; networks {{hexagons}}, containers [rectangles], volumes [(cylinders)].',
  '%% Edges: network attachment ---, link -->, mount --> (amber), --volumes-from -.->,',
  '%% --net=container: join ==>, ambassador forward --> (dashed red).',
]

/** The Mermaid flowchart for a diagram, ending with a newline. */
export function toMermaid(d: Diagram, script?: string): string {
  const ids = nodeIds(d.cards)
  const hosts = new Set(d.cards.filter((c) => c.kind === 'host').map((c) => c.id))
  const out: string[] = []
  if (d.title !== '') out.push('---', `title: ${yamlString(d.title)}`, '---')
  out.push('flowchart LR', ...LEGEND)
  d.cards.forEach((card, i) => {
    if (card.kind === 'host') {
      out.push(...subgraph(card, i, d.cards, hosts))
    } else if (!isInHost(card, hosts)) {
      out.push(`  ${node(card, i)}`)
    }
  })
  const edges = d.edges.filter((e) => ids.has(e.source) && ids.has(e.target))
  out.push(...edges.map((e) => `  ${edgeLine(e, ids)}`))
  out.push(...classLines(d.cards), ...linkStyleLines(edges))
  // The docker script, so that Docknet opens the file again (embedded.ts).
  if (script !== undefined) out.push(...mermaidScriptLines(script))
  return `${out.join('\n')}\n`
}

/** Each card id's Mermaid id, `n` and its index (the first card of a repeated id wins). */
function nodeIds(cards: readonly DiagramCard[]): Map<string, string> {
  const ids = new Map<string, string>()
  cards.forEach((card, i) => {
    if (!ids.has(card.id)) ids.set(card.id, `n${i}`)
  })
  return ids
}

/** A card drawn inside a host's subgraph: one whose parent is a host card of the diagram. */
function isInHost(card: DiagramCard, hosts: ReadonlySet<string>): boolean {
  return card.kind !== 'host' && card.parent !== undefined && hosts.has(card.parent)
}

function subgraph(
  host: DiagramCard,
  index: number,
  cards: readonly DiagramCard[],
  hosts: ReadonlySet<string>,
): string[] {
  const inside: string[] = []
  cards.forEach((card, i) => {
    if (card.parent === host.id && isInHost(card, hosts)) inside.push(`    ${node(card, i)}`)
  })
  // One line: mermaid draws a subgraph's second title line over the cards inside it.
  const title = labelFromLines([cardLines(host).join(' · ')])
  return [`  subgraph n${index} ["${title}"]`, ...inside, '  end']
}

function node(card: DiagramCard, index: number): string {
  const [open, close] = SHAPES[card.kind as NodeKind]
  return `n${index}${open}"${labelFromLines(cardLines(card))}"${close}`
}

/**
 * What a card's label shows, line by line: its title (and note), its lines, and a container's
 * state when it is not running.
 */
function cardLines(card: DiagramCard): string[] {
  const head = card.note === '' ? card.title : `${card.title} (${card.note})`
  return [head, ...card.lines, ...(isStopped(card) ? [`state: ${card.state ?? ''}`] : [])]
}

function isStopped(card: DiagramCard): boolean {
  return card.kind === 'container' && card.state !== undefined && card.state !== 'running'
}

function edgeLine(e: DiagramEdge, ids: ReadonlyMap<string, string>): string {
  const label = e.label === '' ? '' : `|"${labelFromLines([e.label])}"|`
  return `${ids.get(e.source)} ${EDGE_STYLES[e.kind].arrow}${label} ${ids.get(e.target)}`
}

/** `classDef` for each class used, then `class` statements, in a fixed order. */
function classLines(cards: readonly DiagramCard[]): string[] {
  const members = new Map<string, string[]>()
  const add = (name: string, id: string) => members.set(name, [...(members.get(name) ?? []), id])
  cards.forEach((card, i) => {
    add(card.kind, `n${i}`)
    if (isStopped(card)) add('stopped', `n${i}`)
  })
  const used = CLASS_NAMES.filter((name) => members.has(name))
  return [
    ...used.map((name) => `  classDef ${name} ${CLASS_DEFS[name]}`),
    ...used.map((name) => `  class ${(members.get(name) ?? []).join(',')} ${name}`),
  ]
}

/** One `linkStyle` per edge kind drawn, by the edges' indexes in the text. */
function linkStyleLines(edges: readonly DiagramEdge[]): string[] {
  return EDGE_KINDS.flatMap((kind) => {
    const indexes = edges.flatMap((e, i) => (e.kind === kind ? [i] : []))
    return indexes.length === 0
      ? []
      : [`  linkStyle ${indexes.join(',')} ${EDGE_STYLES[kind].style}`]
  })
}
