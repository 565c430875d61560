/**
 * What the app opens at start: `?example=<id>`, the benchmarks' `?bench=<n>&seed=<s>`, a share
 * link's `#doc=`, a lesson (`?lesson=<id>`, or a lesson's share link `#lesson=`, over the
 * autosaved diagram), or else the autosaved diagram. `openEarly` starts what needs no saved
 * diagram before the first render (main.tsx); `openFromUrl` does the rest once the autosave is
 * read (ui/autosave.ts).
 */
import { appStore, SCENARIOS } from '../store'

/** Once opened, what the address asked for is dropped: a reload keeps the edits made since. */
function forgetAddress() {
  window.history.replaceState(null, '', window.location.pathname)
}

/**
 * What the app shows at start: the saved diagram (`continued`), a new one opened over it (an
 * example or a generated world, `replaced`: the saved one goes to the recent list when the new
 * one is first saved), an example or share link opened where nothing was saved (`opened`: saved
 * at once, since the address that named it is forgotten), or a new one (`fresh`).
 */
export type Opened = 'continued' | 'replaced' | 'opened' | 'fresh'

/** The benchmarks' generated world the address asks for, if any. */
function benchOf(query: URLSearchParams): { n: number; seed: number | undefined } | null {
  const n = Number(query.get('bench'))
  if (query.get('example') || !Number.isInteger(n) || n <= 0 || n > 5000) return null
  const seed = query.get('seed') ?? ''
  return { n, seed: /^\d+$/.test(seed) ? Number(seed) : undefined }
}

/**
 * Starts at once what the address asks for and needs no saved diagram: the generated world of
 * `?bench=` (drawn as soon as it is made), and the CLI and layouts an example needs. Otherwise the
 * canvas waits for the saved diagram (`starting`) rather than flash the empty world.
 */
export function openEarly(search: string): void {
  const query = new URLSearchParams(search)
  const bench = benchOf(query)
  if (bench) {
    void appStore.getState().loadGenerated(bench.n, bench.seed)
    return
  }
  appStore.setState({ starting: true })
  if (query.has('example')) {
    // Fetched beside the saved diagram, so the example opens as soon as that is read.
    appStore.getState().warmUp()
    void import('../scenarios/layouts.json')
  }
}

/** Opens what the URL asks for over `saved` (the autosave, with its transcript). */
export async function openFromUrl(
  search: string,
  saved: { text: string; transcript: readonly unknown[] } | null,
): Promise<Opened> {
  const query = new URLSearchParams(search)
  const id = query.get('example')
  const store = appStore.getState()
  if (id && SCENARIOS.some((x) => x.id === id)) {
    // The diagram autosaved here stays one undo away under the example, and in Recent.
    await store.loadExample(id, saved?.text)
    // The example is now the autosaved diagram: a reload must keep the edits made to it.
    forgetAddress()
    return saved ? 'replaced' : 'opened'
  }
  // The generated world is on its way (openEarly): it replaces the saved diagram.
  if (benchOf(query)) return saved ? 'replaced' : 'fresh'
  // A share link opens a copy over the saved diagram, which stays one undo away; a refused one
  // (the store says why) leaves the saved diagram as it was. A lesson's opens as `?lesson=`.
  const fragment = window.location.hash
  const lesson = fragment.startsWith(LESSON_LINK) ? fragment : query.get('lesson')
  if (fragment && lesson !== fragment) {
    forgetAddress()
    if (await store.openShared(fragment, saved?.text)) return saved ? 'replaced' : 'opened'
  }
  const continued = saved !== null && (await store.openSaved(saved.text, saved.transcript))
  // A lesson builds its start over the saved diagram, which stays one undo away.
  if (lesson && (await openLesson(lesson))) return saved ? 'replaced' : 'opened'

  // An unknown example: the autosave is back (no work lost) and the store says what was wrong.
  if (id) {
    await store.loadExample(id)
    forgetAddress()
    return saved ? 'replaced' : 'fresh'
  }
  return continued ? 'continued' : 'fresh'
}

/** A lesson's share link (io/lesson-link.ts). */
const LESSON_LINK = '#lesson='

/** A lesson an address names (an id or a share link), opened by code loaded then. */
async function openLesson(where: string): Promise<boolean> {
  forgetAddress()
  const { openLessonAt } = await import('./lessons/open-lesson')
  return openLessonAt(appStore, where)
}

/**
 * A share link opened in this tab while Docknet runs: a copy over the diagram being edited, or
 * a lesson.
 */
export function openSharedLater(): void {
  const fragment = window.location.hash
  if (fragment.startsWith(LESSON_LINK)) return void openLesson(fragment)
  if (!fragment) return
  forgetAddress()
  const store = appStore.getState()
  void store.openShared(fragment, store.saveDocument())
}
