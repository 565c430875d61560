/**
 * The shape of the app store (store.ts), by slice: document (shell, positions, sizes; saved
 * and undoable), view (React Flow nodes and edges), session (everything else).
 */
import type { ComposeKept } from '../io/compose/kept-data'
import type { EdgeEdit } from './edge-edits'
import type { GestureRefusal } from './gesture-refusal'
import type { PasteSaid } from './paste-said'
import type { HistorySaid, Made } from './made'
import type { DocumentSaid } from './document-said'
import type { ReadProblem } from '../io'
import type { StoreApi } from 'zustand/vanilla'
import type { NodeChange } from '@xyflow/react'
import type * as CliModule from '../cli/index'
import type { Output } from '../cli/output'
import type { FixRule } from '../cli/fix-rule'
import type { ShellState } from '../cli/state'
import type { DiagnosticNote, Topology } from '../engine'
import type { SaveState } from '../io/browser/autosave'
import type { ShareLink } from '../io/share'
import type { ContainerEdgeMode } from './edge-gestures'
import type { ContainerForm } from './edit-gestures'
import type { FlowEdge, FlowNode, Size, XY } from './flow-mapping'
import type { PaletteItem } from './gestures'
import type { Trace } from './trace'
import type { Annotations, Change, TransactionListener } from './transact'
import type { FixPreview } from './fix-preview'

/** The simulated CLI, as the store uses it (loaded after first paint in the browser). */
export type Cli = typeof CliModule
export type Fix = CliModule.Fix
export type RefusalFix = CliModule.RefusalFix

export interface TranscriptEntry {
  readonly command: string
  /** The host the command ran against (`--context` names another). */
  readonly host: string
  /** The shell's current host when it ran (its prompt's); absent in transcripts saved before. */
  readonly at?: string
  readonly stdout: string
  readonly stderr: string
  readonly exitCode: number
  readonly chunks?: Output['chunks']
  /** A connection a tool tried and failed: the question and its answer, for "Why?". */
  readonly asked?: Output['asked']
  /** A connection a tool made: the question, for its walk. */
  readonly reached?: Output['reached']
  /** The daemon's coded refusal, for "Why?" (engine/refusal-why.ts). */
  readonly refused?: Output['refused']
  /** Typed inside a container's interactive shell (`docker run -it IMAGE sh`). */
  readonly inside?: boolean
}

export interface LiveNodes {
  readonly nodes: readonly FlowNode[] | null
}

export type InspectorTab = 'edit' | 'hosts' | 'env' | 'resolv' | 'dns' | 'reach' | 'run' | 'inspect'

export type Toast =
  | {
      readonly kind: 'error' | 'info'
      readonly text: string
      /** Docker's refusal of a gesture, as the terminal shows it, when it can be asked why. */
      readonly why?: TranscriptEntry
      readonly said?: undefined
    }
  /** Docknet's own words, as data: the view words them in the interface's language. */
  | {
      readonly kind: 'error' | 'info'
      readonly said: ToastSaid
      readonly text?: undefined
      readonly why?: undefined
    }

/** What a toast of Docknet's own says: why a gesture is not run, what a paste did. */
export type ToastSaid = GestureRefusal | PasteSaid | HistorySaid | DocumentSaid

export interface Snapshot {
  readonly shell: ShellState
  readonly positions: Readonly<Record<string, XY>>
  readonly sizes: Readonly<Record<string, Size>>
  readonly compose: ComposeKept | null
  /** What made this state (see AppState.made). */
  readonly made: Made
  readonly example: string | null
}

export interface AppState {
  readonly shell: ShellState
  readonly positions: Readonly<Record<string, XY>>
  /** Sizes the user gave hosts by resizing them (never smaller than their cards need). */
  readonly sizes: Readonly<Record<string, Size>>
  /** What imported compose files said that is not simulated, written back on export. */
  readonly compose: ComposeKept | null
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
  /** Counts the changes after which the canvas refits: example, open, new, tidy layout. */
  readonly loads: number
  /**
   * Counts the documents that replaced the one shown (New, Open, an example, a script, a
   * generated world): the autosave keeps each as a diagram of its own.
   */
  readonly opened: number
  /**
   * The saved diagram is being read at start (after first paint): the canvas waits for it
   * rather than flash the empty world first.
   */
  readonly starting: boolean
  /** Whether the diagram is saved in the browser, and if not, why. */
  readonly saveState: SaveState
  /**
   * The autosaved diagram could not be opened: the recovery screen offers it as a file and a
   * fresh start. Nothing is saved over it until then. `reason` is data the screen words.
   */
  readonly recovery: { readonly reason: ReadProblem; readonly text: string } | null
  /**
   * A lesson was opened (or refused) or the Lessons list shown: the lesson panel is drawn,
   * its code loaded then.
   */
  readonly lessons: boolean
  /** What an edge drawn between two containers means. */
  readonly edgeMode: ContainerEdgeMode
  readonly theme: 'light' | 'dark'
  /**
   * The document is the benchmarks' generated world, untouched (`/?bench=`): it is not
   * autosaved, so visiting that page does not overwrite the user's own diagram.
   */
  readonly generated: boolean
  /**
   * The change that made the current document: the docker commands, or a move, a resize, a
   * tidy, an example... Undo and redo name it.
   */
  readonly made: Made
  /**
   * The example the document is, as loaded (cards moved or not); null once a docker command
   * changes it, and for any other document.
   */
  readonly example: string | null
  /** A card is being dragged: costly overlays wait for the drop. */
  readonly dragging: boolean
  /**
   * Counts the times cards were measured at a new size (a stopped container's card shrinks):
   * edges route around the cards' boxes, so they find their way again when it changes.
   */
  readonly measures: number
  /**
   * The nodes between the frames of a drag. Drag frames update only this small store, so the
   * hundreds of cards subscribed to the app store are not asked about every frame; the drop
   * brings the nodes back here.
   */
  readonly live: StoreApi<LiveNodes>
  /** The connection highlighted on the canvas ("trace to..."), until the selection changes. */
  readonly trace: Trace | null
  /**
   * The reachability matrix, when shown: open on one pair (two container ids; its proof, its
   * why and its walk shown), or on none.
   */
  readonly reachMatrix: { readonly from: string; readonly to: string } | 'open' | null
  /** A fix drawn on the canvas before it is applied (fix-preview.ts). */
  readonly preview: FixPreview | null
  /** Containers copied with Ctrl+C: the world they were copied from, and their ids. */
  readonly clipboard: { readonly topology: Topology; readonly ids: readonly string[] } | null

  /**
   * The one way the document changes: docker commands or a document change, applied all or
   * nothing as one undo step, named and kept as its annotations say (transact.ts). Resolves
   * to whether it was applied (commands wait for the CLI).
   */
  transact(change: Change, annotations: Annotations): Promise<boolean>
  /** Calls `listener` after every transaction that changed the document; returns the unsubscribe. */
  onTransaction(listener: TransactionListener): () => void
  /**
   * Runs typed or pasted text as the terminal does: line by line as bash reads a script (a
   * leading prompt such as `$ ` or `[root@localhost ~]# ` is ignored), as one undo step; the
   * output goes to the transcript.
   */
  runCommand(line: string): void
  /**
   * Runs the commands a gesture built, as one change (one undo step). If Docker refuses any,
   * its error is shown and nothing changes, not even the commands before it. Resolves to
   * whether Docker accepted them (at once when the CLI is loaded).
   */
  runGesture(...lines: string[]): Promise<boolean>
  /**
   * The smallest fixes that make container `fromId` connect to `name` on `port` (ping: null),
   * each verified against the world in memory (cli/fixes.ts); none when it already does.
   */
  fixesFor(fromId: string, name: string, port: number | null): Promise<readonly Fix[]>
  /**
   * The fixes after which a refused command succeeds, each verified against the world in memory
   * (cli/refusal-fixes.ts); `command` ran on `host` and was refused with `refused`.
   */
  refusalFixes(
    command: string,
    host: string,
    refused: NonNullable<Output['refused']>,
  ): Promise<readonly RefusalFix[]>
  /**
   * The fixes after which a problem the diagnostics note is gone, each verified against the
   * world in memory (store/note-fixes.ts).
   */
  noteFixes(note: DiagnosticNote): Promise<readonly RefusalFix[]>
  /**
   * Draws what `commands` would change as ghosts on the canvas, run in memory first; false
   * (and Docker's refusal shown) when one is refused.
   */
  previewFix(commands: readonly string[], rule: FixRule): Promise<boolean>
  clearPreview(): void
  /** Tab in the terminal: the line completed against the command table and the world. */
  complete(line: string): Promise<CliModule.Completion>
  /**
   * Drops a palette item on the canvas: the nodes under the drop point decide which host and
   * network, and what it makes lands at `at` (flow coordinates) when given.
   */
  drop(item: PaletteItem, under: readonly string[], at?: XY): Promise<boolean>
  /**
   * Deletes nodes and edges the way a user would in the terminal: `docker rm -f`, `network
   * rm`, `network disconnect`; an edge Docker sets at create (a link, a join, a mount...) by
   * making its container again without it.
   */
  remove(nodeIds: readonly string[], edgeIds: readonly string[]): void
  /**
   * An edge drawn between two nodes: a network attachment, or (by recreating the container) a
   * link, join, --volumes-from, mount or ambassador forward. A refused edge is not added.
   */
  connect(source: string | null, target: string | null): Promise<void>
  setEdgeMode(mode: ContainerEdgeMode): void
  setTheme(theme: 'light' | 'dark'): void
  /** Copies the selected containers (Ctrl+C). */
  copy(): void
  /** Runs a copy of each copied container under a fresh name, next to it (Ctrl+V). */
  paste(): Promise<boolean>
  /**
   * Moves a container to another host (dropped there), to `at` inside it: `docker rm -f`, then
   * its `docker run` on that host. Refused with the reason when links or joins would break.
   */
  moveToHost(id: string, host: string, at: XY): Promise<boolean>
  /** Copy and paste the selected containers at once (Ctrl+D). */
  duplicate(): Promise<boolean>
  /**
   * Changes an edge from its form: a link's alias, a mount's path or mode (its container is
   * made again). Resolves to whether Docker accepted it.
   */
  /**
   * Renames a network, or gives it another subnet: Docker can do neither, so it is made again
   * under the new name (on the new subnet) with its members (one transaction). Resolves to
   * whether Docker accepted it.
   */
  renameNetwork(networkId: string, name: string, subnet?: string): Promise<boolean>
  /**
   * Renames a volume (`host/name`): Docker has no rename, so a new volume gets its files (a
   * copy container) and its containers, and the old one goes (one transaction). Resolves to
   * whether Docker accepted it.
   */
  renameVolume(volumeKey: string, name: string): Promise<boolean>
  editEdge(id: string, edit: EdgeEdit): Promise<boolean>
  /** Applies the inspector's container form (rename, start/stop, or recreate). */
  editContainer(id: string, form: ContainerForm): Promise<boolean>
  /**
   * Imports a compose file (at `path`: its folder names the project) as the commands `docker
   * compose up` runs, as a new diagram; refused whole, with the reason, if Docker refuses any.
   */
  importCompose(text: string, path: string): Promise<boolean>
  /**
   * Text pasted on the canvas: a compose file is imported, docker commands run as one undo
   * step (as pasted in the terminal), anything else changes nothing and a toast says what can
   * be pasted. Resolves to whether anything ran.
   */
  pasteText(text: string): Promise<boolean>
  /** A link to this diagram at `base` (the app's address), or why none is made. */
  shareLink(base: string): Promise<ShareLink>
  /**
   * Opens the copy of a diagram a share link's fragment carries, over `over` (the autosave,
   * kept one undo away); false when the fragment is no share link or is refused (a toast says
   * why, nothing changes).
   */
  openShared(fragment: string, over?: string): Promise<boolean>
  /** Replaces the world with the result of a script (an example's, when `example` is given). */
  loadScript(
    source: string,
    example?: { readonly id: string; readonly positions: Readonly<Record<string, XY>> },
  ): void
  /**
   * Opens a saved document: damaged fields get defaults (a toast lists them); what cannot be
   * restored is refused and nothing changes. `source` words the messages ("this file", "the
   * saved diagram").
   */
  openDocument(text: string, source?: 'file' | 'autosave' | 'recent'): Promise<boolean>
  /**
   * Opens the autosaved diagram with its transcript at start-up (not an undo step). A diagram
   * that cannot be opened goes to the recovery screen, never silently away. Resolves to false,
   * opening nothing, when the document changed meanwhile (the user's New or drop wins).
   */
  openSaved(text: string, transcript: readonly unknown[]): Promise<boolean>
  /** Leaves the recovery screen for a fresh diagram (the damaged one stays in the recent list). */
  startFresh(): void
  setSaveState(state: SaveState): void
  /** The current diagram as a saved document (JSON). */
  saveDocument(): string
  /** A fresh world with one host. */
  newDocument(): void
  /** Loads the benchmarks' seeded topology of about `n` containers (`/?bench=<n>&seed=<s>`). */
  loadGenerated(n: number, seed?: number): Promise<void>
  /**
   * Places every card again (ELK's layered layout, elkjs loaded on first use), as one undo
   * step; the canvas refits.
   */
  tidy(): Promise<void>
  /**
   * Loads one of the examples (`/?example=<id>`); false when there is no such example. `over`,
   * a saved document (the autosave), becomes the undo step under it, so nothing is lost.
   */
  loadExample(id: string, over?: string): Promise<boolean>
  /** Starts loading the simulated CLI and the recreating gestures, so the first use does not wait. */
  warmUp(): void
  undo(): void
  redo(): void
  select(nodeId: string | null): void
  /** Highlights the way from the selected container to `toId`. */
  /**
   * Draws the way from the selected container to `toId`; its walk follows `asked` (a name or
   * address and a port, as typed in the terminal) when given, else the target's name.
   */
  traceTo(
    toId: string,
    asked?: { readonly name: string; readonly port: number | null },
  ): Promise<void>
  /** Marks step `step` of the trace's packet walk on the canvas (null: none). */
  showTraceStep(step: number | null): void
  /** Shows the reachability matrix, on the pair `from` → `to` when given. */
  showMatrix(pick?: { readonly from: string; readonly to: string }): void
  closeMatrix(): void
  clearTrace(): void
  /** Selects one card on the canvas as if clicked (diagnostics, the matrix). */
  focus(nodeId: string): void
  setTab(tab: InspectorTab): void
  /** Shows a message (the autosave's, the export's...) until it times out or is dismissed. */
  notify(toast: Toast): void
  dismissToast(): void
  /**
   * React Flow's node changes: drags, drops, resizes, measurements. `compact`: the cards are
   * drawn name-only (zoomed far out), so their measured heights do not resize the hosts.
   */
  onNodesChange(changes: NodeChange<FlowNode>[], view?: { compact?: boolean }): void
  /** Selects one edge (a click on it, or its entry in the keyboard's edge list), or none. */
  selectEdge(id: string | null): void
}
