/**
 * The export menu's items, loaded when the menu first opens (first-paint budget): each format,
 * what it makes, and how it is written.
 */
import { useEffect, useRef } from 'react'
import { useReactFlow, type ReactFlowInstance } from '@xyflow/react'
import { appStore, type AppState } from '../../store'

/** Export code loads when first used (first-paint budget). */
const loadExport = () => import('../export/export')
type ExportModule = Awaited<ReturnType<typeof loadExport>>

interface Format {
  /** The menu item's text; its accessible name is "Export <label>". */
  readonly label: string
  readonly hint: string
  /** Writes the file; none for the picture, whose dialog asks how first. */
  readonly run?: (m: ExportModule, flow: ReactFlowInstance, state: AppState) => Promise<void>
}

const FORMATS: readonly Format[] = [
  { label: 'picture', hint: 'SVG or PNG, previewed, with a title and options' },
  {
    label: 'Mermaid',
    hint: 'a flowchart for Markdown docs',
    run: async (m, flow, state) => m.exportMermaid(flow, state),
  },
  {
    label: 'draw.io',
    hint: 'an editable diagram for diagrams.net',
    run: async (m, flow, state) => m.exportDrawio(flow, state),
  },
  {
    label: 'compose',
    hint: 'a compose file per host, that imports back the same',
    run: async (m, _flow, state) => m.exportCompose(state),
  },
  {
    label: 'docker script',
    hint: 'the commands that build it again',
    run: async (m, _flow, state) => m.exportScript(state),
  },
  {
    label: 'verify script',
    hint: 'builds it on real Docker and checks every fact',
    run: async (m, _flow, state) => m.exportVerify(state),
  },
  {
    label: 'share link',
    hint: 'copied: it opens a copy of this diagram',
    run: async (_m, _flow, state) => copyShareLink(state),
  },
]

/** Copies a link that opens a copy of the diagram, or says why none is made. */
async function copyShareLink(state: AppState) {
  const link = await state.shareLink(`${window.location.origin}${window.location.pathname}`)
  if (!link.ok) return state.notify({ kind: 'error', text: link.error })
  const size = `${link.url.length.toLocaleString('en')} characters`
  // The clipboard exists only on secure pages (https, localhost): elsewhere the link is shown
  // in a field to copy from.
  const copied = await navigator.clipboard?.writeText(link.url).then(
    () => true,
    () => false,
  )
  if (!copied)
    window.prompt(`Copy this link (${size}); the page may not use the clipboard:`, link.url)
  state.notify({
    kind: 'info',
    text: `Link ${copied ? 'copied' : 'made'} (${size}): whoever opens it gets a copy of this diagram.${link.note ? `\n${link.note}` : ''}`,
  })
}

/** Runs an export; one that fails (a PNG the browser cannot encode...) says so. */
async function exporting(format: Format, flow: ReactFlowInstance) {
  if (!format.run) return
  try {
    await format.run(await loadExport(), flow, appStore.getState())
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    appStore.getState().notify({ kind: 'error', text: `The ${format.label} export failed: ${why}` })
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
  const list = useRef<HTMLDivElement>(null)
  useEffect(() => list.current?.querySelector('button')?.focus(), [])
  return (
    <div ref={list}>
      {FORMATS.map((f) => (
        <button
          key={f.label}
          role="menuitem"
          aria-label={`Export ${f.label}`}
          onClick={() => {
            onChosen()
            if (f.run) void exporting(f, flow)
            else onPicture()
          }}
          className="flex w-full items-baseline gap-2 px-3 py-1.5 text-left hover:bg-slate-100 focus-visible:bg-slate-100 focus-visible:outline-none"
        >
          <span className="font-medium whitespace-nowrap text-slate-900">{f.label}</span>
          <span className="text-xs text-slate-500">{f.hint}</span>
        </button>
      ))}
    </div>
  )
}
