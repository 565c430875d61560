/**
 * Opening a lesson from outside the Lessons list: a lesson file (Open, or dropped on the
 * canvas) or a built-in lesson's id (`/?lesson=`). Loaded by first-paint code when one is
 * opened. A lesson that cannot be opened is handed to the panel, which says why in the
 * learner's language (this chunk stays free of the messages: importing them here split the
 * first-paint chunk). Either way the app draws the lesson panel.
 */
import type { StoreApi } from 'zustand/vanilla'
import { fromLessonJson, isLessonText } from '../../io/lesson'
import type { AppState } from '../../store'
import type { LessonRefusal } from '../../store/lessons'
import { lessonStore } from './lesson-store'

function opened(app: StoreApi<AppState>, refusal: LessonRefusal | null): boolean {
  lessonStore(app).getState().refuse(refusal)
  app.setState({ lessons: true })
  return refusal === null
}

/**
 * A file's text, if it is a lesson file (docs/lessons.md): it opens from its start, or is
 * refused and nothing changes. Null when the text is another kind of file.
 */
export function openLessonFile(app: StoreApi<AppState>, text: string): boolean | null {
  if (!isLessonText(text)) return null
  const read = fromLessonJson(text)
  if (read.ok) lessonStore(app).getState().open(read.value)
  return opened(app, read.ok ? null : { kind: 'file', errors: read.errors })
}

/** A built-in lesson by id, from its start. */
export function openLessonById(app: StoreApi<AppState>, id: string): boolean {
  const found = lessonStore(app).getState().open(id)
  return opened(app, found ? null : { kind: 'unknown', id })
}
