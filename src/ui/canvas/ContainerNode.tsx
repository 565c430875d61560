import { memo, useContext, useDeferredValue } from 'react'
import { Handle, Position, type NodeProps } from '@xyflow/react'
import { cardView, overlayVerdict, type FlowNode } from '../../store'
import { useAppStore } from '../../store/react'
import { FarContext } from './zoom'

/** A state's dot colour and what it means, in `docker ps`'s words (the legend shows them too). */
export const STATE_DOT: Record<string, { readonly colour: string; readonly meaning: string }> = {
  running: { colour: 'bg-emerald-500', meaning: 'running (Up)' },
  created: { colour: 'bg-amber-400', meaning: 'created, not started' },
  exited: { colour: 'bg-slate-400', meaning: 'exited (stopped)' },
}

/**
 * Cuts text to `max` characters with an ellipsis. Done here rather than with CSS truncation,
 * whose clipping gave every card two more compositing chunks (bench:ui, 500 containers).
 */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/**
 * The overlay: whether the selected container reaches this one, and why (hover for it). Its
 * own component, so a new selection re-renders 500 small badges, not 500 cards; an unreachable
 * card is dimmed by CSS (`.dn-card:has(.dn-unreachable)`). Not while dragging: a drag selects
 * the card, and the verdicts would be computed mid-drag.
 */
const OverlayBadge = memo(function OverlayBadge({ id }: { id: string }) {
  // Deferred: the click paints the selection and the inspector first, the badges a frame later.
  const selection = useDeferredValue(useAppStore((s) => (s.dragging ? null : s.selection)))
  const verdict = useAppStore((s) => overlayVerdict(s.shell.topology, selection, id))
  if (!verdict) return null
  return (
    <span
      data-testid="overlay-verdict"
      role="img"
      aria-label={`${verdict.reachable ? 'reachable' : 'not reachable'} from ${verdict.from}: ${verdict.reason}`}
      title={verdict.reason}
      className={`absolute -top-2 -right-2 flex size-5 items-center justify-center rounded-full text-[11px] font-bold text-white shadow ${verdict.reachable ? 'bg-emerald-600' : 'dn-unreachable bg-rose-600'}`}
    >
      {verdict.reachable ? '✓' : '✗'}
    </span>
  )
})

/** A container: name, image, state, one address per network, published ports. */
export const ContainerNode = memo(function ContainerNode({ data, selected }: NodeProps<FlowNode>) {
  const card = useAppStore((s) => cardView(s.shell.topology, data))
  const far = useContext(FarContext)
  if (!card) return null
  const frame = `dn-card relative w-[190px] rounded-lg border bg-white text-xs ${selected ? 'border-sky-500 ring-2 ring-sky-200' : 'border-slate-300'}`
  if (far)
    // Far out, a card is its name: a third of the elements to lay out, paint and hit-test.
    return (
      <div role="group" aria-label={`container ${card.title}`} className={`${frame} px-3 py-2`}>
        <OverlayBadge id={data.id} />
        <Handle type="source" position={Position.Top} />
        <Handle type="target" position={Position.Bottom} />
        <b className="text-slate-900">{clip(card.title, 20)}</b>
      </div>
    )
  const [image, ...details] = card.lines
  return (
    <div role="group" aria-label={`container ${card.title}`} className={`${frame} px-3 py-2`}>
      <OverlayBadge id={data.id} />
      <Handle type="source" position={Position.Top} className="!bg-slate-500" />
      <Handle type="target" position={Position.Bottom} className="!bg-slate-400" />
      <div className="flex items-center gap-1.5">
        <span title="container" className="dn-box-icon size-3.5 shrink-0 text-sky-700" />
        <span className="font-semibold whitespace-nowrap text-slate-900" title={card.title}>
          {clip(card.title, 20)}
        </span>
        <span
          role="img"
          aria-label={STATE_DOT[card.state ?? '']?.meaning ?? card.state}
          title={STATE_DOT[card.state ?? '']?.meaning ?? card.state}
          className={`ml-auto size-2 rounded-full ${STATE_DOT[card.state ?? '']?.colour ?? ''}`}
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
