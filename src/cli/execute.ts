/**
 * The simulated docker CLI: `execute(state, line)` runs one line and returns the next state
 * with what the docker client would print. It performs nothing itself: pure, deterministic.
 * `runScript` replays a whole script (`docknet shell`).
 */
import * as containers from './commands/containers'
import { inspect } from './commands/inspect'
import { context, dockerd, network, volume } from './commands/network'
import { create, leaveSession, run } from './commands/run'
import { runLine } from './inside'
import type { Output } from './output'
import { createShell, type ShellState, type Step } from './state'
import { splitScript, tokenize, words } from './tokenize'

type Handler = (state: ShellState, argv: readonly string[]) => Step

const COMMANDS: Readonly<Record<string, Handler>> = {
  run,
  create,
  start: containers.start,
  stop: containers.stop,
  restart: containers.restart,
  kill: containers.kill,
  rm: containers.rm,
  rename: containers.rename,
  ps: containers.ps,
  port: containers.port,
  exec: containers.exec,
  logs: containers.logs,
  inspect,
  network,
  volume,
  context,
}

/** `docker container ls` and friends map onto the top-level commands. */
const CONTAINER_GROUP: Readonly<Record<string, string>> = {
  ls: 'ps',
  list: 'ps',
  ps: 'ps',
  run: 'run',
  create: 'create',
  start: 'start',
  stop: 'stop',
  restart: 'restart',
  kill: 'kill',
  rm: 'rm',
  remove: 'rm',
  rename: 'rename',
  port: 'port',
  exec: 'exec',
  logs: 'logs',
  inspect: 'inspect',
}

function unknownCommand(words: readonly string[]): Output {
  return {
    stdout: '',
    stderr: `docker: unknown command: docker ${words.join(' ')}\n\nRun 'docker --help' for more information\n`,
    exitCode: 1,
  }
}

function docker(state: ShellState, argv: readonly string[]): Step {
  let i = 0
  let host: string | null = null
  while (i < argv.length && (argv[i] ?? '').startsWith('-')) {
    const a = argv[i] ?? ''
    if (a === '--context' || a === '-c' || a === '-H' || a === '--host') {
      host = argv[i + 1] ?? ''
      i += 2
    } else if (a.startsWith('--context=') || a.startsWith('--host=')) {
      host = a.slice(a.indexOf('=') + 1)
      i++
    } else if (a === '--version' || a === '-v') {
      return {
        state,
        output: {
          stdout: 'Docker version 28.2.2, build e6534b4 (simulated by Docknet)\n',
          stderr: '',
          exitCode: 0,
        },
      }
    } else
      return {
        state,
        output: { stdout: '', stderr: `unknown flag: ${a}\nSee 'docker --help'.\n`, exitCode: 125 },
      }
  }
  if (host !== null) {
    const name = host.replace(/^tcp:\/\//, '').replace(/:\d+$/, '')
    const target = state.topology.hosts.has(name)
      ? name
      : [...state.topology.hosts.values()].find((h) => h.lanIp === name)?.name
    if (!target) {
      return {
        state,
        output: {
          stdout: '',
          stderr: `Failed to initialize: unable to resolve docker endpoint: context "${host}": context not found\n`,
          exitCode: 1,
        },
      }
    }
    const step = docker({ ...state, currentHost: target }, argv.slice(i))
    return { state: { ...step.state, currentHost: state.currentHost }, output: step.output }
  }
  let [cmd = '', ...rest] = argv.slice(i)
  if (cmd === 'container') {
    const sub = rest[0] ?? ''
    const mapped = CONTAINER_GROUP[sub]
    if (!mapped) return { state, output: unknownCommand(['container', sub]) }
    cmd = mapped
    rest = rest.slice(1)
  }
  if (cmd === '')
    return {
      state,
      output: { stdout: 'Usage:  docker [OPTIONS] COMMAND\n', stderr: '', exitCode: 0 },
    }
  const handler = COMMANDS[cmd]
  if (!handler) return { state, output: unknownCommand([cmd]) }
  return handler(state, rest)
}

export interface ExecResult {
  readonly state: ShellState
  readonly output: Output
  /** The host the command ran against. */
  readonly host: string
}

/** Runs one line: a docker/dockerd command, or a line inside an open `-it` session. */
export function execute(state: ShellState, line: string): ExecResult {
  const host = state.currentHost
  if (state.inside) {
    const c = state.topology.containers.get(state.inside.containerId)
    if (!c || c.state !== 'running') return execute({ ...state, inside: null }, line)
    const r = runLine(state.topology, c, line)
    const next = { ...state, topology: r.topology }
    return { state: r.exit ? leaveSession(next, r.output.exitCode) : next, output: r.output, host }
  }
  const tokens = tokenize(line)
  if (!tokens.ok)
    return { state, output: { stdout: '', stderr: `bash: ${tokens.error}\n`, exitCode: 2 }, host }
  let argv = words(tokens.tokens)
  if (argv[0] === 'sudo') argv = argv.slice(1)
  const [cmd = '', ...rest] = argv
  if (cmd === '') return { state, output: { stdout: '', stderr: '', exitCode: 0 }, host }
  if (cmd === 'docker') return { ...docker(state, rest), host }
  if (cmd === 'dockerd') return { ...dockerd(state, rest), host }
  return {
    state,
    output: { stdout: '', stderr: `bash: ${cmd}: command not found\n`, exitCode: 127 },
    host,
  }
}

export interface ScriptEntry {
  readonly command: string
  readonly host: string
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
}

/** Replays a script against a fresh world (or the given state). */
export function runScript(
  source: string,
  start: ShellState = createShell(),
): { state: ShellState; entries: ScriptEntry[] } {
  let state = start
  const entries: ScriptEntry[] = []
  for (const line of splitScript(source)) {
    const r = execute(state, line.text)
    state = r.state
    entries.push({
      command: line.text,
      host: r.host,
      exitCode: r.output.exitCode,
      stdout: r.output.stdout,
      stderr: r.output.stderr,
    })
  }
  return { state, entries }
}
