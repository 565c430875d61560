/** The React Flow edges of a topology, one per relation Docker knows (flow-mapping.ts has the ids). */
import { edgeId, nodeId } from './ids'
import { ambassadorForwards, driverCaps, type Topology } from '../engine'
import type { FlowEdge } from './flow-mapping'

/** The edges of a topology: attachments, links, joins, --volumes-from, ambassador forwards, mounts. */
export function topologyEdges(t: Topology): FlowEdge[] {
  const edges: FlowEdge[] = []
  const containers = [...t.containers.values()].sort((a, b) => a.seq - b.seq)
  const hostsByIp = new Map([...t.hosts.values()].map((h) => [h.lanIp, h.name]))
  const byName = new Map(containers.map((c) => [`${c.host}/${c.name}`, c]))
  for (const c of containers) {
    for (const e of c.endpoints) {
      const n = t.networks.get(e.networkId)
      // host and none are modes, shown on the container: no edge to a network card.
      if (!n || driverCaps(n.driver).namespace !== 'endpoint') continue
      const label = [
        ...e.aliases.map((a) => `alias ${a}`),
        ...(e.staticIp ? [`ip ${e.staticIp}`] : []),
      ].join(', ')
      edges.push({
        id: edgeId.endpoint(c.id, n.id),
        source: nodeId.container(c.id),
        target: nodeId.network(n.id),
        type: 'docknet',
        data: { kind: 'network', label },
        ariaLabel: `${c.name} attached to network ${n.name}${label ? ` (${label})` : ''}`,
      })
    }
    for (const l of c.links) {
      const child = t.containers.get(l.childId)
      if (!child) continue
      edges.push({
        id: edgeId.link(c.id, l.alias),
        source: nodeId.container(c.id),
        target: nodeId.container(child.id),
        type: 'docknet',
        data: { kind: 'link', label: `${child.name}:${l.alias}` },
        ariaLabel: `link ${c.name} to ${child.name} as ${l.alias}`,
      })
    }
    if (c.joinedTo) {
      edges.push({
        id: edgeId.join(c.id),
        source: nodeId.container(c.id),
        target: nodeId.container(c.joinedTo),
        type: 'docknet',
        data: {
          kind: 'joined',
          label: `container:${t.containers.get(c.joinedTo)?.name ?? ''}`,
        },
        ariaLabel: `${c.name} joins the network namespace of ${t.containers.get(c.joinedTo)?.name ?? ''}`,
      })
    }
    for (const from of c.volumesFrom) {
      const [ref = '', mode] = from.split(':')
      const donor = byName.get(`${c.host}/${ref}`) ?? t.containers.get(ref)
      if (!donor) continue
      edges.push({
        id: edgeId.volumesFrom(c.id, donor.id),
        source: nodeId.container(c.id),
        target: nodeId.container(donor.id),
        type: 'docknet',
        data: { kind: 'volumes-from', label: `volumes-from${mode ? ` (${mode})` : ''}` },
        ariaLabel: `${c.name} mounts the volumes of ${donor.name}${mode === 'ro' ? ' read-only' : ''}`,
      })
    }
    // An ambassador's forward given with -e points at another host's published port: the edge
    // ends on the container publishing it (so the chain reads on), or on the host if none does.
    for (const f of ambassadorForwards(t, c)) {
      const host = hostsByIp.get(f.targetIp)
      if (!host || !c.env.includes(f.variable)) continue
      const publisher = containers.find(
        (p) =>
          p.host === host &&
          p.state === 'running' &&
          p.ports.some(
            (b) =>
              b.proto === 'tcp' &&
              b.hostPort === f.targetPort &&
              (b.hostIp === '0.0.0.0' || b.hostIp === f.targetIp),
          ),
      )
      edges.push({
        id: edgeId.ambassador(c.id, f.listen),
        source: nodeId.container(c.id),
        target: publisher ? nodeId.container(publisher.id) : nodeId.host(host),
        type: 'docknet',
        data: { kind: 'ambassador', label: `:${f.listen} → ${f.targetIp}:${f.targetPort}` },
        ariaLabel: `ambassador ${c.name} forwards port ${f.listen} to ${f.targetIp}:${f.targetPort}${publisher ? `, published by ${publisher.name}` : ''} on ${host}`,
      })
    }
    for (const m of c.mounts) {
      if (m.type !== 'volume' || m.anonymous) continue
      edges.push({
        id: edgeId.mount(c.id, m.destination),
        source: nodeId.container(c.id),
        target: nodeId.volume(c.host, m.source),
        type: 'docknet',
        data: {
          kind: 'volume',
          label: `${m.destination} (${m.rw ? 'rw' : 'ro'})`,
          readOnly: !m.rw,
        },
        ariaLabel: `${c.name} mounts volume ${m.source} at ${m.destination}${m.rw ? '' : ' read-only'}`,
      })
    }
  }
  return mergeParallel(edges)
}

/**
 * Edges of one kind between the same two cards (a container mounting one volume twice) would
 * be drawn on top of each other: they become one edge carrying both labels.
 */
function mergeParallel(edges: FlowEdge[]): FlowEdge[] {
  const byPair = new Map<string, FlowEdge>()
  const out: FlowEdge[] = []
  for (const e of edges) {
    const key = `${e.data?.kind} ${e.source} ${e.target}`
    const first = byPair.get(key)
    if (!first) {
      byPair.set(key, e)
      out.push(e)
      continue
    }
    const merged = {
      ...first,
      data: {
        ...first.data,
        kind: first.data?.kind ?? 'network',
        label: `${first.data?.label}, ${e.data?.label}`,
      },
      ariaLabel: `${first.ariaLabel}; ${e.ariaLabel}`,
    }
    byPair.set(key, merged)
    out[out.indexOf(first)] = merged
  }
  return out
}
