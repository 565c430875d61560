import { lazy, Suspense } from 'react'
import type { NodeProps } from '@xyflow/react'
import type { FlowNode } from '../../store'

/** Drawn only while a fix is previewed: its code loads with the first preview. */
const GhostCard = lazy(() => import('./GhostCard'))

/** What a previewed fix would add (store/fix-preview.ts). */
export function GhostNode(props: NodeProps<FlowNode>) {
  return (
    <Suspense fallback={null}>
      <GhostCard {...props} />
    </Suspense>
  )
}
