/** The question the reachability overlay answers (ReachOverlay.tsx), and when it is asked. */
import { useEffect, useState } from 'react'
import type { Topology } from '../../engine'
import { useAppStore } from '../../store/react'

/** Whom the reachability overlay is about: the selected node, in the world it was selected in. */
export interface OverlayAsk {
  readonly selection: string | null
  readonly topology: Topology | null
}

const NO_ASK: OverlayAsk = { selection: null, topology: null }

/**
 * The overlay's question, in a task after the change's paint: a click paints the selection and
 * the inspector first, an edit its cards and edges. The selected container's row of verdicts
 * takes 40 ms at 500 containers, in one piece React cannot split (a deferred value still ran
 * it before the paint; bench:ui). None mid-drag (a drag selects its card).
 */
export function useOverlayAsk(): OverlayAsk {
  const selection = useAppStore((s) => (s.dragging ? null : s.selection))
  const topology = useAppStore((s) => s.shell.topology)
  const [ask, setAsk] = useState(NO_ASK)
  useEffect(() => {
    // A task queued from the next frame runs after that frame's paint.
    let later: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      later = setTimeout(() => setAsk(selection === null ? NO_ASK : { selection, topology }))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(later)
    }
  }, [selection, topology])
  return ask
}
