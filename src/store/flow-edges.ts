/** The React Flow edges of a topology, one per relation Docker knows (flow-mapping.ts has the ids). */
import { edgeId, nodeId } from './ids'
import { ambassadorForwards, driverCaps, type Topology } from '../engine'
import type { FlowEdge } from './flow-mapping'
import { attachmentNote, meaningText, type EdgeMeaning } from './edge-meaning'

/** An edge saying `meaning`: as data, and in English as its screen-reader name. */
function edge(
  id: string,
  source: string,
  target: string,
  label: string,
  meaning: EdgeMeaning,
  readOnly?: boolean,
): FlowEdge {
  return {
    id,
    source,
    target,
    type: 'docknet',
    data: { kind: meaning.kind, label, meanings: [meaning], ...(readOnly ? { readOnly } : {}) },
    ariaLabel: meaningText(meaning),
  }
}

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
      const attached = { aliases: e.aliases, ip: e.staticIp ?? null }
      edges.push(
        edge(
          edgeId.endpoint(c.id, n.id),
          nodeId.container(c.id),
          nodeId.network(n.id),
          attachmentNote(attached),
          { kind: 'network', container: c.name, network: n.name, ...attached },
        ),
      )
    }
    for (const l of c.links) {
      const child = t.containers.get(l.childId)
      if (!child) continue
      edges.push(
        edge(
          edgeId.link(c.id, l.alias),
          nodeId.container(c.id),
          nodeId.container(child.id),
          `${child.name}:${l.alias}`,
          { kind: 'link', container: c.name, child: child.name, alias: l.alias },
        ),
      )
    }
    if (c.joinedTo) {
      const donor = t.containers.get(c.joinedTo)?.name ?? ''
      edges.push(
        edge(
          edgeId.join(c.id),
          nodeId.container(c.id),
          nodeId.container(c.joinedTo),
          `container:${donor}`,
          { kind: 'joined', container: c.name, donor },
        ),
      )
    }
    for (const from of c.volumesFrom) {
      const [ref = '', mode] = from.split(':')
      const donor = byName.get(`${c.host}/${ref}`) ?? t.containers.get(ref)
      if (!donor) continue
      edges.push(
        edge(
          edgeId.volumesFrom(c.id, donor.id),
          nodeId.container(c.id),
          nodeId.container(donor.id),
          `volumes-from${mode ? ` (${mode})` : ''}`,
          { kind: 'volumes-from', container: c.name, donor: donor.name, readOnly: mode === 'ro' },
        ),
      )
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
      edges.push(
        edge(
          edgeId.ambassador(c.id, f.listen),
          nodeId.container(c.id),
          publisher ? nodeId.container(publisher.id) : nodeId.host(host),
          `:${f.listen} → ${f.targetIp}:${f.targetPort}`,
          {
            kind: 'ambassador',
            container: c.name,
            listen: f.listen,
            target: `${f.targetIp}:${f.targetPort}`,
            publisher: publisher?.name ?? null,
            host,
          },
        ),
      )
    }
    for (const m of c.mounts) {
      if (m.type !== 'volume' || m.anonymous) continue
      edges.push(
        edge(
          edgeId.mount(c.id, m.destination),
          nodeId.container(c.id),
          nodeId.volume(c.host, m.source),
          `${m.destination} (${m.rw ? 'rw' : 'ro'})`,
          {
            kind: 'volume',
            container: c.name,
            volume: m.source,
            path: m.destination,
            readOnly: !m.rw,
          },
          !m.rw,
        ),
      )
    }
  }
  return mergeParallel(edges)
}

/**
 * Edges of one kind between the same two cards (a container mounting one volume twice) would
 * be drawn on top of each other: they become one edge carrying both labels.
 */
function mergeParallel(edges: FlowEdge[]): FlowEdge[] {
  const at = new Map<string, number>()
  const out: FlowEdge[] = []
  for (const e of edges) {
    const key = `${e.data?.kind} ${e.source} ${e.target}`
    const i = at.get(key)
    const first = i === undefined ? undefined : out[i]
    if (i === undefined || !first) {
      at.set(key, out.push(e) - 1)
      continue
    }
    out[i] = {
      ...first,
      data: {
        ...first.data,
        kind: first.data?.kind ?? 'network',
        label: `${first.data?.label}, ${e.data?.label}`,
        meanings: [...(first.data?.meanings ?? []), ...(e.data?.meanings ?? [])],
      },
      ariaLabel: `${first.ariaLabel}; ${e.ariaLabel}`,
    }
  }
  return out
}
