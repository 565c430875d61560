/**
 * The packet's walk: a connection that works, step by step, as Packet Tracer's simulation mode
 * shows it. First the name becomes an address (the /etc/hosts line or the DNS answer), then
 * each hop of the route with the packet's source and destination before and after it: a
 * published port's DNAT rewrites the destination, leaving a host for the LAN rewrites the
 * source to the host's address (MASQUERADE), and an ambassador's socat opens a new connection
 * from its own address. why-text.ts words each step.
 */
import type { Asked } from './ask'
import type { Container, Topology } from './model'
import { namespaceOwner } from './namespace'
import type { Hop } from './reach-hops'

/** An address and port a packet carries (port null: ping, no port). */
export interface PacketEnd {
  readonly address: string
  readonly port: number | null
}

export interface WalkStep {
  /** The hop this step crosses; null for the name's resolution, the first step. */
  readonly hop: Hop | null
  /** Source and destination as the packet arrives at this step, and as it leaves it. */
  readonly before: { readonly source: PacketEnd; readonly destination: PacketEnd }
  readonly after: { readonly source: PacketEnd; readonly destination: PacketEnd }
}

/** The walk of a connection that works; empty when it does not. */
export function walk(t: Topology, a: Asked): WalkStep[] {
  if (!a.reachable || a.address === null) return []
  const client = t.containers.get(a.from.id)
  if (!client) return []
  const port = a.port
  let source: PacketEnd = { address: ownAddress(t, client, a.hops[0]), port: null }
  let destination: PacketEnd = { address: a.address, port }
  const named = a.resolution !== null
  const steps: WalkStep[] = named
    ? [
        {
          hop: null,
          before: { source, destination: { address: a.name, port } },
          after: { source, destination },
        },
      ]
    : []
  for (const hop of a.hops) {
    const before = { source, destination }
    switch (hop.kind) {
      case 'published':
        destination = { address: hop.after.address ?? destination.address, port: hop.after.port }
        break
      case 'lan':
        source = { address: hostAddress(t, hop.from) ?? source.address, port: source.port }
        break
      case 'ambassador': {
        const amb = t.containers.get(hop.container.id)
        source = { address: amb ? ownAddress(t, amb, null) : source.address, port: null }
        destination = { address: hop.target.address, port: hop.target.port }
        break
      }
      default:
        break
    }
    steps.push({ hop, before, after: { source, destination } })
  }
  return steps
}

/** The client's address on the hop's network, or its first address. */
function ownAddress(t: Topology, c: Container, hop: Hop | null | undefined): string {
  const owner = namespaceOwner(t, c)
  if (owner.networkMode.kind === 'host') return hostAddress(t, owner.host) ?? '127.0.0.1'
  const network = hop && 'network' in hop ? hop.network.id : null
  const on = owner.endpoints.find((e) => e.networkId === network) ?? owner.endpoints[0]
  return on?.ip ?? '127.0.0.1'
}

function hostAddress(t: Topology, host: string): string | null {
  return t.hosts.get(host)?.lanIp ?? null
}
