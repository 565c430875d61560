/**
 * The lesson runner the UI shows (store/lessons.ts), made on first use over the app store, with
 * the learner's progress kept in this browser. Loaded with the Lessons list or `/?lesson=`.
 */
import { useStore } from 'zustand'
import type { StoreApi } from 'zustand/vanilla'
import type { AppState } from '../../store'
import { createLessonStore, type LessonProgress, type LessonState } from '../../store/lessons'

const PROGRESS_KEY = 'docknet.lessons.progress'

/** The saved progress: done flags per lesson id; anything else in the slot is ignored. */
function savedProgress(): LessonProgress {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}')
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {}
    return Object.fromEntries(
      Object.entries(value).filter(
        (e): e is [string, boolean[]] =>
          Array.isArray(e[1]) && e[1].every((d: unknown) => typeof d === 'boolean'),
      ),
    )
  } catch {
    return {}
  }
}

let store: StoreApi<LessonState> | null = null

/**
 * The runner over `app`, the app store. Handed in by the first-paint code that opens lessons
 * (App, open-from-url) rather than imported here: this chunk importing the store's door made
 * the bundler split the first-paint chunk (+3 kB gzip).
 */
export function lessonStore(app: StoreApi<AppState>): StoreApi<LessonState> {
  if (store) return store
  const made = createLessonStore(app, savedProgress())
  made.subscribe((s, prev) => {
    if (s.progress === prev.progress) return
    try {
      localStorage.setItem(PROGRESS_KEY, JSON.stringify(s.progress))
    } catch {
      // Storage full or refused: the progress lives on for this visit.
    }
  })
  store = made
  return made
}

/** The lesson state; the panels make the runner first (`lessonStore`), with the app store. */
export function useLessons<T>(selector: (s: LessonState) => T): T {
  if (!store) throw new Error('lessonStore(app) makes the lesson runner before it is shown')
  return useStore(store, selector)
}
