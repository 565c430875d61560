import { memo } from 'react'
import { Position, type NodeProps } from '@xyflow/react'
import { CardHandle } from './CardHandle'
import { HardDrive } from 'lucide-react'
import { cardView, type FlowNode } from '../../store'
import { useAppStore } from '../../store/react'
import { useT } from '../i18n/language'
import { shellMessages } from '../shell/messages'
import { useSkipWhenOffscreen } from './offscreen'

/** A named volume of a host. */
export const VolumeNode = memo(function VolumeNode({ data, selected }: NodeProps<FlowNode>) {
  const card = useAppStore((s) => cardView(s.shell.topology, data))
  const ref = useSkipWhenOffscreen<HTMLDivElement>(card)
  const t = useT(shellMessages)
  if (!card) return null
  return (
    <div
      ref={ref}
      role="group"
      aria-label={`${t('cardVolume')} ${card.title}`}
      className={`w-[160px] rounded-lg border bg-amber-50 px-3 py-1.5 text-xs ${selected ? 'border-sky-500 ring-2 ring-sky-200' : 'border-amber-300'}`}
    >
      <CardHandle type="target" position={Position.Top} className="!bg-amber-500" />
      <div className="flex items-center gap-1.5 font-semibold text-amber-900">
        <span title={t('cardVolume')} className="flex">
          <HardDrive aria-hidden className="size-3.5" />
        </span>
        <span className="truncate">{card.title}</span>
        <span className="ml-auto font-normal text-amber-700">{card.note}</span>
      </div>
    </div>
  )
})
