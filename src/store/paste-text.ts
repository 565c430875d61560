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
 * comment lines skipped), at least one a docker command; the others (a tutorial's output, its
 * headings) are left out when it runs, and said so.
 */
export function pastedKind(text: string, split: Cli['splitScript']): PastedKind {
  return kindOf(
    text,
    split(text).map((l) => l.text),
  )
}

function kindOf(text: string, lines: readonly string[]): PastedKind {
  if (COMPOSE.test(text)) return 'compose'
  return lines.some((l) => DOCKER.test(l)) ? 'docker' : 'other'
}

/** `docker run` (or `container run`, `create` is never interactive) and the words after it. */
const RUN = /^((?:sudo\s+)?docker\s+(?:container\s+)?run)(\s.*)$/
const INTERACTIVE = /^(?:-[a-zA-Z]*[it][a-zA-Z]*|--interactive|--tty)$/
const DETACHED = /^(?:-[a-zA-Z]*d[a-zA-Z]*|--detach)$/

/**
 * A tutorial's `docker run -it IMAGE` line, run detached (`-d` added): in a terminal it opens
 * the container's shell, and the lines pasted after it are typed into that shell, where
 * `docker` is not found; on the canvas a block is a list of commands, each the tutorial's next
 * step on the host. Flags are told by shape (a command after the image that looks like `-t`
 * counts too: rare in tutorials, and -d then only detaches what would have been interactive).
 */
export function detachedRun(line: string): string {
  const m = RUN.exec(line)
  if (!m) return line
  const words = (m[2] ?? '').trim().split(/\s+/)
  if (!words.some((w) => INTERACTIVE.test(w)) || words.some((w) => DETACHED.test(w))) return line
  return `${m[1]} -d${m[2]}`
}

export const NOTHING_TO_PASTE =
  'Nothing was pasted: the canvas takes a compose file, or docker commands (lines starting with docker; prompts and comments allowed).'

/** The toast after a pasted block ran: how many commands, the first refusal, the undo. */
function ranSaid(
  ran: readonly TranscriptEntry[],
  undoable: boolean,
): { readonly kind: 'error' | 'info'; readonly text: string } {
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

/** What the canvas did otherwise than a terminal would with a pasted block. */
function blockNotes(detached: number, others: readonly string[]): string[] {
  return [
    detached
      ? `${detached === 1 ? 'One docker run -it was' : `${detached} docker run -it were`} run detached (-d added), so the lines after ran on the host, not in a container's shell.`
      : '',
    others.length
      ? `Left out ${others.length === 1 ? 'one line' : `${others.length} lines`} that ${others.length === 1 ? 'is' : 'are'} no docker command, the first: ${others[0]}`
      : '',
  ].filter(Boolean)
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
      const lines = await new Promise<string[]>((resolve) =>
        withCli((c) => resolve(c.splitScript(text).map((l) => l.text))),
      )
      const kind = kindOf(text, lines)
      if (kind === 'compose') return get().importCompose(text, 'pasted compose.yaml')
      if (kind === 'other') {
        set({ toast: { kind: 'info', text: NOTHING_TO_PASTE } })
        return false
      }
      const docker = lines.filter((l) => DOCKER.test(l))
      const commands = docker.map(detachedRun)
      const before = get()
      await get().transact({ commands }, { label: 'a pasted script', userEvent: 'input' })
      const after = get()
      const said = ranSaid(
        after.transcript.slice(before.transcript.length),
        after.past !== before.past,
      )
      const detached = commands.filter((c, i) => c !== docker[i]).length
      const notes = blockNotes(
        detached,
        lines.filter((l) => !DOCKER.test(l)),
      )
      set({ toast: said && { ...said, text: [said.text, ...notes].join('\n') } })
      return true
    },
  }
}
