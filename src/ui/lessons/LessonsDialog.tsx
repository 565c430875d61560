import { useEffect, useRef } from 'react'
import { GraduationCap } from 'lucide-react'
import { DialogClose } from '../DialogClose'
import type { StoreApi } from 'zustand/vanilla'
import type { AppState } from '../../store'
import { lessonStore, useLessons } from './lesson-store'
import { lessonMessages } from './messages'
import { useLanguage, useT } from '../i18n/language'

/** The lessons, each with the learner's progress; choosing one opens it from its start. */
export default function LessonsDialog({
  app,
  onClose,
}: {
  app: StoreApi<AppState>
  onClose: () => void
}) {
  lessonStore(app)
  const t = useT(lessonMessages)
  const lang = useLanguage()
  const dialog = useRef<HTMLDialogElement>(null)
  const lessons = useLessons((s) => s.lessons)
  const progress = useLessons((s) => s.progress)
  const open = useLessons((s) => s.open)
  useEffect(() => {
    const d = dialog.current
    if (d && !d.open) d.showModal()
  }, [])
  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="lessons-title"
      className="m-auto w-[40rem] max-w-[95vw] rounded-lg border border-slate-300 bg-white p-5 text-sm text-slate-800 shadow-xl backdrop:bg-slate-900/30"
    >
      <h2 id="lessons-title" className="mb-1 flex items-center gap-2 text-base font-semibold">
        <GraduationCap className="size-5" aria-hidden /> {t('listTitle')}
      </h2>
      <p className="mb-3 text-slate-600">{t('listIntro')}</p>
      <ul className="divide-y divide-slate-100" data-testid="lesson-list">
        {lessons.map((lesson) => {
          const done = (progress[lesson.id] ?? []).filter(Boolean).length
          const total = lesson.steps.length
          return (
            <li key={lesson.id} className="flex items-center gap-3 py-2">
              <div className="min-w-0 flex-1">
                <div className="font-semibold text-slate-900">{lesson.title[lang]}</div>
                <div className="text-xs text-slate-500" data-testid="lesson-progress">
                  {t('progress', { done, total })}
                </div>
              </div>
              <div
                className="h-1.5 w-24 overflow-hidden rounded bg-slate-100"
                role="progressbar"
                aria-label={t('progressLabel', { title: lesson.title[lang] })}
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
                  open(lesson.id)
                  dialog.current?.close()
                }}
                className="rounded bg-slate-900 px-3 py-1 text-white hover:bg-slate-700"
                aria-label={t('openLabel', { title: lesson.title[lang] })}
              >
                {done > 0 && done < total ? t('continue') : t('open')}
              </button>
            </li>
          )
        })}
      </ul>
      <DialogClose className="mt-4 text-right" />
    </dialog>
  )
}
