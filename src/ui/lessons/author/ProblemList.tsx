/**
 * What the draft still lacks to be saved or shared, each where the maker shows it ("Step 2 ·
 * Solution: empty"), scrolled into view when it appears.
 */
import type { DraftProblem } from '../../../store/lesson-author'
import { useT } from '../../i18n/language'
import { lessonMessages } from '../messages'
import { reveal } from '../reveal'
import { authorMessages } from './messages'
import { placeWords } from './place'

export function ProblemList({ problems }: { problems: readonly DraftProblem[] }) {
  const t = useT(authorMessages)
  const tl = useT(lessonMessages)
  if (problems.length === 0) return null
  const said = (p: DraftProblem) =>
    p.code === 'NO_START' || p.code === 'BUILT_IN_ID' || p.code === 'NO_QUESTION'
      ? t(p.code)
      : tl(p.code)
  return (
    <div ref={reveal} className="rounded bg-amber-50 p-2 text-xs text-amber-900" role="alert">
      <p className="font-semibold">{t('notReady')}</p>
      <ul className="list-disc pl-4" data-testid="author-problems">
        {problems.map((p, i) => (
          <li key={i}>{tl('at', { path: placeWords(t, p.path), error: said(p) })}</li>
        ))}
      </ul>
    </div>
  )
}
