import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useReactFlow } from '@xyflow/react'
import { COLUMN, MIN_TEXT, textInColumn } from '../../io/picture/column'
import { appStore } from '../../store'
import { useT } from '../i18n/language'
import { canvasSvg, defaultPicture, exportPng, exportSvg } from './export'
import { exportMessages } from './messages'
import type { PictureOptions } from './picture-options'

/**
 * The options last set for the diagram shown, so that the PNG after the SVG gets the same
 * title and choices; another diagram starts from its defaults.
 */
let remembered: { readonly opened: number; readonly options: PictureOptions } | null = null

function lastOptions(): PictureOptions {
  const s = appStore.getState()
  return remembered?.opened === s.opened ? remembered.options : defaultPicture(s)
}

/**
 * The picture export for docs: a preview of what will be written, and the options people ask
 * for (a title and caption of their own, the unused default bridge and the addresses left out,
 * a transparent background for slides, a layout that reads in a doc column, with the size its
 * smallest text shows at there). Loaded on first use, with the export code.
 */
export default function ExportDialog({ onClose }: { onClose: () => void }) {
  const t = useT(exportMessages)
  const flow = useReactFlow()
  const dialog = useRef<HTMLDialogElement>(null)
  const [options, setOptions] = useState<PictureOptions>(() => lastOptions())
  const set = <K extends keyof PictureOptions>(key: K, value: PictureOptions[K]) =>
    setOptions((o) => {
      const next = { ...o, [key]: value }
      remembered = { opened: appStore.getState().opened, options: next }
      return next
    })
  useEffect(() => dialog.current?.showModal(), [])
  const svg = useMemo(() => canvasSvg(flow, appStore.getState(), options), [flow, options])
  const preview = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  const textSize = textInColumn(svg)
  const run = async (write: typeof exportSvg | typeof exportPng, format: string) => {
    try {
      await write(flow, appStore.getState(), options)
      dialog.current?.close()
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e)
      appStore.getState().notify({ kind: 'error', text: t('failed', { format, why }) })
    }
  }
  const field = 'rounded border border-slate-300 px-2 py-1'
  const primary = 'rounded bg-sky-600 px-3 py-1 whitespace-nowrap text-white'
  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="export-title"
      className="m-auto w-[56rem] max-w-[95vw] rounded-lg border border-slate-300 bg-white p-5 text-sm text-slate-800 shadow-xl backdrop:bg-slate-900/30"
    >
      <h2 id="export-title" className="mb-3 text-base font-semibold text-slate-900">
        {t('heading')}
      </h2>
      <div className="flex gap-4">
        <form className="flex w-64 shrink-0 flex-col gap-2" onSubmit={(e) => e.preventDefault()}>
          <label className="flex flex-col gap-1">
            {t('title')}
            <input
              className={field}
              value={options.title}
              onChange={(e) => set('title', e.target.value)}
            />
          </label>
          <label className="flex flex-col gap-1">
            {t('caption')}
            <textarea
              className={field}
              rows={3}
              value={options.caption}
              onChange={(e) => set('caption', e.target.value)}
            />
          </label>
          <Toggle checked={options.hideUnusedBridge} onChange={(on) => set('hideUnusedBridge', on)}>
            {t('hideUnusedBridge')}
          </Toggle>
          <Toggle checked={options.hideAddresses} onChange={(on) => set('hideAddresses', on)}>
            {t('hideAddresses')}
          </Toggle>
          <p className="text-xs text-slate-500">{t('addressesKept')}</p>
          <Toggle checked={options.transparent} onChange={(on) => set('transparent', on)}>
            {t('transparent')}
          </Toggle>
          <Toggle checked={options.column} onChange={(on) => set('column', on)}>
            {t('column', { width: COLUMN })}
          </Toggle>
          <p
            data-testid="text-size"
            className={`text-xs ${textSize < MIN_TEXT ? 'text-amber-700' : 'text-slate-500'}`}
          >
            {t('smallestText', {
              width: COLUMN,
              size: (Math.floor(textSize * 10) / 10).toFixed(1),
              min: textSize < MIN_TEXT ? MIN_TEXT : null,
            })}
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="button" className={primary} onClick={() => void run(exportSvg, 'SVG')}>
              {t('downloadSvg')}
            </button>
            <button type="button" className={primary} onClick={() => void run(exportPng, 'PNG')}>
              {t('downloadPng')}
            </button>
            <button
              type="button"
              className="rounded px-3 py-1 text-slate-700 hover:bg-slate-100"
              onClick={() => dialog.current?.close()}
            >
              {t('cancel')}
            </button>
          </div>
        </form>
        {/* Scrolls: a picture for a column is tall. Focusable, so the keyboard scrolls it too. */}
        <figure
          tabIndex={0}
          aria-label={t('preview')}
          className="max-h-[60vh] min-w-0 flex-1 overflow-auto rounded border border-slate-200 bg-[repeating-conic-gradient(#f1f5f9_0%_25%,#fff_0%_50%)] bg-[length:16px_16px] p-2"
        >
          <img src={preview} alt={t('previewAlt')} className="mx-auto max-w-full" />
        </figure>
      </div>
    </dialog>
  )
}

function Toggle({
  checked,
  onChange,
  children,
}: {
  checked: boolean
  onChange: (on: boolean) => void
  children: ReactNode
}) {
  return (
    <label className="flex items-center gap-2">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {children}
    </label>
  )
}
