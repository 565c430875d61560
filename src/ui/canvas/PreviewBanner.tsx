import { Panel } from '@xyflow/react'
import { useAppStore } from '../../store/react'
import { useT } from '../i18n/language'
import { useProse } from '../i18n/prose'
import { whyMessages } from '../why/messages'
import './preview.css'

/**
 * A fix previewed on the canvas: what it does, its commands, and Apply (one undo step, its
 * commands in the terminal) or Cancel. The ghosts show what it adds, dashed outlines the cards
 * it makes again, red dots the edges it takes away. Loaded with the first preview; what the fix
 * does is worded as it shows, in the language of the moment.
 */
export default function PreviewBanner() {
  const t = useT(whyMessages)
  const prose = useProse()
  const preview = useAppStore((s) => s.preview)
  const runGesture = useAppStore((s) => s.runGesture)
  const clear = useAppStore((s) => s.clearPreview)
  if (!preview) return null
  const button = 'rounded px-2 py-0.5'
  return (
    <Panel position="top-center">
      <section
        aria-label={t('fixPreview')}
        data-testid="fix-preview"
        className="flex max-w-xl items-start gap-2 rounded-md border border-fuchsia-400 bg-white/95 px-3 py-1.5 text-xs text-slate-700 shadow"
      >
        {/* Compact: the ghosts it describes are under it on the canvas. */}
        <details className="min-w-0 flex-1">
          <summary
            className="cursor-pointer font-semibold text-slate-900"
            title={t('previewLegendTitle')}
          >
            {t('previewOf', { why: prose.fixText(preview.rule) })}
          </summary>
          <pre className="my-1 overflow-x-auto font-mono text-[11px] whitespace-pre text-slate-700">
            {preview.commands.join('\n')}
          </pre>
          <p className="text-slate-500">{t('previewLegend')}</p>
        </details>
        <button
          type="button"
          onClick={() => {
            clear()
            void runGesture(...preview.commands)
          }}
          className={`${button} bg-slate-900 text-white hover:bg-slate-700`}
        >
          {t('apply')}
        </button>
        <button
          type="button"
          onClick={clear}
          className={`${button} border border-slate-300 hover:bg-slate-100`}
        >
          {t('cancel')}
        </button>
      </section>
    </Panel>
  )
}
