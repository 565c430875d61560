import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import type * as Diagnostics from '../../store/diagnostics'
import { useAppStore } from '../../store/react'

/** The diagnostics, loaded after first paint (first-paint budget). */
let loaded: typeof Diagnostics | null = null
const loading = () => import('../../store/diagnostics').then((m) => (loaded = m))

/**
 * How many errors and warnings (problems) and notes (info) the diagnostics find: none until
 * their code is in. Counted for a
 * deferred topology, after the change that made it is painted (5 ms at 500 containers, which an
 * edge drawn or a rename need not wait for; bench:ui).
 */
export function useProblemCount(): { problems: number; notes: number } {
  const [ready, setReady] = useState(loaded !== null)
  useEffect(() => {
    if (!ready) void loading().then(() => setReady(true))
  }, [ready])
  const topology = useDeferredValue(useAppStore((s) => s.shell.topology))
  return useMemo(() => {
    const found = ready && loaded ? loaded.diagnostics(topology) : []
    const notes = found.filter((d) => d.severity === 'info').length
    return { problems: found.length - notes, notes }
  }, [ready, topology])
}
