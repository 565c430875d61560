/**
 * The export menu's items, loaded when the menu first opens (first-paint budget): each format,
 * what it makes, and how it is written.
 */
import { useEffect, useRef } from 'react'
import { useReactFlow, type ReactFlowInstance } from '@xyflow/react'
import { appStore, type AppState } from '../../store'
import { translateNow, useT } from '../i18n/language'
import type { Translate } from '../i18n/catalog'
import { exportMessages, type ExportMessages } from '../export/messages'

/** Export code loads when first used (first-paint budget). */
const loadExport = () => import('../export/export')
type ExportModule = Awaited<ReturnType<typeof loadExport>>

type Words = Translate<ExportMessages>

interface Format {
  /** The menu item's text; its accessible name is "Export <label>". */
  readonly label: (t: Words) => string
  readonly hint: (t: Words) => string
  /** Writes the file; none for the picture, whose dialog asks how first. */
  readonly run?: (m: ExportModule, flow: ReactFlowInstance, state: AppState) => Promise<void>
}

const FORMATS: readonly Format[] = [
  { label: (t) => t('picture'), hint: (t) => t('pictureHint') },
  {
    label: () => 'Mermaid',
    hint: (t) => t('mermaidHint'),
    run: async (m, flow, state) => m.exportMermaid(flow, state),
  },
  {
    label: () => 'draw.io',
    hint: (t) => t('drawioHint'),
    run: async (m, flow, state) => m.exportDrawio(flow, state),
  },
  {
    label: () => 'compose',
    hint: (t) => t('composeHint'),
    run: async (m, _flow, state) => m.exportCompose(state),
  },
  {
    label: (t) => t('script'),
    hint: (t) => t('scriptHint'),
    run: async (m, _flow, state) => m.exportScript(state),
  },
  {
    label: (t) => t('verify'),
    hint: (t) => t('verifyHint'),
    run: async (m, _flow, state) => m.exportVerify(state),
  },
  {
    label: (t) => t('share'),
    hint: (t) => t('shareHint'),
    run: async (_m, _flow, state) => copyShareLink(state),
  },
]

/** Copies a link that opens a copy of the diagram, or says why none is made. */
async function copyShareLink(state: AppState) {
  const t = translateNow(exportMessages)
  const link = await state.shareLink(`${window.location.origin}${window.location.pathname}`)
  if (!link.ok)
    return state.notify({ kind: 'error', said: { code: 'cannot-share', problem: link.problem } })
  const size = t('characters', { n: link.url.length.toLocaleString('en') })
  // The clipboard exists only on secure pages (https, localhost): elsewhere the link is shown
  // in a field to copy from.
  const copied = await navigator.clipboard?.writeText(link.url).then(
    () => true,
    () => false,
  )
  if (!copied) window.prompt(t('copyPrompt', { size }), link.url)
  state.notify({
    kind: 'info',
    text: `${t('linkDone', { copied: !!copied, size })}${link.note ? `\n${link.note}` : ''}`,
  })
}

/** Runs an export; one that fails (a PNG the browser cannot encode...) says so. */
async function exporting(format: Format, flow: ReactFlowInstance) {
  if (!format.run) return
  const t = translateNow(exportMessages)
  try {
    await format.run(await loadExport(), flow, appStore.getState())
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    appStore
      .getState()
      .notify({ kind: 'error', text: t('failed', { format: format.label(t), why }) })
  }
}

/** The menu's items; `onPicture` opens the picture export's dialog. */
export default function ExportFormats({
  onChosen,
  onPicture,
}: {
  onChosen(): void
  onPicture(): void
}) {
  const flow = useReactFlow()
  const t = useT(exportMessages)
  const list = useRef<HTMLDivElement>(null)
  useEffect(() => list.current?.querySelector('button')?.focus(), [])
  return (
    <div ref={list}>
      {FORMATS.map((f) => (
        <button
          key={f.label(t)}
          role="menuitem"
          aria-label={t('exportFormat', { format: f.label(t) })}
          onClick={() => {
            onChosen()
            if (f.run) void exporting(f, flow)
            else onPicture()
          }}
          className="flex w-full items-baseline gap-2 px-3 py-1.5 text-left hover:bg-slate-100 focus-visible:bg-slate-100 focus-visible:outline-none"
        >
          <span className="font-medium whitespace-nowrap text-slate-900">{f.label(t)}</span>
          <span className="text-xs text-slate-500">{f.hint(t)}</span>
        </button>
      ))}
    </div>
  )
}
