/**
 * The facts of the world now, grouped as Docknet shows them (the reach matrix, DNS answers,
 * /etc/hosts, env), each one added to the last step as a goal, or as a goal that must not
 * hold, with a click; or, when the last step is a prediction, asked as its question.
 */
import { useDeferredValue, useMemo, useState } from 'react'
import { useStore } from 'zustand'
import type { StoreApi } from 'zustand/vanilla'
import type { Goal } from '../../../cli'
import type { AppState } from '../../../store'
import { factsOf } from '../../../store/lesson-author'
import { useT } from '../../i18n/language'
import { goalText } from '../goal-text'
import { lessonMessages } from '../messages'
import { field } from './fields'
import { authorMessages } from './messages'
import { useAuthor } from './author-store'

/** Rows shown per group before the filter is needed. */
const SHOWN = 30

interface Fact {
  readonly goal: Goal
  readonly holds: boolean
  readonly text: string
}

export function FactPicker({ app }: { app: StoreApi<AppState> }) {
  const t = useT(authorMessages)
  const tl = useT(lessonMessages)
  // The facts of a world of tens of containers take a few hundred milliseconds: the canvas
  // and the terminal show a change first, the facts follow.
  const shell = useDeferredValue(useStore(app, (s) => s.shell))
  const [filter, setFilter] = useState('')
  const groups = useMemo(() => {
    const facts = factsOf(shell)
    const said = (goal: Goal, holds = true): Fact => ({ goal, holds, text: goalText(tl, goal) })
    return [
      { key: 'reach', facts: facts.reach.map((f) => said(f.goal, f.holds)) },
      { key: 'dns', facts: facts.dns.map((g) => said(g)) },
      { key: 'hosts', facts: facts.hosts.map((g) => said(g)) },
      { key: 'env', facts: facts.env.map((g) => said(g)) },
    ] as const
  }, [shell, tl])
  const predicting = useAuthor((s) => s.draft.steps.at(-1)?.kind === 'predict')
  const wanted = filter.trim().toLowerCase()
  return (
    <section className="space-y-0.5" data-testid="author-facts" aria-label={t('facts')}>
      <h3 className="text-xs font-semibold text-slate-700">{t('facts')}</h3>
      <p className="text-[11px] text-slate-500">
        {predicting ? t('factsIntroPredict') : t('factsIntro')}
      </p>
      <input
        type="search"
        className={field}
        aria-label={t('filter')}
        placeholder={t('filter')}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      {groups.map((g) => {
        const shown = g.facts.filter((f) => f.text.toLowerCase().includes(wanted))
        return (
          <details key={g.key} open={g.key === 'reach' || wanted !== ''} className="text-xs">
            <summary className="cursor-pointer font-semibold text-slate-600">
              {t(g.key)} ({shown.length})
            </summary>
            {shown.length === 0 ? <p className="text-slate-500">{t('noFacts')}</p> : null}
            <ul className="divide-y divide-slate-100">
              {shown.slice(0, SHOWN).map((f) => (
                <FactRow key={JSON.stringify(f.goal)} fact={f} predicting={predicting} />
              ))}
            </ul>
            {shown.length > SHOWN ? (
              <p className="text-slate-500">{t('more', { count: shown.length - SHOWN })}</p>
            ) : null}
          </details>
        )
      })}
    </section>
  )
}

const button = 'rounded border border-slate-300 px-1 text-[11px] hover:bg-slate-100'

function FactRow({ fact, predicting }: { fact: Fact; predicting: boolean }) {
  const t = useT(authorMessages)
  return (
    <li
      className="flex items-start gap-1 py-0.5"
      data-testid="author-fact"
      data-holds={fact.holds ? 'true' : 'false'}
    >
      <span
        role="img"
        aria-label={fact.holds ? t('holds') : t('holdsNot')}
        className={`w-3.5 shrink-0 font-bold ${fact.holds ? 'text-emerald-600' : 'text-rose-600'}`}
      >
        {fact.holds ? '✓' : '✗'}
      </span>
      <span className="min-w-0 flex-1 break-words text-slate-800">{fact.text}</span>
      {predicting ? <AskButtons fact={fact} /> : <GoalButtons fact={fact} />}
    </li>
  )
}

/** Adds the fact to the last step as a goal, or as one that must not hold. */
function GoalButtons({ fact }: { fact: Fact }) {
  const t = useT(authorMessages)
  const addGoal = useAuthor((s) => s.addGoal)
  return (
    <>
      <button
        type="button"
        className={button}
        aria-label={t('asGoalLabel', { fact: fact.text })}
        onClick={() => addGoal(fact.goal)}
      >
        {t('asGoal')}
      </button>
      <button
        type="button"
        className={button}
        aria-label={t('asNotLabel', { fact: fact.text })}
        onClick={() => addGoal({ kind: 'not', goal: fact.goal })}
      >
        {t('asNot')}
      </button>
    </>
  )
}

/** Asks the fact as the last step's question: yes or no, or, for a name, which address. */
function AskButtons({ fact }: { fact: Fact }) {
  const t = useT(authorMessages)
  const ask = useAuthor((s) => s.ask)
  const { goal } = fact
  return (
    <>
      <button
        type="button"
        className={button}
        aria-label={t('askLabel', { fact: fact.text })}
        onClick={() => ask({ kind: 'yesNo', goal })}
      >
        {t('ask')}
      </button>
      {goal.kind === 'resolves' ? (
        <button
          type="button"
          className={button}
          aria-label={t('askAddressLabel', {
            name: goal.name,
            from: typeof goal.from === 'string' ? goal.from : goal.from.name,
          })}
          onClick={() => ask({ kind: 'address', from: goal.from, name: goal.name })}
        >
          {t('askAddress')}
        </button>
      ) : null}
    </>
  )
}
