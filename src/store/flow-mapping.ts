/**
 * The mapping between the engine's Topology and React Flow's nodes and edges (view scope).
 * Node ids are `kind:id` (`container:<id>`, `network:<id>`, `host:<name>`, `volume:<host>/<name>`);
 * node `data` holds only that reference, and components select their own record by id.
 * `reconcileNodes` keeps the node objects of entities that did not change, so React Flow keeps
 * their measured sizes and does not re-render them (xyflow adoptUserNodes).
 */
import type { Edge, Node } from '@xyflow/react'
import type { Container, Network, Topology, Volume } from '../engine'

export type EntityKind = 'host' | 'network' | 'container' | 'volume'

export interface EntityRef extends Record<string, unknown> {
  readonly kind: EntityKind
  readonly id: string
}

export type FlowNode = Node<EntityRef>

export type EdgeKind = 'network' | 'link' | 'volume' | 'volumes-from' | 'joined' | 'ambassador'

export interface EdgeData extends Record<string, unknown> {
  readonly kind: EdgeKind
  readonly label: string
}

export type FlowEdge = Edge<EdgeData>

export interface XY {
  readonly x: number
  readonly y: number
}

export const nodeId = {
  host: (name: string) => `host:${name}`,
  network: (id: string) => `network:${id}`,
  container: (id: string) => `container:${id}`,
  volume: (host: string, name: string) => `volume:${host}/${name}`,
}

/** Grid of the default layout inside a host. */
export const LAYOUT = {
  hostGap: 48,
  hostPadding: 24,
  header: 44,
  networkRow: 56,
  networkWidth: 190,
  containerWidth: 190,
  containerHeight: 96,
  columns: 4,
  gap: 24,
  volumeHeight: 48,
  minHostWidth: 460,
  minHostHeight: 320,
} as const

interface HostContent {
  networks: Network[]
  containers: Container[]
  volumes: Volume[]
}

function contentOf(t: Topology): Map<string, HostContent> {
  const byHost = new Map<string, HostContent>()
  for (const h of [...t.hosts.values()].sort((a, b) => a.seq - b.seq)) {
    byHost.set(h.name, { networks: [], containers: [], volumes: [] })
  }
  for (const n of [...t.networks.values()].sort((a, b) => a.seq - b.seq)) {
    // host and none are modes more than places: they are shown on the containers that use them.
    if (n.host !== null && n.driver === 'bridge') byHost.get(n.host)?.networks.push(n)
  }
  for (const c of [...t.containers.values()].sort((a, b) => a.seq - b.seq))
    byHost.get(c.host)?.containers.push(c)
  for (const v of [...t.volumes.values()].sort((a, b) => a.seq - b.seq)) {
    if (!v.anonymous) byHost.get(v.host)?.volumes.push(v)
  }
  return byHost
}

/** Default positions (relative to the host) for whatever has none yet: new entities only. */
function defaultSlot(
  kind: 'network' | 'container' | 'volume',
  index: number,
  rowsAbove: number,
): XY {
  const { hostPadding, header, networkRow, containerWidth, containerHeight, columns, gap } = LAYOUT
  if (kind === 'network') return { x: hostPadding + index * (LAYOUT.networkWidth + gap), y: header }
  const top = header + networkRow + gap
  if (kind === 'container') {
    return {
      x: hostPadding + (index % columns) * (containerWidth + gap),
      y: top + Math.floor(index / columns) * (containerHeight + gap),
    }
  }
  return { x: hostPadding + index * (160 + gap), y: top + rowsAbove * (containerHeight + gap) }
}

/**
 * Positions for every entity: the ones already placed keep theirs, new ones get a slot in the
 * default layout. Returns the same object when nothing was added.
 */
export function placeNew(
  t: Topology,
  positions: Readonly<Record<string, XY>>,
): Readonly<Record<string, XY>> {
  let next: Record<string, XY> | null = null
  const put = (id: string, xy: XY) => {
    if (positions[id]) return
    next ??= { ...positions }
    next[id] ??= xy
  }
  let x = 0
  for (const [host, content] of contentOf(t)) {
    const rows = Math.ceil(content.containers.length / LAYOUT.columns)
    put(nodeId.host(host), { x, y: 0 })
    content.networks.forEach((n, i) => put(nodeId.network(n.id), defaultSlot('network', i, rows)))
    content.containers.forEach((c, i) =>
      put(nodeId.container(c.id), defaultSlot('container', i, rows)),
    )
    content.volumes.forEach((v, i) =>
      put(nodeId.volume(host, v.name), defaultSlot('volume', i, rows)),
    )
    x += hostSize(content).width + LAYOUT.hostGap
  }
  let ox = 0
  for (const n of [...t.networks.values()]
    .filter((n) => n.host === null)
    .sort((a, b) => a.seq - b.seq)) {
    put(nodeId.network(n.id), { x: ox, y: -110 })
    ox += LAYOUT.networkWidth + LAYOUT.gap
  }
  return next ?? positions
}

function hostSize(content: HostContent): { width: number; height: number } {
  const { hostPadding, header, networkRow, containerWidth, containerHeight, columns, gap } = LAYOUT
  const cols = Math.min(columns, Math.max(content.containers.length, 1))
  const rows = Math.ceil(content.containers.length / columns)
  const width = Math.max(
    LAYOUT.minHostWidth,
    2 * hostPadding + cols * containerWidth + (cols - 1) * gap,
    2 * hostPadding + content.networks.length * (LAYOUT.networkWidth + gap),
  )
  const height = Math.max(
    LAYOUT.minHostHeight,
    header +
      networkRow +
      gap +
      rows * (containerHeight + gap) +
      (content.volumes.length > 0 ? LAYOUT.volumeHeight + gap : 0) +
      hostPadding,
  )
  return { width, height }
}

function sameNode(a: FlowNode, b: FlowNode): boolean {
  return (
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.parentId === b.parentId &&
    a.style?.width === b.style?.width &&
    a.style?.height === b.style?.height
  )
}

/**
 * The React Flow nodes for a topology: hosts first (parents before children), then networks,
 * containers and volumes. Unchanged nodes keep their previous object.
 */
export function reconcileNodes(
  t: Topology,
  positions: Readonly<Record<string, XY>>,
  previous: readonly FlowNode[],
): FlowNode[] {
  const old = new Map(previous.map((n) => [n.id, n]))
  const out: FlowNode[] = []
  const keep = (n: FlowNode) => {
    const prev = old.get(n.id)
    out.push(prev && sameNode(prev, n) ? prev : n)
  }
  const at = (id: string): XY => positions[id] ?? { x: 0, y: 0 }
  const content = contentOf(t)
  for (const [host, c] of content) {
    const size = hostSize(c)
    const id = nodeId.host(host)
    keep({
      id,
      type: 'host',
      position: at(id),
      data: { kind: 'host', id: host },
      style: { width: size.width, height: size.height },
      selectable: true,
    })
  }
  for (const n of [...t.networks.values()]
    .filter((n) => n.host === null)
    .sort((a, b) => a.seq - b.seq)) {
    const id = nodeId.network(n.id)
    keep({ id, type: 'network', position: at(id), data: { kind: 'network', id: n.id } })
  }
  for (const [host, c] of content) {
    const parentId = nodeId.host(host)
    for (const n of c.networks) {
      const id = nodeId.network(n.id)
      keep({
        id,
        type: 'network',
        position: at(id),
        parentId,
        extent: 'parent',
        data: { kind: 'network', id: n.id },
      })
    }
    for (const ct of c.containers) {
      const id = nodeId.container(ct.id)
      keep({
        id,
        type: 'container',
        position: at(id),
        parentId,
        extent: 'parent',
        data: { kind: 'container', id: ct.id },
      })
    }
    for (const v of c.volumes) {
      const id = nodeId.volume(host, v.name)
      keep({
        id,
        type: 'volume',
        position: at(id),
        parentId,
        extent: 'parent',
        data: { kind: 'volume', id: `${host}/${v.name}` },
      })
    }
  }
  // Keep the previous array when every node is the same object in the same order.
  return out.length === previous.length && out.every((n, i) => n === previous[i])
    ? (previous as FlowNode[])
    : out
}

/** The edges of a topology: attachments, links, mounts, --volumes-from, joins. */
export function topologyEdges(t: Topology): FlowEdge[] {
  const edges: FlowEdge[] = []
  const containers = [...t.containers.values()].sort((a, b) => a.seq - b.seq)
  for (const c of containers) {
    for (const e of c.endpoints) {
      const n = t.networks.get(e.networkId)
      if (!n || n.driver === 'null' || n.driver === 'host') continue
      const label = [
        ...e.aliases.map((a) => `alias ${a}`),
        ...(e.staticIp ? [`ip ${e.staticIp}`] : []),
      ].join(', ')
      edges.push({
        id: `endpoint:${c.id}:${n.id}`,
        source: nodeId.container(c.id),
        target: nodeId.network(n.id),
        type: 'docknet',
        data: { kind: 'network', label },
      })
    }
    for (const l of c.links) {
      const child = t.containers.get(l.childId)
      if (!child) continue
      edges.push({
        id: `link:${c.id}:${l.alias}`,
        source: nodeId.container(c.id),
        target: nodeId.container(child.id),
        type: 'docknet',
        data: { kind: 'link', label: `${child.name}:${l.alias}` },
      })
    }
    if (c.joinedTo) {
      edges.push({
        id: `join:${c.id}`,
        source: nodeId.container(c.id),
        target: nodeId.container(c.joinedTo),
        type: 'docknet',
        data: { kind: 'joined', label: 'container:' },
      })
    }
    for (const m of c.mounts) {
      if (m.type !== 'volume' || m.anonymous) continue
      edges.push({
        id: `mount:${c.id}:${m.destination}`,
        source: nodeId.container(c.id),
        target: nodeId.volume(c.host, m.source),
        type: 'docknet',
        data: { kind: 'volume', label: `${m.destination}${m.rw ? '' : ' (ro)'}` },
      })
    }
  }
  return edges
}
