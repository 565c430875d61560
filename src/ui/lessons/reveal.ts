/**
 * A ref that scrolls what just appeared (an answer, a hint, what a lesson still lacks) into the
 * panel's view: on a small screen it would appear below the fold, and the click seem to do
 * nothing. One function for every element, so React calls it on mount only, not on each render.
 */
export function reveal(element: HTMLElement | null) {
  element?.scrollIntoView({ block: 'nearest' })
}
