import { Download } from 'lucide-react'
import { download } from '../../io/browser/files'
import type { AutosaveRecord } from '../../io/browser/autosave'
import { useAppStore } from '../../store/react'

/** "5 min ago", for a time in the past (ms since the epoch). */
function ago(at: number): string {
  const minutes = Math.round((Date.now() - at) / 60_000)
  if (minutes < 1) return 'just now'
  if (minutes < 60) return `${minutes} min ago`
  const hours = Math.round(minutes / 60)
  return hours < 48 ? `${hours} h ago` : `${Math.round(hours / 24)} days ago`
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
  return (
    <ul
      data-testid="recent-diagrams"
      className="absolute top-8 left-0 z-20 w-80 rounded-lg border border-slate-200 bg-white p-1 text-sm shadow-lg"
    >
      {list.length === 0 ? (
        <li className="p-2 text-slate-500">
          No replaced diagram yet: one replaced by New, Open or an example is kept here.
        </li>
      ) : null}
      {list.map((r) => (
        <li key={`${r.lineage}/${r.tab}`} className="flex items-center gap-1">
          <button
            className="flex-1 truncate rounded p-2 text-left hover:bg-slate-100"
            onClick={() => {
              onClose()
              void openDocument(r.text, 'recent')
            }}
          >
            {r.title} <span className="text-xs text-slate-500">· {ago(r.savedAt)}</span>
          </button>
          <button
            aria-label={`Download ${r.title}`}
            title="Download as a file"
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
