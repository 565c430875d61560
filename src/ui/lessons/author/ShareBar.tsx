/**
 * The made lesson leaves the maker: as a file (Open opens it), as a share link that opens it
 * for a student, or tried here as a student would. What the draft still lacks is listed, each
 * with where, when one of them is asked for too soon.
 */
import { useState } from 'react'
import type { StoreApi } from 'zustand/vanilla'
import { download } from '../../../io/browser/files'
import { lessonLink } from '../../../io/lesson-link'
import type { AppState } from '../../../store'
import type { DraftProblem } from '../../../store/lesson-author'
import { useT } from '../../i18n/language'
import { lessonStore } from '../lesson-store'
import { useAuthor } from './author-store'
import { small } from './fields'
import { authorMessages } from './messages'
import { ProblemList } from './ProblemList'

export function ShareBar({ app }: { app: StoreApi<AppState> }) {
  const t = useT(authorMessages)
  const file = useAuthor((s) => s.file)
  const [problems, setProblems] = useState<readonly DraftProblem[]>([])
  /** The lesson file, or null with what it lacks listed. */
  const ready = () => {
    const made = file()
    setProblems(made.ok ? [] : made.problems)
    return made.ok ? made : null
  }
  const notify = (kind: 'info' | 'error', text: string) => app.getState().notify({ kind, text })
  const save = () => {
    const made = ready()
    if (!made) return
    const name = `${made.lesson.id}.docknet-lesson.json`
    download(name, made.json)
    notify('info', t('saved', { file: name }))
  }
  const share = async () => {
    const made = ready()
    if (!made) return
    const base = `${window.location.origin}${window.location.pathname}`
    const link = lessonLink(base, JSON.stringify(JSON.parse(made.json)))
    if (!link.ok) return notify('error', t('linkTooLong', { length: link.length }))
    const length = link.url.length
    // The clipboard exists only on secure pages (https, localhost): elsewhere the link is shown.
    const copied = await navigator.clipboard?.writeText(link.url).then(
      () => true,
      () => false,
    )
    if (!copied) window.prompt(t('linkPrompt', { length }), link.url)
    const said = copied ? t('linkCopied', { length }) : t('linkMade', { length })
    notify('info', link.long ? `${said}\n${t('linkLong')}` : said)
  }
  const tryIt = () => {
    const made = ready()
    if (made) lessonStore(app).getState().open(made.lesson)
  }
  return (
    <div className="space-y-0.5">
      <div className="flex flex-wrap gap-1">
        <button type="button" className={small} title={t('saveTitle')} onClick={save}>
          {t('save')}
        </button>
        <button type="button" className={small} title={t('linkTitle')} onClick={() => void share()}>
          {t('link')}
        </button>
        <button type="button" className={small} title={t('tryItTitle')} onClick={tryIt}>
          {t('tryIt')}
        </button>
      </div>
      <ProblemList problems={problems} />
    </div>
  )
}
