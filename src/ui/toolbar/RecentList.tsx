import { Download } from 'lucide-react'
import { download } from '../../io/browser/files'
import type { AutosaveRecord } from '../../io/browser/autosave'
import { useAppStore } from '../../store/react'
import { useT } from '../i18n/language'
import type { Translate } from '../i18n/catalog'
import { shellMessages, type ShellMessages } from '../shell/messages'
import { toolbarMessages, type ToolbarMessages } from './messages'

/** "5 min ago", for a time in the past (ms since the epoch). */
function ago(at: number, t: Translate<ToolbarMessages>): string {
  const minutes = Math.round((Date.now() - at) / 60_000)
  if (minutes < 1) return t('justNow')
  if (minutes < 60) return t('minutesAgo', { n: minutes })
  const hours = Math.round(minutes / 60)
  return hours < 48 ? t('hoursAgo', { n: hours }) : t('daysAgo', { n: Math.round(hours / 24) })
}

/**
 * What a saved diagram is, in the interface's language: from its `about` (checked, as it comes
 * from storage), else the English title an older Docknet wrote.
 */
function titleOf(
  r: AutosaveRecord,
  t: Translate<ToolbarMessages>,
  ts: Translate<ShellMessages>,
): string {
  const about: unknown = r.about
  if (typeof about !== 'object' || about === null) return r.title
  const a = about as Record<string, unknown>
  if (a.kind === 'example' && typeof a.id === 'string') return ts('exampleTitle', { id: a.id })
  const { containers, networks, hosts } = a
  if (
    a.kind === 'counts' &&
    typeof containers === 'number' &&
    typeof networks === 'number' &&
    typeof hosts === 'number'
  )
    return t('aboutCounts', { containers, networks, hosts })
  return r.title
}

/** The recent diagrams: a click opens one (an undo step), the arrow downloads it. */
export function RecentList({
  list,
  onClose,
}: {
  list: readonly AutosaveRecord[]
  onClose: () => void
}) {
  const openDocument = useAppStore((s) => s.openDocument)
  const t = useT(toolbarMessages)
  const ts = useT(shellMessages)
  return (
    <ul
      data-testid="recent-diagrams"
      className="absolute top-8 left-0 z-20 w-80 rounded-lg border border-slate-200 bg-white p-1 text-sm shadow-lg"
    >
      {list.length === 0 ? <li className="p-2 text-slate-500">{t('recentNone')}</li> : null}
      {list.map((r) => (
        <li key={`${r.lineage}/${r.tab}`} className="flex items-center gap-1">
          <button
            className="flex-1 truncate rounded p-2 text-left hover:bg-slate-100"
            onClick={() => {
              onClose()
              void openDocument(r.text, 'recent')
            }}
          >
            {titleOf(r, t, ts)}{' '}
            <span className="text-xs text-slate-500">· {ago(r.savedAt, t)}</span>
          </button>
          <button
            aria-label={t('download', { title: titleOf(r, t, ts) })}
            title={t('downloadTitle')}
            className="rounded p-2 text-slate-600 hover:bg-slate-100"
            onClick={() => download('recent.docknet.json', r.text)}
          >
            <Download className="size-4" />
          </button>
        </li>
      ))}
    </ul>
  )
}
