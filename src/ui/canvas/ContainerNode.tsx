import { memo, useContext } from 'react'
import { Position, type NodeProps } from '@xyflow/react'
import { CardHandle } from './CardHandle'
import { cardView, type FlowNode } from '../../store'
import { useAppStore } from '../../store/react'
import { useSkipWhenOffscreen } from './offscreen'
import { FarContext } from './zoom'
import { useT } from '../i18n/language'
import { shellMessages } from '../shell/messages'

/** A state's dot colour and what it means, in `docker ps`'s words (the legend shows them too). */
export const STATE_DOT: Record<
  string,
  { readonly colour: string; readonly meaning: 'running' | 'created' | 'exited' }
> = {
  running: { colour: 'bg-emerald-500', meaning: 'running' },
  created: { colour: 'bg-amber-400', meaning: 'created' },
  exited: { colour: 'bg-slate-400', meaning: 'exited' },
}

/**
 * Cuts text to `max` characters with an ellipsis. Done here rather than with CSS truncation,
 * whose clipping gave every card two more compositing chunks (bench:ui, 500 containers).
 */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/** A container: name, image, state, one address per network, published ports. */
export const ContainerNode = memo(function ContainerNode({ data, selected }: NodeProps<FlowNode>) {
  const card = useAppStore((s) => cardView(s.shell.topology, data))
  const far = useContext(FarContext)
  const ref = useSkipWhenOffscreen<HTMLDivElement>(card, far)
  const t = useT(shellMessages)
  if (!card) return null
  const name = `${t('cardContainer')} ${card.title}`
  const dot = STATE_DOT[card.state ?? '']
  const state = dot ? t(dot.meaning) : card.state
  const frame = `dn-card relative w-[190px] rounded-lg border bg-white text-xs ${selected ? 'border-sky-500 ring-2 ring-sky-200' : 'border-slate-300'}`
  if (far)
    // Far out, a card is its name: a third of the elements to lay out, paint and hit-test.
    return (
      <div ref={ref} role="group" aria-label={name} className={`${frame} px-3 py-2`}>
        <CardHandle type="source" position={Position.Top} />
        <b className="text-slate-900">{clip(card.title, 20)}</b>
      </div>
    )
  const [image, ...details] = card.lines
  return (
    <div ref={ref} role="group" aria-label={name} className={`${frame} px-3 py-2`}>
      {/* One handle: an edge starts here and may end on it (the canvas connects loosely). */}
      <CardHandle type="source" position={Position.Top} className="!bg-slate-500" />
      <div className="flex items-center gap-1.5">
        <span title={t('cardContainer')} className="dn-box-icon size-3.5 shrink-0 text-sky-700" />
        <span className="font-semibold whitespace-nowrap text-slate-900" title={card.title}>
          {clip(card.title, 20)}
        </span>
        <span
          role="img"
          aria-label={state}
          title={state}
          className={`ml-auto size-2 rounded-full ${dot?.colour ?? ''}`}
        />
      </div>
      <div className="whitespace-nowrap text-slate-500" title={image?.text}>
        {clip(image?.text ?? '', 27)}
      </div>
      <div className="mt-1 font-mono text-[11px] text-slate-700">
        {details.map((l) => (
          <div key={l.text} className={l.kind === 'ports' ? 'text-violet-700' : undefined}>
            {l.text}
          </div>
        ))}
      </div>
    </div>
  )
})
