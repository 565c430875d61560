/**
 * Far out, cards are drawn name-only, so the heights React Flow measures then say nothing of
 * the room a card takes when drawn in full, and a host sized by them would shrink and grow
 * again as the view zooms (and every edit made far out would resize every host: 30 ms of a
 * rename at 500 containers). A card measured far out keeps, beside its node object, the height
 * it last had in full, or none when it was never drawn in full (its default size then counts).
 */
import type { FlowNode } from './flow-mapping'

const heightInFull = new WeakMap<FlowNode, number | null>()

/** After far-out measurements: each card in `measured` keeps its full height from `before`. */
export function keepFullHeights(
  before: readonly FlowNode[],
  after: readonly FlowNode[],
  measured: ReadonlySet<string>,
): void {
  const previous = new Map(before.map((n) => [n.id, n]))
  for (const n of after) {
    if (!measured.has(n.id)) continue
    const prev = previous.get(n.id)
    heightInFull.set(n, prev ? fullHeight(prev) : null)
  }
}

/** The height a card takes drawn in full, when known. */
export function fullHeight(n: FlowNode): number | null {
  const kept = heightInFull.get(n)
  return kept !== undefined ? kept : (n.measured?.height ?? null)
}

/** A card made from another (a recreated container's) keeps what is known of its full height. */
export function inheritFullHeight(from: FlowNode, to: FlowNode): void {
  const kept = heightInFull.get(from)
  if (kept !== undefined) heightInFull.set(to, kept)
}
