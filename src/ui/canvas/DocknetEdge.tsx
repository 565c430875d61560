import { memo } from 'react'
import { BaseEdge, getBezierPath, useStoreApi, type EdgeProps } from '@xyflow/react'
import type { FlowEdge } from '../../store'
import { arrowId, DIRECTED, EDGE_STYLE } from './edge-style'
import { boxOf, floatingEnds } from './floating'

export const DocknetEdge = memo(function DocknetEdge(props: EdgeProps<FlowEdge>) {
  const { id, source, target, data, markerEnd } = props
  // Read, not subscribed: React Flow re-renders an edge whenever its ends' handles move, so
  // the boxes are current then. Two subscriptions per edge cost a quarter of a drag frame at
  // 500 containers (bench:ui).
  const lookup = useStoreApi().getState().nodeLookup
  const sourceBox = boxOf(lookup.get(source))
  const targetBox = boxOf(lookup.get(target))
  // Ends float on the borders that face each other; before measurement, the handles serve.
  const ends = sourceBox && targetBox ? floatingEnds(sourceBox, targetBox) : null
  const [path] = getBezierPath({
    sourceX: ends?.source.x ?? props.sourceX,
    sourceY: ends?.source.y ?? props.sourceY,
    targetX: ends?.target.x ?? props.targetX,
    targetY: ends?.target.y ?? props.targetY,
    sourcePosition: ends?.source.position ?? props.sourcePosition,
    targetPosition: ends?.target.position ?? props.targetPosition,
  })
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
