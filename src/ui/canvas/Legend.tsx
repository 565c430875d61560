import { Panel } from '@xyflow/react'
import { HardDrive, Network, Server } from 'lucide-react'
import type { EdgeKind } from '../../store'
import { useAppStore } from '../../store/react'
import { STATE_DOT } from './ContainerNode'
import { EDGE_STYLE } from './edge-style'

/** The cards' icons, as the cards draw them. */
function Cards() {
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
      <span className="flex items-center gap-1">
        <Server aria-hidden className="size-3 text-slate-500" /> host
      </span>
      <span className="flex items-center gap-1">
        <Network aria-hidden className="size-3 text-emerald-700" /> network
      </span>
      <span className="flex items-center gap-1">
        <span aria-hidden className="dn-box-icon size-3 text-sky-700" /> container
      </span>
      <span className="flex items-center gap-1">
        <HardDrive aria-hidden className="size-3 text-amber-700" /> volume
      </span>
    </div>
  )
}

/**
 * What the canvas's marks mean: the cards' icons, the state dots of the containers drawn, and
 * each kind of edge drawn (colour and dash pattern side by side).
 */
export function Legend() {
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
  return (
    <Panel position="bottom-right">
      <section
        aria-label="Legend"
        className="max-w-44 rounded-md border border-slate-200 bg-white/95 px-2 py-1.5 text-[11px] text-slate-700 shadow-sm"
      >
        <Cards />
        {states ? (
          <div className="flex flex-wrap items-center gap-x-2">
            {states.split(' ').map((state) => (
              <span key={state} className="flex items-center gap-1">
                <span aria-hidden className={`size-2 rounded-full ${STATE_DOT[state]?.colour}`} />
                {STATE_DOT[state]?.meaning}
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
                {EDGE_STYLE[k].legend}
              </div>
            ))
          : null}
      </section>
    </Panel>
  )
}
