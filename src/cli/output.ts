/** What one command prints, and the docker client's error shapes (oracle-notes.md). */
import { errorText, type Asked, type EngineError } from '../engine'
import { chunksOf, type OutputChunk } from './chunks'

export interface Output {
  readonly stdout: string
  readonly stderr: string
  readonly exitCode: number
  /**
   * The order the two streams were written in, when it is not all of stdout then all of stderr
   * (a terminal shows them interleaved): `docker run` prints its warnings before the id.
   */
  readonly chunks?: readonly OutputChunk[]
  /**
   * The connection a tool inside a container tried and failed (ping, curl, wget, nc): the
   * question and the engine's answer, so the terminal can say why (engine/ask.ts).
   */
  readonly asked?: Asked
  /** The connection such a tool made: the question, so the terminal can walk its way. */
  readonly reached?: {
    readonly fromId: string
    readonly name: string
    readonly port: number | null
  }
  /**
   * The daemon's refusal, coded, so the terminal can say why (engine/refusal-why.ts): `execute`
   * keeps it only when there is more to say than Docker's message (engine/refusal-codes.ts).
   */
  readonly refused?: EngineError
  /**
   * The host a `docker --context X` (or `-H`) command ran against, when not the shell's own:
   * `execute` reports it as the line's host and takes it out of the output.
   */
  readonly ranOn?: string
}

/** `o`, with `warnings` written to stderr before it (the client prints them on create). */
export function afterWarnings(warnings: string, o: Output): Output {
  return concat({ stdout: '', stderr: warnings, exitCode: 0 }, o)
}

export const OK: Output = { stdout: '', stderr: '', exitCode: 0 }

export function out(stdout: string): Output {
  return { stdout, stderr: '', exitCode: 0 }
}

export function lines(list: readonly string[]): Output {
  return out(list.length > 0 ? `${list.join('\n')}\n` : '')
}

/** A refusal the client prints as it is (no `docker: ` prefix, no Usage), status 1. */
export function clientError(message: string): Output {
  return { stdout: '', stderr: `${message}\n`, exitCode: 1 }
}

/** What a command the simulator has no daemon side for answers once the client accepted it. */
export function notSimulated(path: string): Output {
  return {
    stdout: '',
    stderr: `docknet: 'docker ${path}' is not simulated (the client accepted the command)\n`,
    exitCode: 1,
  }
}

/** The refusal's text, and the refusal itself when it is an engine's coded error. */
const refusalOf = (error: string | EngineError) =>
  typeof error === 'string' ? { message: error } : { message: errorText(error), refused: error }

/** A daemon error for commands other than run/create: `Error response from daemon: ...`, 1. */
export function daemonError(error: string | EngineError, exitCode = 1): Output {
  const { message, refused } = refusalOf(error)
  const o = { stdout: '', stderr: `Error response from daemon: ${message}\n`, exitCode }
  return refused ? { ...o, refused } : o
}

/** A run/create failure: `docker: ...` + the help hint, exit 125. */
export function runError(
  command: string,
  error: string | EngineError,
  fromDaemon: boolean,
): Output {
  const { message, refused } = refusalOf(error)
  const text = fromDaemon ? `Error response from daemon: ${message}` : message
  const o = {
    stdout: '',
    stderr: `docker: ${text}\n\nRun 'docker ${command} --help' for more information\n`,
    exitCode: 125,
  }
  return refused ? { ...o, refused } : o
}

export function concat(a: Output, b: Output): Output {
  const joined = { stdout: a.stdout + b.stdout, stderr: a.stderr + b.stderr, exitCode: b.exitCode }
  // Only an output whose order differs from stdout-then-stderr carries its chunks.
  const chunks: OutputChunk[] = []
  for (const c of [...chunksOf(a), ...chunksOf(b)]) {
    const last = chunks.at(-1)
    if (last?.stream === c.stream) chunks[chunks.length - 1] = { ...c, text: last.text + c.text }
    else chunks.push(c)
  }
  const plain = chunks.length < 2 || (chunks.length === 2 && chunks[0]!.stream === 'stdout')
  const asked = b.asked ?? a.asked
  const refused = b.refused ?? a.refused
  const reached = b.reached ?? a.reached
  const ranOn = b.ranOn ?? a.ranOn
  const made = {
    ...joined,
    ...(asked ? { asked } : {}),
    ...(refused ? { refused } : {}),
    ...(reached ? { reached } : {}),
    ...(ranOn ? { ranOn } : {}),
  }
  return plain ? made : { ...made, chunks }
}
