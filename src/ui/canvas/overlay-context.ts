/**
 * The overlay badges' context, in a module of its own: the badge's lazy chunk imports it, and a
 * lazy chunk that imports a module of the first-paint chunk which imports React Flow or the
 * store made the bundler split that chunk in three (+4 kB gzip at first paint).
 */
import { createContext } from 'react'
import type { Topology } from '../../engine'

/** Whom the reachability overlay is about: the selected node, in the world it was selected in. */
export interface OverlayAsk {
  readonly selection: string | null
  readonly topology: Topology | null
}

/**
 * Given once by the canvas to every card's badge, rather than asked by each: 500 badges with
 * their own store subscriptions made every store update (any click) run 1,000 more selectors
 * (bench:ui, edit at 500 containers).
 */
export const OverlayContext = createContext<OverlayAsk>({ selection: null, topology: null })
