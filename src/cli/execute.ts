/**
 * The simulated docker CLI: `execute(state, line)` runs one line and returns the next state
 * with what the docker client would print. It performs nothing itself: pure, deterministic.
 * `runScript` replays a whole script (`docknet shell`).
 */
import { refusalExplainable, type Topology } from '../engine'
import { leaveSession } from './commands/run'
import { effectsBetween, watchEffects, type Effects } from './effects'
import { runHostLine } from './host-shell'
import { runLine } from './inside'
import type { Output } from './output'
import { createShell, type ShellState } from './state'
import { splitScript } from './split-script'

export interface ExecResult {
  readonly state: ShellState
  readonly output: Output
  /** The host the command ran against. */
  readonly host: string
}

/** A line's result, with what it did to the containers (effects.ts). */
export interface Executed extends ExecResult {
  readonly effects: Effects
}

/** Runs one line: a docker/dockerd command, or a line inside an open `-it` session. */
export function execute(state: ShellState, line: string): Executed {
  watchEffects(state.topology)
  const r = executeSafely(state, line)
  return {
    ...r,
    output: withExplainedRefusal(r.output, r.state.topology),
    effects: effectsBetween(state.topology, r.state.topology),
  }
}

/** An output keeps its coded refusal only when there is more to say than Docker's message. */
function withExplainedRefusal(o: Output, t: Topology): Output {
  if (!o.refused || refusalExplainable(t, o.refused)) return o
  const { refused: _unexplained, ...rest } = o
  return rest
}

/**
 * Runs one line, with no effects worked out: its output keeps the coded refusal (`refused`)
 * whether or not there is more to say than Docker's words. A broken engine invariant is
 * reported, never thrown.
 */
export function executeSafely(state: ShellState, line: string): ExecResult {
  try {
    return executeLine(state, line)
  } catch (e) {
    // Only a broken engine invariant throws; the user's world stays as it was.
    const message = e instanceof Error ? e.message : String(e)
    return {
      state,
      output: { stdout: '', stderr: `docknet: internal error: ${message}\n`, exitCode: 1 },
      host: state.currentHost,
    }
  }
}

function executeLine(state: ShellState, line: string): ExecResult {
  const host = state.currentHost
  if (state.inside) {
    const c = state.topology.containers.get(state.inside.containerId)
    if (!c || c.state !== 'running') return executeLine({ ...state, inside: null }, line)
    const r = runLine(state.topology, c, line, state.inside.proc)
    const inside = { ...state.inside, proc: { ...state.inside.proc, cwd: r.cwd } }
    const next = { ...state, topology: r.topology, inside }
    return { state: r.exit ? leaveSession(next, r.output.exitCode) : next, output: r.output, host }
  }
  const { state: next, output } = runHostLine(state, line)
  const { ranOn, ...said } = output
  return { state: next, output: said, host: ranOn ?? host }
}

export interface ScriptEntry {
  readonly command: string
  readonly host: string
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
  /** Present when stderr was written before some of stdout (see Output). */
  readonly chunks?: Output['chunks']
}

/** Replays a script against a fresh world (or the given state). */
export function runScript(
  source: string,
  start: ShellState = createShell(),
): { state: ShellState; entries: ScriptEntry[] } {
  let state = start
  const entries: ScriptEntry[] = []
  for (const line of splitScript(source)) {
    // A script needs no effects: working them out would walk the world after every line.
    const r = executeSafely(state, line.text)
    state = r.state
    entries.push({
      command: line.text,
      host: r.host,
      exitCode: r.output.exitCode,
      stdout: r.output.stdout,
      stderr: r.output.stderr,
      ...(r.output.chunks ? { chunks: r.output.chunks } : {}),
    })
  }
  return { state, entries }
}
