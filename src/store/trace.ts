/**
 * "Trace to...": the cards and edges a connection from one container to another passes, for
 * the canvas to highlight, read from the hops of the route the engine found: every container,
 * network and host a hop names, the network attachments, links and joins between the
 * containers it connects, and each ambassador's forward. Hosts light up where their own rules
 * carry the packet (host networking, docker-proxy) and on both sides of the LAN between them.
 */
import {
  ask,
  checkReach,
  namespaceOwner,
  routeLines,
  verdictText,
  walk,
  walkStepLines,
  type Asked,
  type Container,
  type Hop,
  type ReachVerdict,
  type Topology,
  type WalkStep,
} from '../engine'
import { edgeId, nodeId } from './ids'

export interface Trace {
  readonly from: string
  readonly to: string
  readonly nodes: ReadonlySet<string>
  readonly edges: ReadonlySet<string>
  /** The verdict's sentence, then the rules on the way, as the engine words them in English. */
  readonly steps: readonly string[]
  /** The verdict, for the views to word in the interface's language (with `hops`). */
  readonly verdict: ReachVerdict
  /** The hops of the route drawn, in order (none when unreachable). */
  readonly hops: readonly Hop[]
  readonly reachable: boolean
  /** The name the walk asks for: the one asked, or the target's own. */
  readonly name: string
  /** Whether that name reaches the target, not only its address. */
  readonly byName: boolean
  /** Asked for its walk (the terminal's "Walk it on the canvas"): the banner opens on it. */
  readonly walkAsked: boolean
  /** The packet's walk by the target's name, step by step, with where each step is on the canvas. */
  readonly walk: readonly TraceWalkStep[]
}

/** One step of the packet's walk: its words, and the cards and edges it crosses. */
export interface TraceWalkStep {
  /** In English; the views word `asked` and `step` in the interface's language. */
  readonly lines: readonly string[]
  readonly asked: Asked
  readonly step: WalkStep
  readonly nodes: ReadonlySet<string>
  readonly edges: ReadonlySet<string>
}

/** The nodes and edges of a trace, collected hop by hop. */
class Way {
  readonly nodes = new Set<string>()
  readonly edges = new Set<string>()
  constructor(private readonly t: Topology) {}

  container(id: string): Container | undefined {
    const c = this.t.containers.get(id)
    if (!c) return undefined
    this.nodes.add(nodeId.container(c.id))
    // A joined container's traffic leaves through the namespace it joined.
    if (c.joinedTo !== null) {
      this.edges.add(edgeId.join(c.id))
      this.nodes.add(nodeId.container(c.joinedTo))
    }
    return c
  }

  /** `c`'s attachment to network `networkId`, made by its namespace's owner. */
  attachment(c: Container, networkId: string): void {
    const owner = namespaceOwner(this.t, c)
    this.nodes.add(nodeId.network(networkId))
    if (owner.endpoints.some((e) => e.networkId === networkId))
      this.edges.add(edgeId.endpoint(owner.id, networkId))
  }

  /** The links and joins between two containers, either way. */
  relations(a: Container, b: Container): void {
    for (const [p, c] of [
      [a, b],
      [b, a],
    ] as const) {
      for (const l of p.links) if (l.childId === c.id) this.edges.add(edgeId.link(p.id, l.alias))
      if (p.joinedTo === c.id) this.edges.add(edgeId.join(p.id))
    }
  }

  /** Where two containers meet when no route joins them: their links and a shared network. */
  meeting(a: Container, b: Container): void {
    this.relations(a, b)
    const oa = namespaceOwner(this.t, a)
    const ob = namespaceOwner(this.t, b)
    const shared = oa.endpoints.find((e) => ob.endpoints.some((f) => f.networkId === e.networkId))
    if (!shared) return
    this.attachment(a, shared.networkId)
    this.attachment(b, shared.networkId)
  }

  hop(h: Hop): void {
    switch (h.kind) {
      case 'same-namespace':
        // Each joined member's card lights with its join edge to the owner.
        for (const r of [h.from, h.to, h.owner]) this.container(r.id)
        return
      case 'network': {
        const from = this.container(h.from.id)
        const to = this.container(h.to.id)
        if (!from || !to) return
        this.relations(from, to)
        this.attachment(from, h.network.id)
        this.attachment(to, h.network.id)
        return
      }
      case 'host-loopback':
        this.nodes.add(nodeId.host(h.host))
        this.container(h.from.id)
        this.container(h.to.id)
        return
      case 'host-to-bridge': {
        this.nodes.add(nodeId.host(h.host))
        this.container(h.from.id)
        const to = this.container(h.to.id)
        if (to) this.attachment(to, h.network.id)
        return
      }
      case 'host-network':
        this.nodes.add(nodeId.host(h.host))
        this.container(h.to.id)
        return
      case 'lan':
        this.nodes.add(nodeId.host(h.from))
        this.nodes.add(nodeId.host(h.to))
        return
      case 'siblings': {
        const from = this.container(h.from.id)
        const to = this.container(h.to.id)
        if (from) this.attachment(from, h.network.id)
        if (to) this.attachment(to, h.network.id)
        return
      }
      case 'wire': {
        const from = this.container(h.from.id)
        const to = this.container(h.to.id)
        if (to) this.attachment(to, h.network.id)
        if (from && h.fromNetwork) this.attachment(from, h.fromNetwork.id)
        // Out through the client's host unless the client is on the LAN itself; the child's
        // own host is not on the way (its parent interface hands the frames straight over).
        if (h.rule !== 'own-wire') this.nodes.add(nodeId.host(h.fromHost))
        return
      }
      case 'published':
        this.nodes.add(nodeId.host(h.host))
        this.container(h.container.id)
        return
      case 'ambassador':
        this.container(h.container.id)
        // The canvas draws a forward to a host's address (flow-edges.ts); one to a linked
        // container is drawn as the link, lit by the network hop after it.
        if ([...this.t.hosts.values()].some((host) => host.lanIp === h.target.address))
          this.edges.add(edgeId.ambassador(h.container.id, h.listen))
        return
    }
  }
}

export function traceBetween(
  t: Topology,
  fromId: string,
  toId: string,
  asked?: { readonly name: string; readonly port: number | null },
): Trace | null {
  const from = t.containers.get(fromId)
  const to = t.containers.get(toId)
  if (!from || !to) return null
  const verdict = checkReach(t, from, to)
  // The route the names lead to, when a name reaches the server; else the first one.
  const named = verdict.ports.flatMap((p) => p.via).find((v) => v.names.length > 0)?.route
  const hops = (named ?? verdict.routes[0])?.hops ?? []
  const way = new Way(t)
  way.container(from.id)
  way.container(to.id)
  if (hops.length === 0) way.meeting(from, to)
  for (const h of hops) way.hop(h)
  // The question the walk answers: the one asked, or the target's name on its first port.
  const port = asked ? asked.port : walkPort(verdict)
  const name = asked?.name ?? to.name
  const question = port === undefined ? null : ask(t, from, name, port)
  return {
    from: from.name,
    to: to.name,
    name,
    nodes: way.nodes,
    edges: way.edges,
    steps: [verdictText(verdict), ...routeLines(hops)],
    verdict,
    hops,
    reachable: verdict.reachable,
    byName: question?.reachable ?? false,
    walkAsked: asked !== undefined,
    walk: question ? walkOnCanvas(t, from, question) : [],
  }
}

/**
 * The port a walk by the target's name goes to: the first TCP port that name reaches; none
 * (ping) when the target listens on no TCP port; undefined when the name reaches no port.
 */
export function walkPort(v: ReachVerdict): number | null | undefined {
  const tcp = v.ports.filter((p) => p.port.proto === 'tcp')
  const reached = tcp.find((p) => p.via.some((w) => w.names.includes(v.to)))
  return reached ? reached.port.port : tcp.length === 0 ? null : undefined
}

function walkOnCanvas(t: Topology, from: Container, asked: Asked): TraceWalkStep[] {
  return walk(t, asked).map((step) => {
    const way = new Way(t)
    // The name is resolved in the client, before the packet leaves it.
    if (step.hop) way.hop(step.hop)
    else way.container(from.id)
    return { lines: walkStepLines(asked, step), asked, step, nodes: way.nodes, edges: way.edges }
  })
}
