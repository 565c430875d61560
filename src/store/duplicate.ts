/**
 * Duplicate, copy and paste as docker commands: a copy of a container is its own `docker run`
 * under a fresh name (`web` → `web-2`), on the same host. What Docker refuses for a twin (the
 * same --ip, the same fixed host port) it refuses, in its words. Links, joins and
 * --volumes-from still name the original containers, as the copied command says.
 */
import { runCommandOf } from '../cli/run-command'
import type { Container, Topology } from '../engine'
import { dockerOn } from './ids'

export interface Copies {
  readonly lines: readonly string[]
  /** Each copy's host and new name, and the original it came from (for its place on the canvas). */
  readonly made: readonly { readonly host: string; readonly name: string; readonly from: string }[]
}

/** `web` → `web-2`; a copy's copy counts on (`web-2` → `web-3`) while `web` is there. */
function freshName(base: string, taken: Set<string>): string {
  const counted = base.replace(/-\d+$/, '')
  const stem = counted !== base && taken.has(counted) ? counted : base
  for (let i = 2; ; i++) {
    const name = `${stem}-${i}`
    if (!taken.has(name)) {
      taken.add(name)
      return name
    }
  }
}

/** The commands that make one copy of each container (ids in `t`), in creation order. */
export function copyCommands(t: Topology, current: string, ids: readonly string[]): Copies {
  const originals = ids.flatMap((id) => t.containers.get(id) ?? []).sort((a, b) => a.seq - b.seq)
  const taken = new Map<string, Set<string>>()
  const lines: string[] = []
  const made: { host: string; name: string; from: string }[] = []
  for (const c of originals) {
    let names = taken.get(c.host)
    if (!names) {
      names = new Set(
        [...t.containers.values()].filter((x) => x.host === c.host).map((x) => x.name),
      )
      taken.set(c.host, names)
    }
    const copy: Container = { ...c, name: freshName(c.name, names) }
    lines.push(...runCommandOf(t, copy, dockerOn(c.host, current)))
    made.push({ host: c.host, name: copy.name, from: c.id })
  }
  return { lines, made }
}
