import { createContext } from 'react'
import { useStore } from '@xyflow/react'

/**
 * Below this zoom, 10-12 px text is under 5 px on screen: cards show their name only and edge
 * labels are not drawn (semantic zoom). It also keeps a 500-container drag smooth: hidden
 * details are neither laid out, painted nor hit-tested.
 */
export const FAR_ZOOM = 0.45

export function useFar(): boolean {
  return useStore((s) => s.transform[2] < FAR_ZOOM)
}

/**
 * Whether the canvas is far out, for the cards: given once by the canvas (a context changes
 * only when the threshold is crossed) rather than asked by every card on every frame.
 */
export const FarContext = createContext(false)
