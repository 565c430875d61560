/**
 * Opening a lesson from outside the Lessons list: a lesson file (Open, or dropped on the
 * canvas), a built-in lesson's id (`/?lesson=`) or a share link. Loaded by first-paint code when one is
 * opened. A lesson that cannot be opened is handed to the panel, which says why in the
 * learner's language (this chunk stays free of the messages: importing them here split the
 * first-paint chunk). Either way the app draws the lesson panel.
 */
import type { StoreApi } from 'zustand/vanilla'
import { fromLessonJson, isLessonText } from '../../io/lesson'
import { lessonFromLink } from '../../io/lesson-link'
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

/**
 * A lesson an address names: a built-in one by id (`/?lesson=<id>`), or the one a share link
 * carries (`#lesson=`), from its start.
 */
export function openLessonAt(app: StoreApi<AppState>, where: string): boolean {
  const runner = lessonStore(app).getState()
  const read = lessonFromLink(where)
  if (read === null) return opened(app, runner.open(where) ? null : { kind: 'unknown', id: where })
  if (read.ok) runner.open(read.value)
  return opened(app, read.ok ? null : { kind: 'link', errors: read.errors })
}
