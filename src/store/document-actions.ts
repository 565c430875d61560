/**
 * The store's whole-document actions: a script or an example, Open, Save, New, the benchmarks'
 * generated world, and Tidy layout. Replacing the document drops the selection and refits the
 * canvas; it is one undo step unless what it replaces is the empty world.
 */
import { createShell, type ShellState } from '../cli/state'
import type { OutputChunk } from '../cli/output'
import { fromJson, toJson, type Restored } from '../io'
import { findScenario } from '../scenarios'
import exampleLayouts from '../scenarios/layouts.json'
import type { AppState, Cli, TranscriptEntry } from './app-state'
import { HISTORY_LIMIT, snapshotOf, viewOf } from './document-view'
import type { Size, XY } from './flow-mapping'
import type { Trace } from './trace'

/** Where each example's cards go: Tidy layout's answer, computed ahead of time. */
const EXAMPLE_LAYOUTS: Readonly<Record<string, Readonly<Record<string, XY>>>> = exampleLayouts

/** The world a fresh start shows: one host, its predefined networks, nothing else. */
function isBlank(s: AppState): boolean {
  const t = s.shell.topology
  return (
    t.containers.size === 0 &&
    t.volumes.size === 0 &&
    t.hosts.size === 1 &&
    [...t.networks.values()].every((n) => n.predefined)
  )
}

/** A saved transcript entry, or none: what a damaged save holds besides is left out. */
function restoreEntry(v: unknown): TranscriptEntry[] {
  const e = v as Partial<TranscriptEntry> | null
  if (typeof e !== 'object' || e === null) return []
  const { command, host, stdout, stderr, exitCode, chunks, inside } = e
  if (typeof command !== 'string' || typeof host !== 'string') return []
  if (typeof stdout !== 'string' || typeof stderr !== 'string' || typeof exitCode !== 'number')
    return []
  const chunksOk =
    Array.isArray(chunks) &&
    chunks.every((c: OutputChunk) => typeof c?.text === 'string' && /^std(out|err)$/.test(c.stream))
  return [
    {
      command,
      host,
      stdout,
      stderr,
      exitCode,
      ...(chunksOk ? { chunks } : {}),
      ...(inside === true ? { inside } : {}),
    },
  ]
}

/** The toast for a document opened with defaults: what was damaged, never silently. */
function repairsSaid(what: string, repairs: readonly string[]): string {
  const shown = repairs.slice(0, 4).join('; ')
  const more = repairs.length > 4 ? ` and ${repairs.length - 4} more` : ''
  return `Opened ${what} with defaults for what was missing or damaged: ${shown}${more}.`
}

/** What the actions need of the store that holds them. */
export interface DocumentKit {
  get(): AppState
  set(partial: Partial<AppState>): void
  /** Runs `work` once the simulated CLI is in, in the order asked. */
  withCli(work: (cli: Cli) => void): void
  /** Shows a trace (or none), on the nodes given or the current ones. */
  showTrace(trace: Trace | null, nodes?: AppState['nodes']): Partial<AppState>
}

type DocumentActions = Pick<
  AppState,
  | 'loadScript'
  | 'openDocument'
  | 'openSaved'
  | 'startFresh'
  | 'saveDocument'
  | 'newDocument'
  | 'loadGenerated'
  | 'tidy'
  | 'loadExample'
>

export function documentActions({ get, set, withCli, showTrace }: DocumentKit): DocumentActions {
  /** Replaces the whole document: history and selection go, the canvas refits. */
  const replace = (
    shell: ShellState,
    positions: Readonly<Record<string, XY>>,
    sizes: Readonly<Record<string, Size>>,
    transcript: readonly TranscriptEntry[],
    made: string,
    from: { generated?: boolean; example?: string } = {},
  ) =>
    set({
      made,
      shell,
      ...viewOf(shell, positions, sizes, []),
      generated: from.generated ?? false,
      example: from.example ?? null,
      // New, Open and Examples can be undone, unless what they replace is the empty world.
      past: isBlank(get()) ? [] : [...get().past, snapshotOf(get())].slice(-HISTORY_LIMIT),
      future: [],
      transcript,
      selection: null,
      trace: null,
      status: null,
      toast: null,
      loads: get().loads + 1,
      opened: get().opened + 1,
    })
  /** Opens a restored document, or says why not; a repaired one says what was defaulted. */
  const open = (r: Restored, source: 'file' | 'autosave' | 'recent') => {
    const what = { file: 'this file', autosave: 'the saved diagram', recent: 'that diagram' }[
      source
    ]
    if (!r.ok) {
      set({ toast: { kind: 'error', text: `Cannot open ${what}: ${r.error}` } })
      return false
    }
    const shell = { topology: r.topology, currentHost: r.currentHost, inside: null }
    replace(shell, r.layout.positions, r.layout.sizes ?? {}, get().transcript, 'Open')
    if (r.repairs.length > 0) set({ toast: { kind: 'info', text: repairsSaid(what, r.repairs) } })
    return true
  }
  return {
    loadScript(source, example) {
      withCli((c) => {
        const { state, entries } = c.runScript(source)
        replace(
          state,
          // An example opens tidy (scripts/example-layouts.ts), without loading elkjs.
          (example && EXAMPLE_LAYOUTS[example]) || {},
          {},
          entries,
          example ? `example ${example}` : 'a script',
          example ? { example } : {},
        )
      })
    },

    openDocument(text, source = 'file') {
      return open(fromJson(text), source)
    },

    openSaved(text, transcript) {
      const r = fromJson(text)
      if (!r.ok) {
        set({ recovery: { reason: r.error, text } })
        return false
      }
      open(r, 'autosave')
      set({ transcript: transcript.flatMap(restoreEntry), past: [], future: [] })
      return true
    },

    startFresh() {
      get().newDocument()
      set({ recovery: null })
    },

    saveDocument() {
      const { shell, positions, sizes } = get()
      return toJson(shell.topology, shell.currentHost, { positions, sizes })
    },

    newDocument() {
      replace(createShell(), {}, {}, [], 'New diagram')
    },

    async loadGenerated(n, seed) {
      // The generator is bench-only, so it stays out of the first-paint bundle.
      const { generateTopology } = await import('../engine/generate')
      replace(createShell(generateTopology(n, seed).topology), {}, {}, [], 'a generated topology', {
        generated: true,
      })
    },

    async tidy() {
      const [{ default: ELK }, { tidyLayout }] = await Promise.all([
        import('elkjs/lib/elk.bundled.js'),
        import('./auto-layout'),
      ])
      const s = get()
      const laid = await tidyLayout(s.shell.topology, s.nodes, s.edges, new ELK())
      // The world changed while ELK worked: this layout is for another picture.
      if (get().shell !== s.shell) return
      set({
        ...viewOf(s.shell, laid.positions, laid.sizes, s.nodes),
        past: [...s.past, snapshotOf(s)].slice(-HISTORY_LIMIT),
        future: [],
        made: 'tidy layout',
        loads: s.loads + 1,
        ...showTrace(null),
      })
    },

    loadExample(id, over) {
      const scenario = findScenario(id)
      if (!scenario) {
        set({ toast: { kind: 'error', text: `There is no example named "${id}".` } })
        return false
      }
      get().loadScript(scenario.script, scenario.id)
      const under = over ? fromJson(over) : null
      if (under?.ok)
        // After the example is in (lines run in order): the diagram it covers is one undo away.
        withCli(() =>
          set({
            past: [
              {
                shell: { topology: under.topology, currentHost: under.currentHost, inside: null },
                positions: under.layout.positions,
                sizes: under.layout.sizes ?? {},
                made: 'your diagram',
                example: null,
              },
              ...get().past,
            ].slice(-HISTORY_LIMIT),
            toast: {
              kind: 'info',
              text: `Opened the example "${scenario.title}". Undo (Ctrl+Z) brings back the diagram you had.`,
            },
          }),
        )
      return true
    },
  }
}
