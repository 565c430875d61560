/** What the canvas gives its cards and edges once, rather than each asking the store. */
import { createContext, useDeferredValue, useMemo } from 'react'
import { useAppStore } from '../../store/react'
import type { OverlayAsk } from './overlay-context'

/**
 * What makes an edge find its way again: the document's positions (a drop or a new card may
 * be in its way; not drag frames) and the count of card measurements (a stopped container's card
 * shrinks). Given once by the canvas: two store subscriptions per edge cost a quarter of a drag
 * frame at 500 containers, and every store update ran 1,600 more selectors.
 */
export interface RouteInputs {
  readonly positions: unknown
  readonly measures: number
}

export const RouteContext = createContext<RouteInputs>({ positions: null, measures: 0 })

/**
 * The overlay's question, a frame after the click (which paints the selection and the inspector
 * first); none mid-drag (a drag selects its card, and the verdicts would be computed mid-drag).
 */
export function useOverlayAsk(): OverlayAsk {
  const selection = useAppStore((s) => (s.dragging ? null : s.selection))
  const topology = useAppStore((s) => s.shell.topology)
  return useDeferredValue(useMemo(() => ({ selection, topology }), [selection, topology]))
}
