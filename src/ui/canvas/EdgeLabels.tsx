import { memo, useMemo } from 'react'
import { EdgeLabelRenderer, useStore, useStoreApi } from '@xyflow/react'
import type { FlowEdge } from '../../store'
import { useAppStore } from '../../store/react'
import { boxOf, type Box } from './floating'
import { layoutLabels, type LabelRequest } from './label-layout'

const Label = memo(function Label({ x, y, text }: { x: number; y: number; text: string }) {
  return (
    <div
      className="nodrag nopan pointer-events-none absolute rounded bg-white/90 px-1 font-mono text-[10px] whitespace-nowrap text-slate-700"
      // Above the host groups, whose translucent background would fade a label beneath it.
      style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)`, zIndex: 2000 }}
    >
      {text}
    </div>
  )
})

/**
 * Every edge label, placed together (label-layout.ts) so that none covers another. Laid out
 * again when nodes move, not when the view pans or zooms.
 */
export function EdgeLabels() {
  const edges = useAppStore((s) => s.edges)
  const nodes = useStore((s) => s.nodes)
  const store = useStoreApi()
  const placed = useMemo(() => {
    void nodes // the layout follows the nodes, read from the lookup React Flow keeps in step
    const lookup = store.getState().nodeLookup
    const requests: LabelRequest[] = []
    for (const e of edges as readonly FlowEdge[]) {
      const source = boxOf(lookup.get(e.source))
      const target = boxOf(lookup.get(e.target))
      if (e.data?.label && source && target)
        requests.push({ id: e.id, text: e.data.label, source, target })
    }
    const cards: Box[] = []
    for (const n of lookup.values()) {
      const b = n.type === 'host' ? null : boxOf(n)
      if (b) cards.push(b)
    }
    return { requests, at: layoutLabels(requests, cards) }
  }, [edges, nodes, store])
  return (
    <EdgeLabelRenderer>
      {placed.requests.map((r) => {
        const at = placed.at.get(r.id)
        return at ? <Label key={r.id} x={at.x} y={at.y} text={r.text} /> : null
      })}
    </EdgeLabelRenderer>
  )
}
