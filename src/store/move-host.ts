/**
 * Moving a container to another host, as a user would: `docker rm -f` on the old host, then its
 * own `docker run` on the new one. Refused, with the reason, when a link, a join or a
 * --volumes-from would cross hosts (Docker resolves those names on one daemon only); what the
 * new daemon refuses (a user network it does not have) it refuses in its words. Named volumes
 * do not travel: the new host gets an empty volume of the same name, as Docker would.
 */
import { runCommandOf } from '../cli/run-command'
import type { Topology } from '../engine'
import { dependents, type EdgeGesture } from './edge-gestures'
import type { Tie } from './gesture-refusal'
import { docker, dockerOn } from './ids'

export function moveCommands(
  t: Topology,
  current: string,
  id: string,
  toHost: string,
): EdgeGesture | null {
  const c = t.containers.get(id)
  if (!c || c.host === toHost || !t.hosts.has(toHost)) return null
  const name = (cid: string | null) => (cid ? (t.containers.get(cid)?.name ?? cid) : '')
  const ties: Tie[] = []
  for (const l of c.links) ties.push({ kind: 'links-to', other: name(l.childId) })
  if (c.joinedTo) ties.push({ kind: 'joins', other: name(c.joinedTo) })
  for (const v of c.volumesFrom) ties.push({ kind: 'uses-volumes-of', other: v.split(':')[0]! })
  ties.push(...dependents(t, c))
  if (ties.length > 0)
    return { ok: false, refusal: { code: 'move-tied', container: c.name, toHost, ties } }
  return {
    ok: true,
    lines: [
      docker(c.host, current, 'rm', '-f', c.name),
      ...runCommandOf(t, { ...c, host: toHost }, dockerOn(toHost, current)),
    ],
  }
}
