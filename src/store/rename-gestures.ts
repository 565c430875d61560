/**
 * Renaming a network or a volume from the canvas. Docker renames neither: the gesture makes it
 * again under the new name, with the same options, and makes its members again on it (as a
 * container's own rename-by-recreate does), all as one transaction.
 */
import type { Container, Network, Topology } from '../engine'
import { runCommandOf } from '../cli/run-command'
import { dependents, type EdgeGesture } from './edge-gestures'
import { docker, dockerOn } from './ids'

/** `docker network create` flags that make `n` again: what it was created with. */
function networkCreateFlags(n: Network): string[] {
  const flags: string[] = []
  if (n.driver !== 'bridge') flags.push('-d', n.driver)
  if (n.userSubnet && n.subnet) flags.push('--subnet', n.subnet)
  if (n.ipRange) flags.push('--ip-range', n.ipRange)
  if (n.userGateway && n.gateway) flags.push('--gateway', n.gateway)
  if (n.internal) flags.push('--internal')
  if (n.attachable) flags.push('--attachable')
  for (const [k, v] of Object.entries(n.options)) flags.push('-o', `${k}=${v}`)
  for (const [k, v] of Object.entries(n.labels)) flags.push('--label', `${k}=${v}`)
  return flags
}

/**
 * Why the members cannot all be made again, or null: a container outside them that links to
 * one, shares its namespace or uses its volumes would lose it (dependents() says how).
 */
function blocked(t: Topology, members: readonly Container[], what: string): string | null {
  const inside = new Set(members.map((c) => c.id))
  const others = [...t.containers].filter(([id]) => !inside.has(id))
  const outside = { ...t, containers: new Map(others) }
  const reasons = members.flatMap((c) => dependents(outside, c).map((d) => `${c.name}: ${d}`))
  return reasons.length > 0
    ? `Docker cannot rename a ${what}: it is made again with its containers, but ${reasons.join(' and ')}.`
    : null
}

const bySeq = (a: Container, b: Container) => a.seq - b.seq

export function renameNetworkGesture(
  t: Topology,
  current: string,
  networkId: string,
  newName: string,
): EdgeGesture | null {
  const n = t.networks.get(networkId)
  const name = newName.trim()
  if (!n || n.predefined || name === '' || name === n.name) return null
  const members = [...t.containers.values()]
    .filter((c) => c.endpoints.some((e) => e.networkId === n.id))
    .sort(bySeq)
  const why = blocked(t, members, 'network')
  if (why) return { ok: false, reason: why }
  const host = n.host ?? current
  const renamedNetwork = { id: n.id, name }
  return {
    ok: true,
    lines: [
      ...members.map((c) => docker(c.host, current, 'rm', '-f', c.name)),
      docker(host, current, 'network', 'rm', n.name),
      docker(host, current, 'network', 'create', ...networkCreateFlags(n), name),
      ...members.flatMap((c) => runCommandOf(t, c, dockerOn(c.host, current), { renamedNetwork })),
    ],
  }
}
