/**
 * Removing or changing an edge drawn on the canvas. An attachment is a `docker network
 * disconnect`; what Docker sets when a container is created (a link, a join, --volumes-from,
 * a mount, an ambassador's forward) is removed or changed by making the container again.
 */
import { ambassadorForwards, type Topology } from '../engine'
import { ownEnv, exposeFlags } from '../cli/run-command'
import { recreate, type EdgeGesture } from './edge-gestures'
import { docker, parseEdgeId } from './ids'

export function removeEdgeGesture(t: Topology, current: string, id: string): EdgeGesture | null {
  const edge = parseEdgeId(id)
  const c = t.containers.get(edge.container)
  if (!c) return null
  switch (edge.kind) {
    case 'endpoint': {
      const n = t.networks.get(edge.key)
      return n
        ? { ok: true, lines: [docker(c.host, current, 'network', 'disconnect', n.name, c.name)] }
        : null
    }
    case 'link':
      return recreate(t, current, c, { without: { links: [edge.key] } })
    case 'join':
      return recreate(t, current, c, { network: 'bridge' })
    case 'volumes-from': {
      const donor = t.containers.get(edge.key)
      const given = c.volumesFrom.filter((v) => {
        const ref = v.split(':')[0] ?? ''
        return ref === donor?.name || (ref !== '' && edge.key.startsWith(ref))
      })
      return recreate(t, current, c, { without: { volumesFrom: given } })
    }
    case 'mount':
      return recreate(t, current, c, { without: { mounts: [edge.key] } })
    case 'ambassador': {
      const forward = ambassadorForwards(t, c).find((f) => String(f.listen) === edge.key)
      if (!forward) return null
      return recreate(t, current, c, {
        env: ownEnv(c).filter((e) => e !== forward.variable),
        expose: exposeFlags(c).filter((p) => p !== edge.key),
      })
    }
    default:
      return null
  }
}

/** What the edge form changes: a link's alias, a mount's path and mode. */
export interface EdgeEdit {
  readonly alias?: string
  readonly destination?: string
  readonly readOnly?: boolean
}

export function editEdgeGesture(
  t: Topology,
  current: string,
  id: string,
  edit: EdgeEdit,
): EdgeGesture | null {
  const edge = parseEdgeId(id)
  const c = t.containers.get(edge.container)
  if (!c) return null
  if (edge.kind === 'link') {
    const link = c.links.find((l) => l.alias === edge.key)
    const child = link ? t.containers.get(link.childId) : undefined
    const alias = edit.alias?.trim() ?? ''
    if (!child || alias === '' || alias === edge.key) return null
    return recreate(t, current, c, {
      without: { links: [edge.key] },
      flags: ['--link', `${child.name}:${alias}`],
    })
  }
  if (edge.kind === 'mount') {
    const mount = c.mounts.find((m) => m.destination === edge.key)
    if (!mount) return null
    const destination = edit.destination?.trim() || mount.destination
    const readOnly = edit.readOnly ?? !mount.rw
    if (destination === mount.destination && readOnly === !mount.rw) return null
    return recreate(t, current, c, {
      without: { mounts: [edge.key] },
      flags: ['-v', `${mount.source}:${destination}${readOnly ? ':ro' : ''}`],
    })
  }
  return null
}
