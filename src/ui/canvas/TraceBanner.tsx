import { useEffect, useRef, useState } from 'react'
import { Panel, useReactFlow } from '@xyflow/react'
import { Route, X } from 'lucide-react'
import type { Trace } from '../../store'
import { useAppStore } from '../../store/react'
import { useT } from '../i18n/language'
import { useProse } from '../i18n/prose'
import { whyMessages } from '../why/messages'
import { PacketWalk } from '../why/PacketWalk'
import './trace-walk.css'

/**
 * The trace shown on the canvas: who to whom, whether it connects, and the rules on the way.
 * Loaded when a trace is first shown (TracePlace), not with the first paint.
 */
export default function TraceBanner() {
  const trace = useAppStore((s) => s.trace)
  return trace ? <TraceBox key={keyOf(trace)} trace={trace} /> : null
}

/** One box per trace: a new trace starts with its own state (its walk folded or not). */
const keys = new WeakMap<Trace, number>()
let made = 0
const keyOf = (trace: Trace) => {
  if (!keys.has(trace)) keys.set(trace, ++made)
  return keys.get(trace)
}

function TraceBox({ trace }: { trace: Trace }) {
  const t = useT(whyMessages)
  const prose = useProse()
  // The verdict's sentence, then the rules on the way, in the interface's language.
  const steps = [prose.verdictText(trace.verdict), ...prose.routeLines(trace.hops)]
  const clear = useAppStore((s) => s.clearTrace)
  const showTraceStep = useAppStore((s) => s.showTraceStep)
  // The walk's steps, once unfolded (at once, when the walk was asked for): the canvas then
  // marks the current one.
  const [walking, setWalking] = useState(trace.walkAsked && trace.walk.length > 0)
  const banner = useRef<HTMLElement>(null)
  const flow = useReactFlow()
  const way = trace.nodes
  useEffect(() => {
    // The way in view, below the banner (as tall as it is now) rather than under it.
    if (way.size === 0) return
    const top = (banner.current?.offsetHeight ?? 0) + 24
    void flow.fitView({
      nodes: [...way].map((id) => ({ id })),
      // Left: clear of the zoom controls.
      padding: { top: `${top}px`, left: '72px', right: '32px', bottom: '32px' },
      maxZoom: 1,
      duration: 200,
    })
  }, [way, flow, walking])
  return (
    <Panel position="top-center">
      <section
        ref={banner}
        aria-label={t('trace')}
        data-testid="trace"
        className="max-w-xl rounded-md border border-fuchsia-300 bg-white/95 px-3 py-2 text-xs text-slate-700 shadow"
      >
        <header className="flex items-center gap-1.5 font-semibold text-slate-900">
          <Route aria-hidden className="size-3.5 text-fuchsia-600" />
          {trace.from} → {trace.to}:{' '}
          {trace.byName ? (
            <span className="text-emerald-700">{t('reachable')}</span>
          ) : trace.reachable ? (
            // As the overlay's # and the matrix say: an address works, the name does not.
            <span className="text-amber-700">{t('byAddressOnly', { name: trace.name })}</span>
          ) : (
            <span className="text-rose-700">{t('notReachable')}</span>
          )}
          <button
            onClick={clear}
            aria-label={t('clearTrace')}
            className="ml-auto rounded p-0.5 text-slate-500 hover:bg-slate-100"
          >
            <X className="size-3.5" />
          </button>
        </header>
        {steps.length > 1 ? (
          // Folded by default so the highlighted path stays in view.
          <details className="mt-1">
            <summary className="cursor-pointer text-slate-500">
              {t('rulesOnTheWay', { rules: steps.length - 1 })}
            </summary>
            <ol className="mt-1 list-decimal pl-5 font-mono text-[11px]">
              {steps.slice(1).map((step, i) => (
                <li key={i}>{step}</li>
              ))}
            </ol>
          </details>
        ) : (
          <p>{steps[0]}</p>
        )}
        {trace.walk.length > 0 ? (
          <details
            className="mt-1"
            open={walking}
            onToggle={(e) => {
              const open = e.currentTarget.open
              setWalking(open)
              if (!open) showTraceStep(null)
            }}
          >
            <summary className="cursor-pointer text-slate-500">{t('walkHopByHop')}</summary>
            {walking ? (
              <div className="mt-1">
                <PacketWalk
                  key={`${trace.from}>${trace.to}`}
                  target={trace.to}
                  steps={trace.walk.map((s) => prose.walkStepLines(s.asked, s.step))}
                  onStep={showTraceStep}
                  currentOnly
                />
              </div>
            ) : null}
          </details>
        ) : null}
      </section>
    </Panel>
  )
}
