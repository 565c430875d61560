import { download } from '../io/browser/files'
import type { ReadProblem } from '../store'
import { useTNow } from './i18n/language'
import { saidMessages } from './said/messages'
import { readProblemText } from './said/read-text'
import { shellMessages } from './shell/messages'

/**
 * What shows instead of a blank page when the diagram cannot be drawn or opened: what failed,
 * the diagram as a file, and a fresh start (the diagram stays in the recent list).
 */
export function Recovery({
  title,
  reason,
  diagram,
  onStartFresh,
}: {
  title: string
  /** What failed: an error's own message, or why the reader refused the document (data). */
  reason: string | ReadProblem
  /** The diagram's document, to download; null when it cannot be had. */
  diagram: () => string | null
  onStartFresh: () => void
}) {
  // Never waits for words: this shows because something already failed. In Chinese as soon as
  // its words are in (the shell's are at first paint).
  const t = useTNow(shellMessages)
  const said = useTNow(saidMessages)
  const why = typeof reason === 'string' ? reason : readProblemText(said, reason)
  const save = () => {
    const text = diagram()
    if (text !== null) download('recovered.docknet.json', text)
  }
  return (
    <div
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="recovery-title"
      data-testid="recovery"
      className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-6"
    >
      <div className="max-w-lg rounded-lg border border-slate-300 bg-white p-5 text-sm text-slate-800 shadow-xl">
        <h2 id="recovery-title" className="mb-2 text-base font-semibold text-slate-900">
          {title}
        </h2>
        <p className="mb-3 font-mono text-xs break-words whitespace-pre-wrap text-rose-800">
          {why}
        </p>
        <p className="mb-4">{t('recoveryNote')}</p>
        <div className="flex gap-2">
          <button
            onClick={save}
            className="rounded bg-sky-700 px-3 py-1.5 font-medium text-white hover:bg-sky-800"
          >
            {t('downloadDiagram')}
          </button>
          <button
            onClick={onStartFresh}
            className="rounded border border-slate-300 px-3 py-1.5 hover:bg-slate-100"
          >
            {t('startFresh')}
          </button>
        </div>
      </div>
    </div>
  )
}
