/**
 * The one way the document changes (after codemirror's transactions): docker commands or a
 * document change (positions, a whole new document), with annotations that say where it came
 * from, whether it is an undo step and how undo names it. A transaction applies all or
 * nothing, carries selection and card positions across recreated containers from the
 * commands' effects, records one undo step, and tells its listeners (diagnostics, lessons).
 */
import type { Made } from './made'
import { NO_EFFECTS, composeEffects, recreatedFrom, type Effects } from '../cli/effects'
import type { ShellState } from '../cli/state'
import type { ComposeKept } from '../io/compose/kept-data'
import type { AppState, Cli, Snapshot, TranscriptEntry } from './app-state'
import { HISTORY_LIMIT, snapshotOf, viewOf } from './document-view'
import type { FlowNode, Size, XY } from './flow-mapping'
import { nodeId } from './ids'
import { seedRecreatedCards } from './recreated-cards'

const NO_PAIRS: ReadonlyMap<string, string> = new Map()

/** Where a change came from (codemirror's `userEvent`). */
export type UserEvent =
  | 'input'
  | 'gesture'
  | 'example'
  | 'open'
  | 'new'
  | 'generated'
  | 'layout'
  | 'move'
  | 'resize'
  | 'undo'
  | 'redo'

/** What the view gives a transaction that places the cards it made. */
export interface Placing {
  /** The nodes after the change, with their default places. */
  readonly nodes: readonly FlowNode[]
  /** The nodes before it. */
  readonly before: readonly FlowNode[]
  readonly positions: Readonly<Record<string, XY>>
  readonly shell: ShellState
  readonly effects: Effects
}

export interface Annotations {
  /** What made the change; undo and redo name it ("Undone: docker run ..."). */
  readonly label: Made
  readonly userEvent: UserEvent
  /** False: not an undo step (the autosave opened at start). Default true. */
  readonly addToHistory?: boolean
  /** A whole new document: selection and trace go, the canvas refits, the autosave starts a new diagram. */
  readonly replaces?: boolean
  /** Commands: all or nothing, and Docker's refusal in a toast (gestures). A typed line is not. */
  readonly atomic?: boolean
  /** Containers a gesture recreates under another name (a form renaming and recreating). */
  readonly recreates?: readonly { readonly from: string; readonly name: string }[]
  /** Places the cards the change made (a drop point, beside the originals of copies). */
  readonly place?: (p: Placing) => Readonly<Record<string, XY>>
  /** The canvas refits to the document after the change (a tidy layout). */
  readonly refit?: boolean
  /** Selects these nodes after the change (pasted copies). */
  readonly select?: (p: Placing) => readonly string[]
}

/** A document change that is not docker commands. */
export interface DocumentChange {
  readonly shell?: ShellState
  readonly positions?: Readonly<Record<string, XY>>
  readonly sizes?: Readonly<Record<string, Size>>
  readonly compose?: ComposeKept | null
  readonly transcript?: readonly TranscriptEntry[]
  readonly example?: string | null
  readonly generated?: boolean
}

/**
 * Docker commands: given one by one (a gesture's), or as text the user typed or pasted, read
 * as bash reads a script (prompts stripped, continuations joined, comments skipped).
 */
export type Change =
  | { readonly commands: readonly string[] }
  | { readonly script: string }
  | { readonly document: DocumentChange }

export interface Transaction {
  readonly annotations: Annotations
  readonly before: Snapshot
  readonly after: Snapshot
  readonly effects: Effects
}

export type TransactionListener = (tr: Transaction) => void

/** The world a fresh start shows: one host, its predefined networks, nothing else. */
function isBlank(shell: ShellState): boolean {
  const t = shell.topology
  return (
    t.containers.size === 0 &&
    t.volumes.size === 0 &&
    t.hosts.size === 1 &&
    [...t.networks.values()].every((n) => n.predefined)
  )
}

/**
 * Positions and selection carried from recreated containers to their new ids (no guessing by
 * name across worlds: the effects say which container became which).
 */
function carry(
  effects: Effects,
  annotations: Annotations,
  positions: Readonly<Record<string, XY>>,
  selection: string | null,
) {
  const pairs = recreatedFrom(effects, annotations.recreates)
  if (pairs.size === 0) return { positions, selection, pairs }
  const moved = { ...positions }
  let selected = selection
  for (const [made, old] of pairs) {
    const at = positions[nodeId.container(old)]
    if (at && !positions[nodeId.container(made)]) moved[nodeId.container(made)] = at
    if (selection === nodeId.container(old)) selected = nodeId.container(made)
  }
  return { positions: moved, selection: selected, pairs }
}

/** What the store gives the transaction machinery. */
export interface TransactKit {
  get(): AppState
  set(partial: Partial<AppState>): void
  withCli(work: (cli: Cli) => void): void
  /** A shell that renders --format and tables. */
  ready(cli: Cli, shell: ShellState): ShellState
  readonly listeners: Set<TransactionListener>
}

/** The result of running commands: the shell after them, or Docker's refusal. */
interface Ran {
  readonly shell: ShellState
  readonly effects: Effects
  readonly transcript: TranscriptEntry[]
  readonly refused: { readonly line: string; readonly text: string } | null
}

function runCommands(cli: Cli, start: ShellState, lines: readonly string[], atomic: boolean): Ran {
  let shell = start
  let effects = NO_EFFECTS
  const transcript: TranscriptEntry[] = []
  for (const line of lines) {
    const r = cli.execute(shell, line)
    // A line typed inside a container's shell shows that shell's prompt.
    const inside = !atomic && shell.inside !== null
    const at = shell.currentHost
    transcript.push({ command: line, host: r.host, at, ...r.output, ...(inside ? { inside } : {}) })
    if (atomic && r.output.exitCode !== 0) {
      // The transcript says what Docker refused, and that nothing before it stayed.
      const undone = lines.length > 1 ? '(nothing changed: the gesture was undone)\n' : ''
      const refusal = {
        command: lines.join(' && '),
        host: r.host,
        at: start.currentHost,
        ...r.output,
      }
      return {
        shell: start,
        effects: NO_EFFECTS,
        transcript: [{ ...refusal, stderr: r.output.stderr + undone }],
        refused: { line, text: r.output.stderr.trim() },
      }
    }
    shell = r.state
    effects = composeEffects(effects, r.effects)
  }
  return { shell, effects, transcript, refused: null }
}

export function makeTransact(kit: TransactKit) {
  const { get, set } = kit

  /** Applies a document change and its bookkeeping in one `set`. */
  const commit = (
    change: DocumentChange,
    effects: Effects | null,
    a: Annotations,
    extra: Partial<AppState> = {},
  ) => {
    const s = get()
    const fx = effects ?? NO_EFFECTS
    const shell = change.shell ?? s.shell
    const worldChanged = shell.topology !== s.shell.topology
    const carried = a.replaces
      ? { positions: change.positions ?? {}, selection: null, pairs: NO_PAIRS }
      : carry(fx, a, change.positions ?? s.positions, s.selection)
    const sizes = change.sizes ?? (a.replaces ? {} : s.sizes)
    const compose = change.compose !== undefined ? change.compose : a.replaces ? null : s.compose
    const base = a.replaces ? [] : s.nodes
    let view = viewOf(shell, carried.positions, sizes, base)
    const placing = {
      nodes: view.nodes,
      before: s.nodes,
      positions: view.positions,
      shell,
      effects: fx,
    }
    const placed = a.place?.(placing)
    if (placed && Object.keys(placed).length > 0)
      view = viewOf(shell, { ...view.positions, ...placed }, sizes, view.nodes)
    // Hosts fit their recreated cards at the sizes seeded.
    const seeded = seedRecreatedCards(view.nodes, s.nodes, carried.pairs)
    if (seeded !== view.nodes) view = viewOf(shell, view.positions, sizes, seeded)
    const picked = a.select?.(placing)
    const changed =
      worldChanged || view.positions !== s.positions || sizes !== s.sizes || !!a.replaces
    const history = (a.addToHistory ?? true) && changed && !(a.replaces && isBlank(s.shell))
    const before = snapshotOf(s)
    set({
      shell,
      compose,
      ...view,
      ...(picked ? { nodes: selectOnly(view.nodes, picked), selection: picked[0] ?? null } : {}),
      ...(picked ? {} : { selection: carried.selection }),
      past: history ? [...s.past, before].slice(-HISTORY_LIMIT) : a.replaces ? [] : s.past,
      future: history || a.replaces ? [] : s.future,
      // Changed by docker, the world is no longer the example it was loaded from (moves keep it).
      ...(changed ? { made: a.label } : {}),
      ...(change.example !== undefined
        ? { example: change.example }
        : worldChanged
          ? { example: null }
          : {}),
      ...(change.generated !== undefined ? { generated: change.generated } : {}),
      ...(change.transcript ? { transcript: change.transcript } : {}),
      ...(a.replaces || a.refit ? { loads: s.loads + 1 } : {}),
      ...(a.replaces ? { opened: s.opened + 1, status: null, toast: null } : {}),
      ...extra,
    })
    // A trace belongs to the world it was drawn on.
    if (s.trace && (worldChanged || a.replaces)) get().clearTrace()
    if (changed) {
      const tr = { annotations: a, before, after: snapshotOf(get()), effects: fx }
      for (const listen of kit.listeners) listen(tr)
    }
  }

  /**
   * Runs a change as one transaction; resolves to whether it was applied (false: Docker
   * refused a gesture's command, and nothing changed). Commands wait for the CLI, in order.
   */
  const transact = (change: Change, a: Annotations): Promise<boolean> => {
    if ('document' in change) {
      commit(change.document, null, a)
      return Promise.resolve(true)
    }
    return new Promise((resolve) =>
      kit.withCli((cli) => {
        const lines =
          'script' in change ? cli.splitScript(change.script).map((l) => l.text) : change.commands
        if (lines.length === 0) {
          // A typed comment or blank script runs nothing; the terminal still shows it, as bash does.
          if ('script' in change && change.script.trim() !== '') echo(change.script)
          return resolve(true)
        }
        const r = runCommands(cli, kit.ready(cli, get().shell), lines, !!a.atomic)
        const transcript = [...get().transcript, ...r.transcript]
        if (r.refused) {
          const entry = r.transcript.at(-1)
          set({
            transcript,
            toast: {
              kind: 'error',
              text: r.refused.text,
              ...(entry?.refused ? { why: entry } : {}),
            },
            status: r.refused.line,
          })
          return resolve(false)
        }
        const shown = a.atomic ? { status: lines.join(' && '), toast: null } : {}
        const named = 'script' in change ? { ...a, label: scriptLabel(lines) } : a
        commit({ shell: r.shell, transcript }, r.effects, named, shown)
        resolve(true)
      }),
    )
  }
  const echo = (text: string) => {
    const { shell, transcript } = get()
    const entry = {
      command: text.trim(),
      host: shell.currentHost,
      stdout: '',
      stderr: '',
      exitCode: 0,
    }
    set({ transcript: [...transcript, { ...entry, ...(shell.inside ? { inside: true } : {}) }] })
  }
  return { transact, commit }
}

/** How undo names a typed or pasted script: its line, or how many lines it ran. */
function scriptLabel(lines: readonly string[]): Made {
  return lines.length === 1
    ? (lines[0] as string)
    : { named: 'pasted-commands', count: lines.length }
}

function selectOnly(nodes: readonly FlowNode[], ids: readonly string[]): FlowNode[] {
  const picked = new Set(ids)
  return nodes.map((n) =>
    picked.has(n.id) === !!n.selected ? n : { ...n, selected: picked.has(n.id) },
  )
}
