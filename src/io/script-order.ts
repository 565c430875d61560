/**
 * The order an exported script makes containers in. Docker sets a container's links, its
 * `--net=container:` donor and its `--volumes-from` donors when it creates it, and looks each
 * one up then (moby v28.2.2 daemon/create.go, daemon/volumes.go registerMountPoints,
 * daemon/daemon_unix.go registerLinks): every one must exist before its dependent is made.
 */

/** One thing to place: what must be made before it. */
export interface OrderNode {
  /** Unique among the nodes (a container id). */
  readonly key: string
  /** What an error calls it (a container name). */
  readonly label: string
  /** Its original creation order: the order kept wherever the dependencies allow. */
  readonly seq: number
  /** Keys of the nodes made before it; a key no node has is ignored (nothing to wait for). */
  readonly needs: readonly string[]
}

export type Ordered =
  | { readonly ok: true; readonly order: readonly string[] }
  | { readonly ok: false; readonly cycle: readonly string[] }

/**
 * A topological order of the nodes that keeps creation order wherever the dependencies allow
 * (Kahn's algorithm, the ready node with the lowest seq first), or a cycle among them, as the
 * labels met along it, the first repeated at the end (`a -> b -> a`).
 */
export function dependencyOrder(nodes: readonly OrderNode[]): Ordered {
  const byKey = new Map(nodes.map((n) => [n.key, n]))
  const waiting = new Map<string, number>()
  const dependents = new Map<string, string[]>()
  for (const n of nodes) {
    const needs = new Set(n.needs.filter((k) => byKey.has(k)))
    waiting.set(n.key, needs.size)
    for (const k of needs) dependents.set(k, [...(dependents.get(k) ?? []), n.key])
  }
  const ready: OrderNode[] = []
  const push = (n: OrderNode) => {
    // Sorted insertion keeps `ready` ordered by seq, then key, so the order is deterministic.
    let lo = 0
    let hi = ready.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      const m = ready[mid] as OrderNode
      if (m.seq < n.seq || (m.seq === n.seq && m.key < n.key)) lo = mid + 1
      else hi = mid
    }
    ready.splice(lo, 0, n)
  }
  for (const n of nodes) if (waiting.get(n.key) === 0) push(n)
  const order: string[] = []
  for (let n = ready.shift(); n; n = ready.shift()) {
    order.push(n.key)
    for (const d of dependents.get(n.key) ?? []) {
      const left = (waiting.get(d) ?? 0) - 1
      waiting.set(d, left)
      const node = byKey.get(d)
      if (left === 0 && node) push(node)
    }
  }
  if (order.length === nodes.length) return { ok: true, order }
  const placed = new Set(order)
  return { ok: false, cycle: findCycle(nodes, byKey, placed) }
}

/**
 * A cycle among the nodes left unplaced: each of them still waits for another unplaced one, so
 * following those needs from the first of them (by seq) must come back to a node already met.
 */
function findCycle(
  nodes: readonly OrderNode[],
  byKey: ReadonlyMap<string, OrderNode>,
  placed: ReadonlySet<string>,
): string[] {
  const left = nodes.filter((n) => !placed.has(n.key)).sort((a, b) => a.seq - b.seq)
  const path: OrderNode[] = []
  let cur = left[0]
  while (cur && !path.includes(cur)) {
    path.push(cur)
    const next: string | undefined = [...cur.needs]
      .sort()
      .find((k) => byKey.has(k) && !placed.has(k))
    cur = next === undefined ? undefined : byKey.get(next)
  }
  if (!cur) throw new Error('invariant: unplaced nodes without an unplaced need')
  const loop = path.slice(path.indexOf(cur))
  return [...loop, cur].map((n) => n.label)
}

/** The error for a cycle, in docker compose's words (compose-go graph/cycle.go searchCycle). */
export function cycleError(cycle: readonly string[]): string {
  return `dependency cycle detected: ${cycle.join(' -> ')}`
}
