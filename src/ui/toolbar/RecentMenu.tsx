import { lazy, Suspense, useState } from 'react'
import { History } from 'lucide-react'
import type { AutosaveRecord } from '../../io/browser/autosave'
import { useT } from '../i18n/language'
import { toolbarMessages } from './messages'

/** The list loads when first opened (first-paint budget). */
const RecentList = lazy(() => import('./RecentList').then((m) => ({ default: m.RecentList })))

/** The diagrams replaced in this browser (by New, Open, an example...), to open again. */
export function RecentMenu({ className }: { className: string }) {
  const [list, setList] = useState<AutosaveRecord[] | null>(null)
  const t = useT(toolbarMessages)
  const toggle = async () =>
    setList(list ? null : await (await import('../autosave')).recentDiagrams())
  return (
    <div className="relative">
      <button
        aria-label={t('recent')}
        aria-expanded={list !== null}
        title={t('recentTitle')}
        onClick={() => void toggle()}
        className={className}
      >
        <History className="size-4" />
      </button>
      {list ? (
        <Suspense fallback={null}>
          <RecentList list={list} onClose={() => setList(null)} />
        </Suspense>
      ) : null}
    </div>
  )
}
