/**
 * Problems in the topology, each tied to the card it is about, as facts the views word
 * (diagnostic-fact.ts): a stopped container that `docker start` would refuse carries the
 * daemon's own error; links whose child stopped or moved, joins whose donor stopped, ambassadors
 * forwarding to nothing, volumes nobody mounts, and LAN addresses two machines hold carry their
 * names and addresses. Memoised per topology.
 */
import {
  ambassadorForwards,
  errorText,
  probeTcp,
  startContainer,
  stopContainer,
  type DiagnosticNote,
  type EngineError,
  type Topology,
} from '../engine'
import type { DiagnosticFact } from './diagnostic-fact'
import { nodeId } from './ids'
import { lanClashes } from './lan-diagnostics'

export type { DiagnosticFact } from './diagnostic-fact'

/**
 * What "Why?" answers for a diagnostic: Docker's refusal of a command (why, and the fixes after
 * which it succeeds), a question asked by name (why, the smallest fix, the walk), or a problem
 * Docker does not report (its rule, and the fixes after which it is gone).
 */
export type DiagnosticWhy =
  | {
      readonly kind: 'refused'
      readonly command: string
      readonly host: string
      readonly refused: EngineError
    }
  | {
      readonly kind: 'asked'
      readonly fromId: string
      readonly name: string
      readonly port: number | null
    }
  | { readonly kind: 'noted'; readonly note: DiagnosticNote }

export interface Diagnostic {
  readonly severity: 'error' | 'warning' | 'info'
  /** The card to select: the culprit. */
  readonly nodeId: string
  /** What it says, as data: the views word it (diagnostic-text.ts). */
  readonly fact: DiagnosticFact
  readonly why?: DiagnosticWhy
}

const memo = new WeakMap<Topology, readonly Diagnostic[]>()

const RANK = { error: 0, warning: 1, info: 2 } as const

/** "Why?" for `docker restart NAME`, refused with `error`. */
function restartWhy(name: string, host: string, error: EngineError): DiagnosticWhy {
  return { kind: 'refused', command: `docker restart ${name}`, host, refused: error }
}

/** The why of the refusal `docker restart` of container `id` would meet, if it would. */
function restartRefused(t: Topology, id: string, name: string, host: string) {
  const stopped = stopContainer(t, id)
  const again = stopped.ok ? startContainer(stopped.value, id) : null
  return again && !again.ok ? { why: restartWhy(name, host, again.error) } : {}
}

export function diagnostics(t: Topology): readonly Diagnostic[] {
  const hit = memo.get(t)
  if (hit) return hit
  const out: Diagnostic[] = []
  const containers = [...t.containers.values()].sort((a, b) => a.seq - b.seq)
  for (const c of containers) {
    const id = nodeId.container(c.id)
    if (c.state !== 'running') {
      const started = startContainer(t, c.id)
      out.push(
        started.ok
          ? {
              severity: 'info',
              nodeId: id,
              fact: { kind: 'stopped', container: c.name, state: c.state },
              why: { kind: 'noted', note: { code: 'STOPPED', containerId: c.id } },
            }
          : {
              severity: 'error',
              nodeId: id,
              fact: { kind: 'start-refused', container: c.name, error: errorText(started.error) },
              why: {
                kind: 'refused',
                command: `docker start ${c.name}`,
                host: c.host,
                refused: started.error,
              },
            },
      )
      continue
    }
    for (const l of c.links) {
      const child = t.containers.get(l.childId)
      if (!child) {
        // Removed: the running process keeps what it was started with, but a restart fails.
        const stopped = stopContainer(t, c.id)
        const again = stopped.ok ? startContainer(stopped.value, c.id) : null
        out.push({
          severity: 'warning',
          nodeId: id,
          fact: {
            kind: 'link-removed',
            container: c.name,
            target: l.nameAtStart ?? l.alias,
            alias: l.alias,
            error: again && !again.ok ? errorText(again.error) : null,
          },
          ...(again && !again.ok ? { why: restartWhy(c.name, c.host, again.error) } : {}),
        })
        continue
      }
      const now = child.endpoints.find((e) => e.ip !== null)?.ip ?? null
      if (child.state !== 'running')
        out.push({
          severity: 'warning',
          nodeId: id,
          fact: { kind: 'link-stopped', container: c.name, child: child.name, alias: l.alias },
          why: { kind: 'asked', fromId: c.id, name: l.alias, port: null },
        })
      else if (l.ipAtStart && now && l.ipAtStart !== now)
        out.push({
          severity: 'warning',
          nodeId: id,
          fact: {
            kind: 'link-env-stale',
            container: c.name,
            child: child.name,
            was: l.ipAtStart,
            now,
          },
          why: {
            kind: 'noted',
            note: { code: 'LINK_ENV_STALE', containerId: c.id, alias: l.alias },
          },
        })
    }
    if (c.joinedTo) {
      const donor = t.containers.get(c.joinedTo)
      if (donor && donor.state !== 'running')
        out.push({
          severity: 'warning',
          nodeId: id,
          fact: { kind: 'join-stopped', container: c.name, donor: donor.name },
          ...restartRefused(t, c.id, c.name, c.host),
        })
    }
    for (const f of ambassadorForwards(t, c)) {
      const p = probeTcp(t, c, f.targetIp, f.targetPort)
      if (p.kind !== 'open')
        out.push({
          severity: 'warning',
          nodeId: id,
          fact: {
            kind: 'ambassador-dead',
            container: c.name,
            listen: f.listen,
            targetIp: f.targetIp,
            targetPort: f.targetPort,
            blocker: p.reason,
          },
          why: { kind: 'asked', fromId: c.id, name: f.targetIp, port: f.targetPort },
        })
    }
  }
  out.push(
    ...lanClashes(
      t,
      containers.filter((c) => c.state === 'running'),
    ),
  )
  const mounted = new Set(
    containers.flatMap((c) =>
      c.mounts.filter((m) => m.type === 'volume').map((m) => `${c.host}/${m.source}`),
    ),
  )
  for (const v of [...t.volumes.values()].sort((a, b) => a.seq - b.seq)) {
    if (v.anonymous || mounted.has(`${v.host}/${v.name}`)) continue
    out.push({
      severity: 'info',
      nodeId: nodeId.volume(v.host, v.name),
      fact: { kind: 'volume-unused', volume: v.name, host: v.host },
      why: { kind: 'noted', note: { code: 'VOLUME_UNUSED', host: v.host, name: v.name } },
    })
  }
  const sorted = out.sort((a, b) => RANK[a.severity] - RANK[b.severity])
  memo.set(t, sorted)
  return sorted
}
