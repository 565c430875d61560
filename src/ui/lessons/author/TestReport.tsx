/**
 * What Test found, step by step: each goal unmet when its step begins and met after its
 * solution (a `not` may hold already), and any line Docker refused.
 */
import type { GoalPlay, StepPlay } from '../../../cli'
import { useT } from '../../i18n/language'
import { goalText } from '../goal-text'
import { lessonMessages } from '../messages'
import { useAuthor } from './author-store'
import { authorMessages } from './messages'

export function TestReport() {
  const t = useT(authorMessages)
  const test = useAuthor((s) => s.test)
  const stale = useAuthor((s) => s.test !== null && s.test.draft !== s.draft)
  if (!test) return null
  const { play } = test
  return (
    <div
      className={`rounded border p-2 text-xs ${play.ok ? 'border-emerald-300 bg-emerald-50' : 'border-rose-300 bg-rose-50'}`}
      role="status"
      data-testid="author-test-report"
      data-ok={play.ok ? 'true' : 'false'}
    >
      <p className="font-semibold">{play.ok ? t('testPassed') : t('testFailed')}</p>
      {stale ? <p className="text-amber-800">{t('testStale')}</p> : null}
      {play.startRefused.map((e, i) => (
        <p key={i} className="text-rose-800">
          {t('startRefusedAt', { command: e.command, error: e.stderr.trim() })}
        </p>
      ))}
      <ol className="mt-1 space-y-0.5">
        {play.steps.map((step, i) => (
          <StepResult key={i} n={i + 1} step={step} />
        ))}
      </ol>
    </div>
  )
}

function StepResult({ n, step }: { n: number; step: StepPlay }) {
  const t = useT(authorMessages)
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
