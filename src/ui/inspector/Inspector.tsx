import { lazy, Suspense, type ReactNode } from 'react'
import { SCENARIOS } from '../../store'
import { useT } from '../i18n/language'
import { shellMessages } from '../shell/messages'
import { useAppStore } from '../../store/react'

// The panels, and the views they show, load on first use: the first paint stays under 190 kB.
const SelectedPanel = lazy(() =>
  import('./SelectedPanel').then((m) => ({ default: m.SelectedPanel })),
)

/**
 * What Docker would do for the selection (container, host or network), recomputed on every
 * edit; under the open lesson (`lesson`), when there is one. With nothing selected the lesson
 * has the whole column (a 720 px screen leaves it too little for a step's question and answer);
 * with a selection, at most 60% of it.
 */
export function Inspector({ lesson }: { lesson?: ReactNode }) {
  const selected = useAppStore((s) => s.selection !== null || s.edges.some((e) => e.selected))
  const t = useT(shellMessages)
  return (
    <aside
      aria-label={t('inspector')}
      className="flex w-96 shrink-0 flex-col overflow-hidden border-l border-slate-200 bg-white"
    >
      {lesson ? (
        <div
          className={`peer flex min-h-0 flex-col empty:hidden ${selected ? 'max-h-[60%] shrink-0' : 'flex-1'}`}
        >
          {lesson}
        </div>
      ) : null}
      {selected ? (
        <Suspense fallback={null}>
          <SelectedPanel fallback={<Intro />} />
        </Suspense>
      ) : (
        <div className={lesson ? 'hidden peer-empty:block' : undefined}>
          <Intro />
        </div>
      )}
    </aside>
  )
}

/** What the inspector shows with nothing selected. */
function Intro() {
  const t = useT(shellMessages)
  return (
    <div className="p-3 text-sm text-slate-500">
      <h2 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {t('inspector')}
      </h2>
      <ExampleLesson />
      {t('intro')}
    </div>
  )
}

/** The example on the canvas, as loaded: what it shows (gone once a command changes it). */
function ExampleLesson() {
  const example = useAppStore((s) => s.example)
  const t = useT(shellMessages)
  const scenario = SCENARIOS.find((x) => x.id === example)
  if (!scenario) return null
  return (
    <section
      aria-label={t('example')}
      className="mb-3 rounded-lg border border-sky-200 bg-sky-50 p-2"
    >
      <h3 className="font-semibold text-slate-900">{t('exampleTitle', { id: scenario.id })}</h3>
      <p className="text-slate-700">{t('exampleLesson', { id: scenario.id })}</p>
    </section>
  )
}
