import { Hammer } from 'lucide-react'
import type { BreakChange } from '../../store/lessons'
import type { Translate } from '../i18n/catalog'
import { useT } from '../i18n/language'
import { useProse } from '../i18n/prose'
import { goalText } from './goal-text'
import { useLessons } from './lesson-store'
import { lessonMessages, type LessonMessages } from './messages'
import { reveal } from './reveal'

const small = 'rounded px-2 py-1 text-xs hover:bg-slate-100 disabled:opacity-40'

/**
 * Break it: one hidden change to the working world; the learner finds and fixes it, graded by
 * every connection working again. The hints climb: which connection, the engine's why, what
 * was changed.
 */
export function BreakDrill() {
  const t = useT(lessonMessages)
  const prose = useProse()
  const drill = useLessons((s) => s.drill)
  const nothing = useLessons((s) => s.nothingToBreak)
  const { breakIt, drillHint, endDrill } = useLessons((s) => s)
  if (!drill)
    return (
      <div className="mt-2">
        <button
          type="button"
          data-testid="lesson-break-it"
          onClick={() => void breakIt(Math.floor(Math.random() * 2 ** 31))}
          title={t('breakItTitle')}
          className={`${small} border border-slate-300`}
        >
          <Hammer className="inline size-3.5" aria-hidden /> {t('breakIt')}
        </button>
        {nothing ? <p className="mt-1 text-xs text-slate-600">{t('nothingToBreak')}</p> : null}
      </div>
    )
  const [first] = drill.broken
  return (
    <div
      data-testid="break-drill"
      data-fixed={drill.fixed ? 'true' : 'false'}
      ref={reveal}
      className={`mt-2 rounded border p-2 text-xs ${drill.fixed ? 'border-emerald-200 bg-emerald-50' : 'border-rose-200 bg-rose-50'}`}
    >
      {drill.fixed ? (
        <p ref={reveal} role="status" className="font-semibold text-emerald-800">
          {t('drillFixed')}
        </p>
      ) : (
        <>
          <p className="font-semibold text-rose-900">{t('drillIntro')}</p>
          <p className="text-rose-900">{t('drillBroken', { count: drill.broken.length })}</p>
        </>
      )}
      <ol className="mt-1 list-decimal pl-4 text-slate-700" data-testid="drill-hints">
        {drill.hints >= 1 && first ? (
          <li>{t('drillNoLonger', { goal: goalText(t, first.goal) })}</li>
        ) : null}
        {drill.hints >= 2 && drill.why ? <li>{prose.whyText(drill.why)}</li> : null}
        {drill.hints >= 3 ? <li>{changeText(t, drill.change)}</li> : null}
      </ol>
      <div className="mt-1 flex gap-2">
        {!drill.fixed ? (
          <button type="button" onClick={drillHint} disabled={drill.hints >= 3} className={small}>
            {t('hint')}
          </button>
        ) : null}
        <button type="button" onClick={endDrill} className={small}>
          {t('drillEnd')}
        </button>
      </div>
    </div>
  )
}

/** What the break changed, the last rung of the ladder. */
function changeText(t: Translate<LessonMessages>, c: BreakChange): string {
  const container = 'container' in c ? c.container.name : ''
  switch (c.kind) {
    case 'stop':
      return t('drillStop', { container })
    case 'disconnect':
      return t('drillDisconnect', { container, network: c.network })
    case 'move':
      return t('drillMove', { container, from: c.from, to: c.to })
    case 'unpublish':
      return t('drillUnpublish', { container })
    case 'rename':
      return t('drillRename', { container, to: c.to })
    case 'icc':
      return t('drillIcc', { host: c.host })
  }
}
