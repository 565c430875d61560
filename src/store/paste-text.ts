/**
 * Text pasted on the canvas (anywhere but a field), by what it is: a compose file is imported
 * as if opened; docker commands run as the terminal runs a pasted block (one undo step, each
 * refusal in the transcript); anything else changes nothing and says what the canvas takes.
 */
import type { AppState, Cli } from './app-state'
import type { PasteSaid } from './paste-said'

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
        set({ toast: { kind: 'info', said: { code: 'nothing-pasted' } } })
        return false
      }
      const docker = lines.filter((l) => DOCKER.test(l))
      const commands = docker.map(detachedRun)
      const before = get()
      await get().transact({ commands }, { label: { named: 'pasted-script' }, userEvent: 'input' })
      const after = get()
      const ran = after.transcript.slice(before.transcript.length)
      const refused = ran.filter((e) => e.exitCode !== 0)
      const [first] = refused
      const said: PasteSaid = {
        code: 'pasted',
        ran: ran.length,
        undoable: after.past !== before.past,
        refused: first
          ? { count: refused.length, command: first.command, stderr: first.stderr.trim() }
          : null,
        detached: commands.filter((c, i) => c !== docker[i]).length,
        leftOut: lines.filter((l) => !DOCKER.test(l)),
      }
      set({ toast: { kind: first ? 'error' : 'info', said } })
      return true
    },
  }
}
