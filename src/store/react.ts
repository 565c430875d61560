/** The React binding of the app store (zustand's react entry is used here only). */
import { useStore } from 'zustand'
import { appStore, type AppState } from './store'

export { useShallow } from 'zustand/react/shallow'

export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector)
}

/** The nodes mid-drag (null between drags): the canvas draws these while they exist. */
export function useLiveNodes() {
  return useStore(appStore.getState().live, (s) => s.nodes)
}

/**
 * How many times cards were measured: read when drawing, not subscribed (an edge is drawn again
 * when its route changes; ui/canvas/route-watch.ts).
 */
export const currentMeasures = () => appStore.getState().measures
