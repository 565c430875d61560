import { memo, useCallback, useContext } from 'react'
import { BaseEdge, getBezierPath, useStoreApi, type EdgeProps } from '@xyflow/react'
import type { FlowEdge } from '../../store'
import { currentMeasures } from '../../store/react'
import { arrowId, DIRECTED, EDGE_STYLE } from '../../io/picture/edge-style'
import { routePath } from '../../io/picture/edge-route'
import { cardsNow, routeOf, useDrawnRoute } from './route-watch'
import { farDash, FarContext } from './zoom'
import { EdgeNamingContext } from './EdgeNames'

export const DocknetEdge = memo(function DocknetEdge(props: EdgeProps<FlowEdge>) {
  const { id, source, target, data, markerEnd } = props
  const far = useContext(FarContext)
  const naming = useContext(EdgeNamingContext)
  // The path's parent is React Flow's element for the edge: it takes the edge's words.
  const named = useCallback(
    (path: SVGPathElement | null) =>
      path?.parentElement ? naming.drawn(id, path.parentElement) : undefined,
    [naming, id],
  )
  // Read, not subscribed: React Flow re-renders an edge whenever its ends' handles move, and
  // RouteWatch when a card in its way changes.
  const { nodeLookup: lookup, nodes } = useStoreApi().getState()
  const cards = cardsNow(nodes, lookup, currentMeasures(), far)
  const route = routeOf(id, source, target, lookup, cards)
  useDrawnRoute(id, route)
  // Before measurement, the handles serve.
  const path = route ? routePath(route) : getBezierPath(props)[0]
  const kind = data?.kind ?? 'network'
  const style = EDGE_STYLE[kind]
  return (
    <BaseEdge
      // React 19 passes a ref on as a prop: BaseEdge spreads it onto its path.
      {...({ ref: named } as object)}
      id={id}
      path={path}
      markerEnd={DIRECTED.has(kind) ? `url(#${arrowId(kind)})` : markerEnd}
      // Width and trace emphasis come from CSS (index.css): `.dn-traced`, `.dn-dimmed`.
      style={{ stroke: style.stroke, strokeDasharray: far ? farDash(style.dash) : style.dash }}
    />
  )
})
