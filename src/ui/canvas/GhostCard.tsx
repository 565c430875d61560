import type { NodeProps } from '@xyflow/react'
import type { FlowNode } from '../../store'
import { useT } from '../i18n/language'
import { shellMessages } from '../shell/messages'
import { whyMessages } from '../why/messages'
import './preview.css'

const WIDTH = { container: 190, network: 220, volume: 160 } as const
const KIND_WORD = {
  container: 'cardContainer',
  network: 'cardNetwork',
  volume: 'cardVolume',
} as const

/** A ghost card: what a previewed fix would add, dashed, with its kind and name. */
export default function GhostCard({ id, data }: NodeProps<FlowNode>) {
  const t = useT(shellMessages)
  const tWhy = useT(whyMessages)
  const kind = data.kind === 'network' || data.kind === 'volume' ? data.kind : 'container'
  const label = `${t(KIND_WORD[kind])}${typeof data.label === 'string' ? ` ${data.label}` : ''}`
  return (
    <div
      role="group"
      aria-label={tWhy('wouldAdd', { card: label })}
      style={{ width: WIDTH[kind] }}
      className="dn-ghost-card"
    >
      {/* Where its ghost edges end: marked as React Flow measures handles, not to be grabbed. */}
      <div
        data-nodeid={id}
        data-handlepos={kind === 'network' ? 'bottom' : 'top'}
        className={`react-flow__handle react-flow__handle-${kind === 'network' ? 'bottom' : 'top'} ${kind === 'container' ? 'source' : 'target'}`}
      />
      <b>+ {label}</b>
    </div>
  )
}
