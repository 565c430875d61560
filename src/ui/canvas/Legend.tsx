import { Panel } from '@xyflow/react'
import type { EdgeKind } from '../../store'
import { useAppStore } from '../../store/react'
import { EDGE_STYLE } from './edge-style'

/** What each edge means, for the kinds on the canvas: colour and dash pattern side by side. */
export function Legend() {
  const kinds = useAppStore((s) => {
    const present = new Set(s.edges.map((e) => e.data?.kind))
    return (Object.keys(EDGE_STYLE) as EdgeKind[]).filter((k) => present.has(k)).join(' ')
  })
  if (!kinds) return null
  return (
    <Panel position="bottom-right">
      <section
        aria-label="Legend"
        className="rounded-md border border-slate-200 bg-white/95 px-2 py-1.5 text-[11px] text-slate-700 shadow-sm"
      >
        {(kinds.split(' ') as EdgeKind[]).map((k) => (
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
        ))}
      </section>
    </Panel>
  )
}
