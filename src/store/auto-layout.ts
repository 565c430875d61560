/**
 * "Tidy layout": places every card again with ELK's layered algorithm (elkjs, loaded only when
 * asked), one host at a time. In a host, networks take the top layer, volumes the bottom one,
 * and containers sit between them in the order their edges ask for, so edges run down and
 * cross as little as ELK can manage. Hosts then stand side by side in their current order.
 * A host with too many cards for readable layers keeps the default grid instead.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api'
import {
  hostWidths,
  LAYOUT,
  placeNew,
  type FlowEdge,
  type FlowNode,
  type Size,
  type XY,
} from './flow-mapping'
import type { Topology } from '../engine'

/** What the layout needs of elkjs: its one method (tests and the app pass the real one). */
export interface Elk {
  layout(graph: ElkNode): Promise<ElkNode>
}

export interface TidyLayout {
  readonly positions: Readonly<Record<string, XY>>
  /** Host sizes the user gave are dropped: each host fits what it holds again. */
  readonly sizes: Readonly<Record<string, Size>>
}

/** Above this many cards a host is laid out as the default grid: layers would be too wide. */
const MAX_LAYERED = 16

const DEFAULT_SIZE: Record<string, Size> = {
  network: { width: LAYOUT.networkWidth, height: 60 },
  container: { width: LAYOUT.containerWidth, height: LAYOUT.containerHeight },
  volume: { width: 160, height: LAYOUT.volumeHeight },
}

const OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.spacing.nodeNode': String(LAYOUT.gap),
  // Room for the edge labels between layers.
  'elk.layered.spacing.nodeNodeBetweenLayers': '64',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.randomSeed': '1',
  // One set of layers for the whole host: each network heads the top row, side by side.
  'elk.separateConnectedComponents': 'false',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
}

function sizeOf(n: FlowNode): Size {
  const fallback = DEFAULT_SIZE[n.type ?? 'container'] ?? DEFAULT_SIZE.container!
  return {
    width: n.measured?.width ?? n.width ?? fallback.width,
    height: n.measured?.height ?? n.height ?? fallback.height,
  }
}

/**
 * The graph ELK lays out for one host's cards. Edges are given the way layers should read:
 * network above the container attached to it, container above its volume, the container
 * that links, joins or borrows above the one it names.
 */
export function hostGraph(children: readonly FlowNode[], edges: readonly FlowEdge[]): ElkNode {
  const inside = new Set(children.map((n) => n.id))
  const elkEdges: ElkExtendedEdge[] = []
  for (const e of edges) {
    if (!inside.has(e.source) || !inside.has(e.target) || e.source === e.target) continue
    const down = e.data?.kind === 'network' ? [e.target, e.source] : [e.source, e.target]
    elkEdges.push({ id: e.id, sources: [down[0]!], targets: [down[1]!] })
  }
  return {
    id: 'root',
    layoutOptions: OPTIONS,
    children: children.map((n): ElkNode => {
      const layer = n.type === 'network' ? 'FIRST' : n.type === 'volume' ? 'LAST' : null
      return {
        id: n.id,
        ...sizeOf(n),
        ...(layer ? { layoutOptions: { 'elk.layered.layering.layerConstraint': layer } } : {}),
      }
    }),
    edges: elkEdges,
  }
}

/** New places for every card, and hosts side by side in their current left-to-right order. */
export async function tidyLayout(
  t: Topology,
  nodes: readonly FlowNode[],
  edges: readonly FlowEdge[],
  elk: Elk,
): Promise<TidyLayout> {
  const hosts = nodes
    .filter((n) => n.type === 'host')
    .sort((a, b) => a.position.x - b.position.x || a.position.y - b.position.y)
  const positions: Record<string, XY> = {}
  for (const host of hosts) {
    const children = nodes.filter((n) => n.parentId === host.id)
    if (children.length > MAX_LAYERED) continue
    const laid = await elk.layout(hostGraph(children, edges))
    for (const c of laid.children ?? []) {
      positions[c.id] = {
        x: Math.round(LAYOUT.hostPadding + (c.x ?? 0)),
        y: Math.round(LAYOUT.header + (c.y ?? 0)),
      }
    }
  }
  // Gridded hosts get the default grid (placeNew places what has no position); then the hosts
  // are lined up, each as wide as what it now holds.
  const placed = placeNew(t, positions)
  const lined: Record<string, XY> = { ...placed }
  let x = 0
  const widths = hostWidths(t, placed, nodes)
  for (const host of hosts) {
    lined[host.id] = { x, y: 0 }
    x += (widths.get(host.data.id) ?? LAYOUT.minHostWidth) + LAYOUT.hostGap
  }
  for (const n of nodes) if (n.type === 'network' && !n.parentId) lined[n.id] = placed[n.id]!
  return { positions: lined, sizes: {} }
}
