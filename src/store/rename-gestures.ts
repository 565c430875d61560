/**
 * Renaming a network or a volume from the canvas. Docker renames neither: the gesture makes it
 * again under the new name, with the same options (a volume's files copied into it), and makes
 * its members again on it (as a container's own rename-by-recreate does), all as one
 * transaction.
 */
import { volumeKey, type Container, type Network, type Topology, type Volume } from '../engine'
import { runCommandOf } from '../cli/run-command'
import { dependents, type EdgeGesture } from './edge-gestures'
import type { GestureRefusal } from './gesture-refusal'
import { docker, dockerOn } from './ids'

/**
 * `docker network create` flags that make `n` again: what it was created with, or on another
 * `subnet` (its --ip-range and --gateway, which lie in the old one, left for Docker to choose).
 */
function networkCreateFlags(n: Network, subnet?: string): string[] {
  const flags: string[] = []
  if (n.driver !== 'bridge') flags.push('-d', n.driver)
  if (subnet) flags.push('--subnet', subnet)
  else {
    if (n.userSubnet && n.subnet) flags.push('--subnet', n.subnet)
    if (n.ipRange) flags.push('--ip-range', n.ipRange)
    if (n.userGateway && n.gateway) flags.push('--gateway', n.gateway)
  }
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
function blocked(
  t: Topology,
  members: readonly Container[],
  what: 'network' | 'volume',
): GestureRefusal | null {
  const inside = new Set(members.map((c) => c.id))
  const others = [...t.containers].filter(([id]) => !inside.has(id))
  const outside = { ...t, containers: new Map(others) }
  const ties = members.flatMap((c) =>
    dependents(outside, c).map((tie) => ({ member: c.name, tie })),
  )
  return ties.length > 0 ? { code: 'rename-blocked', what, ties } : null
}

const bySeq = (a: Container, b: Container) => a.seq - b.seq

/**
 * Renames a network, or gives it another subnet (`newSubnet`), the way a user would since
 * Docker can do neither in place: its members removed, the network made again, its members
 * made again on it (an address outside the new subnet is Docker's to refuse).
 */
export function renameNetworkGesture(
  t: Topology,
  current: string,
  networkId: string,
  newName: string,
  newSubnet?: string,
): EdgeGesture | null {
  const n = t.networks.get(networkId)
  const name = newName.trim()
  const subnet = newSubnet?.trim() && newSubnet.trim() !== n?.subnet ? newSubnet.trim() : undefined
  if (!n || n.predefined || name === '' || (name === n.name && !subnet)) return null
  const members = [...t.containers.values()]
    .filter((c) => c.endpoints.some((e) => e.networkId === n.id))
    .sort(bySeq)
  const why = blocked(t, members, 'network')
  if (why) return { ok: false, refusal: why }
  const host = n.host ?? current
  const renamedNetwork = { id: n.id, name }
  return {
    ok: true,
    lines: [
      ...members.map((c) => docker(c.host, current, 'rm', '-f', c.name)),
      docker(host, current, 'network', 'rm', n.name),
      docker(host, current, 'network', 'create', ...networkCreateFlags(n, subnet), name),
      ...members.flatMap((c) => runCommandOf(t, c, dockerOn(c.host, current), { renamedNetwork })),
    ],
  }
}

/**
 * The image that copies a volume's files: Docker's docs back volumes up with `ubuntu`
 * (engine/storage/volumes.md, "Back up, restore, or migrate data volumes"), and GNU `cp -a`
 * keeps what busybox's does not (hard links).
 */
const COPY_IMAGE = 'ubuntu'

/** `docker volume create` flags that make `v` again: its driver and labels. */
function volumeCreateFlags(v: Volume): string[] {
  const flags = v.driver === 'local' ? [] : ['--driver', v.driver]
  for (const [k, val] of Object.entries(v.labels ?? {})) flags.push('--label', `${k}=${val}`)
  return flags
}

/**
 * Renames a volume (`host/name` key) the way a user would, since Docker cannot: its containers
 * removed, a new volume with its driver and labels, its files copied across by a throwaway
 * container, its containers made again on the new one, the old one removed. `docker volume
 * create` returns an existing volume as it is (moby v28.2.2 volume/service/store.go
 * checkConflict), so a name in use on that host is refused here, or the copy would mix with
 * that volume's files. A name Docker refuses is refused by `docker volume create` itself.
 */
export function renameVolumeGesture(
  t: Topology,
  current: string,
  key: string,
  newName: string,
): EdgeGesture | null {
  const v = t.volumes.get(key)
  const name = newName.trim()
  if (!v || v.anonymous || name === '' || name === v.name) return null
  if (t.volumes.has(volumeKey(v.host, name)))
    return { ok: false, refusal: { code: 'volume-name-taken', name, host: v.host } }
  // Containers given the volume by --volumes-from mount it too.
  const members = [...t.containers.values()]
    .filter(
      (c) => c.host === v.host && c.mounts.some((m) => m.type === 'volume' && m.source === v.name),
    )
    .sort(bySeq)
  const why = blocked(t, members, 'volume')
  if (why) return { ok: false, refusal: why }
  const on = (...words: string[]) => docker(v.host, current, ...words)
  const renamedVolume = { from: v.name, to: name }
  return {
    ok: true,
    lines: [
      ...members.map((c) => docker(c.host, current, 'rm', '-f', c.name)),
      on('volume', 'create', ...volumeCreateFlags(v), name),
      on(
        'run',
        '--rm',
        '-v',
        `${v.name}:/from`,
        '-v',
        `${name}:/to`,
        COPY_IMAGE,
        'cp',
        '-a',
        '/from/.',
        '/to/',
      ),
      ...members.flatMap((c) => runCommandOf(t, c, dockerOn(c.host, current), { renamedVolume })),
      on('volume', 'rm', v.name),
    ],
  }
}
