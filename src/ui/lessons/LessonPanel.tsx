import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { Check, Lightbulb, Play, RotateCcw, X } from 'lucide-react'
import type { GoalResult } from '../../cli'
import type { GoalStep, LessonStep } from '../../io/lesson'
import { BreakDrill } from './BreakDrill'
import { Inline } from './Inline'
import { choiceText, goalText } from './goal-text'
import { lessonMessages, type LessonMessages } from './messages'
import type { Translate } from '../i18n/catalog'
import { useLanguage, useT } from '../i18n/language'
import { useProse } from '../i18n/prose'
import type { StoreApi } from 'zustand/vanilla'
import type { AppState } from '../../store'
import type { LessonRefusal } from '../../store/lessons'
import { lessonStore, useLessons } from './lesson-store'
import { reveal } from './reveal'

const small = 'rounded px-2 py-1 text-xs hover:bg-slate-100 disabled:opacity-40'

/** "Make a lesson" loads when a teacher first opens it. */
const AuthorPanel = lazy(() => import('./author/AuthorPanel'))

/**
 * The open lesson, above the inspector: what the mechanism is, its steps (done ones ticked),
 * and the shown step: its goals checked live, or its question; a hint, "show me", reset. Or,
 * while a teacher makes a lesson, the lesson maker.
 */
export default function LessonPanel({ app }: { app: StoreApi<AppState> }) {
  lessonStore(app)
  const t = useT(lessonMessages)
  const lang = useLanguage()
  const run = useLessons((s) => s.run)
  const { goTo, reset, close, refuse } = useLessons((s) => s)
  const refusal = useLessons((s) => s.refusal)
  const authoring = useLessons((s) => s.authoring)
  // A lesson that could not be opened (a file, a link, an id): a toast says why, once.
  useEffect(() => {
    if (!refusal) return
    app.setState({ toast: { kind: 'error', text: refusalText(t, refusal) } })
    refuse(null)
  }, [app, refusal, refuse, t])
  if (authoring)
    return (
      <Suspense fallback={null}>
        <AuthorPanel app={app} />
      </Suspense>
    )
  if (!run) return null
  const { lesson, step } = run
  const shown = lesson.steps[step]
  const finished = run.done.every(Boolean)
  return (
    <section
      aria-label={t('panelLabel', { title: lesson.title[lang] })}
      data-testid="lesson-panel"
      className="flex min-h-0 flex-1 flex-col overflow-y-auto border-b-4 border-sky-200 bg-sky-50/40 p-3 text-sm"
    >
      <header className="sticky -top-3 z-10 -mx-3 -mt-3 mb-1 flex items-start gap-2 bg-sky-50 px-3 pt-3 pb-1">
        <h2 className="flex-1 font-semibold text-slate-900">
          <Inline text={lesson.title[lang]} />
        </h2>
        <button type="button" onClick={reset} className={small} title={t('resetTitle')}>
          <RotateCcw className="inline size-3.5" aria-hidden /> {t('reset')}
        </button>
        <button type="button" onClick={close} className={small} aria-label={t('close')}>
          <X className="size-3.5" aria-hidden />
        </button>
      </header>
      <details className="mb-2 text-slate-700" open={step === 0 && !run.done.some(Boolean)}>
        <summary className="cursor-pointer text-xs font-semibold text-slate-600">
          {t('howItWorks')}
        </summary>
        <Explanation key={lesson.id} text={lesson.explanation[lang]} />
      </details>
      <ol className="mb-2 space-y-0.5">
        {lesson.steps.map((s, i) => (
          <li key={i} data-testid="lesson-step" data-done={run.done[i] ? 'true' : 'false'}>
            <button
              type="button"
              onClick={() => goTo(i)}
              aria-current={i === step ? 'step' : undefined}
              className={`flex w-full items-start gap-1.5 rounded px-1 py-0.5 text-left text-xs ${i === step ? 'bg-white font-semibold text-slate-900 shadow-sm' : 'text-slate-600 hover:bg-white'}`}
            >
              <span className="w-4 shrink-0 text-center">
                {run.done[i] ? (
                  <Check className="inline size-3.5 text-emerald-600" aria-label={t('stepDone')} />
                ) : (
                  `${i + 1}.`
                )}
              </span>
              {/* Each in a line: the shown step is written out below. */}
              <span className="line-clamp-1">
                <Inline text={s.text[lang]} />
              </span>
            </button>
          </li>
        ))}
      </ol>
      {finished ? (
        <p
          ref={reveal}
          className="mb-2 rounded bg-emerald-100 p-2 text-emerald-900"
          role="status"
          data-testid="lesson-finished"
        >
          {t('finished')}
        </p>
      ) : null}
      {shown ? <StepDetail step={shown} /> : null}
      <BreakDrill />
    </section>
  )
}

/**
 * How it works, its first lines until the learner reads on: on a 720 px screen the whole of it
 * would push the step's question out of sight.
 */
function Explanation({ text }: { text: string }) {
  const t = useT(lessonMessages)
  const [whole, setWhole] = useState(false)
  const [cut, setCut] = useState(false)
  const shown = useRef<HTMLParagraphElement>(null)
  useLayoutEffect(() => {
    const p = shown.current
    if (p && !whole) setCut(p.scrollHeight > p.clientHeight)
  }, [text, whole])
  return (
    <>
      <p ref={shown} className={`mt-1 ${whole ? '' : 'line-clamp-4'}`}>
        <Inline text={text} />
      </p>
      {cut && !whole ? (
        <button
          type="button"
          onClick={() => setWhole(true)}
          className="text-xs font-semibold text-sky-800 hover:underline"
        >
          {t('readMore')}
        </button>
      ) : null}
    </>
  )
}

function StepDetail({ step }: { step: LessonStep }) {
  const t = useT(lessonMessages)
  const lang = useLanguage()
  const run = useLessons((s) => s.run)
  const { showHint, showMe } = useLessons((s) => s)
  if (!run) return null
  return (
    <div className="rounded border border-slate-200 bg-white p-2" data-testid="lesson-current">
      <p className="mb-2 font-semibold text-slate-900">
        <Inline text={step.text[lang]} />
      </p>
      {step.kind === 'goal' ? <Goals step={step} /> : <Predict />}
      {run.hint ? (
        <p
          ref={reveal}
          className="mt-2 rounded bg-amber-50 p-2 text-amber-900"
          data-testid="lesson-hint"
        >
          <Inline text={step.hint[lang]} />
        </p>
      ) : null}
      {run.rebuilt ? (
        <p ref={reveal} className="mt-2 text-xs text-slate-600" data-testid="lesson-rebuilt">
          {t('showMeRebuilt')}
        </p>
      ) : null}
      <div className="mt-2 flex gap-2">
        <button type="button" onClick={showHint} disabled={run.hint} className={small}>
          <Lightbulb className="inline size-3.5" aria-hidden /> {t('hint')}
        </button>
        <button
          type="button"
          data-testid="lesson-show-me"
          onClick={() => void showMe()}
          disabled={run.showing}
          className={small}
          title={t('showMeTitle', { commands: step.solution.split('\n').join('; ') })}
        >
          <Play className="inline size-3.5" aria-hidden />{' '}
          {run.showing ? t('showing') : t('showMe')}
        </button>
      </div>
    </div>
  )
}

/** The step's goals, each ticked when the world makes it so. */
function Goals({ step }: { step: GoalStep }) {
  const t = useT(lessonMessages)
  const results = useLessons((s) => s.run?.results ?? [])
  return (
    <ul className="space-y-0.5 text-xs" aria-label={t('goals')}>
      {step.goals.map((g, i) => {
        const met = results[i]?.met ?? false
        return (
          <li key={i} className={met ? 'text-emerald-800' : 'text-slate-700'}>
            <span
              aria-label={met ? t('goalMet') : t('goalNotYet')}
              role="img"
              className="mr-1 font-bold"
            >
              {met ? '✓' : '○'}
            </span>
            {goalText(t, g)}
          </li>
        )
      })}
    </ul>
  )
}

/** A question to answer before anything is run; then the answer, and the engine's why. */
function Predict() {
  const t = useT(lessonMessages)
  const prose = useProse()
  const run = useLessons((s) => s.run)
  const { answer, goTo } = useLessons((s) => s)
  const prediction = run?.prediction
  if (!run || !prediction) return null
  const given = run.answer
  const next = run.step + 1 < run.lesson.steps.length ? run.step + 1 : null
  return (
    <div>
      <div className="flex flex-wrap gap-2" role="group" aria-label={t('prediction')}>
        {prediction.choices.map((c) => (
          <button
            key={c}
            type="button"
            onClick={() => answer(c)}
            disabled={given !== null}
            aria-pressed={given === c}
            className={`rounded border px-2 py-1 font-mono text-xs ${given === c ? 'border-slate-900 bg-slate-900 text-white' : 'border-slate-300 hover:bg-slate-100'} ${given !== null && c === prediction.answer ? 'ring-2 ring-emerald-500' : ''}`}
          >
            {choiceText(t, c)}
          </button>
        ))}
      </div>
      {given !== null ? (
        <div ref={reveal} className="mt-2 text-xs" role="status" data-testid="lesson-answer">
          <p className="font-semibold">
            {given === prediction.answer ? t('right') : t('wrong')}{' '}
            {t('answer', { answer: choiceText(t, prediction.answer) })}
          </p>
          {run.why ? <p className="mt-1 text-slate-700">{prose.whyText(run.why)}</p> : null}
          <Refusal result={prediction.why} />
          {next !== null ? (
            <button
              type="button"
              onClick={() => goTo(next)}
              className={`mt-1 ${small} bg-slate-900 text-white hover:bg-slate-700`}
            >
              {t('next')}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}

/**
 * For a question whether Docker refuses a command: Docker's words, as it prints them, and the
 * rule that decided when there is more to say than them.
 */
function Refusal({ result }: { result: GoalResult }) {
  const prose = useProse()
  const refused = result.kind === 'not' ? result.inner : result
  if (refused.kind !== 'refused' || !refused.met) return null
  return (
    <>
      <p className="mt-1 font-mono text-[11px] break-words text-rose-700">
        {refused.stderr.trim()}
      </p>
      {refused.why ? (
        <p className="mt-1 text-slate-700">{prose.whyRuleText(refused.why.rule)}</p>
      ) : null}
    </>
  )
}

/** Why a lesson could not be opened: its first errors, each with where it is. */
function refusalText(t: Translate<LessonMessages>, refusal: LessonRefusal): string {
  if (refusal.kind === 'unknown') return t('unknown', { id: refusal.id })
  const errors = refusal.errors
    .slice(0, 3)
    .map((e) => t('at', { path: e.path, error: t(e.code) }))
    .join('; ')
  const more = refusal.errors.length - 3
  const listed = more > 0 ? t('andMore', { errors, more }) : errors
  return t(refusal.kind === 'file' ? 'cannotOpen' : 'cannotOpenLink', { errors: listed })
}
