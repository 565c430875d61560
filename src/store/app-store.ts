/**
 * The one application store (zustand vanilla). Scopes, after tldraw's record scopes:
 * - document: the shell state (topology, current host) and node positions — saved, undoable;
 * - view: React Flow nodes and edges, reconciled from the document after every change;
 * - session: transcript, selection, inspector tab, toasts — never saved.
 * Every change to the world goes through the simulated CLI (`execute`), whether typed in the
 * terminal or made by a canvas gesture, so the canvas always shows the docker command it ran.
 */
import { applyNodeChanges, type NodeChange } from '@xyflow/react'
import { createStore } from 'zustand/vanilla'
import {
  createShell,
  execute,
  runScript,
  TEMPLATES_MISSING,
  type RenderTemplate,
  type ShellState,
} from '../cli/core'
import { fromJson, toJson } from '../io'
import { findScenario } from '../scenarios'
import { connectCommand, deleteCommands, dropCommands, type PaletteItem } from './gestures'
import {
  placeNew,
  reconcileNodes,
  topologyEdges,
  type FlowEdge,
  type FlowNode,
  type XY,
} from './flow-mapping'

export interface TranscriptEntry {
  readonly command: string
  readonly host: string
  readonly stdout: string
  readonly stderr: string
  readonly exitCode: number
}

export type InspectorTab = 'hosts' | 'env' | 'resolv' | 'dns' | 'reach' | 'inspect'

export interface Toast {
  readonly kind: 'error' | 'info'
  readonly text: string
}

interface Snapshot {
  readonly shell: ShellState
  readonly positions: Readonly<Record<string, XY>>
}

export interface AppState {
  readonly shell: ShellState
  readonly positions: Readonly<Record<string, XY>>
  readonly nodes: readonly FlowNode[]
  readonly edges: readonly FlowEdge[]
  readonly past: readonly Snapshot[]
  readonly future: readonly Snapshot[]
  readonly transcript: readonly TranscriptEntry[]
  readonly selection: string | null
  readonly tab: InspectorTab
  readonly toast: Toast | null
  /** The docker command the last gesture ran: the canvas teaches the CLI. */
  readonly status: string | null
  /** Counts wholesale replacements of the document (example, open, new): the canvas refits. */
  readonly loads: number

  /** Runs a typed line, as the terminal does; the output goes to the transcript. */
  runCommand(line: string): void
  /**
   * Runs the commands a gesture built, as one change (one undo step). If Docker refuses any,
   * its error is shown and nothing changes, not even the commands before it.
   */
  runGesture(...lines: string[]): boolean
  /** Drops a palette item on the canvas (the nodes under the drop point decide where). */
  drop(item: PaletteItem, under: readonly string[]): void
  /** Deletes nodes and attachment edges the way a user would in the terminal. */
  remove(nodeIds: readonly string[], edgeIds: readonly string[]): void
  /** An edge drawn between two nodes. */
  connect(source: string | null, target: string | null): void
  /** Replaces the world with the result of a script. */
  loadScript(source: string): void
  /** Opens a saved document; a broken or foreign one is refused and nothing changes. */
  openDocument(text: string): boolean
  /** The current diagram as a saved document (JSON). */
  saveDocument(): string
  /** A fresh world with one host. */
  newDocument(): void
  /** Loads the benchmarks' seeded topology of about `n` containers (`/?bench=<n>&seed=<s>`). */
  loadGenerated(n: number, seed?: number): Promise<void>
  /** Loads one of the examples (`/?example=<id>`); false when there is no such example. */
  loadExample(id: string): boolean
  undo(): void
  redo(): void
  select(nodeId: string | null): void
  setTab(tab: InspectorTab): void
  dismissToast(): void
  onNodesChange(changes: NodeChange<FlowNode>[]): void
}

const HISTORY_LIMIT = 100

/** View of a document: positions for new entities, reconciled nodes, edges. */
function viewOf(
  shell: ShellState,
  positions: Readonly<Record<string, XY>>,
  nodes: readonly FlowNode[],
) {
  const placed = placeNew(shell.topology, positions)
  return {
    positions: placed,
    nodes: reconcileNodes(shell.topology, placed, nodes),
    edges: topologyEdges(shell.topology),
  }
}

/** The Go template engine, loaded after first paint (it is only needed for tables and --format). */
const loadGoTemplates = () => import('../cli/go-template').then((m) => m.renderGoTemplate)

export interface StoreOptions {
  /** The engine when it is already at hand (tests, Node); otherwise `loadTemplates` fetches it. */
  readonly templates?: RenderTemplate
  readonly loadTemplates?: () => Promise<RenderTemplate>
}

export function createAppStore(initial: ShellState = createShell(), options: StoreOptions = {}) {
  const loadTemplates = options.loadTemplates ?? loadGoTemplates
  let templates = options.templates
  let loading: Promise<void> | undefined
  /** Runs `work` once the template engine is in; typed lines and scripts may need it. */
  const withTemplates = (work: () => void) => {
    if (templates) return work()
    loading ??= loadTemplates().then((t) => {
      templates = t
    })
    void loading.then(work)
  }
  const ready = (shell: ShellState): ShellState =>
    templates && !shell.templates ? { ...shell, templates } : shell
  return createStore<AppState>()((set, get) => {
    /** Moves to a new document state, recording the old one for undo. */
    const commit = (shell: ShellState, extra: Partial<AppState> = {}) => {
      const s = get()
      const changed = shell.topology !== s.shell.topology
      const past = changed
        ? [...s.past, { shell: s.shell, positions: s.positions }].slice(-HISTORY_LIMIT)
        : s.past
      set({
        shell,
        ...(changed ? viewOf(shell, s.positions, s.nodes) : {}),
        past,
        future: changed ? [] : s.future,
        ...extra,
      })
    }
    const restore = (snap: Snapshot, past: readonly Snapshot[], future: readonly Snapshot[]) => {
      const s = get()
      set({ shell: snap.shell, ...viewOf(snap.shell, snap.positions, s.nodes), past, future })
    }
    /** Replaces the whole document: history and selection go, the canvas refits. */
    const replace = (
      shell: ShellState,
      positions: Readonly<Record<string, XY>>,
      transcript: readonly TranscriptEntry[],
    ) =>
      set({
        shell,
        ...viewOf(shell, positions, []),
        past: [],
        future: [],
        transcript,
        selection: null,
        status: null,
        toast: null,
        loads: get().loads + 1,
      })
    return {
      shell: initial,
      ...viewOf(initial, {}, []),
      past: [],
      future: [],
      transcript: [],
      selection: null,
      tab: 'hosts',
      toast: null,
      status: null,
      loads: 0,

      runCommand(line) {
        withTemplates(() => {
          const r = execute(ready(get().shell), line)
          const entry = { command: line, host: r.host, ...r.output }
          commit(r.state, { transcript: [...get().transcript, entry] })
        })
      },

      runGesture(...lines) {
        // Gestures build run, create, rm and connect lines: none needs the template engine.
        let shell = ready(get().shell)
        const transcript = [...get().transcript]
        for (const line of lines) {
          const r = execute(shell, line)
          transcript.push({ command: line, host: r.host, ...r.output })
          if (r.output.exitCode !== 0) {
            const toast = { kind: 'error' as const, text: r.output.stderr.trim() }
            set({ transcript, toast, status: line })
            return false
          }
          shell = r.state
        }
        commit(shell, { transcript, status: lines.join(' && '), toast: null })
        return true
      },

      drop(item, under) {
        const { shell } = get()
        get().runGesture(...dropCommands(shell.topology, shell.currentHost, item, under))
      },

      remove(nodeIds, edgeIds) {
        const { shell } = get()
        if (nodeIds.some((id) => id.startsWith('host:')))
          set({ toast: { kind: 'info', text: 'Hosts stay: remove their containers instead.' } })
        const lines = deleteCommands(shell.topology, shell.currentHost, nodeIds, edgeIds)
        if (lines.length > 0) get().runGesture(...lines)
      },

      connect(source, target) {
        const line = connectCommand(get().shell.topology, get().shell.currentHost, source, target)
        if (line) get().runGesture(line)
      },

      loadScript(source) {
        // Replays are deterministic, so a script runs at once and again, with templates, only
        // if a line needed them: examples appear without waiting for the template chunk.
        const first = runScript(source, ready(createShell()))
        if (!first.entries.some((e) => e.stderr === TEMPLATES_MISSING.stderr))
          return replace(first.state, {}, first.entries)
        withTemplates(() => {
          const { state, entries } = runScript(source, ready(createShell()))
          replace(state, {}, entries)
        })
      },

      openDocument(text) {
        const r = fromJson(text)
        if (!r.ok) {
          set({ toast: { kind: 'error', text: `Cannot open this file: ${r.error}` } })
          return false
        }
        const shell = { topology: r.topology, currentHost: r.currentHost, inside: null }
        replace(shell, r.layout.positions, get().transcript)
        return true
      },

      saveDocument() {
        const { shell, positions } = get()
        return toJson(shell.topology, shell.currentHost, { positions })
      },

      newDocument() {
        replace(createShell(), {}, [])
      },

      async loadGenerated(n, seed) {
        // The generator is bench-only, so it stays out of the first-paint bundle.
        const { generateTopology } = await import('../engine/generate')
        replace(createShell(generateTopology(n, seed).topology), {}, [])
      },

      loadExample(id) {
        const scenario = findScenario(id)
        if (scenario) get().loadScript(scenario.script)
        else set({ toast: { kind: 'error', text: `There is no example named "${id}".` } })
        return scenario !== undefined
      },

      undo() {
        const { past, future, shell, positions } = get()
        const prev = past.at(-1)
        if (prev) restore(prev, past.slice(0, -1), [{ shell, positions }, ...future])
      },

      redo() {
        const { past, future, shell, positions } = get()
        const next = future[0]
        if (next) restore(next, [...past, { shell, positions }], future.slice(1))
      },

      select(selection) {
        set({ selection })
      },

      setTab(tab) {
        set({ tab })
      },

      dismissToast() {
        set({ toast: null })
      },

      onNodesChange(changes) {
        const nodes = applyNodeChanges(changes, get().nodes as FlowNode[])
        let positions = get().positions
        for (const c of changes) {
          if (c.type === 'position' && c.position && !c.dragging)
            positions = { ...positions, [c.id]: c.position }
        }
        const selected = changes.find((c) => c.type === 'select' && c.selected)
        set({
          nodes,
          positions,
          ...(selected && selected.type === 'select' ? { selection: selected.id } : {}),
        })
      },
    }
  })
}

export type AppStore = ReturnType<typeof createAppStore>

/** The app's single store. Tests create their own with createAppStore(). */
export const appStore = createAppStore()
