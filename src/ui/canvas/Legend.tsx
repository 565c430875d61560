import { useState } from 'react'
import { Panel } from '@xyflow/react'
import { HardDrive, Network, Server } from 'lucide-react'
import type { EdgeKind } from '../../store'
import { useAppStore } from '../../store/react'
import { STATE_DOT } from './ContainerNode'
import { EDGE_STYLE } from '../../io/picture/edge-style'
import { useT } from '../i18n/language'
import { shellMessages } from '../shell/messages'
import { EDGE_WORD } from '../shell/edge-kind-words'

/** The cards' icons, as the cards draw them. */
function Cards() {
  const t = useT(shellMessages)
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
      <span className="flex items-center gap-1">
        <Server aria-hidden className="size-3 text-slate-500" /> {t('hostWord')}
      </span>
      <span className="flex items-center gap-1">
        <Network aria-hidden className="size-3 text-emerald-700" /> {t('cardNetwork')}
      </span>
      <span className="flex items-center gap-1">
        <span aria-hidden className="dn-box-icon size-3 text-sky-700" /> {t('cardContainer')}
      </span>
      <span className="flex items-center gap-1">
        <HardDrive aria-hidden className="size-3 text-amber-700" /> {t('cardVolume')}
      </span>
    </div>
  )
}

/**
 * What the canvas's marks mean: the cards' icons, the state dots of the containers drawn, and
 * each kind of edge drawn (colour and dash pattern side by side). It folds to one button, for
 * a small canvas whose corner it would cover.
 */
export function Legend() {
  const [open, setOpen] = useState(true)
  const t = useT(shellMessages)
  const kinds = useAppStore((s) => {
    const present = new Set(s.edges.map((e) => e.data?.kind))
    return (Object.keys(EDGE_STYLE) as EdgeKind[]).filter((k) => present.has(k)).join(' ')
  })
  const states = useAppStore((s) => {
    const present = new Set<string>()
    for (const c of s.shell.topology.containers.values()) present.add(c.state)
    return Object.keys(STATE_DOT)
      .filter((k) => present.has(k))
      .join(' ')
  })
  const fold = (
    <button
      type="button"
      aria-expanded={open}
      aria-label={open ? t('foldLegend') : t('showLegend')}
      title={open ? t('foldLegend') : t('showLegend')}
      onClick={() => setOpen((shown) => !shown)}
      className={
        open
          ? 'absolute top-0.5 right-1 rounded px-1 leading-none text-slate-500 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-500'
          : 'rounded px-1 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-500'
      }
    >
      {open ? '−' : t('legend')}
    </button>
  )
  return (
    <Panel position="bottom-right">
      <section
        aria-label={t('legend')}
        className={`relative max-w-44 rounded-md border border-slate-200 bg-white/95 px-2 py-1.5 text-[11px] text-slate-700 shadow-sm ${open ? 'pr-5' : ''}`}
      >
        {fold}
        {open ? <LegendEntries kinds={kinds} states={states} /> : null}
      </section>
    </Panel>
  )
}

/** The legend's lines: card icons, then the states and the edge kinds drawn. */
function LegendEntries({ kinds, states }: { kinds: string; states: string }) {
  const t = useT(shellMessages)
  return (
    <>
      <Cards />
      {states ? (
        <div className="flex flex-wrap items-center gap-x-2">
          {states.split(' ').map((state) => (
            <span key={state} className="flex items-center gap-1">
              <span aria-hidden className={`size-2 rounded-full ${STATE_DOT[state]?.colour}`} />
              {STATE_DOT[state] ? t(STATE_DOT[state].meaning) : state}
            </span>
          ))}
        </div>
      ) : null}
      {kinds
        ? (kinds.split(' ') as EdgeKind[]).map((k) => (
            <div key={k} className="flex items-center gap-2">
              <svg width="36" height="8" aria-hidden>
                <line
                  x1="0"
                  y1="4"
                  x2="36"
                  y2="4"
                  stroke={EDGE_STYLE[k].stroke}
                  strokeWidth="2"
                  strokeDasharray={EDGE_STYLE[k].dash}
                />
              </svg>
              {t(EDGE_WORD[k])}
            </div>
          ))
        : null}
    </>
  )
}
