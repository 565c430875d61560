import { lazy, Suspense, useEffect, useState } from 'react'
import { ReactFlowProvider } from '@xyflow/react'
import { appStore, SCENARIOS } from '../store'
import { Canvas } from './canvas/Canvas'
import { Inspector } from './inspector/Inspector'
import { useAppStore } from '../store/react'
import { Palette } from './palette/Palette'
import { Terminal } from './terminal/Terminal'
import { Toast } from './Toast'
import { applyTheme } from './theme'
import { openSharedLater } from './open-from-url'
import { Toolbar } from './toolbar/Toolbar'
import { useT } from './i18n/language'
import { shellMessages } from './shell/messages'

// Panels load when first opened (first-paint budget).
const DiagnosticsPanel = lazy(() =>
  import('./diagnostics/DiagnosticsPanel').then((m) => ({ default: m.DiagnosticsPanel })),
)
const ReachMatrix = lazy(() =>
  import('./matrix/ReachMatrix').then((m) => ({ default: m.ReachMatrix })),
)
const Recovery = lazy(() => import('./Recovery').then((m) => ({ default: m.Recovery })))
const LessonsDialog = lazy(() => import('./lessons/LessonsDialog'))
const LessonPanel = lazy(() => import('./lessons/LessonPanel'))
const ShortcutsDialog = lazy(() =>
  import('./help/ShortcutsDialog').then((m) => ({ default: m.ShortcutsDialog })),
)

function loadExample(id: string) {
  void appStore.getState().loadExample(id)
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
  else if (key === 'v') {
    // Nothing copied on the canvas: the browser pastes its text (see onPaste).
    if (!store.clipboard) return
    void store.paste()
  } else if (key === 'd') void store.duplicate()
  else return
  e.preventDefault()
}

/**
 * Text pasted anywhere but a field: a compose file is imported, as if opened; docker commands
 * run as in the terminal; anything else says what can be pasted (store/paste-text.ts).
 */
function onPaste(e: ClipboardEvent) {
  if (e.target instanceof HTMLElement && e.target.closest('input, textarea, select')) return
  e.preventDefault()
  void appStore.getState().pasteText(e.clipboardData?.getData('text/plain') ?? '')
}

/** The autosaved diagram could not be opened: say why, offer it as a file and a fresh start. */
function SavedRecovery() {
  const recovery = useAppStore((s) => s.recovery)
  const startFresh = useAppStore((s) => s.startFresh)
  const t = useT(shellMessages)
  if (!recovery) return null
  return (
    <Suspense fallback={null}>
      <Recovery
        title={t('savedNotOpened')}
        reason={recovery.reason}
        diagram={() => recovery.text}
        onStartFresh={startFresh}
      />
    </Suspense>
  )
}

/** Docknet's main screen: palette, canvas and inspector, over a docker terminal. */
export function App() {
  const [help, setHelp] = useState(false)
  const [doctor, setDoctor] = useState(false)
  const [lessonList, setLessonList] = useState(false)
  // The lesson panel's code loads with the first lesson: the list, an address, a file.
  const lessons = useAppStore((s) => s.lessons)
  const matrix = useAppStore((s) => s.reachMatrix)
  const showMatrix = useAppStore((s) => s.showMatrix)
  const closeMatrix = useAppStore((s) => s.closeMatrix)
  const t = useT(shellMessages)
  useEffect(() => {
    // The CLI loads once the first picture is drawn, not while it is being drawn.
    const idle = window.requestIdleCallback?.(() => appStore.getState().warmUp(), { timeout: 2000 })
    const unsubscribeTheme = appStore.subscribe((s, prev) => {
      if (s.theme !== prev.theme) applyTheme(s.theme, true)
    })
    const keydown = (e: KeyboardEvent) => onKey(e, () => setHelp(true))
    window.addEventListener('keydown', keydown)
    // A share link pasted into the address bar of an open Docknet.
    window.addEventListener('hashchange', openSharedLater)
    window.addEventListener('paste', onPaste)
    return () => {
      window.removeEventListener('keydown', keydown)
      window.removeEventListener('hashchange', openSharedLater)
      window.removeEventListener('paste', onPaste)
      unsubscribeTheme()
      if (idle !== undefined) window.cancelIdleCallback(idle)
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
          onMatrix={() => showMatrix()}
          onLessons={() => {
            setLessonList(true)
            appStore.setState({ lessons: true })
          }}
        />
        <main className="relative flex min-h-0 flex-1">
          <Palette />
          <section aria-label={t('canvasArea')} className="relative min-w-0 flex-1">
            <Canvas />
            <Toast />
            {doctor ? (
              <Suspense fallback={null}>
                <DiagnosticsPanel onClose={() => setDoctor(false)} />
              </Suspense>
            ) : null}
          </section>
          <Inspector
            lesson={
              lessons ? (
                <Suspense fallback={null}>
                  <LessonPanel app={appStore} />
                </Suspense>
              ) : null
            }
          />
        </main>
        <Terminal />
        {matrix ? (
          <Suspense fallback={null}>
            <ReachMatrix initial={matrix === 'open' ? null : matrix} onClose={closeMatrix} />
          </Suspense>
        ) : null}
        <SavedRecovery />
        {lessonList ? (
          <Suspense fallback={null}>
            <LessonsDialog app={appStore} onClose={() => setLessonList(false)} />
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
