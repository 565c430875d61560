import { memo, useDeferredValue } from 'react'
import { overlayVerdict, verdictText } from '../../store'
import { useAppStore } from '../../store/react'

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
