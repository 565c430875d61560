import { memo } from 'react'
import { NodeResizer, Position, type NodeProps } from '@xyflow/react'
import { CardHandle } from './CardHandle'
import { Server } from 'lucide-react'
import { cardView, hostMinWidth, LAYOUT, type FlowNode } from '../../store'
import { useAppStore } from '../../store/react'
import { useT } from '../i18n/language'
import { shellMessages } from '../shell/messages'

/** A Docker host: a group holding its networks, containers and volumes. */
export const HostNode = memo(function HostNode({ data, selected }: NodeProps<FlowNode>) {
  const host = useAppStore((s) => s.shell.topology.hosts.get(data.id))
  const card = useAppStore((s) => cardView(s.shell.topology, data))
  const t = useT(shellMessages)
  if (!host || !card) return null
  return (
    <div
      role="group"
      aria-label={`${t('hostWord')} ${card.title}`}
      className={`h-full w-full rounded-xl border-2 bg-slate-50/70 ${selected ? 'border-sky-500' : 'border-slate-300'}`}
    >
      {/* A host never gets smaller than its cards need: the store keeps them inside. */}
      <NodeResizer
        isVisible={selected}
        minWidth={hostMinWidth(host)}
        minHeight={LAYOUT.minHostHeight}
        color="#0ea5e9"
        handleClassName="!size-2.5"
      />
      {/* Ambassadors forward to a port the host publishes: edges end on the host. */}
      <CardHandle type="target" position={Position.Left} className="!opacity-0" />
      <div className="flex items-center gap-2 border-b border-slate-200 px-3 py-2 text-sm">
        <span title={t('cardHost')} className="flex">
          <Server aria-hidden className="size-4 text-slate-500" />
        </span>
        <span className="font-semibold text-slate-800">{card.title}</span>
        <span className="font-mono text-xs text-slate-500">{card.note}</span>
        <span className="ml-auto font-mono text-xs text-slate-500">
          {card.lines.map((l) => l.text).join(' ')}
        </span>
      </div>
    </div>
  )
})
