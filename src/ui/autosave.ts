/**
 * Wires the app store to the browser's autosave (io/browser/autosave.ts): opens the saved
 * diagram at start, saves each change, flushes when the tab is hidden or closed, and starts a
 * new saved diagram whenever one replaces another (so the replaced one goes to Recent).
 * It loads just after first paint (main.tsx), as the saved diagram is read asynchronously
 * from IndexedDB anyway; the canvas refits when it opens.
 */
import {
  Autosaver,
  detailOf,
  type AutosaveRecord,
  type DiagramAbout,
  type SavedDiagram,
  type SaveState,
  type TabChannel,
} from '../io/browser/autosave'
import { browserEmergency, browserSlots, legacyAutosave } from '../io/browser/slots'
import { appStore, SCENARIOS, type AppState } from '../store'
import { translateNow } from './i18n/language'
import { shellMessages } from './shell/messages'
import { openFromUrl, type Opened } from './open-from-url'

/** The terminal lines kept with a saved diagram (its history comes back after a reload). */
const TRANSCRIPT_KEPT = 500

let saver: Autosaver | null = null
/** The save state last reported. */
let latest: SaveState | null = null

/** What a diagram is, in the recent list. */
function aboutOf(s: AppState): DiagramAbout {
  if (SCENARIOS.some((x) => x.id === s.example)) return { kind: 'example', id: s.example ?? '' }
  const t = s.shell.topology
  return {
    kind: 'counts',
    containers: t.containers.size,
    networks: t.networks.size,
    hosts: t.hosts.size,
  }
}

/** The same in English, for the recent list of a Docknet before `about`. */
function titleOf(about: DiagramAbout): string {
  if (about.kind === 'example') return SCENARIOS.find((x) => x.id === about.id)?.title ?? about.id
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`
  return `${count(about.containers, 'container')}, ${count(about.networks, 'network')}, ${count(about.hosts, 'host')}`
}

function diagramOf(s: AppState): SavedDiagram | null {
  // The benchmarks' generated world is kept out of the autosave until it is edited.
  if (s.generated && s.past.length === 0) return null
  const about = aboutOf(s)
  return {
    text: s.saveDocument(),
    transcript: s.transcript.slice(-TRANSCRIPT_KEPT),
    title: titleOf(about),
    about,
  }
}

/**
 * A random id. crypto.randomUUID exists only on secure pages (https, localhost); a classroom
 * server on plain http has getRandomValues only.
 */
function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  return [...crypto.getRandomValues(new Uint8Array(16))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
}

function makeSaver(): Autosaver {
  const broadcast = typeof BroadcastChannel === 'function' ? new BroadcastChannel('docknet') : null
  const channel: TabChannel | null = broadcast && {
    post: (m) => broadcast.postMessage(m),
    listen: (hear) => broadcast.addEventListener('message', (e) => hear(e.data)),
  }
  return new Autosaver({
    slots: browserSlots(),
    tab: randomId(),
    emergency: browserEmergency(),
    now: () => Date.now(),
    newId: randomId,
    report: (state) => {
      const store = appStore.getState()
      // A failure or another tab's save is also said once in a toast, not only in the toolbar.
      if (state.kind === 'failed' && store.saveState.kind !== 'failed')
        store.notify({
          kind: 'error',
          text: translateNow(shellMessages)('notSavedHere', { reason: state.reason }),
        })
      if (state.kind === 'conflict' && store.saveState.kind !== 'conflict')
        store.notify({
          kind: 'info',
          text: translateNow(shellMessages)('otherTabToast'),
        })
      latest = state
      // "Saving…" is said after the change's paint: a store update before it would run every
      // card's selector a second time for the change (bench:ui, a rename at 500 containers).
      if (state.kind !== 'pending') store.setSaveState(state)
      else
        requestAnimationFrame(() =>
          setTimeout(() => {
            if (latest === state) appStore.getState().setSaveState(state)
          }),
        )
    },
    ...(channel ? { channel } : {}),
  })
}

/**
 * Reads the autosaved diagram (null when there is none or storage cannot be read, which the
 * save state then says).
 */
async function loadSaved(): Promise<AutosaveRecord | { text: string; transcript: [] } | null> {
  saver = makeSaver()
  try {
    const saved = await saver.load()
    if (saved) return saved
  } catch (e) {
    appStore.getState().setSaveState({
      kind: 'failed',
      reason: { kind: 'unreadable', detail: detailOf(e) },
    })
  }
  const legacy = legacyAutosave()
  return legacy ? { text: legacy, transcript: [] } : null
}

/** Saves every change from now on; `opened` says what the diagram shown is. */
function startAutosave(opened: Opened): void {
  const s = saver ?? (saver = makeSaver())
  const save = () => s.changed(() => diagramOf(appStore.getState()))
  // An example or a generated world opened over the saved diagram is a diagram of its own.
  if (opened !== 'continued') s.replaced()
  if (opened === 'replaced' || opened === 'opened') save()
  let serial = appStore.getState().opened
  appStore.subscribe((now, prev) => {
    // Nothing is saved over a damaged autosave until the recovery screen is answered.
    if (now.recovery) return
    if (now.opened !== serial) {
      serial = now.opened
      s.replaced()
    }
    const same =
      now.shell.topology === prev.shell.topology &&
      now.positions === prev.positions &&
      now.sizes === prev.sizes &&
      now.compose === prev.compose &&
      now.transcript === prev.transcript &&
      now.recovery === prev.recovery
    if (!same) save()
  })
  window.addEventListener('pagehide', () => void s.hide())
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void s.hide()
  })
}

/** The diagrams replaced in this browser, newest first. */
export function recentDiagrams(): Promise<AutosaveRecord[]> {
  return saver ? saver.recent() : Promise.resolve([])
}

/** After another tab saved: this tab's diagram is saved over it (the other's goes to Recent). */
export function keepThisTab(): Promise<void> {
  return saver ? saver.keepThisTab(() => diagramOf(appStore.getState())) : Promise.resolve()
}

/** Opens what the address asks for over the autosaved diagram, then saves every change. */
export async function startFromStorage(search: string): Promise<void> {
  const untouched = appStore.getState().shell
  try {
    const saved = await loadSaved()
    // A change made while the save was read (New, a drop) wins: the saved diagram is not
    // opened over it, and goes to Recent diagrams when the change is saved.
    const acted = appStore.getState().shell !== untouched
    const opened = acted ? (saved ? 'replaced' : 'fresh') : await openFromUrl(search, saved)
    // What is shown is what is saved: the toolbar says so from the start.
    if (opened === 'continued' && saved && 'savedAt' in saved)
      appStore.getState().setSaveState({ kind: 'saved', at: saved.savedAt })
    startAutosave(opened)
  } finally {
    appStore.setState({ starting: false })
  }
}
