/**
 * The view slice: React Flow's nodes and edges, reconciled from the document after every
 * transaction, the drag in progress, and the trace drawn on them.
 */
import type { StoreApi } from 'zustand/vanilla'
import type { AppState, LiveNodes } from './app-state'
import { decorateTrace } from './document-view'
import { containerOf } from './ids'
import { nodeChanges } from './node-changes'
import type { Trace } from './trace'

// The reachability engine a trace needs loads with the first trace, not with the first paint.
const loadTrace = () => import('./trace')
import type { Annotations, DocumentChange } from './transact'

export type ViewSlice = Pick<
  AppState,
  | 'dragging'
  | 'measures'
  | 'live'
  | 'trace'
  | 'onNodesChange'
  | 'select'
  | 'focus'
  | 'traceTo'
  | 'clearTrace'
  | 'reachMatrix'
  | 'showTraceStep'
  | 'showMatrix'
  | 'closeMatrix'
  | 'selectEdge'
>

export interface ViewSliceKit {
  get(): AppState
  set(partial: Partial<AppState>): void
  commit(change: DocumentChange, annotations: Annotations): void
  readonly live: StoreApi<LiveNodes>
}

export function viewSlice({ get, set, commit, live }: ViewSliceKit): ViewSlice {
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
  return {
    dragging: false,
    measures: 0,
    live,
    trace: null,
    reachMatrix: null,

    showMatrix(pick) {
      set({ reachMatrix: pick ?? 'open' })
    },

    closeMatrix() {
      set({ reachMatrix: null })
    },

    select(selection) {
      if (selection !== get().selection) set({ selection, ...showTrace(null) })
    },

    async traceTo(toId, asked) {
      const { selection, shell } = get()
      const from = containerOf(selection)
      if (!from) return
      const { traceBetween } = await loadTrace()
      // Drawn only if nothing changed while the engine loaded.
      const now = get()
      if (now.selection === selection && now.shell === shell)
        set(showTrace(traceBetween(shell.topology, from, toId, asked)))
    },

    clearTrace() {
      set(showTrace(null))
    },

    showTraceStep(step) {
      const { trace, nodes, edges } = get()
      if (!trace) return
      const here = step === null ? null : (trace.walk[step] ?? null)
      set({
        nodes: decorateTrace(nodes, trace.nodes, undefined, here?.nodes),
        edges: decorateTrace(edges, trace.edges, 'dn-dimmed', here?.edges),
      })
    },

    focus(id) {
      const nodes = get().nodes.map((n) =>
        (n.id === id) === !!n.selected ? n : { ...n, selected: n.id === id },
      )
      set({ selection: id, nodes, ...showTrace(null, nodes) })
    },

    onNodesChange: nodeChanges({ get, set, commit, live, showTrace }),

    selectEdge(id) {
      const s = get()
      if (s.edges.every((e) => (e.id === id) === !!e.selected)) return
      const edges = s.edges.map((e) =>
        (e.id === id) === !!e.selected ? e : { ...e, selected: e.id === id },
      )
      if (!id) return set({ edges })
      // One thing is selected at a time: an edge's form replaces the card's, and its trace.
      const nodes = s.nodes.map((n) => (n.selected ? { ...n, selected: false } : n))
      set({
        selection: null,
        trace: null,
        nodes: s.trace ? decorateTrace(nodes, null, undefined) : nodes,
        edges: s.trace ? decorateTrace(edges, null, 'dn-dimmed') : edges,
      })
    },
  }
}
