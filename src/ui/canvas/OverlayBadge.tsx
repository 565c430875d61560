import { memo, useContext } from 'react'
import { appStore, containerOf, overlayVerdict, verdictText } from '../../store'
import { matrixCell } from '../../store/matrix'
import { OverlayContext } from './overlay-context'

/**
 * The overlay: whether the selected container reaches this one, and why (hover for it). Its
 * own component, so a new selection re-renders 500 small badges, not 500 cards; an unreachable
 * card is dimmed by CSS (`.dn-card:has(.dn-unreachable)`). What to show comes from the canvas
 * (overlay-ask.ts): none mid-drag, and after the paint of the click or edit. A click on it
 * asks why: the reachability matrix opens on the pair, with its proof, fixes and walk.
 */
const OverlayBadge = memo(function OverlayBadge({ id }: { id: string }) {
  const { selection, topology } = useContext(OverlayContext)
  const verdict = topology && overlayVerdict(topology, selection, id)
  const from = containerOf(selection)
  if (!topology || !verdict || !from) return null
  const why = verdictText(verdict)
  // As the matrix marks it: reached by IP address only is `#`, not a ✓.
  const byName = matrixCell(topology, from, id)?.byName ?? false
  const mark = !verdict.reachable ? '✗' : byName ? '✓' : '#'
  const said = !verdict.reachable
    ? 'not reachable'
    : byName
      ? 'reachable'
      : 'reachable by IP address only'
  return (
    <button
      type="button"
      aria-label={`Why is ${verdict.to} ${said} from ${verdict.from}?`}
      onClick={(e) => {
        // The card under it is not selected by this click.
        e.stopPropagation()
        // Read when clicked: 500 badges do not subscribe to the store for it.
        appStore.getState().showMatrix({ from, to: id })
      }}
      className="nodrag nopan absolute -top-2 -right-2 cursor-help rounded-full focus-visible:outline-2 focus-visible:outline-sky-500"
    >
      <span
        data-testid="overlay-verdict"
        role="img"
        aria-label={`${said} from ${verdict.from}: ${why}`}
        title={`${verdict.reachable && !byName ? `by IP address only: the name ${verdict.to} does not reach it. ` : ''}${why} (click: why)`}
        className={`flex size-5 items-center justify-center rounded-full text-[11px] font-bold text-white shadow ${!verdict.reachable ? 'dn-unreachable bg-rose-600' : byName ? 'bg-emerald-600' : 'bg-amber-700'}`}
      >
        {mark}
      </span>
    </button>
  )
})

export default OverlayBadge
