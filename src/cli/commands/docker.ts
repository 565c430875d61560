/** The `docker` command: its global options (same parser), then one command of the table. */
import { contextNotFound, resolveContext } from './context'
import { clientError, type Output } from '../output'
import type { ShellState, Step } from '../state'
import { flagError, runCommand } from '../spec/dispatch'
import { flagBool, flagList, flagString, parseFlags } from '../spec/parse-flags'
import { logLevelError, ROOT_FLAGS, ROOT_USE_LINE } from '../spec/root-flags'
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

/**
 * `docker GROUP ...`: the group takes no flags of its own (but --help); alone it prints its help
 * on stderr, with --help on stdout; else its subcommand runs.
 */
function group(
  state: ShellState,
  name: string,
  argv: readonly string[],
  stdin: string | null,
): Step {
  const usage = `docker ${GROUPS[name]?.usage ?? name}`
  const parsed = parseFlags(argv, [], true)
  if (!parsed.ok) return { state, output: flagError(usage, `docker ${name}`, parsed.error.message) }
  const [sub = '', ...rest] = parsed.args
  if (parsed.help || sub === '') {
    const help = groupHelp(name)
    const notices = parsed.notices.map((n) => `${n}\n`).join('')
    const output = parsed.help
      ? { stdout: notices + help, stderr: '' }
      : { stdout: '', stderr: help }
    return { state, output: { ...output, exitCode: 0 } }
  }
  const found = findCommand(name, sub)
  if (!found) return { state, output: unknownCommand([name, sub], GROUPS[name]?.usage) }
  return runCommand(state, found.spec, found.path, rest, stdin)
}

function dispatch(state: ShellState, argv: readonly string[], stdin: string | null): Step {
  const [cmd = '', ...rest] = argv
  if (cmd === '')
    return {
      state,
      output: { stdout: 'Usage:  docker [OPTIONS] COMMAND\n', stderr: '', exitCode: 0 },
    }
  if (Object.hasOwn(GROUPS, cmd)) return group(state, cmd, rest, stdin)
  const found = findCommand(cmd, '')
  if (!found) return { state, output: unknownCommand([cmd]) }
  return runCommand(state, found.spec, found.path, rest, stdin)
}

function version(state: ShellState): Step {
  const stdout = 'Docker version 28.2.2, build e6534b4 (simulated by Docknet)\n'
  return { state, output: { stdout, stderr: '', exitCode: 0 } }
}

/** `docker [global options] COMMAND...`: the global options, then the command on its host. */
export function docker(
  state: ShellState,
  argv: readonly string[],
  stdin: string | null = null,
): Step {
  const parsed = parseFlags(argv, ROOT_FLAGS, true)
  if (!parsed.ok) return { state, output: flagError(ROOT_USE_LINE, 'docker', parsed.error.message) }
  const f = parsed.flags
  if (flagBool(f, 'version')) return version(state)
  const badLevel = logLevelError(flagString(f, 'log-level'))
  if (badLevel) return { state, output: clientError(badLevel) }
  const hosts = flagList(f, 'host')
  const conflict =
    hosts.length > 0 && f.has('context')
      ? 'conflicting options: cannot specify both --host and --context'
      : hosts.length > 1
        ? 'Failed to initialize: unable to resolve docker endpoint: Specify only one -H'
        : null
  if (conflict) return { state, output: clientError(conflict) }
  const host = flagString(f, 'context') ?? hosts[0] ?? null
  const rest = parsed.help ? [] : parsed.args
  if (host === null) return dispatch(state, rest, stdin)
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
  const step = dispatch({ ...state, currentHost: target }, rest, stdin)
  // A context removed under --context falls back to `default` (the real client would refuse
  // every later command until the config names an existing context).
  const current = step.state.topology.hosts.has(state.currentHost) ? state.currentHost : 'default'
  return {
    state: { ...step.state, currentHost: current },
    output: { ...step.output, ranOn: target },
  }
}
