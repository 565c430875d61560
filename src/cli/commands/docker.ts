/** The `docker` command: global options (--context, -H), then one subcommand. */
import * as containers from './containers'
import { inspect } from './inspect'
import { context, contextNotFound, resolveContext } from './context'
import { network, volume } from './network'
import { create, run } from './run'
import { swarm } from './swarm'
import { pull } from './images'
import { groupHelp } from './group-help'
import { info, version } from './system'
import type { Output } from '../output'
import type { ShellState, Step } from '../state'

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
  swarm,
  pull,
  version,
  info,
  system: (state, argv) => {
    const [sub = '', ...rest] = argv
    if (sub === '') return { state, output: groupHelp('system') }
    if (sub === 'info') return info(state, rest)
    return { state, output: unknownCommand(['system', sub]) }
  },
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

export function docker(state: ShellState, argv: readonly string[]): Step {
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
    const target = resolveContext(state.topology, host)
    if (!target) {
      return {
        state,
        output: {
          stdout: '',
          stderr: `Failed to initialize: unable to resolve docker endpoint: ${contextNotFound(host)}\n`,
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
    const mapped = Object.hasOwn(CONTAINER_GROUP, sub) ? CONTAINER_GROUP[sub] : undefined
    if (!mapped) return { state, output: unknownCommand(['container', sub]) }
    cmd = mapped
    rest = rest.slice(1)
  }
  if (cmd === '')
    return {
      state,
      output: { stdout: 'Usage:  docker [OPTIONS] COMMAND\n', stderr: '', exitCode: 0 },
    }
  const handler = Object.hasOwn(COMMANDS, cmd) ? COMMANDS[cmd] : undefined
  if (!handler) return { state, output: unknownCommand([cmd]) }
  return handler(state, rest)
}
