import { memo, useDeferredValue, useMemo, useState } from 'react'
import { EdgeLabelRenderer, useStore, useStoreApi } from '@xyflow/react'
import type { FlowEdge } from '../../store'
import { useAppStore } from '../../store/react'
import { boxOf, cardBoxes } from './card-boxes'
import { useFar } from './zoom'
import {
  curvePoint,
  labelSize,
  layoutLabels,
  type LabelRequest,
  type Point,
  type Stroke,
} from '../../io/picture/label-layout'

const Label = memo(function Label({ x, y, text }: { x: number; y: number; text: string }) {
  const { width, height } = labelSize(text)
  // Placed with left/top and the computed size, not a transform: hundreds of transformed labels
  // slowed every drag frame's compositing.
  return (
    <div
      className="nodrag nopan pointer-events-none absolute rounded bg-white/90 text-center font-mono text-[10px] leading-[15px] whitespace-nowrap text-slate-700"
      // Above the host groups, whose translucent background would fade a label beneath it.
      style={{ left: x - width / 2, top: y - height / 2, width, height, zIndex: 2000 }}
    >
      {text}
    </div>
  )
})

/**
 * Every edge label, placed together (label-layout.ts) so that none covers another. Laid out
 * again when nodes move (fully once a drag ends), not when the view pans or zooms. Too far out
 * to read, they are not drawn at all.
 */
export function EdgeLabels() {
  const far = useFar()
  return far ? null : <PlacedLabels />
}

function PlacedLabels() {
  const edgesNow = useAppStore((s) => s.edges)
  const nodesNow = useStore((s) => s.nodes)
  const measuresNow = useAppStore((s) => s.measures)
  const now = useMemo(
    () => ({ edges: edgesNow, nodes: nodesNow, measures: measuresNow }),
    [edgesNow, nodesNow, measuresNow],
  )
  // A change's cards and edges paint first, its labels a frame later: laying out 800 labels
  // took a drawn link at 500 containers from input to paint 200 ms longer (bench:ui). Mid-drag
  // the labels follow at once (cheaply, below).
  const later = useDeferredValue(now)
  const dragging = nodesNow.some((n) => n.dragging)
  // The nodes are the layout's trigger: the boxes come from React Flow's lookup.
  const inputs = dragging ? now : later
  const store = useStoreApi()
  // The last full layout, with the edge ends and everything drawn it was made for.
  const [last] = useState(() => ({
    at: new Map<string, Point>(),
    ends: new Map<string, string>(),
    drawn: '',
  }))
  const placed = useMemo(() => {
    const lookup = store.getState().nodeLookup
    const requests: LabelRequest[] = []
    const strokes: Stroke[] = []
    for (const e of inputs.edges as readonly FlowEdge[]) {
      const source = boxOf(lookup.get(e.source))
      const target = boxOf(lookup.get(e.target))
      if (!source || !target) continue
      strokes.push({ id: e.id, source, target })
      if (e.data?.label) requests.push({ id: e.id, text: e.data.label, source, target })
    }
    const ends = (r: Stroke) => `${r.source.x},${r.source.y},${r.target.x},${r.target.y}`
    if (dragging) {
      // Mid-drag, only the labels of edges that moved follow (to their curve's middle); the
      // full layout waits for the drop, so a drag frame stays cheap with hundreds of edges.
      const at = new Map<string, Point>()
      for (const r of requests) {
        const kept = last.ends.get(r.id) === ends(r) ? last.at.get(r.id) : undefined
        at.set(r.id, kept ?? curvePoint(r.source, r.target, 0.5))
      }
      return { requests, at }
    }
    const cards = cardBoxes(store.getState().nodes, lookup, inputs.measures)
    // A change that moves nothing (a card selected) keeps the layout: it took ~40 ms at 500.
    const drawn = [
      ...strokes.map((r) => `${r.id} ${ends(r)}`),
      ...requests.map((r) => `${r.id} ${r.text}`),
      ...cards.map((b) => `${b.x},${b.y},${b.width},${b.height}`),
    ].join('\n')
    if (drawn === last.drawn) return { requests, at: last.at }
    const at = layoutLabels(requests, cards, strokes)
    last.at = at
    last.ends = new Map(requests.map((r) => [r.id, ends(r)]))
    last.drawn = drawn
    return { requests, at }
  }, [inputs, store, last, dragging])
  return (
    <EdgeLabelRenderer>
      {placed.requests.map((r) => {
        const at = placed.at.get(r.id)
        return at ? <Label key={r.id} x={at.x} y={at.y} text={r.text} /> : null
      })}
    </EdgeLabelRenderer>
  )
}
