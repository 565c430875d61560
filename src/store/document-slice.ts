/**
 * The document slice: the world (shell), card positions and host sizes, and their history.
 * Saved and undoable; every change to it is a transaction (transact.ts).
 */
import type { ShellState } from '../cli/state'
import type { AppState, Cli } from './app-state'
import { documentActions, type DocumentActions } from './document-actions'
import { loadRecreateGestures } from './gesture-actions'
import { snapshotOf, viewOf } from './document-view'
import type { Annotations, Change, DocumentChange, TransactionListener } from './transact'
import { NO_EFFECTS, type Effects } from '../cli/effects'
import type { Snapshot } from './app-state'
import type { HistorySaid } from './made'

export interface DocumentSliceKit {
  get(): AppState
  set(partial: Partial<AppState>): void
  withCli(work: (cli: Cli) => void): void
  transact(change: Change, annotations: Annotations): Promise<boolean>
  commit(change: DocumentChange, effects: Effects | null, annotations: Annotations): void
  readonly listeners: Set<TransactionListener>
}

export type DocumentSlice = Pick<
  AppState,
  | 'shell'
  | 'positions'
  | 'sizes'
  | 'compose'
  | 'past'
  | 'future'
  | 'made'
  | 'example'
  | 'generated'
  | 'loads'
  | 'opened'
  | 'transact'
  | 'onTransaction'
  | 'runCommand'
  | 'undo'
  | 'redo'
  | 'warmUp'
> &
  DocumentActions

export function documentSlice(kit: DocumentSliceKit, initial: ShellState): DocumentSlice {
  const { get, set, withCli, transact, commit, listeners } = kit
  /** Goes back or forward to `snap`; a toast says what was undone or redone. */
  const restore = (
    snap: Snapshot,
    past: readonly Snapshot[],
    future: readonly Snapshot[],
    said: HistorySaid,
    userEvent: 'undo' | 'redo',
  ) => {
    const s = get()
    const before = snapshotOf(s)
    set({
      shell: snap.shell,
      compose: snap.compose,
      ...viewOf(snap.shell, snap.positions, snap.sizes, s.nodes),
      past,
      future,
      made: snap.made,
      example: snap.example,
      status: null,
      toast: { kind: 'info', said },
    })
    if (s.trace) get().clearTrace()
    const annotations = { label: said.made, userEvent, addToHistory: false }
    const tr = { annotations, before, after: snapshotOf(get()), effects: NO_EFFECTS }
    for (const listen of listeners) listen(tr)
  }
  return {
    shell: initial,
    positions: {},
    sizes: {},
    compose: null,
    past: [],
    future: [],
    made: { named: 'nothing' },
    example: null,
    generated: false,
    loads: 0,
    opened: 0,
    transact,

    onTransaction(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },

    runCommand(line) {
      void transact({ script: line }, { label: line, userEvent: 'input' })
    },

    undo() {
      const { past, future } = get()
      const prev = past.at(-1)
      if (prev)
        restore(
          prev,
          past.slice(0, -1),
          [snapshotOf(get()), ...future],
          { code: 'undone', made: get().made },
          'undo',
        )
    },

    redo() {
      const { past, future } = get()
      const next = future[0]
      if (next)
        restore(
          next,
          [...past, snapshotOf(get())],
          future.slice(1),
          { code: 'redone', made: next.made },
          'redo',
        )
    },

    warmUp() {
      withCli(() => {})
      void loadRecreateGestures()
    },

    ...documentActions({ get, set, withCli, commit: (change, a) => commit(change, null, a) }),
  }
}
