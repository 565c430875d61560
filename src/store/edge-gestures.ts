/**
 * Edges drawn on the canvas as docker commands. Attaching to a network is `docker network
 * connect`; a link, a join, a --volumes-from, a mount or an ambassador forward can only be
 * given when a container is created, so the container is recreated with one more option, as a
 * user would do it: `docker rm -f web` then its own `docker run` plus the new flag. Docker then
 * accepts or refuses the result in its own words (a link to a container on another host, a
 * join with published ports).
 */
import { lookupImage, type Container, type Topology } from '../engine'
import { runCommandOf, type Recreate } from '../cli/run-command'
import { docker, dockerOn, parseNodeId } from './ids'
import type { GestureRefusal, Tie } from './gesture-refusal'

/** What a container-to-container edge means; the palette chooses. */
export type ContainerEdgeMode = 'link' | 'joined' | 'volumes-from'

export type EdgeGesture =
  | { readonly ok: true; readonly lines: readonly string[] }
  | { readonly ok: false; readonly refusal: GestureRefusal }

/** Who would lose something if `c` were removed and made again. */
export function dependents(t: Topology, c: Container): Tie[] {
  const out: Tie[] = []
  for (const o of t.containers.values()) {
    if (o.host !== c.host || o.id === c.id) continue
    if (o.links.some((l) => l.childId === c.id)) out.push({ kind: 'linked-by', other: o.name })
    if (o.joinedTo === c.id) out.push({ kind: 'joined-by', other: o.name })
    if (o.volumesFrom.some((v) => v.split(':')[0] === c.name))
      out.push({ kind: 'volumes-used-by', other: o.name })
  }
  return out
}

export function recreate(
  t: Topology,
  current: string,
  c: Container,
  change: Recreate,
): EdgeGesture {
  const ties = dependents(t, c)
  if (ties.length > 0)
    return { ok: false, refusal: { code: 'recreate-blocked', container: c.name, ties } }
  return {
    ok: true,
    lines: [
      docker(c.host, current, 'rm', '-f', c.name),
      ...runCommandOf(t, c, dockerOn(c.host, current), change),
    ],
  }
}

/** A mount point for a volume that `c` does not use yet: /data, /data2, ... */
function mountPoint(c: Container): string {
  const used = new Set(c.mounts.map((m) => m.destination))
  for (let i = 1; ; i++) {
    const path = i === 1 ? '/data' : `/data${i}`
    if (!used.has(path)) return path
  }
}

/**
 * An ambassador forwards to a port another host publishes: `-e NAME_PORT_<p>_TCP=tcp://lan:p`
 * and `--expose p`, as in the ambassador pattern, named after the container that publishes the
 * port (the first published TCP port of that host).
 */
function ambassadorTo(t: Topology, current: string, amb: Container, host: string): EdgeGesture {
  if (!lookupImage(amb.image).ambassador)
    return {
      ok: false,
      refusal: { code: 'not-an-ambassador', container: amb.name, image: amb.image },
    }
  const lan = t.hosts.get(host)?.lanIp
  const server = [...t.containers.values()].find(
    (c) => c.host === host && c.ports.some((p) => p.proto === 'tcp'),
  )
  const port = server?.ports.find((p) => p.proto === 'tcp')
  if (!lan || !server || !port) return { ok: false, refusal: { code: 'nothing-published', host } }
  const name = server.name.toUpperCase().replace(/\W/g, '_')
  const exposed = amb.exposed.some((e) => e.port === port.hostPort && e.proto === 'tcp')
  return recreate(t, current, amb, {
    flags: [
      ...(exposed ? [] : ['--expose', `${port.hostPort}`]),
      '-e',
      `${name}_PORT_${port.hostPort}_TCP=tcp://${lan}:${port.hostPort}`,
    ],
  })
}

/** The commands an edge drawn from `source` to `target` runs, or why it is not drawn. */
export function edgeGesture(
  t: Topology,
  current: string,
  source: string,
  target: string,
  mode: ContainerEdgeMode,
): EdgeGesture | null {
  const s = parseNodeId(source)
  const d = parseNodeId(target)
  // Edges are drawn from containers; the other way round means the same thing.
  const [from, to] = s.kind === 'container' ? [s, d] : [d, s]
  const c = from.kind === 'container' ? t.containers.get(from.id) : undefined
  if (!c) return null
  if (to.kind === 'network') {
    const n = t.networks.get(to.id)
    return n
      ? { ok: true, lines: [docker(c.host, current, 'network', 'connect', n.name, c.name)] }
      : null
  }
  if (to.kind === 'volume') {
    const slash = to.id.indexOf('/')
    const [host, volume] = [to.id.slice(0, slash), to.id.slice(slash + 1)]
    if (host !== c.host)
      return {
        ok: false,
        refusal: { code: 'volume-elsewhere', volume, volumeHost: host, containerHost: c.host },
      }
    return recreate(t, current, c, { flags: ['-v', `${volume}:${mountPoint(c)}`] })
  }
  if (to.kind === 'host')
    return to.id === c.host
      ? { ok: false, refusal: { code: 'own-host', container: c.name, host: c.host } }
      : ambassadorTo(t, current, c, to.id)
  const other = to.kind === 'container' ? t.containers.get(to.id) : undefined
  if (!other || other.id === c.id) return null
  // The other container is named as the source's daemon would look it up, so a container on
  // another host gets Docker's own "No such container" refusal.
  switch (mode) {
    case 'link':
      return recreate(t, current, c, { flags: ['--link', other.name] })
    case 'joined':
      return recreate(t, current, c, { network: `container:${other.name}` })
    case 'volumes-from':
      return recreate(t, current, c, { flags: ['--volumes-from', other.name] })
  }
}
