/**
 * The one interpreter of the command table, in the real client's order (cobra): find the
 * command, parse its flags (unknown flag, bad value: exit 125), answer `--help`, check the
 * argument count (exit 1), then run it (client-side checks, then the daemon).
 */
import { notSimulated, type Output } from '../output'
import type { ShellState, Step } from '../state'
import { checkArgs } from './args'
import { commandHelp, useLine } from './help'
import { parseFlags } from './parse-flags'
import type { CommandSpec } from './types'

/** A flag-parsing failure: pflag's message, Usage, the help hint; exit 125 (cli FlagErrorFunc). */
export function flagError(usage: string, command: string, message: string): Output {
  return {
    stdout: '',
    stderr: `${message}\n\nUsage:  ${usage}\n\nRun '${command} --help' for more information\n`,
    exitCode: 125,
  }
}

function withNotices(notices: readonly string[], output: Output): Output {
  if (notices.length === 0) return output
  const text = notices.map((n) => `${n}\n`).join('')
  const chunks = output.chunks ? [{ stream: 'stdout' as const, text }, ...output.chunks] : undefined
  return { ...output, stdout: text + output.stdout, ...(chunks ? { chunks } : {}) }
}

/** Runs `docker <path> argv...` for the command `spec`. */
export function runCommand(
  state: ShellState,
  spec: CommandSpec,
  path: string,
  argv: readonly string[],
  stdin: string | null = null,
): Step {
  const parsed = parseFlags(argv, spec.flags, spec.stopAtFirstArg)
  if (!parsed.ok)
    return { state, output: flagError(useLine(path, spec), `docker ${path}`, parsed.error.message) }
  const { flags, args, notices } = parsed
  if (parsed.help) {
    return {
      state,
      output: withNotices(notices, { stdout: commandHelp(path, spec), stderr: '', exitCode: 0 }),
    }
  }
  const refused = checkArgs(spec.args, args.length, path, useLine(path, spec))
  if (refused) return { state, output: withNotices(notices, refused) }
  if (!spec.run) return { state, output: notSimulated(path) }
  const step = spec.run(state, { path, flags, args, stdin })
  return { state: step.state, output: withNotices(notices, step.output) }
}
