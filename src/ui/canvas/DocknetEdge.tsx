import { memo } from 'react'
import {
  BaseEdge,
  EdgeLabelRenderer,
  getBezierPath,
  useInternalNode,
  type EdgeProps,
  type InternalNode,
} from '@xyflow/react'
import type { FlowEdge } from '../../store'
import { useAppStore } from '../../store/react'
import { EDGE_STYLE } from './edge-style'
import { floatingEnds, type Box } from './floating'

/** A node's box in flow coordinates, once React Flow has measured it. */
function boxOf(node: InternalNode | undefined): Box | null {
  const { width, height } = node?.measured ?? {}
  if (!node || !width || !height) return null
  const { x, y } = node.internals.positionAbsolute
  return { x, y, width, height }
}

export const DocknetEdge = memo(function DocknetEdge(props: EdgeProps<FlowEdge>) {
  const { id, source, target, data, markerEnd } = props
  const sourceBox = boxOf(useInternalNode(source))
  const targetBox = boxOf(useInternalNode(target))
  // Ends float on the borders that face each other; before measurement, the handles serve.
  const ends = sourceBox && targetBox ? floatingEnds(sourceBox, targetBox) : null
  const [path, labelX, labelY] = getBezierPath({
    sourceX: ends?.source.x ?? props.sourceX,
    sourceY: ends?.source.y ?? props.sourceY,
    targetX: ends?.target.x ?? props.targetX,
    targetY: ends?.target.y ?? props.targetY,
    sourcePosition: ends?.source.position ?? props.sourcePosition,
    targetPosition: ends?.target.position ?? props.targetPosition,
  })
  // While a trace is shown, its edges stand out and the others step back.
  const traced = useAppStore((s) => (s.trace ? s.trace.edges.has(id) : null))
  const kind = data?.kind ?? 'network'
  const style = EDGE_STYLE[kind]
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        style={{
          stroke: style.stroke,
          strokeWidth: traced ? 3.5 : 1.5,
          strokeDasharray: style.dash,
          opacity: traced === false ? 0.25 : 1,
        }}
      />
      {data?.label ? (
        <EdgeLabelRenderer>
          <div
            className="nodrag nopan pointer-events-none absolute rounded bg-white/90 px-1 font-mono text-[10px] text-slate-700"
            style={{
              transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`,
              // Above the host groups, whose translucent background would fade a label beneath it.
              zIndex: 2000,
            }}
          >
            {data.label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  )
})
