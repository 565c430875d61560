import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { Download } from 'lucide-react'
import { useT } from '../i18n/language'
import { toolbarMessages } from './messages'

/** The menu's items, with the export code behind them, load when it first opens. */
const ExportFormats = lazy(() => import('./ExportFormats'))
/** The picture export's dialog, with its preview (loaded on first use, with the export code). */
const ExportDialog = lazy(() => import('../export/ExportDialog'))

/** One menu for every export format. Escape or a click elsewhere closes it. */
export function ExportMenu({ className }: { className: string }) {
  const [open, setOpen] = useState(false)
  const [picture, setPicture] = useState(false)
  const menu = useRef<HTMLDivElement>(null)
  const toggle = useRef<HTMLButtonElement>(null)
  const t = useT(toolbarMessages)
  useEffect(() => {
    if (!open) return
    const away = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node) && e.target !== toggle.current) setOpen(false)
    }
    const escape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return
      setOpen(false)
      toggle.current?.focus()
    }
    document.addEventListener('pointerdown', away)
    document.addEventListener('keydown', escape)
    return () => {
      document.removeEventListener('pointerdown', away)
      document.removeEventListener('keydown', escape)
    }
  }, [open])
  return (
    <div className="relative">
      <button
        ref={toggle}
        aria-label={t('export')}
        aria-haspopup="menu"
        aria-expanded={open}
        title={t('exportTitle')}
        onClick={() => setOpen((shown) => !shown)}
        className={className}
      >
        <Download className="size-4" />
      </button>
      {open ? (
        <div
          ref={menu}
          role="menu"
          aria-label={t('exportFormats')}
          className="absolute top-full left-0 z-50 mt-1 w-72 rounded border border-slate-200 bg-white py-1 text-sm shadow-lg"
        >
          <Suspense fallback={null}>
            <ExportFormats onChosen={() => setOpen(false)} onPicture={() => setPicture(true)} />
          </Suspense>
        </div>
      ) : null}
      {picture ? (
        <Suspense fallback={null}>
          <ExportDialog onClose={() => setPicture(false)} />
        </Suspense>
      ) : null}
    </div>
  )
}
