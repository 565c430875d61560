/**
 * Reach verdicts per ordered pair of containers, computed once per topology value: the Reach
 * tab, the canvas overlay (a whole row) and the matrix (a cell at a time) share them, so a
 * selection's overlay does not compute its row twice (bench:ui, edit at 500 containers).
 */
import { checkReach, type ReachVerdict, type Topology } from '../engine'

const memo = new WeakMap<Topology, Map<string, ReachVerdict>>()

/** Whether the container `fromId` reaches `toId`, and how; null on the diagonal or unknown ids. */
export function pairVerdict(t: Topology, fromId: string, toId: string): ReachVerdict | null {
  if (fromId === toId) return null
  let verdicts = memo.get(t)
  if (!verdicts) {
    verdicts = new Map()
    memo.set(t, verdicts)
  }
  const key = `${fromId}>${toId}`
  const hit = verdicts.get(key)
  if (hit) return hit
  const a = t.containers.get(fromId)
  const b = t.containers.get(toId)
  if (!a || !b) return null
  const v = checkReach(t, a, b)
  verdicts.set(key, v)
  return v
}

/** How many pair verdicts this topology has computed so far. */
export function pairVerdictCount(t: Topology): number {
  return memo.get(t)?.size ?? 0
}
