/**
 * Address clashes on the LAN that Docker cannot see: a macvlan/ipvlan network's IPAM knows
 * only its own daemon's containers, not the LAN's other machines, nor the same network on
 * another host. Docker's macvlan docs ask for an --ip-range (or --aux-address) to avoid them.
 */
import { wireEndpoints, type Container, type Topology } from '../engine'
import type { Diagnostic } from './diagnostics'
import { nodeId } from './ids'

/** Warnings for running containers whose LAN address another machine of the LAN has too. */
export function lanClashes(t: Topology, running: readonly Container[]): Diagnostic[] {
  const out: Diagnostic[] = []
  const hosts = new Map([...t.hosts.values()].map((h) => [h.lanIp, h.name]))
  const holders = new Map<string, Container>()
  for (const c of running) {
    for (const w of wireEndpoints(t, c)) {
      const host = hosts.get(w.ip)
      const first = holders.get(w.ip)
      if (!first) holders.set(w.ip, c)
      const clash =
        host !== undefined
          ? { holder: { host }, other: { host } }
          : first
            ? {
                holder: { containerId: first.id },
                other: { container: first.name, host: first.host },
              }
            : null
      if (clash === null) continue
      const { holder, other } = clash
      out.push({
        severity: 'warning',
        nodeId: nodeId.container(c.id),
        fact: {
          kind: 'lan-clash',
          container: c.name,
          ip: w.ip,
          driver: w.network.driver,
          network: w.network.name,
          other,
        },
        why: {
          kind: 'noted',
          note: { code: 'LAN_CLASH', containerId: c.id, networkId: w.network.id, ip: w.ip, holder },
        },
      })
    }
  }
  return out
}
