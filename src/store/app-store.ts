/**
 * The one application store (zustand vanilla). Scopes, after tldraw's record scopes:
 * - document: the shell state (topology, current host) and node positions — saved, undoable;
 * - view: React Flow nodes and edges, reconciled from the document after every change;
 * - session: transcript, selection, inspector tab, toasts — never saved.
 * Every change to the world goes through the simulated CLI (`execute`), whether typed in the
 * terminal or made by a canvas gesture, so the canvas always shows the docker command it ran.
 * The CLI itself loads right after first paint: a saved document is drawn without it.
 */
import { createStore } from 'zustand/vanilla'
import { createShell, type ShellState } from '../cli/state'
import type { AppState, Cli, LiveNodes, Snapshot } from './app-state'
import { documentActions } from './document-actions'
import { insideHost, nodeChanges } from './node-changes'
import {
  carryRecreated,
  decorateTrace,
  HISTORY_LIMIT,
  hostCards,
  placeBeside,
  snapshotOf,
  viewOf,
} from './document-view'
import { nodeId } from './ids'
import type { EdgeGesture } from './edge-gestures'
import { deleteCommands, dropCommands } from './gestures'
import { traceBetween, type Trace } from './trace'

export type { AppState, InspectorTab, LiveNodes, Toast, TranscriptEntry } from './app-state'

/**
 * Edges and form edits that recreate containers: they load on first use (first-paint budget).
 * Network attachments go the same way, so every drawn edge is handled in one place.
 */
const loadRecreateGestures = () => import('./recreate-gestures')

/** The Go template engine, loaded after first paint (it is only needed for tables and --format). */
const loadFullCli = () => import('../cli/index')

export interface StoreOptions {
  /** The simulated CLI when it is already at hand (tests, Node); otherwise `loadCli` fetches it. */
  readonly cli?: Cli
  readonly loadCli?: () => Promise<Cli>
}

export function createAppStore(initial: ShellState = createShell(), options: StoreOptions = {}) {
  const loadCli = options.loadCli ?? loadFullCli
  let cli = options.cli
  let loading: Promise<Cli> | undefined
  /**
   * Runs `work` once the simulated CLI is in. In the browser it loads right after first paint
   * (the first paint draws a saved document without it); lines run in the order they came.
   */
  const withCli = (work: (cli: Cli) => void) => {
    if (cli) return work(cli)
    loading ??= loadCli().then((m) => (cli = m))
    void loading.then(work)
  }
  /** A shell that renders --format and tables (shells restored from a document have no engine). */
  const ready = (c: Cli, shell: ShellState): ShellState =>
    shell.templates ? shell : { ...shell, templates: c.renderGoTemplate }
  const live = createStore<LiveNodes>()(() => ({ nodes: null }))
  return createStore<AppState>()((set, get) => {
    /** Moves to a new document state, recording the old one for undo. */
    const commit = (shell: ShellState, made: string, extra: Partial<AppState> = {}) => {
      const s = get()
      const changed = shell.topology !== s.shell.topology
      const past = changed ? [...s.past, snapshotOf(s)].slice(-HISTORY_LIMIT) : s.past
      const carried = changed
        ? carryRecreated(s.shell.topology, shell.topology, s.positions, s.selection)
        : { positions: s.positions, selection: s.selection }
      set({
        shell,
        selection: carried.selection,
        ...(changed ? viewOf(shell, carried.positions, s.sizes, s.nodes) : {}),
        past,
        future: changed ? [] : s.future,
        // Changed, the world is no longer the example it was loaded from (moves keep it).
        ...(changed ? { made, example: null } : {}),
        ...extra,
      })
      // A trace belongs to the world it was drawn on.
      if (changed && get().trace) set(showTrace(null))
    }
    /** Goes back or forward to `snap`; a toast says what was undone or redone. */
    const restore = (
      snap: Snapshot,
      past: readonly Snapshot[],
      future: readonly Snapshot[],
      said: string,
    ) => {
      const s = get()
      set({
        shell: snap.shell,
        ...viewOf(snap.shell, snap.positions, snap.sizes, s.nodes),
        past,
        future,
        made: snap.made,
        example: snap.example,
        status: null,
        toast: { kind: 'info', text: said },
      })
      if (get().trace) set(showTrace(null))
    }
    /**
     * Shows a trace (or none) on the canvas: the state and the classes of what it passes, on
     * `nodes` (the current ones unless a change is applying new ones).
     */
    const showTrace = (trace: Trace | null, nodes = get().nodes): Partial<AppState> => {
      const s = get()
      if (!trace && !s.trace) return { trace: null }
      return {
        trace,
        nodes: decorateTrace(nodes, trace?.nodes ?? null, undefined),
        edges: decorateTrace(s.edges, trace?.edges ?? null, 'dn-dimmed'),
      }
    }
    /** Runs the commands a recreating gesture built, or says why it cannot be done. */
    const attempt = async (g: EdgeGesture | null): Promise<boolean> => {
      if (!g) return false
      if (!g.ok) {
        set({ toast: { kind: 'error', text: g.reason } })
        return false
      }
      return g.lines.length === 0 || get().runGesture(...g.lines)
    }
    return {
      shell: initial,
      ...viewOf(initial, {}, {}, []),
      past: [],
      future: [],
      transcript: [],
      selection: null,
      tab: 'hosts',
      toast: null,
      status: null,
      loads: 0,
      opened: 0,
      saveState: { kind: 'saved', at: 0 },
      recovery: null,
      edgeMode: 'link',
      theme: 'light',
      clipboard: null,
      trace: null,
      dragging: false,
      generated: false,
      example: null,
      made: 'nothing yet',
      live,

      runCommand(line) {
        withCli((c) => {
          const shell = ready(c, get().shell)
          const r = c.execute(shell, line)
          // A line typed inside a container's shell shows that shell's prompt.
          const entry = { command: line, host: r.host, ...r.output, inside: shell.inside !== null }
          commit(r.state, line, { transcript: [...get().transcript, entry] })
        })
      },

      runGesture(...lines) {
        return new Promise<boolean>((resolve) =>
          withCli((c) => {
            let shell = ready(c, get().shell)
            const transcript = [...get().transcript]
            for (const line of lines) {
              const r = c.execute(shell, line)
              transcript.push({ command: line, host: r.host, ...r.output })
              if (r.output.exitCode !== 0) {
                const toast = { kind: 'error' as const, text: r.output.stderr.trim() }
                // The transcript says what Docker refused, and that nothing before it stayed.
                const undone = lines.length > 1 ? '(nothing changed: the gesture was undone)\n' : ''
                const refused = {
                  command: lines.join(' && '),
                  host: r.host,
                  ...r.output,
                  stderr: r.output.stderr + undone,
                }
                set({ transcript: [...get().transcript, refused], toast, status: line })
                return resolve(false)
              }
              shell = r.state
            }
            const ran = lines.join(' && ')
            commit(shell, ran, { transcript, status: ran, toast: null })
            resolve(true)
          }),
        )
      },

      async drop(item, under, at) {
        const { shell, nodes } = get()
        const before = new Set(nodes.map((n) => n.id))
        const lines = dropCommands(shell.topology, shell.currentHost, item, under)
        if (!(await get().runGesture(...lines)) || !at) return false
        // What the drop made sits where it was dropped (its top-left corner near the pointer).
        const s = get()
        const positions = { ...s.positions }
        for (const n of s.nodes.filter((x) => !before.has(x.id))) {
          // A new host's own bridge keeps its default place inside it.
          if (n.parentId && !before.has(n.parentId)) continue
          const host = n.parentId ? s.nodes.find((p) => p.id === n.parentId) : undefined
          positions[n.id] = host
            ? insideHost(n.id, { x: at.x - host.position.x - 24, y: at.y - host.position.y - 14 })
            : at
        }
        set({ ...viewOf(s.shell, positions, s.sizes, s.nodes) })
        return true
      },

      remove(nodeIds, edgeIds) {
        const { shell } = get()
        if (nodeIds.some((id) => id.startsWith('host:')))
          set({ toast: { kind: 'info', text: 'Hosts stay: remove their containers instead.' } })
        const lines = deleteCommands(shell.topology, shell.currentHost, nodeIds, edgeIds)
        if (lines.length > 0) void get().runGesture(...lines)
      },

      async connect(source, target) {
        if (!source || !target) return
        const { edgeGesture } = await loadRecreateGestures()
        const { shell, edgeMode } = get()
        const g = edgeGesture(shell.topology, shell.currentHost, source, target, edgeMode)
        await attempt(g)
      },

      async editContainer(id, form) {
        const { editCommands } = await loadRecreateGestures()
        const { shell } = get()
        return attempt(editCommands(shell.topology, shell.currentHost, id, form))
      },

      setEdgeMode(edgeMode) {
        set({ edgeMode })
      },

      setTheme(theme) {
        set({ theme })
      },

      setSaveState(saveState) {
        set({ saveState })
      },

      copy() {
        const { nodes, shell, selection } = get()
        const picked = nodes.filter((n) => n.selected).map((n) => n.id)
        const ids = (picked.length > 0 ? picked : selection ? [selection] : [])
          .filter((id) => id.startsWith('container:'))
          .map((id) => id.slice('container:'.length))
        if (ids.length > 0) set({ clipboard: { topology: shell.topology, ids } })
      },

      async paste() {
        const clip = get().clipboard
        if (!clip) return false
        const { copyCommands } = await loadRecreateGestures()
        const { shell } = get()
        // Only the copied containers that still exist can be copied again.
        const ids = clip.ids.filter((id) => shell.topology.containers.has(id))
        const copies = copyCommands(shell.topology, shell.currentHost, ids)
        if (copies.lines.length === 0) return false
        const ok = await get().runGesture(...copies.lines)
        if (!ok) return false
        // Each copy sits beside its original, on no other card; the copies become the selection.
        const { positions, shell: after, nodes } = get()
        const moved = { ...positions }
        const taken = new Map<string, ReturnType<typeof hostCards>>()
        const made: string[] = []
        for (const m of copies.made) {
          const copy = [...after.topology.containers.values()].find(
            (c) => c.host === m.host && c.name === m.name,
          )
          const original = nodes.find((n) => n.id === nodeId.container(m.from))
          const at = positions[nodeId.container(m.from)]
          if (!copy || !original || !at) continue
          const host = nodeId.host(m.host)
          const cards = taken.get(host) ?? hostCards(nodes, positions, host)
          taken.set(host, cards)
          const key = nodeId.container(copy.id)
          const [from] = hostCards([original], positions, host)
          if (from) moved[key] = placeBeside(from, cards)
          made.push(key)
        }
        const view = viewOf(after, moved, get().sizes, get().nodes)
        const picked = new Set(made)
        set({
          ...view,
          nodes: view.nodes.map((n) =>
            picked.has(n.id) === !!n.selected ? n : { ...n, selected: picked.has(n.id) },
          ),
          selection: made[0] ?? get().selection,
        })
        return true
      },

      async moveToHost(id, host, at) {
        const { moveCommands } = await loadRecreateGestures()
        const { shell } = get()
        const name = shell.topology.containers.get(id)?.name
        if (!(await attempt(moveCommands(shell.topology, shell.currentHost, id, host))))
          return false
        const after = get().shell.topology
        const moved = [...after.containers.values()].find((c) => c.host === host && c.name === name)
        if (moved) {
          const positions = { ...get().positions, [nodeId.container(moved.id)]: at }
          set({ ...viewOf(get().shell, positions, get().sizes, get().nodes) })
        }
        return true
      },

      async duplicate() {
        get().copy()
        return get().paste()
      },

      ...documentActions({ get, set, withCli, showTrace }),

      warmUp() {
        withCli(() => {})
      },

      undo() {
        const { past, future } = get()
        const prev = past.at(-1)
        if (prev)
          restore(prev, past.slice(0, -1), [snapshotOf(get()), ...future], `Undone: ${get().made}`)
      },

      redo() {
        const { past, future } = get()
        const next = future[0]
        if (next)
          restore(next, [...past, snapshotOf(get())], future.slice(1), `Redone: ${next.made}`)
      },

      select(selection) {
        if (selection !== get().selection) set({ selection, ...showTrace(null) })
      },

      traceTo(toId) {
        const { selection, shell } = get()
        if (!selection?.startsWith('container:')) return
        set(showTrace(traceBetween(shell.topology, selection.slice('container:'.length), toId)))
      },

      clearTrace() {
        set(showTrace(null))
      },

      focus(id) {
        const nodes = get().nodes.map((n) =>
          (n.id === id) === !!n.selected ? n : { ...n, selected: n.id === id },
        )
        set({ selection: id, nodes, ...showTrace(null, nodes) })
      },

      setTab(tab) {
        set({ tab })
      },

      notify(toast) {
        set({ toast })
      },

      dismissToast() {
        set({ toast: null })
      },

      onNodesChange: nodeChanges({ get, set, live, showTrace }),
    }
  })
}

export type AppStore = ReturnType<typeof createAppStore>

/** The app's single store. Tests create their own with createAppStore(). */
export const appStore = createAppStore()
