import { memo, useContext } from 'react'
import { overlayVerdict, verdictText } from '../../store'
import { OverlayContext } from './overlay-context'

/**
 * The overlay: whether the selected container reaches this one, and why (hover for it). Its
 * own component, so a new selection re-renders 500 small badges, not 500 cards; an unreachable
 * card is dimmed by CSS (`.dn-card:has(.dn-unreachable)`). What to show comes from the canvas
 * (overlay-ask.ts): none mid-drag, and after the paint of the click or edit.
 */
const OverlayBadge = memo(function OverlayBadge({ id }: { id: string }) {
  const { selection, topology } = useContext(OverlayContext)
  const verdict = topology && overlayVerdict(topology, selection, id)
  if (!verdict) return null
  const why = verdictText(verdict)
  return (
    <span
      data-testid="overlay-verdict"
      role="img"
      aria-label={`${verdict.reachable ? 'reachable' : 'not reachable'} from ${verdict.from}: ${why}`}
      title={why}
      className={`absolute -top-2 -right-2 flex size-5 items-center justify-center rounded-full text-[11px] font-bold text-white shadow ${verdict.reachable ? 'bg-emerald-600' : 'dn-unreachable bg-rose-600'}`}
    >
      {verdict.reachable ? '✓' : '✗'}
    </span>
  )
})

export default OverlayBadge
