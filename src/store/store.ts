/**
 * The application store (zustand vanilla), made of three slices (zustand's slice pattern):
 * - document (document-slice.ts): the world, positions and sizes — saved, undoable;
 * - view (view-slice.ts): React Flow's nodes and edges, reconciled after every change;
 * - session (session-slice.ts): transcript, selection, messages — never saved;
 * and the canvas's gestures (gesture-actions.ts) and paste (paste-text.ts). Every change to
 * the document is a transaction (transact.ts), whether typed in the terminal or made by a
 * gesture, so the canvas always shows the docker command it ran. The CLI itself loads right
 * after first paint: a saved document is drawn without it.
 */
import { createStore } from 'zustand/vanilla'
import { createShell, type ShellState } from '../cli/state'
import type { AppState, Cli, LiveNodes } from './app-state'
import { documentSlice } from './document-slice'
import { viewOf } from './document-view'
import { topologyEdges } from './flow-edges'
import { gestureActions } from './gesture-actions'
import { sessionSlice } from './session-slice'
import { makeTransact, type TransactionListener } from './transact'
import { viewSlice } from './view-slice'

export type {
  AppState,
  Fix,
  InspectorTab,
  LiveNodes,
  RefusalFix,
  Toast,
  TranscriptEntry,
} from './app-state'

/** The Go template engine, loaded after first paint (it is only needed for tables and --format). */
const loadFullCli = () => import('../cli/index')

export interface StoreOptions {
  /** The simulated CLI when it is already at hand (tests, Node); otherwise `loadCli` fetches it. */
  readonly cli?: Cli
  readonly loadCli?: () => Promise<Cli>
}

/** The simulated CLI, as it arrives: work waits for it, in the order it was asked. */
function cliLoader(options: StoreOptions) {
  const loadCli = options.loadCli ?? loadFullCli
  let cli = options.cli
  let loading: Promise<Cli> | undefined
  return (work: (cli: Cli) => void) => {
    if (cli) return work(cli)
    loading ??= loadCli().then((m) => (cli = m))
    void loading.then(work)
  }
}

/** A shell that renders --format and tables (shells restored from a document have no engine). */
const ready = (c: Cli, shell: ShellState): ShellState =>
  shell.templates ? shell : { ...shell, templates: c.renderGoTemplate }

export function createDocknetStore(
  initial: ShellState = createShell(),
  options: StoreOptions = {},
) {
  const withCli = cliLoader(options)
  const live = createStore<LiveNodes>()(() => ({ nodes: null }))
  const listeners = new Set<TransactionListener>()
  return createStore<AppState>()((set, get) => {
    const { transact, commit } = makeTransact({ get, set, withCli, ready, listeners })
    const commitDocument: Parameters<typeof viewSlice>[0]['commit'] = (change, a) =>
      commit(change, null, a)
    return {
      ...sessionSlice(set),
      ...documentSlice({ get, set, withCli, transact, commit, listeners }, initial),
      ...viewSlice({ get, set, commit: commitDocument, live }),
      ...viewOf(initial, {}, {}, []),
      ...gestureActions({ get, set, transact }),
      // Pasting waits for the CLI to split the lines anyway: its code loads with the first paste.
      pasteText: async (text) =>
        (await import('./paste-text')).pasteActions({ get, set, withCli }).pasteText(text),
      // After the next paint: at 500 containers the search takes about a second (cli/fixes.ts).
      fixesFor: (fromId, name, port) =>
        new Promise((resolve) =>
          setTimeout(() =>
            withCli((c) => {
              const { shell } = get()
              const from = shell.topology.containers.get(fromId)
              resolve(from ? c.proposeFixes(shell, from, name, port) : [])
            }),
          ),
        ),
      preview: null,
      // Its code loads with the first preview; the views it draws with are the first paint's.
      previewFix: async (commands, rule) =>
        (await import('./fix-preview')).previewFix(
          { get, set, withCli, viewOf, topologyEdges },
          commands,
          rule,
        ),
      clearPreview: () => set({ preview: null }),
      refusalFixes: (command, host, refused) =>
        new Promise((resolve) =>
          withCli((c) => resolve(c.fixRefusal(get().shell, command, host, refused))),
        ),
      noteFixes: async (note) => {
        const { noteCandidates, isNoted } = await import('./note-fixes')
        return new Promise((resolve) =>
          withCli((c) => {
            const { shell } = get()
            const candidates = noteCandidates(shell.topology, shell.currentHost, note)
            resolve(c.verifiedFixes(shell, candidates, (after) => !isNoted(after, note)))
          }),
        )
      },
      complete: (line) =>
        new Promise((resolve) => withCli((c) => resolve(c.complete(get().shell, line)))),
    }
  })
}

export type AppStore = ReturnType<typeof createDocknetStore>

/** The app's single store. Tests create their own with createDocknetStore(). */
export const appStore = createDocknetStore()
