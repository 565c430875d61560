import { memo, useContext } from 'react'
import { BaseEdge, getBezierPath, useStoreApi, type EdgeProps } from '@xyflow/react'
import type { FlowEdge } from '../../store'
import { useAppStore } from '../../store/react'
import { arrowId, DIRECTED, EDGE_STYLE } from './edge-style'
import { routeEdge, routePath } from './edge-route'
import { boxOf, cardBoxes } from './floating'
import { FarContext } from './zoom'

export const DocknetEdge = memo(function DocknetEdge(props: EdgeProps<FlowEdge>) {
  const { id, source, target, data, markerEnd } = props
  const far = useContext(FarContext)
  // A drop or a new card may put a card in this edge's way: the document's positions change
  // then (not on drag frames), and the edge finds its way again.
  useAppStore((s) => s.positions)
  // A card measured at a new size (a stopped container's shrinks) may free or take its way.
  const measures = useAppStore((s) => s.measures)
  // Read, not subscribed: React Flow re-renders an edge whenever its ends' handles move, so
  // the boxes are current then. Two subscriptions per edge cost a quarter of a drag frame at
  // 500 containers (bench:ui).
  const { nodeLookup: lookup, nodes } = useStoreApi().getState()
  const sourceBox = boxOf(lookup.get(source))
  const targetBox = boxOf(lookup.get(target))
  let path: string
  if (sourceBox && targetBox) {
    // Far out the cards are name-only and the edges hairlines: a detour would not show.
    const cards = far ? [] : cardBoxes(nodes, lookup, measures)
    path = routePath(routeEdge(sourceBox, targetBox, cards))
  } else {
    // Before measurement, the handles serve.
    ;[path] = getBezierPath(props)
  }
  const kind = data?.kind ?? 'network'
  const style = EDGE_STYLE[kind]
  return (
    <BaseEdge
      id={id}
      path={path}
      markerEnd={DIRECTED.has(kind) ? `url(#${arrowId(kind)})` : markerEnd}
      // Width and trace emphasis come from CSS (index.css): `.dn-traced`, `.dn-dimmed`.
      style={{ stroke: style.stroke, strokeDasharray: style.dash }}
    />
  )
})
