/**
 * The store's whole-document actions: a script or an example, Open, Save, New, the benchmarks'
 * generated world, and Tidy layout, each one transaction (transact.ts). Replacing the document
 * drops the selection and refits the canvas; it is one undo step unless what it replaces is
 * the empty world.
 */
import { createShell } from '../cli/state'
import type { OutputChunk } from '../cli/chunks'
import { toJson, type Restored } from '../io'
import { loadCompose, loadReader, loadShare } from '../io/lazy'

/** What a share link carries, made and read only when one is: not at first paint. */
const loadSharePayload = () => import('./share-payload')
import type { AppState, Cli, TranscriptEntry } from './app-state'
import { HISTORY_LIMIT } from './document-view'
import type { XY } from './flow-mapping'
import type { Made } from './made'
import type { DocumentSaid, OpenedFrom } from './document-said'
import type { Annotations, DocumentChange } from './transact'

/**
 * Where each example's cards go: Tidy layout's answer, computed ahead of time; loaded with the
 * first example opened (first-paint budget).
 */
const loadExampleLayouts = (): Promise<Readonly<Record<string, Readonly<Record<string, XY>>>>> =>
  import('../scenarios/layouts.json').then((m) => m.default)

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

/** What the actions need of the store that holds them. */
export interface DocumentKit {
  get(): AppState
  set(partial: Partial<AppState>): void
  /** Runs `work` once the simulated CLI is in, in the order asked. */
  withCli(work: (cli: Cli) => void): void
  /** Applies a document change as one transaction (transact.ts). */
  commit(change: DocumentChange, annotations: Annotations): void
}

export type DocumentActions = Pick<
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
  | 'importCompose'
  | 'shareLink'
  | 'openShared'
>

export function documentActions({ get, set, withCli, commit }: DocumentKit): DocumentActions {
  /** A whole new document, as one transaction. */
  const replace = (
    change: DocumentChange,
    label: Made,
    userEvent: Annotations['userEvent'],
    addToHistory = true,
  ) =>
    commit(
      { example: null, generated: false, positions: {}, sizes: {}, ...change },
      {
        label,
        userEvent,
        replaces: true,
        addToHistory,
      },
    )
  /** Opens a restored document, or says why not; a repaired one says what was defaulted. */
  const open = (r: Restored, from: OpenedFrom, addToHistory = true) => {
    if (!r.ok) {
      set({ toast: { kind: 'error', said: { code: 'cannot-open', from, problem: r.problem } } })
      return false
    }
    const shell = { topology: r.topology, currentHost: r.currentHost, inside: null }
    replace(
      { shell, positions: r.layout.positions, sizes: r.layout.sizes ?? {}, compose: r.compose },
      { named: 'open' },
      'open',
      addToHistory,
    )
    // What was damaged is said, never silently defaulted.
    if (r.repairs.length > 0)
      set({ toast: { kind: 'info', said: { code: 'opened-repaired', from, repairs: r.repairs } } })
    return true
  }
  return {
    loadScript(source, example) {
      withCli((c) => {
        const { state, entries } = c.runScript(source)
        replace(
          {
            shell: state,
            positions: example?.positions ?? {},
            transcript: entries,
            example: example?.id ?? null,
          },
          example ? { named: 'example', id: example.id } : { named: 'script' },
          'example',
        )
      })
    },

    async importCompose(text, path) {
      const { composeCommands } = await loadCompose()
      const made = composeCommands(text, path)
      const name = path.split('/').pop() ?? path
      if (!made.ok) {
        // The compose reader's detail (the `yaml` library's or the compose schema's words) is
        // passed through as the parser writes it: it quotes the file, and is no sentence of ours.
        set({
          toast: { kind: 'error', said: { code: 'cannot-import', file: name, error: made.error } },
        })
        return false
      }
      return new Promise<boolean>((resolve) =>
        withCli((c) => {
          const { state, entries } = c.runScript(made.lines.join('\n'))
          // All of it or nothing: what Docker refuses, compose up would have stopped at.
          const refused = entries.find((e) => e.exitCode !== 0)
          if (refused) {
            set({
              toast: {
                kind: 'error',
                said: {
                  code: 'import-refused',
                  file: name,
                  command: refused.command,
                  stderr: refused.stderr.trim(),
                },
              },
            })
            return resolve(false)
          }
          const notes = made.notes.map((note) => ({
            command: `# ${note}`,
            host: state.currentHost,
            stdout: '',
            stderr: '',
            exitCode: 0,
          }))
          replace(
            { shell: state, transcript: [...entries, ...notes], compose: made.kept },
            `docker compose up (${name})`,
            'open',
          )
          set({
            toast: {
              kind: 'info',
              said: {
                code: 'imported',
                file: name,
                project: made.project,
                containers: state.topology.containers.size,
                notes: made.notes.length,
              },
            },
          })
          resolve(true)
        }),
      )
    },

    async shareLink(base) {
      const { shareLinkOf } = await loadSharePayload()
      return shareLinkOf(get(), base)
    },

    async openShared(fragment, over) {
      const [{ sharedDocument }, { layoutOf, readSharePayload }, reader] = await Promise.all([
        loadShare(),
        loadSharePayload(),
        over ? loadReader() : null,
      ])
      const shared = sharedDocument(fragment)
      const payload = shared?.ok ? readSharePayload(shared.text) : (shared?.problem ?? null)
      if (payload === null) return false
      if ('code' in payload) {
        set({ toast: { kind: 'error', said: { code: 'cannot-share', problem: payload } } })
        return false
      }
      return new Promise<boolean>((resolve) =>
        withCli((c) => {
          const { state, entries } = c.runScript(payload.script)
          const refused = entries.find((e) => e.exitCode !== 0)
          if (refused) {
            set({
              toast: {
                kind: 'error',
                said: {
                  code: 'share-refused',
                  command: refused.command,
                  stderr: refused.stderr.trim(),
                },
              },
            })
            return resolve(false)
          }
          const host = state.topology.hosts.has(payload.host) ? payload.host : state.currentHost
          replace(
            {
              shell: { ...state, currentHost: host },
              ...layoutOf(state.topology, payload),
              compose: payload.compose ?? null,
              transcript: entries,
            },
            { named: 'shared' },
            'open',
          )
          if (over && reader)
            keepUnder(reader.fromJson(over), { code: 'shared-opened', over: true })
          else set({ toast: { kind: 'info', said: { code: 'shared-opened', over: false } } })
          resolve(true)
        }),
      )
    },

    async openDocument(text, source = 'file') {
      const { fromJson } = await loadReader()
      return open(fromJson(text), source)
    },

    async openSaved(text, transcript) {
      const before = get().shell
      const { fromJson } = await loadReader()
      // A change made while the reader loaded (New, a drop) wins over the diagram kept.
      if (get().shell !== before) return false
      const r = fromJson(text)
      if (!r.ok) {
        set({ recovery: { reason: r.problem, text } })
        return false
      }
      // The diagram this browser kept: where the session starts, not an undo step.
      open(r, 'autosave', false)
      set({ transcript: transcript.flatMap(restoreEntry) })
      return true
    },

    startFresh() {
      get().newDocument()
      set({ recovery: null })
    },

    saveDocument() {
      const { shell, positions, sizes, compose } = get()
      return toJson(shell.topology, shell.currentHost, { positions, sizes }, compose)
    },

    newDocument() {
      replace({ shell: createShell(), transcript: [] }, { named: 'new' }, 'new')
    },

    async loadGenerated(n, seed) {
      // The generator is bench-only, so it stays out of the first-paint bundle.
      const { generateTopology } = await import('../engine/generate')
      const shell = createShell(generateTopology(n, seed).topology)
      replace({ shell, transcript: [], generated: true }, { named: 'generated' }, 'generated')
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
      commit(
        { positions: laid.positions, sizes: laid.sizes },
        {
          label: { named: 'tidy' },
          userEvent: 'layout',
          refit: true,
        },
      )
    },

    async loadExample(id, over) {
      const { findScenario } = await import('../scenarios')
      const scenario = findScenario(id)
      if (!scenario) {
        set({ toast: { kind: 'error', said: { code: 'no-example', id } } })
        return false
      }
      const [layouts, reader] = await Promise.all([
        loadExampleLayouts(),
        over ? loadReader() : null,
      ])
      // An example opens tidy (scripts/example-layouts.ts), without loading elkjs.
      get().loadScript(scenario.script, { id: scenario.id, positions: layouts[scenario.id] ?? {} })
      if (over && reader)
        keepUnder(reader.fromJson(over), { code: 'example-over', id: scenario.id })
      return true
    },
  }
  /**
   * The diagram an example or a shared one covers, one undo away (after the new one is in:
   * lines run in order), and the toast that says so.
   */
  function keepUnder(under: Restored, said: DocumentSaid) {
    if (under.ok)
      withCli(() =>
        set({
          past: [
            {
              shell: { topology: under.topology, currentHost: under.currentHost, inside: null },
              positions: under.layout.positions,
              sizes: under.layout.sizes ?? {},
              compose: under.compose,
              made: { named: 'your-diagram' } as const,
              example: null,
            },
            ...get().past,
          ].slice(-HISTORY_LIMIT),
          toast: { kind: 'info', said },
        }),
      )
  }
}
