import { useEffect, useState } from 'react'
import { useT } from '../i18n/language'
import { whyMessages } from './messages'

/**
 * The packet's walk as a step list: Back and Step move through it, Play walks it by itself, as
 * Packet Tracer's simulation mode does. The current step is marked; each names the rule that
 * carried the packet and its addresses before and after.
 */
export function PacketWalk({
  target,
  steps,
  onStep,
  currentOnly = false,
}: {
  target: string
  steps: readonly (readonly string[])[]
  /** Told the current step whenever it changes (the canvas marks where the packet is). */
  onStep?: (step: number) => void
  /** Lists only the current step (over the canvas, the rest would hide the path). */
  currentOnly?: boolean
}) {
  const t = useT(whyMessages)
  const [at, setAt] = useState(0)
  const [playing, setPlaying] = useState(false)
  const last = steps.length - 1
  useEffect(() => onStep?.(at), [at, onStep])
  useEffect(() => {
    if (!playing) return
    const timer = setInterval(() => {
      setAt((i) => {
        if (i >= last) {
          setPlaying(false)
          return i
        }
        return i + 1
      })
    }, 1200)
    return () => clearInterval(timer)
  }, [playing, last])
  if (steps.length === 0) return null
  const button =
    'rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100 disabled:opacity-40'
  return (
    <section data-testid="packet-walk" aria-label={t('packetWalk')} className="mb-3">
      <h4 className="mb-1 font-semibold text-slate-900">{t('packetWalkTo', { target })}</h4>
      <div className="mb-1 flex items-center gap-2">
        <button type="button" className={button} disabled={at === 0} onClick={() => setAt(at - 1)}>
          {t('back')}
        </button>
        <button
          type="button"
          className={button}
          disabled={at === last}
          onClick={() => setAt(at + 1)}
        >
          {t('step')}
        </button>
        <button
          type="button"
          className={button}
          onClick={() => {
            if (!playing && at === last) setAt(0)
            setPlaying(!playing)
          }}
        >
          {playing ? t('pause') : t('play')}
        </button>
        <span className="text-slate-500" aria-live="polite">
          {t('stepOf', { step: at + 1, steps: steps.length })}
        </span>
      </div>
      <ol className="flex flex-col gap-1">
        {steps.map((lines, i) =>
          currentOnly && i !== at ? null : (
            <li
              key={i}
              aria-current={i === at ? 'step' : undefined}
              className={`rounded border p-1 ${i === at ? 'border-sky-500 bg-sky-50' : 'border-slate-200'} ${i > at ? 'text-slate-500' : ''}`}
            >
              <span className="font-semibold">{i + 1}. </span>
              {lines.map((l, j) => (
                <div key={j} className={j === 0 ? 'inline' : 'ml-4 font-mono text-[11px]'}>
                  {l}
                </div>
              ))}
            </li>
          ),
        )}
      </ol>
    </section>
  )
}
