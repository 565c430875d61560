import { memo, useContext } from 'react'
import { BaseEdge, getBezierPath, useStoreApi, type EdgeProps } from '@xyflow/react'
import type { FlowEdge } from '../../store'
import { arrowId, DIRECTED, EDGE_STYLE } from './edge-style'
import { edgeRoute, routePath } from './edge-route'
import { boxOf, cardBoxes, type Box } from './floating'
import { FarContext } from './zoom'
import { RouteContext } from './contexts'

const NO_CARDS: readonly Box[] = []

export const DocknetEdge = memo(function DocknetEdge(props: EdgeProps<FlowEdge>) {
  const { id, source, target, data, markerEnd } = props
  const far = useContext(FarContext)
  const { measures } = useContext(RouteContext)
  // Read, not subscribed: React Flow re-renders an edge whenever its ends' handles move, so
  // the boxes are current then.
  const { nodeLookup: lookup, nodes } = useStoreApi().getState()
  const sourceBox = boxOf(lookup.get(source))
  const targetBox = boxOf(lookup.get(target))
  let path: string
  if (sourceBox && targetBox) {
    // Far out the cards are name-only and the edges hairlines: a detour would not show.
    const cards = far ? NO_CARDS : cardBoxes(nodes, lookup, measures)
    path = routePath(edgeRoute(id, sourceBox, targetBox, cards))
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
