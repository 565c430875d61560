import { createContext } from 'react'
import { useStore } from '@xyflow/react'

/**
 * Below this zoom, 10-12 px text is under 5 px on screen: cards show their name only and edge
 * labels are not drawn (semantic zoom). It also keeps a 500-container drag smooth: hidden
 * details are neither laid out, painted nor hit-tested.
 */
export const FAR_ZOOM = 0.45

/** The farthest the canvas zooms out. */
export const MIN_ZOOM = 0.1

/**
 * Far out, an edge's dash pattern (io/picture/edge-style.ts) is drawn this much longer, so that
 * on screen it is never shorter than at FAR_ZOOM: colour is never an edge kind's only signal.
 * Drawn at its own length, a pattern under a pixel was no longer seen, and rastering its many
 * tiny dashes took a selection's frame at 500 containers some 2 ms more (bench:ui, traced).
 */
export const FAR_DASH_SCALE = FAR_ZOOM / MIN_ZOOM

/** A dash pattern as drawn far out. */
export function farDash(dash: string | undefined): string | undefined {
  return dash
    ?.split(' ')
    .map((x) => Number(x) * FAR_DASH_SCALE)
    .join(' ')
}

export function useFar(): boolean {
  return useStore((s) => s.transform[2] < FAR_ZOOM)
}

/**
 * Whether the canvas is far out, for the cards: given once by the canvas (a context changes
 * only when the threshold is crossed) rather than asked by every card on every frame.
 */
export const FarContext = createContext(false)
