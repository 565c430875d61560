/**
 * Export as a docker script: the ordered `docker` commands that make a topology again, on real
 * Docker or through `docknet shell` (the issue's "Docker script, both ways").
 *
 * Hosts are Docker contexts: `docker context create NAME --docker host=tcp://IP:2375` keeps each
 * host's LAN address, and every command for a host other than `default` carries
 * `--context NAME` (a line says where it runs on its own; `docker context use` is needed only
 * around `dockerd`, which takes no context). Then, in an order that works:
 * 1. daemon options (`dockerd --icc=false --ip=... --bip=...`: the default bridge must have its
 *    subnet before a container joins it) and swarm membership (overlay networks need it);
 * 2. the images each daemon holds, in the order it got them (`docker pull`);
 * 3. user-defined networks, in creation order (their automatic subnets come in that order);
 * 4. named volumes (anonymous ones come back with the `-v /path` that made them);
 * 5. containers, each with its own flags and extra networks, link children, namespace donors
 *    and volume donors first (script-order.ts); otherwise in creation order, so addresses and
 *    ephemeral host ports are handed out as they were. Ambassadors need nothing more: a
 *    forward names an address and a published port, which the engine reads when asked;
 * 6. `docker stop` for the stopped containers: before the first container that took over an
 *    address they had, else last (script-stops.ts).
 *
 * Not recreated (said in the script's header when present): files written in containers,
 * volumes or hosts, logs, anonymous volumes no container mounts, dangling endpoint configs.
 */
import {
  DEFAULT_DAEMON,
  DEFAULT_HOST,
  type Container,
  type Host,
  type Network,
  type Topology,
} from '../engine'
import { containerLines, containerNeeds } from './script-container'
import { cycleError, dependencyOrder } from './script-order'
import { stopPlaces } from './script-stops'
import { pairs, repeated, shLine, shWord } from './script-words'

export type ScriptResult =
  { readonly ok: true; readonly script: string } | { readonly ok: false; readonly error: string }

/** The first line of every exported script. */
export const SCRIPT_HEADER = '# Docker script exported by Docknet: run it to make this topology.'

/** The `docker` words that address a host. */
function dockerOn(host: string): string[] {
  return host === DEFAULT_HOST ? ['docker'] : ['docker', '--context', host]
}

const bySeq = <T extends { readonly seq: number }>(list: Iterable<T>): T[] =>
  [...list].sort((a, b) => a.seq - b.seq)

function hostLines(h: Host): string[] {
  const lines =
    h.name === DEFAULT_HOST
      ? []
      : [shLine(['docker', 'context', 'create', h.name, '--docker', `host=tcp://${h.lanIp}:2375`])]
  const flags = [
    ...(h.daemon.icc !== DEFAULT_DAEMON.icc ? [`--icc=${h.daemon.icc}`] : []),
    ...(h.daemon.ip !== DEFAULT_DAEMON.ip ? [`--ip=${h.daemon.ip}`] : []),
    ...(h.daemon.bip !== DEFAULT_DAEMON.bip ? [`--bip=${h.daemon.bip}`] : []),
  ]
  if (flags.length === 0) return lines
  if (h.name === DEFAULT_HOST) return [...lines, shLine(['dockerd', ...flags])]
  return [
    ...lines,
    shLine(['docker', 'context', 'use', h.name]),
    shLine(['dockerd', ...flags]),
    shLine(['docker', 'context', 'use', DEFAULT_HOST]),
  ]
}

/** `docker swarm init` on the manager, `docker swarm join` on each worker. */
function swarmLines(hosts: readonly Host[]): string[] {
  const manager = hosts.find((h) => h.swarm === 'manager')
  if (!manager) return []
  const token = `"$(${shLine([...dockerOn(manager.name), 'swarm', 'join-token', '-q', 'worker'])})"`
  return [
    shLine([...dockerOn(manager.name), 'swarm', 'init']),
    ...hosts
      .filter((h) => h.swarm === 'worker')
      .map(
        (h) =>
          `${shLine([...dockerOn(h.name), 'swarm', 'join', '--token'])} ${token} ${shWord(`${manager.lanIp}:2377`)}`,
      ),
  ]
}

/**
 * Networks the daemon made itself: `bridge`, `host`, `none`, and what `docker swarm init` /
 * `join` add (the `ingress` overlay, each member's `docker_gwbridge`; engine/swarm.ts).
 */
function madeByDocker(t: Topology, n: Network): boolean {
  if (n.predefined) return true
  if (n.host === null) return n.name === 'ingress'
  return n.name === 'docker_gwbridge' && (t.hosts.get(n.host)?.swarm ?? null) !== null
}

function networkLine(t: Topology, n: Network): string {
  const host = n.host ?? bySeq(t.hosts.values()).find((h) => h.swarm === 'manager')?.name
  return shLine([
    ...dockerOn(host ?? DEFAULT_HOST),
    'network',
    'create',
    ...(n.driver !== 'bridge' ? ['-d', n.driver] : []),
    ...(n.userSubnet && n.subnet ? ['--subnet', n.subnet] : []),
    ...(n.userGateway && n.gateway ? ['--gateway', n.gateway] : []),
    ...(n.ipRange !== undefined ? ['--ip-range', n.ipRange] : []),
    ...(n.internal ? ['--internal'] : []),
    ...(n.attachable ? ['--attachable'] : []),
    ...repeated('-o', pairs(n.options)),
    ...repeated('--label', pairs(n.labels)),
    n.name,
  ])
}

/** The script's comment lines on what it leaves out, if anything. */
export function omissions(t: Topology): string[] {
  const notes: string[] = []
  const mounted = new Set([...t.containers.values()].flatMap((c) => c.mounts.map((m) => m.source)))
  const orphans = [...t.volumes.values()].filter((v) => v.anonymous && !mounted.has(v.name))
  if (orphans.length > 0)
    notes.push(`# Not made: ${orphans.length} anonymous volume(s) no container mounts.`)
  const files = [
    ...[...t.hosts.values()].map((h) => h.files),
    ...[...t.volumes.values()].map((v) => v.files),
    ...[...t.containers.values()].map((c) => c.files),
  ].some((f) => Object.keys(f).length > 0)
  if (files) notes.push('# Not made: files written on hosts, in volumes or in containers.')
  if ([...t.containers.values()].some((c) => (c.dangling?.length ?? 0) > 0))
    notes.push('# Not made: endpoint configs kept for networks that no longer exist.')
  return notes
}

/** The containers in an order that makes each after what it needs, or the cycle that forbids it. */
function orderedContainers(
  t: Topology,
): { ok: true; list: Container[] } | { ok: false; error: string } {
  const containers = bySeq(t.containers.values())
  const ordered = dependencyOrder(
    containers.map((c) => ({ key: c.id, label: c.name, seq: c.seq, needs: containerNeeds(t, c) })),
  )
  if (!ordered.ok) return { ok: false, error: cycleError(ordered.cycle) }
  return {
    ok: true,
    list: ordered.order.map((id) => t.containers.get(id)).filter((c) => c !== undefined),
  }
}

/**
 * The docker script that makes `t` again, or Docker-like error text when no order can (a
 * dependency cycle). Same topology in, same text out.
 */
export function toScript(t: Topology): ScriptResult {
  const ordered = orderedContainers(t)
  if (!ordered.ok) return ordered
  const hosts = bySeq(t.hosts.values())
  const lines = [SCRIPT_HEADER, ...omissions(t)]
  lines.push(...hosts.flatMap(hostLines), ...swarmLines(hosts))
  for (const h of hosts)
    lines.push(...h.images.map((image) => shLine([...dockerOn(h.name), 'pull', image])))
  for (const n of bySeq(t.networks.values())) if (!madeByDocker(t, n)) lines.push(networkLine(t, n))
  for (const v of bySeq(t.volumes.values()))
    if (!v.anonymous)
      lines.push(
        shLine([
          ...dockerOn(v.host),
          'volume',
          'create',
          ...repeated('--label', pairs(v.labels ?? {})),
          v.name,
        ]),
      )
  const list = ordered.list
  const stops = new Map<number, string[]>()
  for (const [id, at] of stopPlaces(t, list)) {
    const c = t.containers.get(id)
    if (c) stops.set(at, [...(stops.get(at) ?? []), shLine([...dockerOn(c.host), 'stop', c.name])])
  }
  const stopsBefore = (i: number) => stops.get(i) ?? []
  list.forEach((c, i) => lines.push(...stopsBefore(i), ...containerLines(t, c, dockerOn(c.host))))
  lines.push(...stopsBefore(list.length).reverse())
  return { ok: true, script: `${lines.join('\n')}\n` }
}
