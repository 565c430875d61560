/**
 * What the app opens at start: `?example=<id>`, the benchmarks' `?bench=<n>&seed=<s>`, or else
 * the autosaved diagram. main.tsx calls it before the first render, so the first paint already
 * shows the picture.
 */
import { appStore, SCENARIOS } from '../store'

function forgetExampleInUrl() {
  window.history.replaceState(null, '', window.location.pathname)
}

/**
 * What the app shows at start: the saved diagram (`continued`), a new one opened over it (an
 * example or a generated world, `replaced`: the saved one goes to the recent list when the new
 * one is first saved), or a new one where nothing was saved (`fresh`).
 */
export type Opened = 'continued' | 'replaced' | 'fresh'

/** Opens what the URL asks for over `saved` (the autosave, with its transcript). */
export async function openFromUrl(
  search: string,
  saved: { text: string; transcript: readonly unknown[] } | null,
): Promise<Opened> {
  const query = new URLSearchParams(search)
  const id = query.get('example')
  const bench = Number(query.get('bench'))
  const store = appStore.getState()
  if (id && SCENARIOS.some((x) => x.id === id)) {
    // The diagram autosaved here stays one undo away under the example, and in Recent.
    await store.loadExample(id, saved?.text)
    // The example is now the autosaved diagram: a reload must keep the edits made to it.
    forgetExampleInUrl()
    return saved ? 'replaced' : 'fresh'
  }
  if (!id && Number.isInteger(bench) && bench > 0 && bench <= 5000) {
    const seed = query.get('seed') ?? ''
    void store.loadGenerated(bench, /^\d+$/.test(seed) ? Number(seed) : undefined)
    return saved ? 'replaced' : 'fresh'
  }
  const continued = saved !== null && (await store.openSaved(saved.text, saved.transcript))
  // An unknown example: the autosave is back (no work lost) and the store says what was wrong.
  if (id) {
    await store.loadExample(id)
    forgetExampleInUrl()
    return saved ? 'replaced' : 'fresh'
  }
  return continued ? 'continued' : 'fresh'
}
