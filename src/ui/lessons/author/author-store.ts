/**
 * The lesson being made (store/lesson-author.ts), made on first use over the app store. The
 * draft is kept in this browser as it is written, so a reload loses none of it; what the
 * teacher does after a reload is followed from then on.
 */
import { useStore } from 'zustand'
import type { StoreApi } from 'zustand/vanilla'
import { lessonGoals, lessonQuestion } from '../../../io/lesson'
import type { AppState } from '../../../store'
import {
  createAuthorStore,
  EMPTY_DRAFT,
  type AuthorState,
  type Draft,
  type DraftStep,
} from '../../../store/lesson-author'

const DRAFT_KEY = 'docknet.lessons.draft'

const isTexts = (v: unknown): v is Draft['title'] =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Draft['title']).en === 'string' &&
  typeof (v as Draft['title']).zh === 'string'

/** A kept step as the draft holds it: a goal step when kept before steps had kinds. */
function keptStep(s: DraftStep): DraftStep {
  const kind = s.kind === 'predict' ? 'predict' : 'goal'
  const question =
    s.question === null || s.question === undefined ? null : lessonQuestion(s.question)
  return { ...s, kind, question, recording: false }
}

/**
 * The draft kept here, its steps no longer following (the changes that made their solutions
 * were in another visit); anything damaged gives a new draft.
 */
function savedDraft(): Draft {
  try {
    const d = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null') as Draft | null
    const fine =
      d !== null &&
      typeof d.id === 'string' &&
      isTexts(d.title) &&
      isTexts(d.explanation) &&
      (d.start === null || typeof d.start === 'string') &&
      Array.isArray(d.steps) &&
      d.steps.length > 0 &&
      d.steps.every(
        (s) =>
          isTexts(s.text) &&
          isTexts(s.hint) &&
          lessonGoals(s.goals) !== null &&
          typeof s.solution === 'string',
      )
    return fine ? { ...d, steps: d.steps.map(keptStep) } : EMPTY_DRAFT
  } catch {
    return EMPTY_DRAFT
  }
}

let store: StoreApi<AuthorState> | null = null

/** The lesson maker over `app`, the app store (handed in: see lesson-store.ts). */
export function authorStore(app: StoreApi<AppState>): StoreApi<AuthorState> {
  if (store) return store
  const made = createAuthorStore(app, savedDraft())
  made.subscribe((s, prev) => {
    if (s.draft === prev.draft) return
    try {
      localStorage.setItem(DRAFT_KEY, JSON.stringify(s.draft))
    } catch {
      // Storage full or refused: the draft lives on for this visit.
    }
  })
  store = made
  return made
}

/** The lesson maker's state; the panel makes it first (`authorStore`). */
export function useAuthor<T>(selector: (s: AuthorState) => T): T {
  if (!store) throw new Error('authorStore(app) makes the lesson maker before it is shown')
  return useStore(store, selector)
}
