/**
 * Text pasted on the canvas (anywhere but a field), by what it is: a compose file is imported
 * as if opened; docker commands run as the terminal runs a pasted block (one undo step, each
 * refusal in the transcript); anything else changes nothing and says what the canvas takes.
 */
import type { AppState, Cli, TranscriptEntry } from './app-state'

export type PastedKind = 'compose' | 'docker' | 'other'

/** A compose file names its services at the top level. */
const COMPOSE = /^services\s*:/m

/**
 * A docker command, or `dockerd` restarting the daemon with options, maybe run with sudo: what
 * the simulated host shell runs.
 */
const DOCKER = /^(?:sudo\s+)?dockerd?(?:\s|$)/

/**
 * What pasted text is. Docker commands: lines as bash reads them (`split`: a leading prompt
 * such as `$ ` or `[root@localhost ~]# ` removed, `\` continuations joined, blank and `#`
 * comment lines skipped), at least one, each a docker command; a tutorial's output lines or a
 * paragraph make it something else.
 */
export function pastedKind(text: string, split: Cli['splitScript']): PastedKind {
  if (COMPOSE.test(text)) return 'compose'
  const lines = split(text)
  return lines.length > 0 && lines.every((l) => DOCKER.test(l.text)) ? 'docker' : 'other'
}

export const NOTHING_TO_PASTE =
  'Nothing was pasted: the canvas takes a compose file, or docker commands (lines starting with docker; prompts and comments allowed).'

/** The toast after a pasted block ran: how many commands, the first refusal, the undo. */
function ranSaid(ran: readonly TranscriptEntry[], undoable: boolean): AppState['toast'] {
  const one = ran.length === 1
  const what = one ? 'Ran the pasted docker command' : `Ran ${ran.length} pasted docker commands`
  const undo = undoable ? `Undo (Ctrl+Z) takes ${one ? 'it' : 'them'} back.` : ''
  const refused = ran.filter((e) => e.exitCode !== 0)
  const [first] = refused
  if (!first) return { kind: 'info', text: undo ? `${what}. ${undo}` : `${what}.` }
  const count = refused.length === 1 ? 'one' : `${refused.length}`
  const said = `${what}; Docker refused ${count} (in the terminal), the first: ${first.command}`
  return { kind: 'error', text: [said, first.stderr.trim(), undo].filter(Boolean).join('\n') }
}

export interface PasteKit {
  get(): AppState
  set(partial: Partial<AppState>): void
  withCli(work: (cli: Cli) => void): void
}

export function pasteActions({ get, set, withCli }: PasteKit): Pick<AppState, 'pasteText'> {
  return {
    async pasteText(text) {
      // The CLI reads the lines as it would run them (it loads after the first paint).
      const kind = await new Promise<PastedKind>((resolve) =>
        withCli((c) => resolve(pastedKind(text, c.splitScript))),
      )
      if (kind === 'compose') return get().importCompose(text, 'pasted compose.yaml')
      if (kind === 'other') {
        set({ toast: { kind: 'info', text: NOTHING_TO_PASTE } })
        return false
      }
      const before = get()
      await get().transact({ script: text }, { label: 'a pasted script', userEvent: 'input' })
      const after = get()
      set({
        toast: ranSaid(
          after.transcript.slice(before.transcript.length),
          after.past !== before.past,
        ),
      })
      return true
    },
  }
}
