/**
 * The lesson runner the UI shows (store/lessons.ts), made on first use over the app store, with
 * the learner's progress, and the lessons opened from files and links, kept in this browser.
 * Loaded with the Lessons list or a lesson opened from an address or a file.
 */
import { useStore } from 'zustand'
import type { StoreApi } from 'zustand/vanilla'
import type { AppState } from '../../store'
import { fromLessonValue, type Lesson } from '../../io/lesson'
import { createLessonStore, type LessonProgress, type LessonState } from '../../store/lessons'

const PROGRESS_KEY = 'docknet.lessons.progress'
/** The lessons opened here from files and links, or made here, as lesson files. */
const OWN_KEY = 'docknet.lessons.own'

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

/** The lessons kept here, each read as a lesson file is; a damaged one is left out. */
function savedOwn(): Lesson[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(OWN_KEY) ?? '[]')
    return (Array.isArray(value) ? value : [])
      .map((file) => fromLessonValue(file))
      .flatMap((r) => (r.ok ? [r.value] : []))
  } catch {
    return []
  }
}

/** Keeps `value` in the browser under `key`; storage full or refused, it lives for this visit. */
function keep(key: string, value: unknown) {
  try {
    localStorage.setItem(key, JSON.stringify(value))
  } catch {
    // Kept in memory only.
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
  const made = createLessonStore(app, savedProgress(), savedOwn())
  made.subscribe((s, prev) => {
    if (s.progress !== prev.progress) keep(PROGRESS_KEY, s.progress)
    if (s.own !== prev.own) keep(OWN_KEY, s.own)
  })
  store = made
  return made
}

/** The lesson state; the panels make the runner first (`lessonStore`), with the app store. */
export function useLessons<T>(selector: (s: LessonState) => T): T {
  if (!store) throw new Error('lessonStore(app) makes the lesson runner before it is shown')
  return useStore(store, selector)
}
