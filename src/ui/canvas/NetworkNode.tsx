import { memo } from 'react'
import { Position, type NodeProps } from '@xyflow/react'
import { CardHandle } from './CardHandle'
import { Network } from 'lucide-react'
import { cardView, type FlowNode } from '../../store'
import { useAppStore } from '../../store/react'
import { useT } from '../i18n/language'
import { shellMessages } from '../shell/messages'
import { useSkipWhenOffscreen } from './offscreen'

/** A network: driver, subnet and gateway; containers attach to it. */
export const NetworkNode = memo(function NetworkNode({ data, selected }: NodeProps<FlowNode>) {
  const card = useAppStore((s) => cardView(s.shell.topology, data))
  const ref = useSkipWhenOffscreen<HTMLDivElement>(card)
  const t = useT(shellMessages)
  if (!card) return null
  return (
    <div
      ref={ref}
      role="group"
      aria-label={`${t('cardNetwork')} ${card.title}`}
      className={`w-[190px] rounded-lg border bg-emerald-50 px-3 py-1.5 text-xs ${selected ? 'border-sky-500 ring-2 ring-sky-200' : 'border-emerald-300'}`}
    >
      <CardHandle type="target" position={Position.Bottom} className="!bg-emerald-500" />
      <div className="flex items-center gap-1.5 font-semibold text-emerald-900">
        <span title={t('cardNetwork')} className="flex">
          <Network aria-hidden className="size-3.5" />
        </span>
        {card.title}
        <span className="ml-auto font-normal text-emerald-700">{card.note}</span>
      </div>
      <div className="dn-detail font-mono text-[11px] text-emerald-800">
        {card.lines.map((l) => (
          <div key={l.kind}>{l.text}</div>
        ))}
      </div>
    </div>
  )
})
