import { useLayoutEffect, useRef } from 'react'
import type { CardView } from '../../store'

/**
 * Cards off screen are not painted: their React Flow wrappers are `content-visibility: auto`
 * (index.css sizes them and lets the handle and badge stick out). Zoomed in on a big diagram
 * most cards are off screen, and each frame that adds or removes an element on the canvas
 * painted and layerized all of them anyway: 600 cards made a drawn link's frame 27 ms
 * longer under tracing (bench:ui's connect at 500 containers).
 *
 * A skipped card keeps the size it was last laid out at, so a skipped card whose content
 * changes is laid out once before it is skipped again: otherwise React Flow would keep its old
 * size (a stopped container's card shrinks, a far-out card grows whole when zoomed in) and
 * route its edges around the old box. A card on screen is laid out anyway, and is left alone:
 * switching `content-visibility` costs a style pass of several milliseconds.
 */
export function useSkipWhenOffscreen<E extends HTMLElement>(card: CardView | null, far = false) {
  // By what the card shows: a recreate elsewhere makes every container's view anew (store/
  // card-view.ts), and laying out 500 skipped cards for nothing cost a rename 20 ms (bench:ui).
  const content =
    card && [card.title, card.note, card.state, ...card.lines.map((l) => l.text)].join('\n')
  const element = useRef<E>(null)
  useLayoutEffect(() => {
    const wrapper = element.current?.parentElement
    if (!wrapper) return
    if (!wrapper.style.contentVisibility) skipFromIdle(wrapper)
    else if (skipped.has(wrapper)) layOutOnce(wrapper)
  }, [content, far])
  return element
}

// The browser says when it starts and stops skipping an element's content.
const skipped = new WeakSet<Element>()
if (typeof document !== 'undefined')
  document.addEventListener(
    'contentvisibilityautostatechange',
    (e) => {
      if ((e as ContentVisibilityAutoStateChangeEvent).skipped) skipped.add(e.target as Element)
      else skipped.delete(e.target as Element)
    },
    { capture: true },
  )

// New cards may be skipped once they have been laid out (and measured) in the next frame, and
// the browser is idle: switching 600 cards at once is a style pass of some 40 ms, which would
// otherwise delay the frames just after a diagram opens.
let fresh: HTMLElement[] = []
const whenIdle = (f: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(f) : setTimeout(f, 50)

function skipFromIdle(wrapper: HTMLElement) {
  fresh.push(wrapper)
  if (fresh.length === 1) requestAnimationFrame(() => whenIdle(skipFresh))
}

function skipFresh() {
  for (const wrapper of fresh)
    if (!wrapper.style.contentVisibility) wrapper.style.contentVisibility = 'auto'
  fresh = []
}

// Wrappers changed before the next frame, and those laid out in the frame just drawn.
let changed = new Set<HTMLElement>()
let laidOut = new Set<HTMLElement>()
let ticking = false

function layOutOnce(wrapper: HTMLElement) {
  wrapper.style.contentVisibility = 'visible'
  changed.add(wrapper)
  if (ticking) return
  ticking = true
  requestAnimationFrame(tick)
}

// A rAF callback runs before its frame's layout: a wrapper changed before frame N is laid out
// in N (and measured there), and may be skipped from frame N + 1 on.
function tick() {
  for (const wrapper of laidOut) wrapper.style.contentVisibility = 'auto'
  laidOut = changed
  changed = new Set()
  ticking = laidOut.size > 0
  if (ticking) requestAnimationFrame(tick)
}
