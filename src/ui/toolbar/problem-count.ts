import { useEffect, useState } from 'react'
import type * as Diagnostics from '../../store/diagnostics'
import { useAppStore } from '../../store/react'

/** The diagnostics, loaded after first paint (first-paint budget). */
let loaded: typeof Diagnostics | null = null
const loading = () => import('../../store/diagnostics').then((m) => (loaded = m))

/** How many errors and warnings the diagnostics find: 0 until their code is in. */
export function useProblemCount(): number {
  const [ready, setReady] = useState(loaded !== null)
  useEffect(() => {
    if (!ready) void loading().then(() => setReady(true))
  }, [ready])
  return useAppStore((s) =>
    loaded ? loaded.diagnostics(s.shell.topology).filter((d) => d.severity !== 'info').length : 0,
  )
}
