/**
 * What Test found, step by step: each goal unmet when its step begins and met after its
 * solution (a `not` may hold already), each prediction's answer in the world it is asked of,
 * and any line Docker refused; then what the lesson still lacks to be saved (a text, a
 * solution), so that a passed Test is not followed by a refused Save.
 */
import { useEffect, useMemo, useRef } from 'react'
import type { GoalPlay, StepPlay } from '../../../cli'
import { draftFile, type DraftStep } from '../../../store/lesson-author'
import { useT } from '../../i18n/language'
import { choiceText, goalText, questionText } from '../goal-text'
import { lessonMessages } from '../messages'
import { useAuthor } from './author-store'
import { authorMessages } from './messages'
import { ProblemList } from './ProblemList'

export function TestReport() {
  const t = useT(authorMessages)
  const test = useAuthor((s) => s.test)
  const stale = useAuthor((s) => s.test !== null && s.test.draft !== s.draft)
  // A new Test's report is scrolled into view: below the facts it would be out of sight. One
  // kept from before the maker opened is not.
  const report = useRef<HTMLDivElement>(null)
  const shown = useRef(test)
  useEffect(() => {
    if (shown.current === test) return
    shown.current = test
    report.current?.scrollIntoView({ block: 'nearest' })
  }, [test])
  const problems = useMemo(() => {
    const made = test && draftFile(test.draft)
    return !made || made.ok ? [] : made.problems
  }, [test])
  if (!test) return null
  const { play } = test
  const summary = !play.ok ? 'testFailed' : problems.length > 0 ? 'testNotReady' : 'testPassed'
  return (
    <div
      className={`rounded border p-2 text-xs ${play.ok ? 'border-emerald-300 bg-emerald-50' : 'border-rose-300 bg-rose-50'}`}
      role="status"
      ref={report}
      data-testid="author-test-report"
      data-ok={play.ok ? 'true' : 'false'}
      data-ready={problems.length === 0 ? 'true' : 'false'}
    >
      <p className="font-semibold">{t(summary)}</p>
      {stale ? <p className="text-amber-800">{t('testStale')}</p> : null}
      {play.startRefused.map((e, i) => (
        <p key={i} className="text-rose-800">
          {t('startRefusedAt', { command: e.command, error: e.stderr.trim() })}
        </p>
      ))}
      <ol className="mt-1 space-y-0.5">
        {play.steps.map((step, i) => (
          <StepResult key={i} n={i + 1} step={step} drafted={test.draft.steps[i]} />
        ))}
      </ol>
      <ProblemList problems={problems} />
    </div>
  )
}

function StepResult({
  n,
  step,
  drafted,
}: {
  n: number
  step: StepPlay
  drafted: DraftStep | undefined
}) {
  const t = useT(authorMessages)
  const tl = useT(lessonMessages)
  const unasked = drafted?.kind === 'predict' && !drafted.question
  return (
    <li data-testid="author-test-step" data-ok={step.ok ? 'true' : 'false'}>
      <span className="font-semibold">
        {step.ok ? '✓' : '✗'} {t('step', { n })}
      </span>
      {step.kind === 'goal' ? (
        <ul className="ml-3">
          {step.goals.map((g, i) => (
            <GoalResult key={i} play={g} />
          ))}
        </ul>
      ) : null}
      {step.kind === 'predict' ? (
        <p className="ml-3" data-testid="author-test-prediction">
          {t('predicted', {
            question: questionText(tl, step.question),
            answer: choiceText(tl, step.prediction.answer),
            choices: step.prediction.choices.map((c) => choiceText(tl, c)).join(', '),
          })}
        </p>
      ) : null}
      {unasked ? <p className="ml-3 text-rose-800">{t('unasked')}</p> : null}
      {step.kind === 'goal' && step.metBefore && step.goals.length > 0 ? (
        <p className="ml-3 text-rose-800">{t('metBefore')}</p>
      ) : null}
      {step.kind === 'goal'
        ? step.refused.map((e, i) => (
            <p key={i} className="ml-3 text-rose-800">
              {t('refusedAt', { command: e.command, error: e.stderr.trim() })}
            </p>
          ))
        : null}
    </li>
  )
}

function GoalResult({ play }: { play: GoalPlay }) {
  const t = useT(authorMessages)
  const tl = useT(lessonMessages)
  return (
    <li className={play.ok ? 'text-emerald-900' : 'text-rose-900'}>
      {play.ok ? '✓' : '✗'}{' '}
      {t('goalPlayed', {
        goal: goalText(tl, play.goal),
        before: play.before.met,
        after: play.after.met,
      })}
    </li>
  )
}
