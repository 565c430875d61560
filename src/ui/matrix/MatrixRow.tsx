import { memo } from 'react'
import type { Topology } from '../../engine'
import { matrixCell, type MatrixCell, type MatrixEntry } from '../../store/matrix'
import { useT } from '../i18n/language'
import { useProse } from '../i18n/prose'
import { matrixMessages } from './messages'

/** Cell size and header sizes, in CSS pixels: fixed, so a cell's place is arithmetic. */
export const CELL = 32
/** Column header: a host band, then the names written bottom-up. */
export const HEAD = 128
export const BAND = 20
/** Row header: a host band, then the names. */
export const ROW_HEAD = 176

function tone(cell: MatrixCell): string {
  // Only tints that index.css remaps for the dark theme.
  if (!cell.reachable) return 'bg-rose-50 text-rose-700'
  return cell.byName ? 'bg-emerald-100 text-emerald-900' : 'bg-amber-50 text-amber-900'
}

/**
 * The cells of row `r` from column `c0` to `c1` (exclusive), absolutely placed. Memoised: a
 * scroll that adds rows re-renders only the new ones, and a pick only its own row. Clicks are
 * handled once for the whole grid (`data-r`, `data-c`), so a cell holds no closure.
 */
export const MatrixRow = memo(function MatrixRow({
  topology,
  entries,
  r,
  c0,
  c1,
  pickedTo,
}: {
  topology: Topology
  entries: readonly MatrixEntry[]
  r: number
  c0: number
  c1: number
  /** The picked column's container id when the pick is in this row. */
  pickedTo: string | null
}) {
  const t = useT(matrixMessages)
  const prose = useProse()
  const from = entries[r]
  if (!from) return null
  return entries.slice(c0, c1).map((to, i) => {
    const c = c0 + i
    const style = {
      top: HEAD + r * CELL,
      left: ROW_HEAD + c * CELL,
      width: CELL - 1,
      height: CELL - 1,
    }
    const cell = matrixCell(topology, from.id, to.id, prose)
    if (!cell) return <div key={c} aria-hidden className="absolute bg-slate-100" style={style} />
    const picked = pickedTo === to.id
    return (
      <button
        key={c}
        type="button"
        data-testid={`cell-${from.name}-${to.name}`}
        aria-label={t('cell', { from: from.name, to: to.name, reachable: cell.reachable })}
        aria-pressed={picked}
        title={cell.title}
        data-r={r}
        data-c={c}
        className={`absolute flex items-center justify-center font-mono leading-none tracking-tighter whitespace-nowrap ring-inset hover:ring-1 hover:ring-slate-500 focus-visible:outline-2 focus-visible:outline-sky-600 ${cell.label.length > 1 ? 'text-[10px]' : 'text-xs'} ${tone(cell)} ${picked ? 'ring-2 ring-slate-900' : ''}`}
        style={style}
      >
        {cell.label}
      </button>
    )
  })
})
