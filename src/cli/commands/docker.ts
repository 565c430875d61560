/** The `docker` command: global options (--context, -H), then one command of the table. */
import { contextNotFound, resolveContext } from './context'
import type { Output } from '../output'
import type { ShellState, Step } from '../state'
import { runCommand } from '../spec/dispatch'
import { groupHelp } from '../spec/help'
import { findCommand, GROUPS } from '../spec/table'

function unknownCommand(words: readonly string[], groupUsage?: string): Output {
  const usage = groupUsage ? `\n\nUsage:  docker ${groupUsage}` : ''
  const help = groupUsage ? `docker ${words[0]}` : 'docker'
  return {
    stdout: '',
    stderr: `docker: unknown command: docker ${words.join(' ')}${usage}\n\nRun '${help} --help' for more information\n`,
    exitCode: 1,
  }
}

/** `docker GROUP` alone prints the group's help on stderr; `docker GROUP --help` on stdout. */
function group(state: ShellState, name: string, argv: readonly string[]): Step {
  const [sub = '', ...rest] = argv
  if (sub === '' || sub === '--help') {
    const help = groupHelp(name)
    const output = sub === '' ? { stdout: '', stderr: help } : { stdout: help, stderr: '' }
    return { state, output: { ...output, exitCode: 0 } }
  }
  const found = findCommand(name, sub)
  if (!found) return { state, output: unknownCommand([name, sub], GROUPS[name]?.usage) }
  return runCommand(state, found.spec, found.path, rest)
}

function dispatch(state: ShellState, argv: readonly string[]): Step {
  const [cmd = '', ...rest] = argv
  if (cmd === '')
    return {
      state,
      output: { stdout: 'Usage:  docker [OPTIONS] COMMAND\n', stderr: '', exitCode: 0 },
    }
  if (Object.hasOwn(GROUPS, cmd)) return group(state, cmd, rest)
  const found = findCommand(cmd, '')
  if (!found) return { state, output: unknownCommand([cmd]) }
  return runCommand(state, found.spec, found.path, rest)
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
  if (host === null) return dispatch(state, argv.slice(i))
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
  const step = dispatch({ ...state, currentHost: target }, argv.slice(i))
  return { state: { ...step.state, currentHost: state.currentHost }, output: step.output }
}
