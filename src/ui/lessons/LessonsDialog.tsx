import { useEffect, useRef } from 'react'
import { GraduationCap, PencilRuler, X } from 'lucide-react'
import { DialogClose } from '../DialogClose'
import type { StoreApi } from 'zustand/vanilla'
import type { AppState } from '../../store'
import type { Lesson } from '../../io/lesson'
import { lessonStore, useLessons } from './lesson-store'
import { lessonMessages } from './messages'
import { useLanguage, useT } from '../i18n/language'
import { Inline } from './Inline'

/**
 * The lessons, each with the learner's progress: those opened here from files and links
 * first, then the built-in ones; choosing one opens it from its start. "Make a lesson" opens the
 * lesson maker.
 */
export default function LessonsDialog({
  app,
  onClose,
}: {
  app: StoreApi<AppState>
  onClose: () => void
}) {
  lessonStore(app)
  const t = useT(lessonMessages)
  const dialog = useRef<HTMLDialogElement>(null)
  const lessons = useLessons((s) => s.lessons)
  const own = useLessons((s) => s.own)
  const author = useLessons((s) => s.author)
  useEffect(() => {
    const d = dialog.current
    if (d && !d.open) d.showModal()
  }, [])
  const close = () => dialog.current?.close()
  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="lessons-title"
      className="m-auto w-[40rem] max-w-[95vw] rounded-lg border border-slate-300 bg-white p-5 text-sm text-slate-800 shadow-xl backdrop:bg-slate-900/30"
    >
      <div className="mb-1 flex items-center gap-2">
        <h2 id="lessons-title" className="flex flex-1 items-center gap-2 text-base font-semibold">
          <GraduationCap className="size-5" aria-hidden /> {t('listTitle')}
        </h2>
        <button
          type="button"
          onClick={() => {
            author(true)
            close()
          }}
          title={t('makeTitle')}
          className="flex items-center gap-1 rounded border border-slate-300 px-3 py-1 hover:bg-slate-100"
        >
          <PencilRuler className="size-4" aria-hidden /> {t('make')}
        </button>
      </div>
      <p className="mb-3 text-slate-600">{t('listIntro')}</p>
      {own.length > 0 ? (
        <>
          <h3 className="font-semibold text-slate-700">{t('ownTitle')}</h3>
          <p className="text-xs text-slate-500">{t('ownIntro')}</p>
          <LessonList lessons={own} label={t('ownTitle')} onOpened={close} own />
          <h3 className="mt-3 font-semibold text-slate-700">{t('builtInTitle')}</h3>
        </>
      ) : null}
      <LessonList lessons={lessons} label={t('builtInTitle')} onOpened={close} />
      <DialogClose className="mt-4 text-right" />
    </dialog>
  )
}

/** Lessons with their progress; `own` ones can be taken off the list. */
function LessonList({
  lessons,
  label,
  onOpened,
  own = false,
}: {
  lessons: readonly Lesson[]
  label: string
  onOpened: () => void
  own?: boolean
}) {
  const t = useT(lessonMessages)
  const lang = useLanguage()
  const progress = useLessons((s) => s.progress)
  const { open, forget } = useLessons((s) => s)
  return (
    <ul className="divide-y divide-slate-100" data-testid="lesson-list" aria-label={label}>
      {lessons.map((lesson) => {
        const done = (progress[lesson.id] ?? []).filter(Boolean).length
        const total = lesson.steps.length
        const title = lesson.title[lang]
        return (
          <li key={lesson.id} className="flex items-center gap-3 py-2">
            <div className="min-w-0 flex-1">
              <div className="font-semibold text-slate-900">
                <Inline text={title} />
              </div>
              <div className="text-xs text-slate-500" data-testid="lesson-progress">
                {t('progress', { done, total })}
              </div>
            </div>
            <div
              className="h-1.5 w-24 overflow-hidden rounded bg-slate-100"
              role="progressbar"
              aria-label={t('progressLabel', { title })}
              aria-valuemin={0}
              aria-valuemax={total}
              aria-valuenow={done}
            >
              <div
                className="h-full bg-emerald-500"
                style={{ width: `${(done / total) * 100}%` }}
              />
            </div>
            <button
              type="button"
              onClick={() => {
                open(lesson)
                onOpened()
              }}
              className="rounded bg-slate-900 px-3 py-1 text-white hover:bg-slate-700"
              aria-label={t('openLabel', { title })}
            >
              {done > 0 && done < total ? t('continue') : t('open')}
            </button>
            {own ? (
              <button
                type="button"
                onClick={() => forget(lesson.id)}
                className="rounded p-1 text-slate-500 hover:bg-slate-100"
                aria-label={t('forget', { title })}
                title={t('forget', { title })}
              >
                <X className="size-4" aria-hidden />
              </button>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
