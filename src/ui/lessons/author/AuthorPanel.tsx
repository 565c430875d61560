/**
 * "Make a lesson", above the inspector while the teacher works on the canvas and in the
 * terminal: the start recorded from the world, the lesson's texts, its steps (each with its
 * goals and its solution, the last one following the teacher's changes), the facts of the
 * world to make goals of, Test, and the file and link. Loaded when first opened.
 */
import { X } from 'lucide-react'
import type { StoreApi } from 'zustand/vanilla'
import type { AppState } from '../../../store'
import { commandCount, type DraftStep } from '../../../store/lesson-author'
import { useT } from '../../i18n/language'
import { goalText, questionText } from '../goal-text'
import { lessonStore } from '../lesson-store'
import { lessonMessages } from '../messages'
import { authorStore, useAuthor } from './author-store'
import { FactPicker } from './FactPicker'
import { field, primary, small, TextPair } from './fields'
import { authorMessages } from './messages'
import { ShareBar } from './ShareBar'
import { TestReport } from './TestReport'

export default function AuthorPanel({ app }: { app: StoreApi<AppState> }) {
  authorStore(app)
  const t = useT(authorMessages)
  const steps = useAuthor((s) => s.draft.steps)
  const { addStep, removeLastStep, runTest, discard } = useAuthor((s) => s)
  return (
    <section
      aria-labelledby="author-title"
      data-testid="author-panel"
      className="flex min-h-0 flex-1 flex-col gap-3 overflow-y-auto border-b-4 border-sky-200 bg-sky-50/40 p-3 text-sm"
    >
      <header className="flex items-start gap-2">
        <h2 id="author-title" className="flex-1 font-semibold text-slate-900">
          {t('title')}
        </h2>
        <button
          type="button"
          className={small}
          onClick={() => {
            if (window.confirm(t('discardConfirm'))) discard()
          }}
        >
          {t('discard')}
        </button>
        <button
          type="button"
          className="rounded px-1 hover:bg-slate-100"
          aria-label={t('close')}
          onClick={() => lessonStore(app).getState().author(false)}
        >
          <X className="size-3.5" aria-hidden />
        </button>
      </header>
      <p className="text-xs text-slate-600">{t('intro')}</p>
      <Start />
      <LessonTexts />
      <ol className="space-y-2">
        {steps.map((s, i) => (
          <StepEditor key={i} index={i} step={s} />
        ))}
      </ol>
      <div className="flex flex-wrap gap-1">
        <button type="button" className={small} title={t('addStepTitle')} onClick={addStep}>
          {t('addStep')}
        </button>
        {steps.length > 1 ? (
          <button type="button" className={small} onClick={removeLastStep}>
            {t('removeStep')}
          </button>
        ) : null}
      </div>
      <FactPicker app={app} />
      <div className="space-y-0.5">
        <button
          type="button"
          className={primary}
          title={t('testTitle')}
          onClick={() => runTest()}
          data-testid="author-test"
        >
          {t('test')}
        </button>
        <TestReport />
      </div>
      <ShareBar app={app} />
    </section>
  )
}

/** The start: recorded from the world, and the script that builds it (which may be edited). */
function Start() {
  const t = useT(authorMessages)
  const start = useAuthor((s) => s.draft.start)
  const check = useAuthor((s) => s.startCheck)
  const { recordStart, setStart } = useAuthor((s) => s)
  const lines = commandCount(start ?? '')
  const said =
    start === null
      ? t('startNone')
      : check === 'same'
        ? t('startSame', { lines })
        : check === 'differs'
          ? t('startDiffers')
          : check === 'refused'
            ? t('startRefused')
            : t('startUnchecked', { lines })
  return (
    <div className="space-y-0.5">
      <div className="flex items-center gap-2">
        <button
          type="button"
          className={primary}
          title={t('recordTitle')}
          onClick={recordStart}
          data-testid="author-record-start"
        >
          {start === null ? t('recordStart') : t('recordAgain')}
        </button>
      </div>
      <p className="text-xs text-slate-700" data-testid="author-start-status">
        {said}
      </p>
      {start !== null ? (
        <details className="text-xs">
          <summary className="cursor-pointer text-slate-600">{t('startScript')}</summary>
          <textarea
            className={`${field} font-mono`}
            rows={4}
            aria-label={t('startScript')}
            value={start}
            onChange={(e) => setStart(e.target.value)}
          />
        </details>
      ) : null}
    </div>
  )
}

/** The lesson's id, title and explanation. */
function LessonTexts() {
  const t = useT(authorMessages)
  const draft = useAuthor((s) => s.draft)
  const { setId, setText } = useAuthor((s) => s)
  return (
    <fieldset className="space-y-2 rounded border border-slate-200 bg-white p-2">
      <legend className="px-1 text-xs font-semibold text-slate-700">{t('lesson')}</legend>
      <TextPair
        label={t('lessonTitle')}
        value={draft.title}
        onChange={(lang, text) => setText('title', lang, text)}
      />
      <label className="block space-y-0.5">
        <span className="block text-[11px] font-semibold text-slate-600">{t('id')}</span>
        <input
          className={`${field} font-mono`}
          value={draft.id}
          onChange={(e) => setId(e.target.value)}
          aria-describedby="author-id-hint"
        />
        <span id="author-id-hint" className="block text-[11px] text-slate-500">
          {t('idHint')}
        </span>
      </label>
      <TextPair
        label={t('explanation')}
        long
        value={draft.explanation}
        onChange={(lang, text) => setText('explanation', lang, text)}
      />
    </fieldset>
  )
}

/** Whether the last step is a goal to reach or a question to predict the answer to. */
function StepKind({ index, kind }: { index: number; kind: DraftStep['kind'] }) {
  const t = useT(authorMessages)
  const setStepKind = useAuthor((s) => s.setStepKind)
  return (
    <fieldset className="flex flex-wrap gap-x-3 text-xs">
      <legend className="sr-only">{t('kind')}</legend>
      {(['goal', 'predict'] as const).map((k) => (
        <label key={k} className="flex items-center gap-1">
          <input
            type="radio"
            name={`author-step-${index}-kind`}
            checked={kind === k}
            onChange={() => setStepKind(index, k)}
          />
          {k === 'goal' ? t('kindGoal') : t('kindPredict')}
        </label>
      ))}
    </fieldset>
  )
}

/** A goal step's goals, each with a button that removes it. */
function GoalList({ index, goals }: { index: number; goals: DraftStep['goals'] }) {
  const t = useT(authorMessages)
  const tl = useT(lessonMessages)
  const removeGoal = useAuthor((s) => s.removeGoal)
  return (
    <div>
      <span className="block text-[11px] font-semibold text-slate-600">{t('goals')}</span>
      {goals.length === 0 ? (
        <p className="text-xs text-slate-500">{t('noGoals')}</p>
      ) : (
        <ul className="space-y-0.5 text-xs">
          {goals.map((g, i) => {
            const text = goalText(tl, g)
            return (
              <li key={i} className="flex items-start gap-1" data-testid="author-goal">
                <span className="min-w-0 flex-1 break-words">{text}</span>
                <button
                  type="button"
                  className="rounded px-1 hover:bg-slate-100"
                  aria-label={t('removeGoal', { goal: text })}
                  onClick={() => removeGoal(index, i)}
                >
                  <X className="size-3" aria-hidden />
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}

/** One step: its texts, its goals or question, its solution (followed, or written by hand). */
function StepEditor({ index, step }: { index: number; step: DraftStep }) {
  const t = useT(authorMessages)
  const tl = useT(lessonMessages)
  const last = useAuthor((s) => s.draft.steps.length - 1 === index)
  const lost = useAuthor((s) => s.lost)
  const { setStepText, setSolution, follow } = useAuthor((s) => s)
  return (
    <li
      className="space-y-2 rounded border border-slate-200 bg-white p-2"
      data-testid="author-step"
    >
      <h3 className="flex items-center gap-2 text-xs font-semibold text-slate-800">
        {t('step', { n: index + 1 })}
        {step.recording ? (
          <span className="rounded bg-rose-50 px-1 text-[10px] font-normal text-rose-800">
            ● {t('recording')}
          </span>
        ) : null}
      </h3>
      <TextPair
        label={t('stepText')}
        value={step.text}
        onChange={(lang, text) => setStepText(index, 'text', lang, text)}
      />
      {last ? <StepKind index={index} kind={step.kind} /> : null}
      {step.kind === 'goal' ? (
        <GoalList index={index} goals={step.goals} />
      ) : (
        <div>
          <span className="block text-[11px] font-semibold text-slate-600">{t('question')}</span>
          <p className="text-xs text-slate-800" data-testid="author-question">
            {step.question ? questionText(tl, step.question) : t('noQuestion')}
          </p>
        </div>
      )}
      <label className="block space-y-0.5">
        <span className="block text-[11px] font-semibold text-slate-600">{t('solution')}</span>
        <textarea
          className={`${field} font-mono`}
          rows={3}
          value={step.solution}
          onChange={(e) => setSolution(index, e.target.value)}
        />
      </label>
      {last ? (
        <p className="flex flex-wrap items-center gap-1 text-[11px] text-slate-600">
          {step.recording && lost ? (
            <span className="text-amber-800" role="status">
              {t('lost')}
            </span>
          ) : (
            <span>{step.recording ? t('following') : t('byHand')}</span>
          )}
          {step.recording && !lost ? null : (
            <button type="button" className={small} onClick={follow}>
              {t('follow')}
            </button>
          )}
        </p>
      ) : null}
      <TextPair
        label={t('hint')}
        long
        value={step.hint}
        onChange={(lang, text) => setStepText(index, 'hint', lang, text)}
      />
    </li>
  )
}
