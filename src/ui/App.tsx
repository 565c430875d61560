import { lazy, Suspense, useEffect, useState } from 'react'
import { ReactFlowProvider } from '@xyflow/react'
import { loadAutosave, saveAutosave } from '../io/browser/files'
import { appStore, SCENARIOS } from '../store'
import { Canvas } from './canvas/Canvas'
import { Inspector } from './inspector/Inspector'
import { Palette } from './palette/Palette'
import { Terminal } from './terminal/Terminal'
import { Toast } from './Toast'
import { applyTheme } from './theme'
import { Toolbar } from './toolbar/Toolbar'

// Panels load when first opened (first-paint budget).
const DiagnosticsPanel = lazy(() =>
  import('./diagnostics/DiagnosticsPanel').then((m) => ({ default: m.DiagnosticsPanel })),
)
const ReachMatrix = lazy(() =>
  import('./matrix/ReachMatrix').then((m) => ({ default: m.ReachMatrix })),
)
const ShortcutsDialog = lazy(() =>
  import('./help/ShortcutsDialog').then((m) => ({ default: m.ShortcutsDialog })),
)

function loadExample(id: string) {
  appStore.getState().loadExample(id)
}

/**
 * Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, Ctrl+C / Ctrl+V / Ctrl+D copy, paste and
 * duplicate containers, `?` shows the shortcuts (not while typing in a field).
 */
function onKey(e: KeyboardEvent, showHelp: () => void) {
  if (e.target instanceof HTMLElement && e.target.closest('input, textarea, select')) return
  if (e.key === '?' && !e.ctrlKey && !e.metaKey) {
    showHelp()
    e.preventDefault()
    return
  }
  if (!(e.ctrlKey || e.metaKey)) return
  const key = e.key.toLowerCase()
  const store = appStore.getState()
  // Ctrl+C over selected text copies the text, as everywhere else.
  if (key === 'c' && window.getSelection()?.toString()) return
  if (key === 'z' && !e.shiftKey) store.undo()
  else if ((key === 'z' && e.shiftKey) || key === 'y') store.redo()
  else if (key === 'c') store.copy()
  else if (key === 'v') void store.paste()
  else if (key === 'd') void store.duplicate()
  else return
  e.preventDefault()
}

function forgetExampleInUrl() {
  window.history.replaceState(null, '', window.location.pathname)
}

/**
 * Opens what the URL asks for: `?example=<id>`, the benchmarks' `?bench=<n>&seed=<s>`, or else
 * the autosaved document (a damaged autosave is refused with a toast). main.tsx calls it before
 * the first render, so the first paint already shows the picture.
 */
export function openFromUrl(search: string) {
  const query = new URLSearchParams(search)
  const id = query.get('example')
  const bench = Number(query.get('bench'))
  if (id && SCENARIOS.some((x) => x.id === id)) {
    // The diagram autosaved here stays one undo away under the example.
    appStore.getState().loadExample(id, loadAutosave() ?? undefined)
    // The example is now the autosaved diagram: a reload must keep the edits made to it.
    forgetExampleInUrl()
    return
  }
  if (!id && Number.isInteger(bench) && bench > 0 && bench <= 5000) {
    const seed = query.get('seed') ?? ''
    void appStore.getState().loadGenerated(bench, /^\d+$/.test(seed) ? Number(seed) : undefined)
    return
  }
  const saved = loadAutosave()
  if (saved) appStore.getState().openDocument(saved)
  // An unknown example: the autosave is back (no work lost) and the store says what was wrong.
  if (id) {
    loadExample(id)
    forgetExampleInUrl()
  }
}

/** Docknet's main screen: palette, canvas and inspector, over a docker terminal. */
export function App() {
  const [help, setHelp] = useState(false)
  const [doctor, setDoctor] = useState(false)
  const [matrix, setMatrix] = useState(false)
  useEffect(() => {
    // The CLI loads once the first picture is drawn, not while it is being drawn.
    const idle = window.requestIdleCallback?.(() => appStore.getState().warmUp(), { timeout: 2000 })
    const unsubscribeTheme = appStore.subscribe((s, prev) => {
      if (s.theme !== prev.theme) applyTheme(s.theme, true)
    })
    const keydown = (e: KeyboardEvent) => onKey(e, () => setHelp(true))
    window.addEventListener('keydown', keydown)
    // Autosave the document (world and layout) shortly after each change.
    let timer: ReturnType<typeof setTimeout> | undefined
    const unsubscribe = appStore.subscribe((s, prev) => {
      const same =
        s.shell.topology === prev.shell.topology &&
        s.positions === prev.positions &&
        s.sizes === prev.sizes
      // The benchmarks' generated world is kept out of the autosave until it is edited.
      if (same || (s.generated && s.past.length === 0)) return
      clearTimeout(timer)
      timer = setTimeout(() => saveAutosave(appStore.getState().saveDocument()), 300)
    })
    return () => {
      window.removeEventListener('keydown', keydown)
      unsubscribe()
      unsubscribeTheme()
      if (idle !== undefined) window.cancelIdleCallback(idle)
      clearTimeout(timer)
    }
  }, [])
  return (
    <ReactFlowProvider>
      <div className="flex h-screen flex-col bg-slate-50 text-slate-900">
        <Toolbar
          scenarios={SCENARIOS}
          onExample={loadExample}
          onHelp={() => setHelp(true)}
          onDiagnostics={() => setDoctor((open) => !open)}
          onMatrix={() => setMatrix(true)}
        />
        <main className="relative flex min-h-0 flex-1">
          <Palette />
          <section aria-label="Canvas" className="relative min-w-0 flex-1">
            <Canvas />
            {doctor ? (
              <Suspense fallback={null}>
                <DiagnosticsPanel onClose={() => setDoctor(false)} />
              </Suspense>
            ) : null}
          </section>
          <Inspector />
          <Toast />
        </main>
        <Terminal />
        {matrix ? (
          <Suspense fallback={null}>
            <ReachMatrix onClose={() => setMatrix(false)} />
          </Suspense>
        ) : null}
        {help ? (
          <Suspense fallback={null}>
            <ShortcutsDialog open onClose={() => setHelp(false)} />
          </Suspense>
        ) : null}
      </div>
    </ReactFlowProvider>
  )
}
